import type { Span } from '../model/span.js';

/** A raw token before it becomes an annotation. */
export interface RawToken extends Span {
  readonly word: boolean;
}

/**
 * Words (letters with internal apostrophes, hyphens or dots: "don't", "non-EU", "U.S."), numbers
 * with separators ("4,124", "3.5"), and any other non-space character on its own.
 */
const TOKEN =
  /(?<abbr>\p{L}(?:\.\p{L})+\.?)|(?<num>\d+(?:[.,:]\d+)*)|(?<poss>['’]s\b)|(?<word>[\p{L}\p{M}\p{N}]+(?:(?:['’](?!s\b)|-)[\p{L}\p{M}\p{N}]+)*)|(?<other>\S)/gu;

/** Position of the `other` group (read by index: no `groups` object per match). */
const OTHER = 5;

/**
 * Splits `text[start, end)` into tokens with offsets into `text`.
 *
 * @example tokenize('Lithuania’s 4,124 migrants.', 0, 27)
 *   // Lithuania’s | 4,124 | migrants | .
 */
export function tokenize(text: string, start = 0, end = text.length): RawToken[] {
  const out: RawToken[] = [];
  const re = new RegExp(TOKEN.source, TOKEN.flags);
  re.lastIndex = start;
  const region = end === text.length ? text : text.slice(0, end);
  for (let m = re.exec(region); m; m = re.exec(region)) {
    out.push({ start: m.index, end: m.index + m[0].length, word: m[OTHER] === undefined });
  }
  return out;
}
