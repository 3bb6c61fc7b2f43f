import type { Span } from '../../model/span.js';
import type { CueEntry } from './lexicon.js';
import type { TokenView, RawAttribution } from './frames.js';
import { CLOSE_MARKS, FINAL, WEEKDAYS, WRITE_LIKE, TELL_LIKE, POSSESSIVE, PREPOSITIONS, SUBORDINATORS, TOPIC_PREPOSITIONS, CLAUSE_WH } from './word-sets.js';
import { isCap, npLeft, npRight, commaLike, evidenceIn, spanOf } from './phrases.js';
import { contentEnd } from './content-end.js';
import { leftContentOf, trailingAdverbialAt, leftSpeaker, sentenceSubject, addSecondPart } from './cue-sides.js';

/** A cue verb with its speaker on either side and its content: the main rule of the quotes stage. */

type After = 'end' | 'colon' | 'quote' | 'comma' | 'that' | 'wh' | 'to' | 'subject' | 'other';

function classifyAfter(v: TokenView, r: number, hi: number): After {
  let k = r;
  while (k < hi && !v.words[k] && v.regionOf[k]! < 0 && (FINAL.has(v.norms[k]!) || CLOSE_MARKS.has(v.norms[k]!))) k++;
  if (k >= hi) return 'end';
  const n = v.norms[r]!;
  if (v.regionOf[r]! >= 0) return 'quote';
  if (n === ':') return 'colon';
  if (n === ',') return v.regionOf[r + 1]! >= 0 ? 'quote' : 'comma';
  if (n === 'that') return 'that';
  if (n === 'to') return 'to';
  if (v.lex.is(n, 'wh')) return 'wh';
  if (v.lex.is(n, 'subject')) return 'subject';
  return 'other';
}

/** Extends the cue over "in a statement", "during an interview". */
function extendCue(v: TokenView, r: number, hi: number): number {
  const n = v.norms[r];
  if (n !== 'in' && n !== 'during' && n !== 'on') return r;
  let k = r + 1;
  if (k < hi && v.lex.is(v.norms[k]!, 'determiner')) k++;
  for (let w = 0; w < 3 && k + w < hi; w++) {
    const phrase = v.norms.slice(k, k + w + 1).join(' ');
    if (v.lex.is(phrase, 'medium')) return k + w + 1;
  }
  return r;
}

/** Skips "on Tuesday", "Monday", "reporters", "in a speech in Iowa" when a "that" follows. */
function skipToComplement(v: TokenView, r: number, hi: number, tellLike: boolean, lemma = ''): number {
  const limit = Math.min(hi, r + (tellLike ? 10 : 8));
  for (let k = r; k < limit; k++) {
    const n = v.norms[k]!;
    if (v.regionOf[k]! >= 0) {
      // a quote right after the cue ("said, “…”"), or after the addressee ("told reporters: “…”")
      if (k - r > (tellLike ? 7 : 1) || (!tellLike && k > r && v.words[r])) return r;
      return k > r && v.norms[k - 1] === ',' ? k - 1 : k;
    }
    if (n === ',' && k + 1 < hi && v.regionOf[k + 1]! >= 0 && (k - r <= (tellLike ? 7 : 0) || PREPOSITIONS.has(v.norms[r]!) || TOPIC_PREPOSITIONS.has(v.norms[r]!) || v.norms.slice(r, k).every((w) => WEEKDAYS.has(w)))) return k;
    if (!v.words[k] && n !== '.' && n !== "'s" && n !== '’s') return n === ':' ? k : r;
    // "told him to leave", "asked whether …"; but "wrote to his followers" names the addressee
    if (n === 'that' || (tellLike && ((n === 'to' && !WRITE_LIKE.has(lemma)) || CLAUSE_WH.has(n)))) return k;
    if (v.lex.cues.has(n) && !isCap(v, k) && k > r && !v.lex.is(v.norms[k - 1]!, 'determiner')) return r;
  }
  let k = r;
  while (k < hi && WEEKDAYS.has(v.norms[k]!)) k++;
  return k;
}

export function verbCue(v: TokenView, s: number, i: number, last: number, entry: CueEntry, used: Uint8Array): RawAttribution | undefined {
  const lo = v.sentStart[s]!;
  const hi = v.sentEnd[s]!;
  const cueEnd = extendCue(v, last + 1, hi);
  const tellLike = TELL_LIKE.has(entry.lemma);
  const left = leftSpeaker(v, lo, i, last, entry, used);
  if (!left) return undefined;
  const { head, auxEnd, gerundOf, sa, sb } = left;
  const before = sb > sa ? sa - 1 : auxEnd;
  const leftPunct = before >= lo && (!v.words[before] || v.regionOf[before]! >= 0) && !used[before] ? v.norms[before]! : '';
  const leftIsBreak = leftPunct === ',' || leftPunct === '—' || leftPunct === '–' || leftPunct === '-' || (before >= lo && v.regionOf[before]! >= 0);
  const r = entry.frame === 'N' || entry.frame === 'A' ? cueEnd : skipToComplement(v, cueEnd, hi, tellLike, entry.lemma);
  const after = classifyAfter(v, r, hi);
  const cue = spanOf(v, i, cueEnd)!;
  const base = { sentence: s, cue, cueLemma: entry.lemma, cueKind: entry.kind };
  const leftContent = (): Span[] => leftContentOf(v, lo, before, used);
  const trailingAdverbial = (from: number): boolean => trailingAdverbialAt(v, from, hi);
  // "…,” said Interior Minister X (said) in a statement.
  // verbs of saying stand after what was said ("…, she said"); others only after a direct quote ("“Why?” Vitter demanded.")
  const quoteBefore = (before >= lo && (v.regionOf[before]! >= 0 || (v.norms[before] === ',' && before > lo && v.regionOf[before - 1]! >= 0))) || (sa === lo && lo > 0 && v.regionOf[lo - 1]! >= 0);
  // "…, F.A.A. records show.": a record or a poll shows what it shows from either side
  const evidenceShows = entry.kind === 'report' && sb > sa && evidenceIn(v, sa, sb);
  const speech = entry.frame === 'S' || entry.frame === 'C' || entry.frame === 'Q' || (entry.frame === 'I' && quoteBefore) || evidenceShows;
  if (speech && sb <= sa && leftIsBreak && (after === 'other' || after === 'subject') && !/ing$/.test(v.norms[head]!)) {
    let [na, nb] = npRight(v, r, hi);
    if (nb > na && v.norms[nb] === ',' && nb + 1 < hi && v.words[nb + 1] && !isCap(v, nb + 1) && !/ing$/.test(v.norms[nb + 1]!) && !v.lex.is(v.norms[nb + 1]!, 'boundary') && !v.lex.cues.has(v.norms[nb + 1]!)) {
      // "said Sen. Jeff Merkley of Oregon, the only senator to endorse Sanders.": the appositive belongs to the speaker
      let k = nb + 1;
      while (k < hi && v.regionOf[k]! < 0 && !(FINAL.has(v.norms[k]!) && k === hi - 1) && v.norms[k] !== ';') k++;
      if (k - nb <= 20 && (k >= hi - 1)) nb = k;
    }
    if (nb > na) {
      let end = nb;
      while (end < hi && v.lex.cues.has(v.norms[end]!) && !isCap(v, end)) end = extendCue(v, end + 1, hi); // sloppy "said X said"
      const content = leftContent();
      if (content.length) {
        const a: RawAttribution = { ...base, source: spanOf(v, na, nb), sourceRule: 'inverted', content, rule: 'content-cue-speaker', confidence: 0.9, skipTo: end };
        addSecondPart(v, a, end, hi);
        return a;
      }
    }
  }
  // "As Ms. Simonyan put it, RT is …" / "Hawaii, as one adviser pointed out, rarely gets …": a parenthetical "as" clause
  if (speech && sb > sa && sa - 1 >= lo && v.norms[sa - 1] === 'as' && (after === 'comma' || after === 'end')) {
    const asAt = sa - 1;
    let content: Span | undefined;
    if (after === 'comma' && (asAt === lo || v.norms[asAt - 1] === ',')) {
      const from = r + 1;
      content = spanOf(v, from, contentEnd(v, from, hi) + 1);
      // "Hawaii, as one adviser pointed out, rarely gets …": the words before the clause belong to it too
      if (content && asAt > lo) content = { start: v.starts[lo]!, end: content.end };
    } else if (asAt > lo) {
      let end = asAt - 1;
      if (v.norms[end] === ',') end--;
      content = spanOf(v, lo, end + 1);
    }
    if (content) return { ...base, source: spanOf(v, sa, sb), sourceRule: 'subject', content: [content], rule: 'as-parenthetical', confidence: 0.8 };
  }
  // "…, officials said." / "“…,” she added, “…”"
  const leftIsQuote = before >= lo && (v.regionOf[before]! >= 0 || (v.norms[before] === ',' && before > lo && v.regionOf[before - 1]! >= 0));
  const closing = leftIsQuote ? v.regions[v.regionOf[v.regionOf[before]! >= 0 ? before : before - 1]!]! : undefined;
  const quoteClosesClause = !!closing && /[,?!.]\W*$/u.test(v.text.slice(Math.max(closing.start, closing.end - 4), closing.end));
  // "…, the spokesman told The Huffington Post on Monday.": the addressee, then the end or an adverbial
  let toldDone = false;
  if (tellLike && (after === 'other' || after === 'subject')) {
    let [, nb] = npRight(v, r, hi, 8);
    for (let k = r + 1; k < nb; k++) {
      if (PREPOSITIONS.has(v.norms[k]!)) {
        nb = k; // "told Britain's ITV in an interview …"
        break;
      }
    }
    toldDone = nb > r && (nb >= hi || (FINAL.has(v.norms[nb]!) && nb === hi - 1) || (v.norms[nb] === ',' && v.regionOf[nb + 1]! < 0 && !v.words[nb + 1]) || trailingAdverbial(nb));
  }
  if (speech && sb > sa && leftIsBreak && (toldDone || after === 'end' || after === 'comma' || (after === 'quote' && leftIsQuote) || (after === 'other' && trailingAdverbial(r)) || (quoteClosesClause && (after !== 'that' || r - cueEnd > 2) && after !== 'quote'))) {
    // ("“…,” Merkel told reporters after the meeting that …": a "that" past the addressee opens a relative clause)
    const content = leftContent();
    if (content.length) {
      const a: RawAttribution = { ...base, source: spanOf(v, sa, sb), sourceRule: 'subject', content, rule: 'content-speaker-cue', confidence: 0.9 };
      addSecondPart(v, a, r, hi);
      return a;
    }
  }
  // source: the subject, or the sentence's first noun phrase for "… and claims that …"
  let source = spanOf(v, sa, sb);
  let sourceRule = 'subject';
  if (!source && before >= lo && (v.norms[before] === 'and' || v.norms[before] === 'but' || gerundOf || ((commaLike(v, before) || SUBORDINATORS.has(v.norms[before]!)) && /ing$/.test(v.norms[head]!)))) {
    // "… and claims that …", "…, noting that …": the subject of the sentence speaks
    // "In offering his analysis, Caddell told …": an opening gerund's subject follows its comma
    const [fa, fb] = sentenceSubject(v, lo, gerundOf && auxEnd === lo ? hi : i);
    // the subject may already speak in the first clause ("Merrill says … and said …"), not inside a quote
    if (fb > fa && v.regionOf[fa]! < 0) source = spanOf(v, fa, fb);
    sourceRule = 'coordinated-subject';
  }
  let antecedent: Span | undefined;
  const relative = before > lo && (v.norms[before] === 'who' || v.norms[before] === 'whom' || ((v.norms[before] === 'which' || v.norms[before] === 'that') && v.words[before - 1] !== undefined && (v.norms[before - 1] === ',' || (v.words[before - 1] && !v.lex.cues.has(v.norms[before - 1]!) && !v.lex.is(v.norms[before - 1]!, 'aux') && !v.lex.is(v.norms[before - 1]!, 'preposition')))));
  if (!source && relative) {
    // "Mike Lee, who declared …", "the council, which denied …": the pronoun is the source mention, the phrase before it the speaker
    const end = v.norms[before - 1] === ',' ? before - 2 : before - 1;
    let pa = end + 1;
    while (pa - 1 >= lo && end - pa < 6 && (isCap(v, pa - 1) || (v.norms[pa - 1] === '.' && pa - 2 >= lo && isCap(v, pa - 2)))) pa--;
    let pb = end + 1;
    if (pb <= pa) {
      // "a video, which …", "10 voters who …": the noun phrase back to its determiner, number or preposition
      let k = end;
      while (k >= lo && end - k < 5 && v.words[k] && !/^\d/.test(v.norms[k]!) && !(/ed$/.test(v.norms[k]!) && k < end && !(k > lo && v.lex.is(v.norms[k - 1]!, 'determiner'))) && !v.lex.cues.has(v.norms[k]!) && !v.lex.is(v.norms[k]!, 'aux') && !v.lex.is(v.norms[k]!, 'determiner') && !v.lex.is(v.norms[k]!, 'preposition') && !PREPOSITIONS.has(v.norms[k]!) && v.norms[k] !== 'by' && v.norms[k] !== 'of') k--;
      pa = k >= lo && v.lex.is(v.norms[k]!, 'determiner') ? k : k + 1;
    }
    if (pb <= pa) [pa, pb] = npLeft(v, end, lo, 8);
    if (pb > pa) {
      // "who" and "which" are mentions of their own; with "that" the noun before it is the mention ("nations that oppose …")
      if (v.norms[before] === 'that') {
        source = spanOf(v, pa, pb);
      } else {
        source = spanOf(v, before, before + 1);
        antecedent = spanOf(v, pa, pb);
      }
      sourceRule = 'relative-pronoun';
    }
  }
  if (!source && before >= lo && (SUBORDINATORS.has(v.norms[before]!) || commaLike(v, before))) {
    // "…, Trump said before adding: …": the speaker of the attribution before it; "When asked whether …": none
    if (!/ing$/.test(v.norms[head]!)) return undefined;
    sourceRule = 'inherit';
  }
  if (!source && sourceRule !== 'inherit') sourceRule = 'none';
  // "“… Three?” / Clinton asks as she leaves.": the quote closing the sentence before
  if (speech && source && sa === lo && lo > 0 && v.regionOf[lo - 1]! >= 0 && (toldDone || after === 'end' || after === 'comma' || (after === 'other' && trailingAdverbial(r)))) {
    return { ...base, source, sourceRule, content: [], rule: 'adjacent', confidence: 0.8, pending: 'before' };
  }
  if (after === 'end' || (after === 'colon' && r + 1 >= hi - 1)) {
    if (!source || !speech) return undefined;
    return { ...base, source, sourceRule, content: [], rule: 'adjacent', confidence: 0.8, pending: after === 'colon' || v.norms[hi - 1] === ':' ? 'after' : 'before' };
  }
  const frame = entry.frame;
  const ok =
    after === 'that' || after === 'quote' || after === 'colon' || after === 'wh' ||
    (frame === 'S' && (after === 'subject' || after === 'other')) ||
    (frame === 'C' && ((after === 'subject' && !POSSESSIVE.has(v.norms[r]!)) || ((after === 'other' || after === 'subject') && !!source))) ||
    (frame === 'Q' && after === 'subject' && !!source && !POSSESSIVE.has(v.norms[r]!)) ||
    (frame === 'Q' && after === 'other' && !!source && evidenceIn(v, sa, sb)) ||
    ((frame === 'N' || frame === 'A') && (after === 'other' || after === 'subject')) ||
    (frame === 'I' && (after === 'to' || after === 'subject' || after === 'other')) ||
    (tellLike && after === 'to');
  if (!ok) return undefined;
  if (frame === 'I' && after === 'other' && !source) return undefined;
  let cStart = r;
  if (v.norms[cStart] === ',' || v.norms[cStart] === ':') cStart++;
  let cEnd = contentEnd(v, cStart, hi);
  if ((after === 'other' || after === 'to') && frame !== 'S') {
    // a noun-phrase content ends before a relative or adverbial clause (", which it says …")
    for (let k = cStart + 1; k < cEnd; k++) {
      if (v.norms[k] === ',' && v.regionOf[k]! < 0 && v.lex.is(v.norms[k + 1]!, 'boundary')) {
        cEnd = k - 1;
        break;
      }
    }
  }
  if (v.regionOf[cStart]! >= 0) {
    // "said “A,” and left": the quote is the content when it closes on punctuation
    const reg = v.regions[v.regionOf[cStart]!]!;
    let k = cStart;
    while (k + 1 <= cEnd && v.regionOf[k + 1] === v.regionOf[cStart]) k++;
    if (k < cEnd && /[,.!?]\W*$/u.test(v.text.slice(reg.start, reg.end))) cEnd = k;
  }
  if ((sourceRule === 'relative-pronoun' && v.norms[before - 1] === ',') || (gerundOf && auxEnd === lo)) {
    // "Trump, who refuses to release his returns, spoke": the clause ends at its closing comma
    for (let k = cStart + 1; k < cEnd; k++) {
      if (v.norms[k] === ',' && v.regionOf[k]! < 0) {
        cEnd = k - 1;
        break;
      }
    }
  }
  let content = spanOf(v, cStart, cEnd + 1);
  if (!content) return undefined;
  // a quote the sentence splitter cut in two: the content runs to its closing mark
  if (v.regionOf[cEnd]! >= 0 && v.regions[v.regionOf[cEnd]!]!.end > content.end) content = { start: content.start, end: v.regions[v.regionOf[cEnd]!]!.end };
  const confidence = frame === 'S' ? 0.85 : frame === 'N' ? 0.6 : 0.7;
  return { ...base, source, sourceRule, ...(antecedent ? { antecedent } : {}), content: [content], rule: `speaker-cue-${after}`, confidence };
}
