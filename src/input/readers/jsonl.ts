import { ChronicleError } from '../../errors.js';
import type { InputItem } from './item.js';
import { jsonArticle } from './json-article.js';
import { streamLines } from './lines.js';
import type { ReadOptions } from './options.js';
import { maxBytesOf } from './options.js';
import { validateInput } from './validate.js';

const BINARY_LINE = /[\u0000-\u0008\u000E-\u001F]/;

/**
 * JSON Lines, streamed: one article object per line (`id`, `date`, `text`, optional `title`,
 * `url`, `source`, `lang`). Memory stays bounded by the longest accepted line. A malformed line
 * is an error naming `file:line`; the other lines go on. Blank lines are skipped. A file whose
 * first non-blank line is binary is refused once, not line by line.
 *
 * @example for await (const item of readJsonl(createReadStream('feed.jsonl'), 'feed.jsonl', {})) …
 */
export async function* readJsonl(
  stream: AsyncIterable<Uint8Array | string>,
  file: string,
  options: ReadOptions,
): AsyncGenerator<InputItem> {
  const max = maxBytesOf(options);
  // A JSON line carries escapes and metadata besides the text: allow it some room.
  const maxLine = max * 2 + 65_536;
  let seen = 0;
  for await (const l of streamLines(stream, maxLine)) {
    const where = { file, line: l.line };
    if (l.tooLong) {
      seen++;
      yield fail('E_INPUT_TOO_LARGE', `line of ${l.bytes} characters exceeds the limit (max article bytes ${max})`, where);
      continue;
    }
    const text = l.text.trim();
    if (text === '') continue;
    if (BINARY_LINE.test(text)) {
      if (seen === 0) {
        yield fail('E_INPUT_BINARY', 'binary file: control characters where JSON Lines were expected', where);
        return;
      }
      seen++;
      yield fail('E_INPUT_JSON', 'control characters in a JSON line', where);
      continue;
    }
    seen++;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      yield fail('E_INPUT_JSON', `malformed JSON: ${(error as Error).message}`, where);
      continue;
    }
    try {
      const input = jsonArticle(value, `${file}:${l.line}`, options, where);
      if (Buffer.byteLength(input.text) > max) {
        yield fail('E_INPUT_TOO_LARGE', `article text exceeds the limit of ${max} bytes`, where);
        continue;
      }
      yield { ok: true, input: validateInput(input, where) };
    } catch (error) {
      if (!(error instanceof ChronicleError)) throw error;
      yield { ok: false, error };
    }
  }
  if (seen === 0) yield { ok: false, error: new ChronicleError('E_INPUT_EMPTY', 'empty file: no JSON lines', { file }) };
}

function fail(code: ConstructorParameters<typeof ChronicleError>[0], message: string, where: { file: string; line: number }): InputItem {
  return { ok: false, error: new ChronicleError(code, message, where) };
}
