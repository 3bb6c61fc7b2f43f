/**
 * Words of time expressions also make up names: "CBS This Morning", "the Daily Beast", "Person of the
 * Year". A capitalised expression inside a run of capitalised words, not opening its sentence, is
 * read as part of a name.
 */
/** Rules whose words also make up names ("CBS This Morning", "Daily Beast", "Person of the Year"). */
export const NAME_PRONE = /^(?:set-freq|part-of-day|relative-day|relative-unit|anaphoric-unit|vague-|season)/;
const CAPITAL = /^\p{Lu}/u;
const PREV_WORD = /(\p{L}[\p{L}.'’-]*)[^\p{L}\n]*$/u;
const NEXT_WORD = /^[^\p{L}\n]*(\p{L}+)/u;

/** A capitalised expression inside a run of capitalised words, not at the start of its sentence. */
export function insideName(text: string, start: number, end: number, sentenceStart: number): boolean {
  if (!CAPITAL.test(text[start]!)) return false;
  const before = text.slice(Math.max(sentenceStart, start - 30), start);
  const prev = PREV_WORD.exec(before)?.[1];
  const atSentenceStart = start === sentenceStart || /^[\s"“'‘(]*$/.test(text.slice(sentenceStart, start));
  if (prev && CAPITAL.test(prev) && !atSentenceStart && !/[.!?:;]\s*$/.test(before)) return true;
  const next = NEXT_WORD.exec(text.slice(end, end + 30))?.[1];
  return !atSentenceStart && next !== undefined && CAPITAL.test(next);
}
