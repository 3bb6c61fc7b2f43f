import { constants, createReadStream, readFileSync, statSync, type Dirent } from 'node:fs';
import { access, readdir, realpath, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { ChronicleError } from '../errors.js';
import { decodeText } from './readers/decode.js';
import { formatByExtension, sniffFormat, type FileFormat } from './readers/detect.js';
import { fail, reason, type InputItem } from './readers/item.js';
import { readJsonl } from './readers/jsonl.js';
import { JSON_FILE_FACTOR, maxBytesOf, type ReadOptions } from './readers/options.js';
import { readStdin } from './readers/stdin.js';
import { parseWhole, readBounded } from './readers/whole.js';

export type { InputFormat, ReadOptions } from './readers/options.js';
export { DEFAULT_MAX_ARTICLE_BYTES } from './readers/options.js';

export type { InputItem } from './readers/item.js';

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
  yield* parseWhole(text, format, path, options);
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
