import type { PatternElement, TriggerLexicon, TriggerRule } from './lexicon.js';
import { DETERMINERS, PREPOSITIONS, STRONG_PUNCT } from './words.js';

/** A sentence token as the events stage reads it. */
export interface Tok {
  readonly start: number;
  readonly end: number;
  /** Folded lower case. */
  readonly norm: string;
  readonly word: boolean;
  /** First letter is a capital in the text. */
  readonly cap: boolean;
}

/**
 * A trigger found in a sentence: the rule and the token indices of its pattern elements.
 * @example // "pushed 35 migrants across" → { rule: push … across, head: 4, indices: [4, 7] }
 */
export interface TriggerMatch {
  readonly rule: TriggerRule;
  readonly head: number;
  readonly indices: readonly number[];
  readonly last: number;
}

const MAX_GAP = 6;
/** The shape of a demonym adjective ("Turkish", "Kenyan", "Israeli", "Chinese"). */
const DEMONYM = /(?:ish|ian|ean|ese|an|i|ic)$/;
/** Words after a participle that show it is a verb, not an adjective before a noun. */
const NOT_NOUN_START = new Set(['by', 'that', 'to', 'the', 'a', 'an', 'his', 'her', 'its', 'their', 'in', 'on', 'at', 'for', 'with', 'from', 'and', 'or', 'of', 'as', 'into']);

/**
 * Finds trigger matches left to right; at each head the longest matching entry wins, verbs before
 * nouns unless the word follows a determiner, preposition, possessive or number ("the attack").
 * A capitalised word inside a sentence is a name, not a trigger ("March", "Rally for Change").
 */
export function matchTriggers(toks: readonly Tok[], lexicon: TriggerLexicon): TriggerMatch[] {
  const out: TriggerMatch[] = [];
  const used = new Set<number>();
  const headline = isHeadlineCase(toks);
  for (let i = 0; i < toks.length; i++) {
    if (used.has(i)) continue;
    const rules = lexicon.byHead.get(toks[i]!.norm);
    if (!rules) continue;
    if (i > 0 && toks[i]!.cap && !headline) continue;
    if (lexicon.blockers.get(toks[i]!.norm)?.some((elements) => matchAt(toks, i, elements))) continue;
    const prev = toks[i - 1]?.norm;
    const gerund = toks[i]!.norm.endsWith('ing');
    const nounContext =
      prev !== undefined &&
      (DETERMINERS.has(prev) || prev.endsWith("'s") || /^\d/.test(prev) || (!gerund && prev !== 'to' && PREPOSITIONS.has(prev)));
    // "investigating alleged war crimes", "into alleged crimes": a participle before a noun is an adjective.
    const attributive =
      toks[i]!.norm.endsWith('ed') && prev !== undefined && ((used.has(i - 1) && i > 1 && toks[i - 2]!.word) || DETERMINERS.has(prev) || PREPOSITIONS.has(prev)) &&
      toks[i + 1] !== undefined && toks[i + 1]!.word && !NOT_NOUN_START.has(toks[i + 1]!.norm);
    // "two Turkish patrol vessels": a bare verb form between a capitalised modifier and a noun is a noun.
    const next = toks[i + 1];
    const compound =
      prev !== undefined && i > 1 && toks[i - 1]!.cap && DEMONYM.test(prev) && !headline && rules.some((r) => r.pos === 'v' && r.pattern.split(' ')[0] === toks[i]!.norm) &&
      next !== undefined && next.word && !next.cap && !NOT_NOUN_START.has(next.norm) && !DETERMINERS.has(next.norm);
    let found: TriggerMatch | undefined;
    for (const pass of nounContext || attributive || compound ? (['n'] as const) : (['v', 'n'] as const)) {
      for (const rule of rules) {
        if (rule.pos !== pass) continue;
        const indices = matchAt(toks, i, rule.elements);
        if (indices) {
          found = { rule, head: i, indices, last: indices[indices.length - 1]! };
          break;
        }
      }
      if (found) break;
    }
    if (!found) continue;
    for (const k of found.indices) used.add(k);
    out.push(found);
  }
  return out;
}

function matchAt(toks: readonly Tok[], head: number, elements: readonly PatternElement[]): number[] | undefined {
  const indices = [head];
  let pos = head;
  for (let e = 1; e < elements.length; e++) {
    const el = elements[e]!;
    const limit = el.gapBefore ? pos + 1 + MAX_GAP : pos + 1;
    let hit = -1;
    for (let p = pos + 1; p <= limit && p < toks.length; p++) {
      const norm = toks[p]!.norm;
      if (el.forms.has(norm)) {
        hit = p;
        break;
      }
      if (norm === ',' || norm === '.' || STRONG_PUNCT.has(norm)) break;
    }
    if (hit < 0) return undefined;
    indices.push(hit);
    pos = hit;
  }
  return indices;
}

/** Headlines and upper-case text: (nearly) every word capitalised, so capitals say nothing. */
function isHeadlineCase(toks: readonly Tok[]): boolean {
  let caps = 0;
  let words = 0;
  for (const t of toks) {
    if (!t.word) continue;
    words++;
    if (t.cap) caps++;
  }
  return words > 3 && caps / words > 0.8;
}
