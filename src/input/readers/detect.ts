import { extname } from 'node:path';
import type { InputFormat } from './options.js';

/** A concrete format, or `txt`: seed when the text starts with a date header, plain text otherwise. */
export type FileFormat = Exclude<InputFormat, 'auto'> | 'txt';

const BY_EXTENSION: Readonly<Record<string, FileFormat>> = {
  '.txt': 'txt',
  '.text': 'txt',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.json': 'json',
};

/** The format an extension names, if it names one. */
export function formatByExtension(path: string): FileFormat | undefined {
  return BY_EXTENSION[extname(path).toLowerCase()];
}

/** The format of content with no telling extension (standard input, `notes.md`), from its first characters. */
export function sniffFormat(head: string): FileFormat {
  const start = head.replace(/^[\s\uFEFF]+/, '');
  if (start.startsWith('{')) {
    // A pretty-printed object opens a line it does not close; a JSON line closes its own (or runs past the head).
    const newline = start.indexOf('\n');
    return newline < 0 || start.slice(0, newline).trim().endsWith('}') ? 'jsonl' : 'json';
  }
  if (start.startsWith('[')) return 'json';
  if (/^<(?:!doctype|html|head|body|meta|article|div|p)\b/i.test(start)) return 'html';
  return 'txt';
}
