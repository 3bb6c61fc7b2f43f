import { ChronicleError } from '../../errors.js';
import type { ArticleInput } from '../article-input.js';
import { defaultsOf, type ReadOptions } from './options.js';

/** A seed header line: `date 2021-08-18`, optionally with a colon, optionally followed by text. */
const DATE_HEADER = /^[\s\uFEFF]*date:?[ \t]+(?<value>\S+)[ \t]*(?<rest>[^\n]*)/i;
/** Further header lines the seed format allows (`source example-wire`, `title: …`). */
const HEADER_LINE = /^(?<key>source|url|title|id|lang|timezone):?[ \t]+(?<value>[^\n]*?)[ \t]*$/i;

/**
 * True when a text starts with a seed `date` header: `date` then something that starts with a
 * digit (`date 2021-08-18`, but also `date 18/08/2021`, which then fails with a clear date error
 * instead of passing for plain text).
 */
export function hasDateHeader(text: string): boolean {
  const m = DATE_HEADER.exec(text.slice(0, 200));
  return m !== null && /^\d/.test(m.groups!.value!);
}

/**
 * The seed format: a first line `date YYYY-MM-DD` (or a date-time with offset), optional
 * `key value` lines (source, url, title, id, lang, timezone), a blank line, then the text.
 * Robust to a leading space and to the first sentence sharing the date line
 * (` date 2021-08-18 Lithuania has accused…`): whatever follows the date starts the text.
 *
 * @example parseSeed('date 2021-08-18\nsource wire\n\nLithuania has…', 'a.txt', {})
 */
export function parseSeed(raw: string, origin: string, options: ReadOptions): ArticleInput {
  const text = raw.replace(/\r\n?/g, '\n');
  const m = DATE_HEADER.exec(text);
  if (!m) throw new ChronicleError('E_INPUT_DATE', 'no "date YYYY-MM-DD" header on the first line', { file: origin, line: 1 });
  const fields: Record<string, string> = {};
  const date = m.groups!.value!;
  let bodyStart = m.index + m[0].length;
  let body = '';
  const rest = m.groups!.rest!;
  if (rest.trim() !== '') {
    body = rest;
    bodyStart = m.index + m[0].length;
  } else {
    let pos = bodyStart + 1;
    while (pos <= text.length) {
      const end = text.indexOf('\n', pos);
      const line = text.slice(pos, end < 0 ? text.length : end);
      const h = HEADER_LINE.exec(line);
      if (!h) break;
      fields[h.groups!.key!.toLowerCase()] = h.groups!.value!;
      pos = end < 0 ? text.length + 1 : end + 1;
    }
    bodyStart = Math.min(pos, text.length);
  }
  body += text.slice(bodyStart);
  const input: ArticleInput = {
    ...defaultsOf(options),
    ...fields,
    text: body.trim(),
    date,
    origin,
  };
  return input;
}
