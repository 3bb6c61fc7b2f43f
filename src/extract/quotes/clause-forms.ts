import type { Span } from '../../model/span.js';
import type { CueEntry } from './lexicon.js';
import { markUsed, matchCue, type TokenView, type RawAttribution } from './frames.js';
import { FINAL, BE, NP_JOINERS, POSSESSIVE, SUBORDINATORS } from './word-sets.js';
import { isCap, skipAuxLeft, npLeft, npRight, spanOf } from './phrases.js';
import { contentEnd } from './content-end.js';

/** Attributions with a shape of their own: "In a new poll, …", relative clauses, "when asked whether …", "according to", topic and statement nouns. */

/** "In a new poll by X, Sanders leads …": the poll, study or report is the source, "In" the cue. */
export function inEvidence(v: TokenView, s: number, used: Uint8Array): RawAttribution | undefined {
  const lo = v.sentStart[s]!;
  const hi = v.sentEnd[s]!;
  if (v.norms[lo] !== 'in' || used[lo]) return undefined;
  let k = lo + 1;
  let evidence = false;
  while (k < hi && k - lo < 14 && v.norms[k] !== ',' && v.regionOf[k]! < 0) {
    if (v.lex.is(v.norms[k]!, 'evidence')) evidence = true;
    k++;
  }
  if (!evidence || v.norms[k] !== ',' || k + 2 >= hi) return undefined;
  // "In a statement, the spokesman said, …": the sentence has its own speaker and cue
  for (let j = k + 1; j < hi; j++) {
    if (v.regionOf[j]! >= 0 || isCap(v, j)) continue;
    const m = matchCue(v, j, hi); // the whole phrase: "points" alone is no "point out"
    if (m && m.entry.frame !== 'noun' && m.entry.frame !== 'P') return undefined;
  }
  const cEnd = contentEnd(v, k + 1, hi);
  const content = spanOf(v, k + 1, cEnd + 1);
  if (!content) return undefined;
  return { sentence: s, source: spanOf(v, lo + 1, k), sourceRule: 'in-evidence', cue: spanOf(v, lo, lo + 1)!, cueLemma: 'in', cueKind: 'report', content: [content], rule: 'in-evidence', confidence: 0.6 };
}

const CLAUSE_VERBS = new Set(['is', 'was', 'were', 'are', 'would', 'will', 'had', 'has', 'have', 'could', 'should', 'may', 'might', 'did']);

const RELATIVES = new Set(['which', 'that', 'what', 'who', 'whom']);

/**
 * Speech inside a relative clause: "what the senators said was gerrymandering", "the guns, which he
 * said were at his side, …". The clause from the relative word (or the noun it modifies) to its end
 * is the content, even when an outer attribution holds it; only the source and cue are marked used.
 */
export function relativeAttributions(v: TokenView, s: number, used: Uint8Array): RawAttribution[] {
  const lo = v.sentStart[s]!;
  const hi = v.sentEnd[s]!;
  const out: RawAttribution[] = [];
  for (let i = lo + 2; i < hi - 1; i++) {
    // cheapest test first: most tokens are no cue at all
    const entries = v.lex.cues.get(v.norms[i]!);
    if (!entries || used[i] || v.regionOf[i]! >= 0 || !v.words[i]) continue;
    const entry = entries.find((e) => e.frame === 'S' && e.words.length === 1);
    if (!entry || v.norms[i] === entry.lemma || isCap(v, i)) continue;
    const next = v.norms[i + 1]!;
    const verbNext = CLAUSE_VERBS.has(next) || (v.words[i + 1] && !isCap(v, i + 1) && /[^s]s$|ed$/.test(next) && !v.lex.is(next, 'boundary'));
    if (!verbNext) continue;
    const pronoun = v.lex.is(v.norms[i - 1]!, 'person-pronoun') || v.lex.is(v.norms[i - 1]!, 'group-pronoun') || v.lex.is(v.norms[i - 1]!, 'thing-pronoun');
    // the speaker inside the clause: a pronoun, or a short phrase back to its determiner ("meddling [the California congressman] said is …")
    let [sa, sb] = pronoun ? [i - 1, i] : npLeft(v, i - 1, lo, 6);
    if (!pronoun) {
      for (let k = i - 1; k >= Math.max(lo, i - 5); k--) {
        if (!v.words[k] || v.lex.cues.has(v.norms[k]!)) break;
        if (v.lex.is(v.norms[k]!, 'determiner')) {
          if (k > sa || sb <= sa) [sa, sb] = [k, i];
          break;
        }
      }
    }
    if (sb <= sa || sa - 1 < lo || used[sa]) continue;
    const rel = sa - 1;
    const head = RELATIVES.has(v.norms[rel]!) || (v.words[rel] && !isCap(v, rel) && !v.lex.is(v.norms[rel]!, 'boundary') && !v.lex.cues.has(v.norms[rel]!));
    if (!head || (v.norms[sa] !== 'the' && !pronoun && !isCap(v, sa))) continue;
    let e = i + 1;
    while (e < hi && v.regionOf[e]! < 0 && v.norms[e] !== ',' && v.norms[e] !== ';' && !(FINAL.has(v.norms[e]!) && e === hi - 1)) e++;
    while (e < hi && v.regionOf[e]! >= 0) e++;
    const content = spanOf(v, rel, e);
    if (!content) continue;
    const a: RawAttribution = { sentence: s, source: spanOf(v, sa, sb), sourceRule: 'subject', cue: spanOf(v, i, i + 1)!, cueLemma: entry.lemma, cueKind: entry.kind, content: [content], rule: 'relative-clause', confidence: 0.7 };
    out.push(a);
    for (let k = sa; k <= i; k++) used[k] = 1;
  }
  return out;
}

const ASKED_FOR = new Set(['whether', 'if', 'about', 'why', 'how', 'what', 'who', 'whom', 'which', 'when', 'where']);

/**
 * The question put to someone, whoever asked it: "When asked whether …,", "Asked about the merger,",
 * "She was asked how …". The source is not in the text; the content is the question, up to its comma.
 */
export function askedAttributions(v: TokenView, s: number, used: Uint8Array): RawAttribution[] {
  const lo = v.sentStart[s]!;
  const hi = v.sentEnd[s]!;
  const out: RawAttribution[] = [];
  for (let i = lo; i < hi - 2; i++) {
    if (v.norms[i] !== 'asked' || used[i] || v.regionOf[i]! >= 0 || !ASKED_FOR.has(v.norms[i + 1]!)) continue;
    const prev = i > lo ? v.norms[i - 1]! : '';
    if (!(i === lo || prev === ',' || SUBORDINATORS.has(prev) || BE.has(prev))) continue;
    let e = i + 2;
    while (e < hi && v.regionOf[e]! < 0 && v.norms[e] !== ',' && !(FINAL.has(v.norms[e]!) && e === hi - 1)) e++;
    if (e - i > 30) continue;
    const content = spanOf(v, i + 1, e);
    if (!content) continue;
    const a: RawAttribution = { sentence: s, sourceRule: 'none', cue: spanOf(v, i, i + 1)!, cueLemma: 'ask', cueKind: 'ask', content: [content], rule: 'asked-passive', confidence: 0.6 };
    out.push(a);
    markUsed(v, a, used);
    i = e;
  }
  return out;
}

export function accordingTo(v: TokenView, s: number, last: number, first: number, entry: CueEntry, used: Uint8Array): RawAttribution | undefined {
  const lo = v.sentStart[s]!;
  const hi = v.sentEnd[s]!;
  let [a, b] = npRight(v, last + 1, hi, 14);
  if (b <= a) return undefined;
  if (first === lo && v.norms[b] !== ',') {
    // "According to early results of exit polls conducted for … by Edison Research, …": a long source up to its comma
    let k = b;
    while (k < hi && k - a < 32 && v.norms[k] !== ',' && v.regionOf[k]! < 0) k++;
    if (v.norms[k] === ',') b = k;
  }
  const cue = spanOf(v, first, last + 1)!;
  const source = spanOf(v, a, b);
  let content: Span | undefined;
  // "According to X, …" opens the sentence (or a clause after a comma); "…, according to X, who …" closes one
  const opening = first === lo || (first - 1 >= lo && (v.norms[first - 1] === 'but' || v.norms[first - 1] === 'and') && first - 1 === lo) || (first - 1 > lo && v.norms[first - 1] === ';');
  if (v.norms[b] === ',' && b + 1 < hi && opening) {
    content = spanOf(v, b + 1, contentEnd(v, b + 1, hi) + 1);
  } else {
    // the whole clause before it, even when it holds an attribution of its own ("X said Y, according to Z");
    // only a quote running over from the sentence before is left out
    let start = lo;
    while (start < first && used[start] && v.regionOf[start]! >= 0 && v.regions[v.regionOf[start]!]!.start < v.starts[lo]!) start++;
    const end = first > lo && v.norms[first - 1] === ',' ? first - 1 : first;
    content = spanOf(v, start, end);
  }
  if (!content) return undefined;
  return { sentence: s, source, sourceRule: 'according-to', cue, cueLemma: entry.lemma, cueKind: entry.kind, content: [content], rule: 'according-to', confidence: 0.85 };
}

/** Verbs that voice what a topic noun names: "raised questions about", "voiced support for". */
const VOICING = new Set(['raised', 'raises', 'raising', 'voiced', 'voices', 'voicing', 'expressed', 'expresses', 'expressing', 'renewed', 'renews', 'repeated', 'repeats', 'reiterated', 'offered', 'offers', 'offering', 'made', 'makes', 'making', 'leveled', 'levelled', 'issued', 'issues', 'stepped', 'intensified', 'launched', 'mounted', 'sharpened', 'escalated', 'posed', 'poses']);

/**
 * A noun naming what someone said or thinks, with its topic: "his attacks on Clinton", "Trump's
 * criticism of the judge", "Republicans raised questions about the deal". The source is the possessor
 * or the subject of a voicing verb; without one the noun is not read (on PolNeAR train a bare
 * "support for …" or "questions about …" is an attribution less than a third of the time).
 */
export function topicNoun(v: TokenView, s: number, i: number, last: number, entry: CueEntry): RawAttribution | undefined {
  const lo = v.sentStart[s]!;
  const hi = v.sentEnd[s]!;
  let d = i - 1;
  while (d > lo && v.words[d] && !isCap(v, d) && !v.lex.is(v.norms[d]!, 'determiner') && !VOICING.has(v.norms[d]!) && /(ed|al|ic|ous|ive|ent|ful|ing|ly|new|own|sharp|fresh|harsh|strong|open|broad)$/.test(v.norms[d]!) && i - d <= 3) d--;
  let source: Span | undefined;
  let sourceRule = 'none';
  if (d >= lo && (v.norms[d] === "'s" || v.norms[d] === '’s')) {
    source = possessorBefore(v, d, lo);
    sourceRule = 'possessive';
  } else if (d >= lo && POSSESSIVE.has(v.norms[d]!)) {
    source = spanOf(v, d, d + 1);
    sourceRule = 'possessive';
    d--;
    if (d >= lo && VOICING.has(v.norms[d]!)) d = -1; // "voiced his support for": the subject below
  }
  if (!source && d >= lo && VOICING.has(v.norms[d]!)) {
    const auxEnd = skipAuxLeft(v, d - 1, lo);
    const pronoun = auxEnd >= lo && (v.lex.is(v.norms[auxEnd]!, 'person-pronoun') || v.lex.is(v.norms[auxEnd]!, 'group-pronoun'));
    const [a, b] = pronoun ? [auxEnd, auxEnd + 1] : auxEnd >= lo ? npLeft(v, auxEnd, lo) : [lo, lo];
    source = spanOf(v, a, b);
    if (source) sourceRule = 'voicing-subject';
  }
  if (!source) return undefined;
  let e = last + 1;
  while (e < hi && e - last <= 14 && v.regionOf[e]! < 0 && (v.words[e] || NP_JOINERS.has(v.norms[e]!)) && !v.lex.is(v.norms[e]!, 'boundary') && !(e > last + 1 && v.lex.cues.has(v.norms[e]!) && !isCap(v, e))) e++;
  while (e > last + 1 && !v.words[e - 1]) e--;
  const content = spanOf(v, last + 1, e);
  if (!content || e - last > 14) return undefined;
  return { sentence: s, source, sourceRule, cue: spanOf(v, i, last + 1)!, cueLemma: entry.lemma, cueKind: entry.kind, content: [content], rule: 'topic-noun', confidence: 0.5 };
}

export function nounCue(v: TokenView, s: number, i: number, last: number, entry: CueEntry, _used: Uint8Array): RawAttribution | undefined {
  const hi = v.sentEnd[s]!;
  const lo = v.sentStart[s]!;
  // "the statement/claim that …", "X's claim that …"
  if (v.norms[last + 1] !== 'that' || last + 2 >= hi) return undefined;
  let source: Span | undefined;
  let srcRule = 'none';
  let d = i - 1;
  if (d >= lo && (v.norms[d] === "'s" || v.norms[d] === '’s')) {
    source = possessorBefore(v, d, lo);
    srcRule = 'possessive';
  }
  const cEnd = contentEnd(v, last + 1, hi);
  const content = spanOf(v, last + 1, cEnd + 1);
  if (!content) return undefined;
  return { sentence: s, source, sourceRule: srcRule, cue: spanOf(v, i, last + 1)!, cueLemma: entry.lemma, cueKind: entry.kind, content: [content], rule: 'noun-that', confidence: 0.6 };
}

const HEARSAY = new Set(['reportedly', 'purportedly']);

/**
 * "The FBI is reportedly making arrangements to interview …": a hearsay adverb attributes its clause
 * to an unnamed source. Only when no cue of the sentence already holds the clause.
 */
export function hearsayAttribution(v: TokenView, s: number, used: Uint8Array): RawAttribution | undefined {
  const lo = v.sentStart[s]!;
  const hi = v.sentEnd[s]!;
  for (let k = lo; k < hi; k++) {
    if (!HEARSAY.has(v.norms[k]!) || used[k] || v.regionOf[k]! >= 0) continue;
    if (used[k + 1] || used[k - 1]) continue; // "Trump reportedly said …": the cue already holds the clause
    let start = lo;
    while (start < k && used[start]) start++;
    if (start === k && k > lo) start = k + 1;
    const end = contentEnd(v, k, hi);
    const content = spanOf(v, start, end + 1);
    if (!content) return undefined;
    return { sentence: s, sourceRule: 'none', cue: spanOf(v, k, k + 1)!, cueLemma: v.norms[k]!, cueKind: 'report', content: [content], rule: 'hearsay-adverb', confidence: 0.5 };
  }
  return undefined;
}

/** The possessor before the "'s" at `d`: a name, or a noun phrase back to its determiner ("the mayor's"). */
function possessorBefore(v: TokenView, d: number, lo: number): Span | undefined {
  let a = d - 1;
  if (a >= lo && isCap(v, a)) {
    while (a - 1 >= lo && (isCap(v, a - 1) || v.norms[a - 1] === '.')) a--;
  } else {
    while (a - 1 >= lo && d - a < 5 && v.words[a - 1] && !v.lex.is(v.norms[a]!, 'determiner') && !v.lex.cues.has(v.norms[a - 1]!) && !v.lex.is(v.norms[a - 1]!, 'aux') && !v.lex.is(v.norms[a - 1]!, 'boundary')) a--;
  }
  return spanOf(v, a, d);
}
