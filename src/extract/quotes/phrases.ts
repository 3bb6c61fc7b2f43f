import type { Span } from '../../model/span.js';
import type { TokenView } from './frames.js';
import { BE, NP_JOINERS, WEEKDAY_NAMES, CONTRACTED, MODALS } from './word-sets.js';

/** Token tests and phrase readers shared by the quote rules: capitals, noun phrases left and right of a cue, spans. */

export function isCap(v: TokenView, i: number): boolean {
  const c = v.text.charCodeAt(v.starts[i]!);
  if (c < 128) return c >= 65 && c <= 90;
  return /\p{Lu}/u.test(v.text[v.starts[i]!]!);
}

export function tokText(v: TokenView, i: number): string {
  return v.text.slice(v.starts[i]!, v.ends[i]!);
}

function isBoundary(v: TokenView, i: number, lo: number): boolean {
  if (v.regionOf[i]! >= 0) return true;
  const n = v.norms[i]!;
  if (!v.words[i]) return !v.scare[i] && !NP_JOINERS.has(n) && !n.endsWith('’s') && n !== "'s";
  if (n === 'and' || n === '&') {
    return !(i > lo && i + 1 < v.norms.length && isCap(v, i - 1) && isCap(v, i + 1));
  }
  return v.lex.is(n, 'boundary');
}

/** Index after the auxiliaries and adverbs left of the cue: the subject ends before it. */
export function skipAuxLeft(v: TokenView, i: number, lo: number): number {
  for (;;) {
    while (i >= lo && v.regionOf[i]! < 0 && ((v.words[i] && (v.lex.is(v.norms[i]!, 'aux') || (/ly$/.test(v.norms[i]!) && !isCap(v, i)))) || contractedAux(v, i, lo))) i--;
    // "Hillary Clinton on Tuesday said", "the ministry yesterday said", "who in 2010 said"
    if (i >= lo && WEEKDAY_NAMES.has(v.norms[i]!) && v.regionOf[i]! < 0 && i > lo) {
      i -= v.norms[i - 1] === 'on' ? 2 : 1;
      continue;
    }
    if (i > lo && /^(1[89]|20)\d\d$/.test(v.norms[i]!) && v.norms[i - 1] === 'in') {
      i -= 2;
      continue;
    }
    return i;
  }
}

/** "’s" in "He’s claiming", "’re" in "they’re saying": an auxiliary glued to a pronoun subject. */
export function contractedAux(v: TokenView, i: number, lo: number): boolean {
  if (!CONTRACTED.has(v.norms[i]!) || i - 1 < lo || v.ends[i - 1] !== v.starts[i]) return false;
  const p = v.norms[i - 1]!;
  return v.lex.is(p, 'person-pronoun') || v.lex.is(p, 'group-pronoun') || v.lex.is(p, 'thing-pronoun') || p === 'you' || p === 'who' || p === 'that';
}

/** The noun phrase ending at token `last` (inclusive), read leftwards; [first, last+1) or empty. */
export function npLeft(v: TokenView, last: number, lo: number, max = 14): [number, number] {
  let i = last;
  while (i >= lo && last - i < max && !isBoundary(v, i, lo)) i--;
  if (last - i >= max) return nameLeft(v, last, lo);
  // "Farmers whose fields were flooded say …": the head noun before "whose" leads the phrase
  if (i > lo && v.norms[i] === 'whose') {
    let h = i - 1;
    while (h >= lo && i - h <= 4 && !isBoundary(v, h, lo)) h--;
    if (h < i - 1) i = h;
  }
  let first = i + 1;
  while (first <= last && !v.words[first]) first++;
  return [first, last + 1];
}

/**
 * When no boundary closes the phrase ("Saturday at the party convention Sen. Elizabeth Warren (D-MA)
 * said"), the name that ends it: capitalised words, initials, and a bracketed affiliation.
 */
function nameLeft(v: TokenView, last: number, lo: number): [number, number] {
  let i = last;
  let depth = 0;
  while (i >= lo && last - i < 12) {
    const n = v.norms[i]!;
    if (n === ')') depth++;
    else if (n === '(') depth--;
    else if (depth === 0 && !(v.words[i] ? isCap(v, i) : n === '.' || n === '-')) break;
    i--;
  }
  let first = i + 1;
  while (first <= last && !v.words[first]) first++;
  if (first > last || depth !== 0) return [last + 1, last + 1];
  // "Sen." and other titles belong to the name; a sentence-initial word before them does not
  return [first, last + 1];
}

/** "the White House spokesman", "the harbour spokesman": a capitalised word or a role noun in [a, b). */
export function describesRole(v: TokenView, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (v.words[k] && (isCap(v, k) || v.lex.is(v.norms[k]!, 'role-head'))) return true;
  return false;
}

/** An auxiliary or a lower-case cue in [a, b): a clause, not a name ("Trump would simultaneously expand …"). */
export function hasVerbWord(v: TokenView, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (v.words[k] && !isCap(v, k) && (BE.has(v.norms[k]!) || MODALS.has(v.norms[k]!))) return true;
  return false;
}

export function wordCount(v: TokenView, a: number, b: number): number {
  let n = 0;
  let depth = 0;
  for (let k = a; k < b; k++) {
    if (v.norms[k] === '(') depth++;
    else if (v.norms[k] === ')') depth--;
    else if (v.words[k] && depth === 0) n++;
  }
  return n;
}

/** An appositive segment ending at `last`, back to the previous comma: any words, at most 24. */
export function segmentLeft(v: TokenView, last: number, lo: number): [number, number] {
  let i = last;
  // a short quoted name may sit inside an appositive ("state Del. Marcia “Cia” Price"); a quote closing on a comma ends it
  const shortQuote = (k: number): boolean => {
    if (v.regionOf[k]! < 0) return true;
    const r = v.regions[v.regionOf[k]!]!;
    return r.end - r.start <= 40 && !/,\W*$/u.test(v.text.slice(r.start, r.end));
  };
  while (i >= lo && last - i < 32 && shortQuote(i) && (v.words[i] || v.scare[i] || v.regionOf[i]! >= 0 || NP_JOINERS.has(v.norms[i]!))) i--;
  if (last - i >= 32) return [last + 1, last + 1];
  return [i + 1, last + 1];
}

/** The noun phrase starting at token `first`, read rightwards (for "said the minister"). */
export function npRight(v: TokenView, first: number, hi: number, max = 12): [number, number] {
  let i = first;
  while (i < hi && i - first < max) {
    const n = v.norms[i]!;
    if (v.regionOf[i]! >= 0) break;
    if (!v.words[i]) {
      if (v.scare[i] || (n === '.' && i + 1 < hi && v.words[i + 1])) {
        i++;
        continue;
      }
      if (NP_JOINERS.has(n) && n !== '.') {
        i++;
        continue;
      }
      break;
    }
    if (i > first && v.lex.is(n, 'right-stop')) break;
    if (i > first && v.lex.cues.has(n) && !isCap(v, i)) break;
    i++;
  }
  return [first, i];
}

/** A comma, or a closing quote mark after one ("…,\" adding that …"). */
export function commaLike(v: TokenView, k: number): boolean {
  if (v.norms[k] === ',') return true;
  const r = v.regionOf[k]!;
  return r >= 0 && v.regions[r]!.end === v.ends[k] && /,\W*$/u.test(v.text.slice(v.regions[r]!.start, v.regions[r]!.end));
}

/** Whether a phrase names a study, poll or report ("A 2014 study … found …"). */
export function evidenceIn(v: TokenView, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (v.lex.is(v.norms[k]!, 'evidence')) return true;
  return false;
}

/** A subject that can hold a view: a person pronoun or a capitalised name ("Trump seems to think …"). */
export function personLike(v: TokenView, sp: Span): boolean {
  const k = tokenIndexAt(v, sp.start);
  return v.lex.is(v.norms[k]!, 'person-pronoun') || v.lex.is(v.norms[k]!, 'group-pronoun') || (isCap(v, k) && !v.lex.is(v.norms[k]!, 'determiner') && !v.lex.is(v.norms[k]!, 'thing-pronoun'));
}

export function spanOf(v: TokenView, first: number, lastExclusive: number): Span | undefined {
  if (lastExclusive <= first) return undefined;
  return { start: v.starts[first]!, end: v.ends[lastExclusive - 1]! };
}

/** The whole quote region a token belongs to, as a span. */
export function regionSpan(v: TokenView, i: number): Span {
  const r = v.regions[v.regionOf[i]!]!;
  return { start: r.start, end: r.end };
}

/** True when nothing but spaces stands between the previous line break (or the text start) and `offset`. */
export function startsLine(text: string, offset: number): boolean {
  for (let k = offset - 1; k >= 0; k--) {
    const c = text[k]!;
    if (c === '\n') return true;
    if (c !== ' ' && c !== '\t' && c !== '\r') return false;
  }
  return true;
}

/** A word written in capitals only ("WALLACE", "Q"), not a single capital plus lower case. */
export function isUpperWord(v: TokenView, i: number): boolean {
  const w = v.text.slice(v.starts[i]!, v.ends[i]!);
  return /\p{Lu}/u.test(w) && !/\p{Ll}/u.test(w);
}

/** Index of the token starting at or before `offset` (binary search over token starts). */
export function tokenIndexAt(v: TokenView, offset: number): number {
  let lo = 0;
  let hi = v.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (v.starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
