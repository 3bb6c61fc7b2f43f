import type { RawToken } from '../../text/tokenize.js';

/** Where a sentence ends: index of its last token, and why. */
export interface SentenceBreak {
  readonly last: number;
  readonly rule: 'terminal-punctuation' | 'line-break' | 'end-of-text';
  readonly paragraphAfter: boolean;
}

const TERMINAL = new Set(['.', '!', '?']);
const CLOSERS = new Set(['"', '”', '’', "'", ')', ']', '»']);
const OPENS_SENTENCE = /^[\p{Lu}\p{N}"“‘'«(\[]/u;
/** A blank line (only spaces between two line breaks) in a gap. */
const PARAGRAPH = /\n[^\S\n]*\n/;

/**
 * Finds sentence ends over a token list. Pure: reads text and tokens, returns the breaks.
 *
 * @example sentenceBreaks('Mr. Li left. He said so.', tokenize(…), abbreviations) // breaks after "left." and "so."
 */
export function sentenceBreaks(text: string, tokens: readonly RawToken[], abbreviations: ReadonlySet<string>): SentenceBreak[] {
  const breaks: SentenceBreak[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1];
    if (!next) {
      breaks.push({ last: i, rule: 'end-of-text', paragraphAfter: false });
      break;
    }
    if (hasNewline(text, t.end, next.start)) {
      breaks.push({ last: i, rule: 'line-break', paragraphAfter: PARAGRAPH.test(text.slice(t.end, next.start)) });
      continue;
    }
    // Only a token ending in ".", "!" or "?" can end a sentence: most tokens stop here, unsliced.
    const lastChar = text.charCodeAt(t.end - 1);
    if (lastChar !== 46 && lastChar !== 33 && lastChar !== 63) continue;
    const tokenText = text.slice(t.start, t.end);
    if (!TERMINAL.has(tokenText) && !(tokenText.endsWith('.') && tokenText.length > 1)) continue;
    if (tokenText === '.' && i > 0 && isAbbreviation(text, tokens[i - 1]!, t, abbreviations)) continue;
    if (tokenText.length > 1 && abbreviations.has(tokenText.toLowerCase())) {
      // "U.S." ends a sentence only when what follows clearly starts one ("in the U.S. The …").
      if (!/^(The|A|An|He|She|It|They|We|I|This|That|But|In|On)$/.test(text.slice(next.start, next.end))) continue;
    }
    let last = i;
    while (tokens[last + 1] && CLOSERS.has(text.slice(tokens[last + 1]!.start, tokens[last + 1]!.end)) && tokens[last + 1]!.start === tokens[last]!.end) {
      last++;
    }
    const after = tokens[last + 1];
    if (!after) continue;
    const afterGap = text.slice(tokens[last]!.end, after.start);
    if (afterGap.includes('\n')) {
      breaks.push({ last, rule: 'line-break', paragraphAfter: PARAGRAPH.test(afterGap) });
      i = last;
      continue;
    }
    if (afterGap.length === 0) continue;
    if (!OPENS_SENTENCE.test(text.slice(after.start, after.end))) continue;
    breaks.push({ last, rule: 'terminal-punctuation', paragraphAfter: false });
    i = last;
  }
  return breaks;
}

function hasNewline(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (text.charCodeAt(k) === 10) return true;
  return false;
}

function isAbbreviation(text: string, word: RawToken, dot: RawToken, abbreviations: ReadonlySet<string>): boolean {
  if (word.end !== dot.start) return false;
  const w = text.slice(word.start, word.end);
  if (abbreviations.has(`${w.toLowerCase()}.`)) return true;
  return /^\p{Lu}$/u.test(w); // an initial: "John F. Kennedy"
}
