import { constants, createReadStream, readFileSync, statSync, type Dirent } from 'node:fs';
import { access, readdir, realpath, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { ChronicleError, type ErrorCode, type ErrorWhere } from '../errors.js';
import type { ArticleInput } from './article-input.js';
import { decodeText } from './readers/decode.js';
import { formatByExtension, sniffFormat, type FileFormat } from './readers/detect.js';
import { parseHtml } from './readers/html.js';
import { parseJsonFile } from './readers/json.js';
import { readJsonl } from './readers/jsonl.js';
import { JSON_FILE_FACTOR, maxBytesOf, type ReadOptions } from './readers/options.js';
import { hasDateHeader, parseSeed } from './readers/seed.js';
import { parseText } from './readers/text.js';
import { validateInput } from './readers/validate.js';

export type { InputFormat, ReadOptions } from './readers/options.js';
export { DEFAULT_MAX_ARTICLE_BYTES } from './readers/options.js';

/** One article read, or why one could not be: errors name the file (and line); reading goes on. */
export type InputItem = { ok: true; input: ArticleInput } | { ok: false; error: ChronicleError };

/**
 * Reads articles from files, directories (recursively, sorted, dotfiles skipped) and standard
 * input (`-`), in the formats of {@link ReadOptions.format}. Never throws for bad input: each
 * problem is yielded as an error item and the rest of the batch goes on.
 *
 * @example
 * for await (const item of readInputs(['articles/', 'feed.jsonl'], { date: '2021-08-18' })) {
 *   if (item.ok) engine.process(item.input); else console.error(item.error.describe());
 * }
 */
export async function* readInputs(paths: string[], options: ReadOptions): AsyncGenerator<InputItem> {
  for (const path of paths) {
    if (path === '-') {
      yield* guard(readStdin(options), '-');
      continue;
    }
    let isDirectory: boolean;
    try {
      isDirectory = statSync(path).isDirectory();
    } catch (error) {
      yield fail('E_INPUT_READ', `cannot read: ${reason(error)}`, { file: path });
      continue;
    }
    if (!isDirectory) {
      yield* guard(readPath(path, options, false), path);
      continue;
    }
    for await (const file of walk(path, options, new Set())) {
      if (typeof file === 'string') yield* guard(readPath(file, options, true), file);
      else yield file;
    }
  }
}

/** Files under a directory in a stable order (code-unit order of names), dotfiles and dot-folders left out. */
async function* walk(dir: string, options: ReadOptions, seen: Set<string>): AsyncGenerator<string | InputItem> {
  let entries: Dirent[];
  try {
    const real = await realpath(dir);
    if (seen.has(real)) return;
    seen.add(real);
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    yield fail('E_INPUT_READ', `cannot read directory: ${reason(error)}`, { file: dir });
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    let isDirectory = entry.isDirectory();
    if (entry.isSymbolicLink()) isDirectory = await stat(path).then((s) => s.isDirectory(), () => false);
    if (isDirectory) yield* walk(path, options, seen);
    else yield path;
  }
}

/** Reads one file; `inDirectory` files with an unknown extension are skipped instead of sniffed. */
async function* readPath(path: string, options: ReadOptions, inDirectory: boolean): AsyncGenerator<InputItem> {
  const forced = options.format && options.format !== 'auto' ? options.format : undefined;
  let format: FileFormat | undefined = forced ?? formatByExtension(path);
  if (!format && inDirectory) {
    options.onSkip?.(path, 'unknown extension');
    return;
  }
  if (format === 'jsonl') {
    try {
      if ((await stat(path)).isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
      await access(path, constants.R_OK);
    } catch (error) {
      yield fail('E_INPUT_READ', `cannot read: ${reason(error)}`, { file: path });
      return;
    }
    yield* readJsonl(createReadStream(path), path, options);
    return;
  }
  const max = maxBytesOf(options) * (format === 'json' ? JSON_FILE_FACTOR : 1);
  let bytes: Buffer | undefined;
  try {
    // Synchronous: one small file at a time, the thread-pool round trips of the async calls cost more than the read.
    const info = statSync(path);
    if (info.size > max) {
      yield fail('E_INPUT_TOO_LARGE', `file of ${info.size} bytes exceeds the limit of ${max} bytes`, { file: path });
      return;
    }
    // Pipes and devices report no size: read them with the limit applied as the bytes come.
    bytes = info.isFile() ? readFileSync(path) : await readBounded(createReadStream(path), max);
  } catch (error) {
    yield fail('E_INPUT_READ', `cannot read: ${reason(error)}`, { file: path });
    return;
  }
  if (!bytes) {
    yield fail('E_INPUT_TOO_LARGE', `input exceeds the limit of ${max} bytes`, { file: path });
    return;
  }
  const text = decodeText(bytes, path);
  format ??= sniffFormat(text.slice(0, 512));
  if (format === 'jsonl') {
    yield* readJsonl(once(text), path, options);
    return;
  }
  yield* parseDecoded(text, format, path, options);
}

/** Standard input: JSON Lines are streamed; other formats are read whole, up to the size limit. */
async function* readStdin(options: ReadOptions): AsyncGenerator<InputItem> {
  const stream = (options.stdin ?? process.stdin) as AsyncIterable<Uint8Array | string>;
  const iterator = stream[Symbol.asyncIterator]();
  const first = await iterator.next();
  if (first.done) {
    yield fail('E_INPUT_EMPTY', 'standard input is empty', { file: '-' });
    return;
  }
  const head = typeof first.value === 'string' ? first.value : Buffer.from(first.value).toString('utf8', 0, 512);
  const forced = options.format && options.format !== 'auto' ? options.format : undefined;
  const format = forced ?? sniffFormat(head);
  const rest: AsyncIterable<Uint8Array | string> = {
    async *[Symbol.asyncIterator]() {
      yield first.value;
      for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
    },
  };
  if (format === 'jsonl') {
    yield* readJsonl(rest, '-', options);
    return;
  }
  const max = maxBytesOf(options) * (format === 'json' ? JSON_FILE_FACTOR : 1);
  const bytes = await readBounded(rest, max);
  if (!bytes) {
    yield fail('E_INPUT_TOO_LARGE', `standard input exceeds the limit of ${max} bytes`, { file: '-' });
    return;
  }
  yield* parseDecoded(decodeText(bytes, '-'), format, '-', options);
}

/** All bytes of a stream, or undefined as soon as they pass `max` (reading stops there: `/dev/zero` ends too). */
async function readBounded(stream: AsyncIterable<Uint8Array | string>, max: number): Promise<Buffer | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buf = Buffer.from(chunk as Uint8Array);
    size += buf.length;
    if (size > max) return undefined;
    chunks.push(buf);
  }
  return Buffer.concat(chunks);
}

/** A whole decoded file in a non-streamed format. */
function* parseDecoded(text: string, format: FileFormat, file: string, options: ReadOptions): Generator<InputItem> {
  if (text.trim() === '') {
    yield fail('E_INPUT_EMPTY', 'empty file', { file });
    return;
  }
  if (format === 'json') {
    for (const item of parseJsonFile(text, file, options)) {
      yield item.ok ? checked(item.input, { file: item.input.origin ?? file }, options) : item;
    }
    return;
  }
  let input: ArticleInput;
  if (format === 'html') input = parseHtml(text, file, options);
  else if (format === 'seed' || (format === 'txt' && hasDateHeader(text))) input = parseSeed(text, file, options);
  else input = parseText(text, file, options);
  // A seed's date sits on line 1: name it when the date is what fails.
  const dateLine = format !== 'html' && hasDateHeader(text) ? 1 : undefined;
  yield checked(input, { file }, options, dateLine);
}

function checked(input: ArticleInput, where: ErrorWhere, options: ReadOptions, dateLine?: number): InputItem {
  try {
    const max = maxBytesOf(options);
    if (Buffer.byteLength(input.text) > max) return fail('E_INPUT_TOO_LARGE', `article text exceeds the limit of ${max} bytes`, where);
    return { ok: true, input: validateInput(input, where) };
  } catch (error) {
    if (!(error instanceof ChronicleError)) throw error;
    if (error.code === 'E_INPUT_DATE' && dateLine !== undefined) {
      return { ok: false, error: new ChronicleError(error.code, error.message, { ...error.where, line: dateLine }) };
    }
    return { ok: false, error };
  }
}

async function* once(text: string): AsyncGenerator<string> {
  yield text;
}

/** Turns any unexpected failure of a reader into an error item for that file: input never crashes a batch. */
async function* guard(items: AsyncGenerator<InputItem>, file: string): AsyncGenerator<InputItem> {
  try {
    yield* items;
  } catch (error) {
    if (error instanceof ChronicleError) {
      yield { ok: false, error: error.where.file ? error : new ChronicleError(error.code, error.message, { ...error.where, file }) };
    } else {
      const code = (error as NodeJS.ErrnoException)?.code ? 'E_INPUT_READ' : 'E_INPUT_FORMAT';
      yield fail(code, `cannot read ${basename(file)}: ${reason(error)}`, { file });
    }
  }
}

function fail(code: ErrorCode, message: string, where: ErrorWhere): InputItem {
  return { ok: false, error: new ChronicleError(code, message, where) };
}

function reason(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  if (e?.code === 'ENOENT') return 'no such file or directory';
  if (e?.code === 'EACCES' || e?.code === 'EPERM') return 'permission denied';
  return e?.message ?? String(error);
}
