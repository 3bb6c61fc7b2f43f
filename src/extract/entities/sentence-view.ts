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
      const surface = text.slice(t.span.start, t.span.end);
      norms.push(t.norm);
      starts.push(t.span.start);
      ends.push(t.span.end);
      word.push(t.word);
      cap.push(t.word && CAP.test(surface));
      upper.push(t.word && !LOWER.test(surface) && /\p{L}/u.test(surface));
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
