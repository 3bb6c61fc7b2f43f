import type { CueKind } from '../../model/annotation.js';
import type { Span } from '../../model/span.js';
import type { CueEntry, QuoteLexicon } from './lexicon.js';
import type { QuoteRegion } from './quote-marks.js';
import { FINAL, WEEKDAYS, BE, ARTICLES } from './word-sets.js';
import { isCap, tokText, contractedAux } from './phrases.js';
import { inEvidence, relativeAttributions, askedAttributions, accordingTo, topicNoun, nounCue, hearsayAttribution } from './clause-forms.js';
import { signatureAttribution, transcriptAttribution, isTitleCase, midColonAttribution, colonAttribution } from './line-forms.js';
import { verbCue } from './verb-cue.js';

/** Reading a sentence's attributions: the token view, the cue matcher and the order in which the rule families run. */

/** The token view the rules read: document tokens with their quote region and sentence range. */
export interface TokenView {
  readonly text: string;
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  readonly norms: readonly string[];
  readonly words: readonly boolean[];
  /** Index of the quote region holding each token, or -1. */
  readonly regionOf: Int32Array;
  readonly regions: readonly QuoteRegion[];
  /** First and one-past-last token of each sentence. */
  readonly sentStart: Int32Array;
  readonly sentEnd: Int32Array;
  readonly sentenceOf: Int32Array;
  /** 1 for tokens of scare-quoted words and titles, read as ordinary words. */
  readonly scare: Uint8Array;
  /** 1 for tokens inside a named person, organisation, country or group (the entities stage). */
  readonly named?: Uint8Array;
  readonly lex: QuoteLexicon;
}

/**
 * An attribution as the rules read it, before the speaker is resolved.
 * `content` may have several parts ("“A,” she said, “B.”").
 */
export interface RawAttribution {
  readonly sentence: number;
  source?: Span;
  /** How the source was found: subject, inverted ("said X"), ellipsis, none. */
  sourceRule: string;
  readonly cue: Span;
  readonly cueLemma: string;
  readonly cueKind: CueKind;
  content: Span[];
  rule: string;
  confidence: number;
  /** Set when the cue has no content of its own ("Bilotaitė added."), to be linked by adjacency. */
  pending?: 'before' | 'after';
  /** For a quote continuing in the next paragraph: the attribution it continues. */
  prev?: RawAttribution;
  /** For a relative pronoun source ("who"): the phrase it stands for. */
  antecedent?: Span;
  /** Token index up to which the sentence is consumed (a sloppy second cue: "said X said"). */
  skipTo?: number;
}

/** Matches a cue starting at token i; picks verb or noun readings by the word before. */
export function matchCue(v: TokenView, i: number, end: number): { entry: CueEntry; last: number } | undefined {
  const entries = v.lex.cues.get(v.norms[i]!);
  if (!entries) return undefined;
  const prev = i > 0 ? v.norms[i - 1]! : '';
  const article = (ARTICLES.has(prev) || (i > 0 && tokText(v, i - 1).endsWith('’s'))) && !(i > 0 && contractedAux(v, i - 1, 0));
  const hasNoun = entries.some((e) => e.frame === 'noun');
  const preferNoun = article || ((v.lex.is(prev, 'determiner') || v.lex.is(prev, 'preposition')) && hasNoun);
  for (const entry of entries) {
    if (entry.frame !== 'T' && (entry.frame === 'noun') !== preferNoun) continue; // a topic noun's phrase ("criticism of") is specific enough
    let ok = true;
    for (let w = 1; w < entry.words.length; w++) {
      if (i + w >= end || v.norms[i + w] !== entry.words[w] || v.regionOf[i + w]! >= 0) {
        ok = false;
        break;
      }
    }
    if (ok) return { entry, last: i + entry.words.length - 1 };
  }
  return undefined;
}

const PLURAL_SUBJECTS = new Set(['people', 'police', 'data', 'i', 'we', 'they', 'you', 'who', 'that', 'which', 'staff', 'public', 'media', 'some', 'many', 'most', 'others', 'few', 'both', 'all', 'those', 'these', 'whom', 'him', 'them', 'us']);

const AMBIGUOUS_PLURALS = new Set(['states', 'reports', 'claims', 'notes', 'plans', 'calls', 'views', 'answers', 'comments', 'questions', 'charges', 'promises', 'pledges', 'supports', 'cites', 'demands', 'requests', 'fears', 'hopes', 'doubts', 'counters', 'posts', 'remarks', 'attacks', 'blasts', 'vows', 'concerns', 'answers', 'emails', 'tweets', 'quotes', 'labels', 'voices', 'signals', 'hints', 'echoes', 'offers', 'orders', 'favors', 'references', 'points', 'projects', 'highlights', 'welcomes', 'champions', 'rules', 'names', 'titles', 'lists', 'sounds', 'notices', 'credits', 'advocates', 'knocks', 'hails', 'presses', 'backs', 'distances', 'attributes', 'details', 'outlines', 'aims', 'worries']);

/**
 * Whether a cue word is used as a verb here: a bare form ("say", "plan") needs an auxiliary, "to",
 * or a plural or pronoun subject right before it; a form that is also a plural noun ("states",
 * "reports") needs a name or pronoun before it; a number before it makes it a noun ("300 pledged").
 */
function plausibleVerb(v: TokenView, i: number, lo: number, entry: CueEntry): boolean {
  if (i === lo) return false;
  const prev = v.norms[i - 1]!;
  if (entry.frame === 'A') {
    // "was critical of", "have been deeply skeptical of": an adjective after a form of "be"
    for (let k = i - 1; k >= Math.max(lo, i - 3); k--) {
      if (BE.has(v.norms[k]!) || v.norms[k] === 'remain' || v.norms[k] === 'remains' || v.norms[k] === 'remained') return true;
      if (!v.words[k] || !(/ly$/.test(v.norms[k]!) || v.lex.is(v.norms[k]!, 'aux') || v.norms[k] === 'so' || v.norms[k] === 'very')) return false;
    }
    return false;
  }
  const next = v.norms[i + 1];
  // passive or phrasal uses: "attacked by", "seen as", "called off"
  if (next === 'by' || next === 'off' || (next === 'as' && /(ed|en|wn)$/.test(v.norms[i]!))) return false;
  if (/^\d/.test(prev)) return v.norms[i - 2] === 'in'; // "300 pledged", but "4 in 10 say"
  const form = v.norms[i]!;
  if (form === entry.lemma.split(' ')[0] && form !== 'read') {
    if (prev === 'to') {
      // "to say that …", "to ask whether …"; not "in a position to claim the nomination"
      const n = v.norms[i + 1] ?? '';
      const gov = v.norms[i - 2] ?? '';
      if (/(s|ed)$/.test(gov) || gov === 'going' || gov === 'want' || gov === 'like' || gov === 'trying') return true; // "wants to support", "refused to say"
      return entry.frame === 'S' && (n === 'that' || n === ':' || v.lex.is(n, 'wh') || (i + 1 < v.regionOf.length && v.regionOf[i + 1]! >= 0));
    }
    if (v.lex.is(prev, 'aux') || PLURAL_SUBJECTS.has(prev) || (v.words[i - 1] === true && /s$/.test(prev) && !/(ss|us|is)$/.test(prev))) return true;
    // "As Ms. Simonyan put it, …": a parenthetical "as" clause
    for (let k = i - 2; k >= Math.max(lo, i - 7); k--) {
      if (!v.words[k] && v.norms[k] !== '.' && v.norms[k] !== "'s") break;
      if (v.norms[k] === 'as' && (k === lo || v.norms[k - 1] === ',')) return true;
    }
    // "Mr. Grassley and Mr. Leahy say …": a compound subject
    if (isCap(v, i - 1) && v.norms.slice(Math.max(lo, i - 5), i - 1).includes('and')) return true;
    // "… around the country say Scott deserves …": a bare speech verb opening a clause
    const n = v.norms[i + 1] ?? '';
    if (prev === 'me' || v.norms[i - 2] === 'let' || !v.words[i - 1] || v.lex.is(prev, 'determiner') || v.lex.is(prev, 'preposition')) return false;
    // "…, advisers to Mr. Obama say, the president …": a parenthetical or closing "say"
    if (entry.frame === 'S' && (n === ',' || FINAL.has(n))) return true;
    return entry.frame === 'S' && (n === 'that' || v.lex.is(n, 'subject') || v.lex.is(n, 'determiner') || (i + 1 < v.regionOf.length && (v.regionOf[i + 1]! >= 0 || (isCap(v, i + 1) && !WEEKDAYS.has(n)))));
  }
  if (AMBIGUOUS_PLURALS.has(form)) {
    // "respond to requests": after "to" the plural is a noun
    return isCap(v, i - 1) || v.lex.is(prev, 'person-pronoun') || v.lex.is(prev, 'thing-pronoun') || (v.lex.is(prev, 'aux') && prev !== 'to') || prev === 'also' || prev === 'which' || prev === 'who';
  }
  return true;
}


export interface FrameOptions {
  /** Skip cues of the `N` frame (noun-phrase objects), which are less reliably speech. */
  readonly npCues: boolean;
}

/**
 * Reads the attributions of one sentence. Tokens already used by an earlier attribution (a quote
 * that ran over from a previous sentence) are in `used`.
 */
export function sentenceAttributions(v: TokenView, s: number, used: Uint8Array, options: FrameOptions): RawAttribution[] {
  const lo = v.sentStart[s]!;
  const hi = v.sentEnd[s]!;
  const out: RawAttribution[] = [];
  const inSource = inEvidence(v, s, used);
  if (inSource) {
    out.push(inSource);
    markUsed(v, inSource, used);
  }
  const turn = transcriptAttribution(v, s, used);
  if (turn) {
    out.push(turn);
    markUsed(v, turn, used);
    return out;
  }
  const colon = colonAttribution(v, s, used);
  if (colon) {
    out.push(colon);
    markUsed(v, colon, used);
  }
  const midColon = colon ? undefined : midColonAttribution(v, s, used);
  if (midColon) {
    out.push(midColon);
    markUsed(v, midColon, used);
  }
  out.push(...relativeAttributions(v, s, used));
  out.push(...askedAttributions(v, s, used));
  const signed = signatureAttribution(v, s, used);
  if (signed) {
    out.push(signed);
    markUsed(v, signed, used);
  }
  // a headline in title case ("Lindsey Graham Says Trump Could …"): its capitalised cues count
  const titleCase = isTitleCase(v, lo, hi);
  for (let i = lo; i < hi; i++) {
    if (used[i] || v.regionOf[i]! >= 0 || !v.words[i]) continue;
    const m = matchCue(v, i, hi);
    if (!m) continue;
    const { entry } = m;
    if (entry.frame === 'N' && !options.npCues) continue;
    if (isCap(v, i) && i > lo && entry.frame !== 'P' && !titleCase) continue;
    const nominal = entry.frame === 'P' || entry.frame === 'noun' || entry.frame === 'T';
    if (!nominal && !plausibleVerb(v, i, lo, entry)) continue;
    if (i === lo && !nominal) continue;
    const a = entry.frame === 'P' ? accordingTo(v, s, m.last, i, entry, used) : entry.frame === 'noun' ? nounCue(v, s, i, m.last, entry, used) : entry.frame === 'T' ? topicNoun(v, s, i, m.last, entry) : verbCue(v, s, i, m.last, entry, used);
    if (!a) continue;
    if (a.sourceRule === 'inherit') {
      const prev = [...out].reverse().find((x) => x.source);
      if (!prev) continue;
      a.prev = prev;
    }
    out.push(a);
    markUsed(v, a, used);
    for (let k = m.last + 1; k < (a.skipTo ?? 0); k++) used[k] = 1;
    i = Math.max(i, m.last, (a.skipTo ?? 0) - 1);
  }
  const hearsay = hearsayAttribution(v, s, used);
  if (hearsay) {
    out.push(hearsay);
    markUsed(v, hearsay, used);
  }
  return out;
}

export function markUsed(v: TokenView, a: RawAttribution, used: Uint8Array): void {
  const spans = [a.cue, ...a.content, ...(a.source ? [a.source] : [])];
  for (const sp of spans) {
    // tokens are few per span; a binary search is not worth it inside one or two sentences
    let k = a.sentence > 0 ? v.sentStart[Math.max(0, a.sentence - 3)]! : 0;
    if (v.starts[k]! > sp.start) k = 0;
    for (; k < v.starts.length && v.starts[k]! < sp.end; k++) if (v.ends[k]! > sp.start) used[k] = 1;
  }
}
