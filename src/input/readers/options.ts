import type { Readable } from 'node:stream';

/** Input formats; `auto` picks by extension, then by content. */
export type InputFormat = 'auto' | 'seed' | 'text' | 'jsonl' | 'html' | 'json';

/**
 * How inputs are read. The `date`, `source`, `url`, `title` and `timezone` fields are defaults for
 * inputs that do not carry their own (plain text always needs `date`; HTML falls back to it).
 *
 * @example { date: '2021-08-18', source: 'example-wire', format: 'auto', maxArticleBytes: 5_000_000 }
 */
export interface ReadOptions {
  readonly date?: string;
  readonly source?: string;
  readonly url?: string;
  readonly title?: string;
  readonly timezone?: string;
  /** Default `auto`. */
  readonly format?: InputFormat;
  /** Larger articles (files, JSON lines) are refused with E_INPUT_TOO_LARGE; the batch goes on. Default 5 MB. */
  readonly maxArticleBytes?: number;
  /** Read when a path is `-`. Default `process.stdin`. */
  readonly stdin?: Readable;
  /** Told about files a directory walk leaves out (unknown extensions), with the reason. */
  readonly onSkip?: (path: string, reason: string) => void;
}

export const DEFAULT_MAX_ARTICLE_BYTES = 5 * 1024 * 1024;

/** A `.json` file is read whole: it may hold an array of articles, so it gets this many times the article limit. */
export const JSON_FILE_FACTOR = 10;

export function maxBytesOf(options: ReadOptions): number {
  const n = options.maxArticleBytes;
  return typeof n === 'number' && n > 0 ? n : DEFAULT_MAX_ARTICLE_BYTES;
}

/** The defaults an input takes from the options when it has none of its own. */
export function defaultsOf(options: ReadOptions): { source?: string; url?: string; title?: string; timezone?: string } {
  return {
    ...(options.source ? { source: options.source } : {}),
    ...(options.url ? { url: options.url } : {}),
    ...(options.title ? { title: options.title } : {}),
    ...(options.timezone ? { timezone: options.timezone } : {}),
  };
}
