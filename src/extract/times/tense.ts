import type { TimeLexicon } from './lexicon.js';
import type { Tense } from './types.js';

const WORD = /[\p{L}'’]+/gu;
const NOT_PAST_ED = /(?:eed|ed[a-z])$|^(?:red|bed|shed|wed|fled|led|sled|hundred|indeed|embed)$/;

/**
 * The tense of the clause around `[start, end)`, from the nearest cue word in the sentence
 * (`tense.tsv`, plus `-ed` forms). Cues after the expression count at double distance: "will meet on
 * Tuesday, he said" is about the future.
 *
 * @example tenseAt(lex, 'Talks will resume on Tuesday.', 0, 29, 20, 27) // 'future'
 */
export function tenseAt(lex: TimeLexicon, text: string, sentenceStart: number, sentenceEnd: number, start: number, end: number): Tense {
  const re = new RegExp(WORD.source, WORD.flags);
  re.lastIndex = sentenceStart;
  const region = text.slice(0, sentenceEnd);
  let best: Tense = 'none';
  let bestDistance = Infinity;
  for (let m = re.exec(region); m; m = re.exec(region)) {
    const at = m.index;
    if (at >= start && at < end) continue;
    const word = m[0].toLowerCase();
    let cue = lex.tense.get(word);
    if (!cue && word.length > 4 && word.endsWith('ed') && !NOT_PAST_ED.test(word)) cue = 'past';
    if (!cue && (word.endsWith("'ll") || word.endsWith('’ll'))) cue = 'future';
    if (!cue) continue;
    const distance = at < start ? start - (at + m[0].length) : 2 * (at - end);
    if (distance < bestDistance) {
      bestDistance = distance;
      best = cue;
    }
  }
  return best;
}
