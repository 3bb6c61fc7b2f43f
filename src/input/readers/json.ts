import { ChronicleError } from '../../errors.js';
import type { InputItem } from './item.js';
import { jsonArticle } from './json-article.js';
import type { ReadOptions } from './options.js';

/**
 * A `.json` file: one article object, or an array of them. A bad item is reported with its
 * index and the others go on; unparseable JSON is one error naming the line, an empty array
 * E_INPUT_EMPTY.
 *
 * @example parseJsonFile('[{"date":"2021-08-18","text":"…"}]', 'a.json', {})
 */
export function parseJsonFile(raw: string, file: string, options: ReadOptions): InputItem[] {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (error) {
    const message = (error as Error).message;
    const pos = /position (?<n>\d+)/.exec(message)?.groups?.n;
    const line = pos === undefined ? undefined : lineAt(raw, Number(pos));
    throw new ChronicleError('E_INPUT_JSON', `malformed JSON: ${message}`, { file, ...(line ? { line } : {}) });
  }
  if (Array.isArray(value) && value.length === 0) throw new ChronicleError('E_INPUT_EMPTY', 'empty JSON array: no articles', { file });
  const items = Array.isArray(value) ? value : [value];
  return items.map((item, i): InputItem => {
    const origin = Array.isArray(value) ? `${file}#${i}` : file;
    try {
      return { ok: true, input: jsonArticle(item, origin, options, { file: origin }) };
    } catch (error) {
      if (error instanceof ChronicleError) return { ok: false, error };
      throw error;
    }
  });
}

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}
