import type { TimeLexicon } from './lexicon.js';
import type { Tense } from './types.js';

const WORD = /[a-z'’]+/y;
const SKIP = /[^a-z'’]+/y;
const NOT_PAST_ED = /(?:eed|ed[a-z])$|^(?:red|bed|shed|wed|fled|led|sled|hundred|indeed|embed)$/;

/**
 * The tense of the clause around `[start, end)`, from the nearest cue word in the sentence
 * (`tense.tsv`, plus `-ed` forms). Cues after the expression count at double distance: "will meet on
 * Tuesday, he said" is about the future.
 *
 * `lower` is the lower-cased text (same offsets as the original).
 *
 * @example tenseAt(lex, 'talks will resume on tuesday.', 0, 29, 21, 28) // 'future'
 */
export function tenseAt(lex: TimeLexicon, lower: string, sentenceStart: number, sentenceEnd: number, start: number, end: number): Tense {
  let best: Tense = 'none';
  let bestDistance = Infinity;
  let at = sentenceStart;
  while (at < sentenceEnd) {
    SKIP.lastIndex = at;
    if (SKIP.exec(lower)) at = SKIP.lastIndex;
    if (at >= sentenceEnd) break;
    WORD.lastIndex = at;
    const m = WORD.exec(lower);
    if (!m) break;
    const wordStart = at;
    at = WORD.lastIndex;
    if (wordStart >= start && wordStart < end) continue;
    const word = m[0];
    let cue = lex.tense.get(word);
    if (!cue && word.length > 4 && word.endsWith('ed') && !NOT_PAST_ED.test(word)) cue = 'past';
    if (!cue && (word.endsWith("'ll") || word.endsWith('’ll'))) cue = 'future';
    if (!cue) continue;
    const distance = wordStart < start ? start - at : 2 * (wordStart - end);
    if (distance < bestDistance) {
      bestDistance = distance;
      best = cue;
    }
  }
  return best;
}
