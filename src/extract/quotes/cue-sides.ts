import type { Span } from '../../model/span.js';
import type { CueEntry } from './lexicon.js';
import type { TokenView, RawAttribution } from './frames.js';
import { FINAL, BE, PREPOSITIONS, SUBORDINATORS, TITLE_PREPOSITIONS, INTRO_ADVERBS, WEEKDAY_NAMES, ADVERBIAL_OPENERS, PARTICLES, GERUND_PREPOSITIONS, QUANTIFIER_SUBJECTS, DASHES } from './word-sets.js';
import { isCap, skipAuxLeft, npLeft, describesRole, hasVerbWord, wordCount, segmentLeft, spanOf, regionSpan, isUpperWord, tokenIndexAt, personLike } from './phrases.js';
import { contentEnd } from './content-end.js';

/** Both sides of a cue: the speaker on its left, the content before it, a second quoted part after it. */

/** Cues whose subject is not a source: the judge is implicit ("the plan seems doomed"). */
const IMPERSONAL = new Set(['seem', 'appear']);

/**
 * The content standing before a speaker and cue ("…, officials said", "“…,” she added"): from the
 * clause start (or the quote) to the comma or quote before the speaker, whose first token is `before`.
 */
export function leftContentOf(v: TokenView, lo: number, before: number, used: Uint8Array): Span[] {
  // content runs from the clause start to the comma (or quote) before the speaker
  let end = before;
  if (v.norms[end] === ',' || v.norms[end] === '—' || v.norms[end] === '–' || v.norms[end] === '-') end--;
  if (end < lo && v.regionOf[end]! < 0) return [];
  if (v.regionOf[end]! >= 0) {
    const rs = regionSpan(v, end);
    const opening = tokenIndexAt(v, rs.start);
    // a title after a preposition is not what was said ("On “Fox News Sunday,” Pence said …")
    if (opening > lo && TITLE_PREPOSITIONS.has(v.norms[opening - 1]!) && v.text.slice(rs.start, rs.end).split(/\s+/).length <= 5) return [];
    if (rs.start > v.starts[lo]! && v.regionOf[lo]! < 0) {
      // words before the quote in the same clause: an adverbial opening keeps them out, and a short quote
      // inside it is a scare quote ("Remarking upon Clinton's “genuine empathy,” Starr said, …");
      // otherwise they are part of a mixed content ("The plans are ''profoundly irresponsible,'' said Bell")
      const opener = v.norms[lo]!;
      const adverbial = /ing$/.test(opener) || PREPOSITIONS.has(opener) || SUBORDINATORS.has(opener) || v.regionOf[opening - 1]! >= 0 || v.norms[opening - 1] === ',' || v.norms[opening - 1] === ':';
      if (adverbial) return v.text.slice(rs.start, rs.end).split(/\s+/).length < 3 ? [] : [rs];
      let start = lo;
      while (start < opening && used[start]) start++;
      return [{ start: v.starts[start]!, end: rs.end }];
    }
    // a quote mark closing after a comma: keep the region whole
    return [rs];
  }
  // the clause from the sentence start, even when it holds an attribution of its own ("X called for Y, sources said");
  // only a quote running over from the sentence before is left out
  let start = lo;
  while (start <= end && used[start] && v.regionOf[start]! >= 0 && v.regions[v.regionOf[start]!]!.start < v.starts[lo]!) start++;
  const sp = spanOf(v, start, end + 1);
  return sp ? [sp] : [];
}

/** Whether the words from `from` to the sentence end are an adverbial after a cue ("said on Tuesday"), not a clause. */
export function trailingAdverbialAt(v: TokenView, from: number, hi: number): boolean {
  // "…, he said on Tuesday." / "…, she said in an interview with Reuters." — not a clause ("…, Ruiz said the levee would hold")
  const first = v.norms[from] ?? '';
  if (!PREPOSITIONS.has(first) && !ADVERBIAL_OPENERS.has(first) && !WEEKDAY_NAMES.has(first) && !/ly$/.test(first)) return false;
  // a prepositional phrase may run longer ("in an interview aired on Monday when asked how …")
  const max = PREPOSITIONS.has(first) ? 14 : 7;
  let k = from;
  let n = 0;
  while (k < hi && !(FINAL.has(v.norms[k]!) && k === hi - 1)) {
    // "…, lawmakers said Friday afternoon, as they bristled …": the adverbial ends at a comma
    if (v.norms[k] === ',' && n > 0 && v.regionOf[k]! < 0) return n <= max;
    if (v.regionOf[k]! >= 0 || v.norms[k] === 'that' || v.norms[k] === ',') return false;
    k++;
    n++;
  }
  return n <= max;
}

/** Where a cue's speaker stands on its left, and how the cue reads there. */
interface LeftSpeaker {
  /** First token of the cue phrase ("going" in "going on to say"). */
  readonly head: number;
  /** Last token before the cue once auxiliaries and adverbs are skipped. */
  readonly auxEnd: number;
  /** [sa, sb): the speaker phrase, empty when none stands there. */
  readonly sa: number;
  readonly sb: number;
  /** "is expected to": a passive names no source. */
  readonly passive: boolean;
  /** "by tweeting", "without saying": the sentence's subject speaks. */
  readonly gerundOf: boolean;
}

/**
 * The speaker left of a cue: a pronoun, a noun phrase, an appositive ("Peter Cook, the press
 * secretary, said"), or none (a passive, a gerund after "by"). Undefined when the cue does not read
 * as an attribution here (a passive noun-object verb, a phrasal verb).
 */
export function leftSpeaker(v: TokenView, lo: number, i: number, last: number, entry: CueEntry, used: Uint8Array): LeftSpeaker | undefined {
  // "The footage purports to show …": the subject is that of the verb governing "to"
  const governed = i - 2 >= lo && v.norms[i - 1] === 'to' && v.words[i - 2] && !isCap(v, i - 2) && !v.lex.is(v.norms[i - 2]!, 'boundary') && /(s|ed)$/.test(v.norms[i - 2]!);
  // "…, going on to say that …", "he went on to say": the cue phrase starts at "go"
  const goOn = i - 3 >= lo && v.norms[i - 1] === 'to' && v.norms[i - 2] === 'on' && /^(go|goes|going|went|gone)$/.test(v.norms[i - 3]!);
  const head = goOn ? i - 3 : i;
  const auxEnd = skipAuxLeft(v, goOn ? i - 4 : governed ? i - 3 : i - 1, lo);
  // passive "is called", "was denied", "is expected to": the subject is not the source
  let passive = false;
  if (entry.frame !== 'A' && !/ing$/.test(v.norms[i]!) && (entry.frame === 'N' || /(ed|en|wn|ld|ught)$/.test(v.norms[i]!))) {
    for (let k = auxEnd + 1; k < i; k++) if (BE.has(v.norms[k]!)) passive = true;
  }
  if (passive && entry.frame === 'N') return undefined;
  // a phrasal verb is another verb ("backed out", "pays back the loan")
  if ((entry.frame === 'N' || entry.frame === 'C' || entry.frame === 'Q') && PARTICLES.has(v.norms[last + 1] ?? '')) return undefined;
  const pronoun = auxEnd >= lo && v.regionOf[auxEnd]! < 0 && (v.lex.is(v.norms[auxEnd]!, 'person-pronoun') || v.lex.is(v.norms[auxEnd]!, 'group-pronoun') || v.lex.is(v.norms[auxEnd]!, 'thing-pronoun'));
  // a subject pronoun is the whole subject ("… in an interview with RT he blasted …")
  let [sa, sb] = pronoun ? [auxEnd, auxEnd + 1] : auxEnd >= lo ? npLeft(v, auxEnd, lo) : [lo, lo];
  if (passive) sb = sa; // "About one voter in nine is expected to be Latino": no source in the text
  // "Melania seems to have vanished": the subject of "seem" is what is judged, not who judges; a person may still hold the view
  if (IMPERSONAL.has(entry.lemma) && sb > sa && !personLike(v, { start: v.starts[sa]!, end: v.ends[sb - 1]! })) sb = sa;
  // "… corrected him by tweeting …", "… without saying …": the subject of the sentence speaks
  const gerundOf = /ing$/.test(v.norms[head]!) && auxEnd >= lo && GERUND_PREPOSITIONS.has(v.norms[auxEnd]!);
  if (gerundOf) sb = sa;
  // "…, each saying the other …": a quantifier right before the participle is its subject
  if (/ing$/.test(v.norms[head]!) && auxEnd > lo && (v.norms[auxEnd] === 'each' || QUANTIFIER_SUBJECTS.has(v.norms[auxEnd]!)) && v.norms[auxEnd - 1] === ',') [sa, sb] = [auxEnd, auxEnd + 1];
  // appositive: "Peter Cook, the press secretary, said", "Marley Anderson, 21, a student, said"
  if (sb <= sa && auxEnd > lo && v.norms[auxEnd] === ',' && !used[auxEnd] && !/ing$/.test(v.norms[head]!)) {
    let comma = auxEnd;
    for (let seg = 0; seg < 6; seg++) {
      const [aa, ab] = segmentLeft(v, comma - 1, lo);
      if (ab <= aa) break;
      const prev = aa - 1;
      // the name opening an appositive is short ("Donna Rawlings, 59, of Ashton, Md., who …, said"); a long
      // first segment is a clause ("Kadzik's refusal … did not go over well, …, said one source")
      if ((prev < lo || used[prev] || (prev >= lo && v.regionOf[prev]! >= 0 && v.norms[prev] !== ',')) && (isCap(v, aa) || (v.lex.is(v.norms[aa]!, 'determiner') && describesRole(v, aa + 1, ab))) && seg > 0 && wordCount(v, aa, ab) <= 9 && !hasVerbWord(v, aa, ab)) {
        sa = aa;
        sb = auxEnd + 1;
        break;
      }
      if (prev < lo || v.norms[prev] !== ',') break;
      comma = prev;
    }
  }
  return { head, auxEnd, sa, sb, passive, gerundOf };
}

/** The sentence's opening name or pronoun ("Blackwell argued …, noting that …"): [first, end). */
export function sentenceSubject(v: TokenView, lo: number, hi: number): [number, number] {
  // a dateline is not the subject: "WASHINGTON — Sen. X …", "ORLANDO, Fla. (Reuters) - President Y …"
  if (isUpperWord(v, lo) && v.ends[lo]! - v.starts[lo]! > 2) {
    for (let k = lo + 1; k < Math.min(hi, lo + 10); k++) {
      if (DASHES.has(v.norms[k]!) && k + 1 < hi) return sentenceSubject(v, k + 1, hi);
      if (v.regionOf[k]! >= 0) break;
    }
  }
  // an opening adverbial is not the subject: "In August, several groups …", "Recently, it …"
  const opener = v.norms[lo]!;
  if (PREPOSITIONS.has(opener) || SUBORDINATORS.has(opener) || INTRO_ADVERBS.has(opener) || (/(ly|ing)$/.test(opener) && v.words[lo]) || (/ed$/.test(opener) && v.norms[lo + 1] === 'by')) {
    for (let k = lo + 1; k < Math.min(hi, lo + 16); k++) {
      if (v.regionOf[k]! >= 0) break;
      if (v.norms[k] === ',') {
        if (k + 1 < hi) return sentenceSubject(v, k + 1, hi);
        break;
      }
    }
  }
  if (lo < hi && v.lex.is(v.norms[lo]!, 'person-pronoun') || v.lex.is(v.norms[lo]!, 'group-pronoun') || v.lex.is(v.norms[lo]!, 'thing-pronoun')) return [lo, lo + 1];
  if (v.norms[lo] === 'the') {
    // "The mayor …", "The interior ministry …": up to the first title or organisation head
    for (let k = lo + 1; k < Math.min(hi, lo + 4); k++) {
      if (!v.words[k]) break;
      if (v.lex.is(v.norms[k]!, 'org-head') || v.lex.is(v.norms[k]!, 'role-head')) return [lo, k + 1];
    }
  }
  let k = lo;
  let lastCap = lo - 1;
  while (k < hi && k - lo < 8 && v.regionOf[k]! < 0) {
    const n = v.norms[k]!;
    if (v.words[k] && isCap(v, k)) lastCap = k;
    else if (!(n === 'the' && k === lo) && n !== 'of' && n !== "'s" && n !== '’s' && n !== '.') break;
    k++;
  }
  // "The real estate tycoon …", "Two justices …": a common-noun subject, up to its verb
  if (lastCap <= lo && (v.lex.is(opener, 'determiner') || k === lo + 1) && v.words[lo]) {
    let e = lo + 1;
    while (e < hi && e - lo < 6 && v.words[e] && v.regionOf[e]! < 0 && !isCap(v, e) && !v.lex.is(v.norms[e]!, 'aux') && !v.lex.is(v.norms[e]!, 'boundary') && !v.lex.cues.has(v.norms[e]!) && !/ed$/.test(v.norms[e]!)) e++;
    if (e > lo + 1) return [lo, e];
  }
  return [lo, lastCap + 1];
}

/** "“A,” she said, “B.”": the quote after the cue is a second part of the same content. */
export function addSecondPart(v: TokenView, a: RawAttribution, r: number, hi: number): void {
  let k = r;
  if (v.norms[k] === ',' || v.norms[k] === ':') k++;
  const leftQuoted = a.content.length > 0 && v.regionOf[tokenIndexAt(v, a.content[0]!.start)]! >= 0;
  if (k < hi && v.regionOf[k]! >= 0) {
    if (leftQuoted) a.content.push(regionSpan(v, k));
  } else if (!leftQuoted && k > r && k < hi && v.words[k] && v.norms[r] === ',' && !/ing$/.test(v.norms[k]!) && !v.lex.cues.has(v.norms[k]!) && !v.lex.is(v.norms[k]!, 'boundary')) {
    // "The plan, he said, was a failure": the rest of the sentence continues the content
    const e = contentEnd(v, k, hi);
    const sp = spanOf(v, k, e + 1);
    if (sp) a.content.push(sp);
  }
}
