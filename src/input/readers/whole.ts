import { ChronicleError, type ErrorWhere } from '../../errors.js';
import type { ArticleInput } from '../article-input.js';
import type { FileFormat } from './detect.js';
import { parseHtml } from './html.js';
import { fail, type InputItem } from './item.js';
import { parseJsonFile } from './json.js';
import { maxBytesOf, type ReadOptions } from './options.js';
import { hasDateHeader, parseSeed } from './seed.js';
import { parseText } from './text.js';
import { validateInput } from './validate.js';

/** All bytes of a stream, or undefined as soon as they pass `max` (reading stops there: `/dev/zero` ends too). */
export async function readBounded(stream: AsyncIterable<Uint8Array | string>, max: number): Promise<Buffer | undefined> {
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
export function* parseWhole(text: string, format: FileFormat, file: string, options: ReadOptions): Generator<InputItem> {
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

