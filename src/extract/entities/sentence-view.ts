import type { TokenAnnotation } from '../../model/annotation.js';

/**
 * The tokens of one sentence as parallel arrays, so rules index by token position.
 * `cap` is true for a word starting with a capital letter; `upper` for a word in capitals only.
 */
export interface SentenceView {
  readonly text: string;
  readonly norms: readonly string[];
  readonly starts: readonly number[];
  readonly ends: readonly number[];
  readonly word: readonly boolean[];
  readonly cap: readonly boolean[];
  readonly upper: readonly boolean[];
  readonly length: number;
}

const CAP = /^\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const LETTER = /\p{L}/u;

function isCap(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (c < 128) return c >= 65 && c <= 90;
  return CAP.test(text.slice(at, at + 2));
}

function isUpper(text: string, start: number, end: number): boolean {
  let letter = false;
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c >= 97 && c <= 122) return false;
    if (c >= 65 && c <= 90) letter = true;
    else if (c >= 128) {
      const ch = text[k]!;
      if (LOWER.test(ch)) return false;
      if (LETTER.test(ch)) letter = true;
    }
  }
  return letter;
}

const cache = new WeakMap<object, { count: number; views: SentenceView[] }>();

/** The sentence views of a whole document, computed once per document and shared by the stages that read them. */
export function docViews(doc: { readonly text: string; all(kind: 'token'): readonly TokenAnnotation[] }): SentenceView[] {
  const tokens = doc.all('token');
  const hit = cache.get(doc);
  if (hit && hit.count === tokens.length) return hit.views;
  const views = sentenceViews(doc.text, tokens);
  cache.set(doc, { count: tokens.length, views });
  return views;
}

/** Groups the document's tokens by sentence, in order. */
export function sentenceViews(text: string, tokens: readonly TokenAnnotation[]): SentenceView[] {
  const out: SentenceView[] = [];
  let k = 0;
  while (k < tokens.length) {
    const sentence = tokens[k]!.sentence;
    const norms: string[] = [];
    const starts: number[] = [];
    const ends: number[] = [];
    const word: boolean[] = [];
    const cap: boolean[] = [];
    const upper: boolean[] = [];
    for (; k < tokens.length && tokens[k]!.sentence === sentence; k++) {
      const t = tokens[k]!;
      const c = t.word && isCap(text, t.span.start);
      norms.push(t.norm);
      starts.push(t.span.start);
      ends.push(t.span.end);
      word.push(t.word);
      cap.push(c);
      upper.push(c && isUpper(text, t.span.start, t.span.end));
    }
    out.push({ text, norms, starts, ends, word, cap, upper, length: norms.length });
  }
  return out;
}

/** The text from token `i` to token `j - 1`, whitespace as in the article. */
export const surfaceOf = (v: SentenceView, i: number, j: number): string => v.text.slice(v.starts[i]!, v.ends[j - 1]!);

/** True when tokens `i..j-1` are possessive markers ("'s", "’s", "'"). */
export const isPossessive = (v: SentenceView, i: number): boolean => {
  const n = v.norms[i];
  return n === "'s" || n === "'";
};
