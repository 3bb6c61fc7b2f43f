import type { TokenView } from './frames.js';
import { FINAL, NP_JOINERS, PREPOSITIONS, WEEKDAY_NAMES, ADVERBIAL_OPENERS, CLAUSE_JOINERS, CLAUSE_OPENERS, QUANTIFIER_SUBJECTS, DASHES } from './word-sets.js';
import { isCap, commaLike } from './phrases.js';

/** Where a content ends: before a second speaker's clause, an inverted quote, a closing "…, sources said". */

/**
 * Whether token k (a comma, dash, "and" or "but" outside quotes) opens a clause with a speaker of
 * its own: ", and he noted that", "but Democrats accused", "— officials said". The speaker is a
 * pronoun, or up to five words opening with a capital or "the"; then auxiliaries, then a cue verb
 * in lower case. "…, said X" (a cue right after the comma) is left to the caller.
 */
function ownSpeechClauseAt(v: TokenView, k: number, end: number): boolean {
  if (v.regionOf[k]! >= 0 || (!CLAUSE_JOINERS.has(v.norms[k]!) && !CLAUSE_OPENERS.has(v.norms[k]!))) return false;
  let j = k + 1;
  if (j < end && (v.norms[j] === 'and' || v.norms[j] === 'but') && !v.words[k]) j++;
  // ", when he claimed …", "… as she noted …"
  if (j < end && CLAUSE_OPENERS.has(v.norms[j]!) && !CLAUSE_OPENERS.has(v.norms[k]!)) j++;
  if (j >= end || !v.words[j] || v.regionOf[j]! >= 0) return false;
  const first = v.norms[j]!;
  let c: number;
  if (v.lex.is(first, 'person-pronoun') || v.lex.is(first, 'group-pronoun') || QUANTIFIER_SUBJECTS.has(first)) {
    c = j + 1;
  } else if (isCap(v, j) || first === 'the') {
    c = j + 1;
    while (c < end && c - j < 10 && v.regionOf[c]! < 0 && (v.words[c] || NP_JOINERS.has(v.norms[c]!)) && !(v.lex.cues.has(v.norms[c]!) && !isCap(v, c)) && !v.lex.is(v.norms[c]!, 'aux') && !v.lex.is(v.norms[c]!, 'boundary')) c++;
  } else {
    return false;
  }
  while (c < end && v.words[c] && (v.lex.is(v.norms[c]!, 'aux') || (/ly$/.test(v.norms[c]!) && !isCap(v, c)))) c++;
  if (c >= end || !v.words[c] || isCap(v, c) || v.regionOf[c]! >= 0) return false;
  const entries = v.lex.cues.get(v.norms[c]!);
  if (!entries || !entries.some((e) => e.frame === 'S' || e.frame === 'C' || e.frame === 'Q' || e.frame === 'N')) return false;
  // the cue must read as a verb: an inflected form, or a bare form after a plural or pronoun subject
  const form = v.norms[c]!;
  return entries.some((e) => e.frame !== 'noun' && e.frame !== 'P' && (form !== e.lemma.split(' ')[0] || c - 1 === j));
}

/**
 * Whether the comma at k is followed, up to the end of the sentence, by nothing but a short speaker
 * phrase, a speech verb and perhaps an adverbial: "…, sources said.", "…, a source close to her said on Monday."
 */
function trailingSpeakerAt(v: TokenView, k: number, end: number): boolean {
  if (v.norms[k] !== ',' || v.regionOf[k]! >= 0) return false;
  let last = end - 1;
  while (last > k && !v.words[last] && v.regionOf[last]! < 0) last--;
  let c = k + 1;
  while (c <= last && c - k <= 7 && v.words[c] && v.regionOf[c]! < 0 && !(v.lex.cues.get(v.norms[c]!)?.some((e) => e.frame === 'S' || e.frame === 'C' || e.frame === 'Q') && !isCap(v, c) && c > k + 1)) c++;
  if (c > last || c === k + 1 || !v.words[c] || isCap(v, c)) return false;
  if (!v.lex.cues.get(v.norms[c]!)?.some((e) => e.frame === 'S' || e.frame === 'C' || e.frame === 'Q')) return false;
  // what follows the verb: nothing, or a short adverbial ("on Monday", "in a statement")
  const rest = last - c;
  return rest === 0 || (rest <= 6 && (PREPOSITIONS.has(v.norms[c + 1]!) || ADVERBIAL_OPENERS.has(v.norms[c + 1]!) || WEEKDAY_NAMES.has(v.norms[c + 1]!)));
}

/**
 * Whether a quote opens at k that closes on a comma, "?" or "!" and is followed by its speaker and
 * a speech verb ("“Your facts are wrong,” Ramos wrote", "“…?” asked the mayor").
 */
function invertedQuoteAt(v: TokenView, k: number, end: number): boolean {
  const r = v.regionOf[k]!;
  if (r < 0 || v.regions[r]!.start !== v.starts[k] || (k > 0 && v.regionOf[k - 1] === r)) return false;
  const region = v.regions[r]!;
  if (!/[,?!]\W*$/u.test(v.text.slice(region.start, region.end))) return false;
  let c = k;
  while (c < end && v.regionOf[c] === r) c++;
  if (c < end && v.norms[c] === ',') c++;
  for (let w = c; w < end && w - c <= 8; w++) {
    if (v.regionOf[w]! >= 0 || (!v.words[w] && v.norms[w] !== '.')) return false;
    if (!v.words[w]) continue;
    if (!isCap(v, w) && v.lex.cues.get(v.norms[w]!)?.some((e) => e.frame === 'S' || e.frame === 'C' || e.frame === 'Q')) return w > c || isCap(v, w + 1) || v.norms[w + 1] === 'the';
  }
  return false;
}

/**
 * Whether the comma at k opens a clause (at most eight words) whose speech verb takes a direct
 * quote: "…, while chanting, “Hands up”", "…, and when pressed, the mother replied, “…”".
 */
function quotedCueClauseAt(v: TokenView, k: number, end: number): boolean {
  if ((v.norms[k] !== ',' && !DASHES.has(v.norms[k]!)) || v.regionOf[k]! >= 0) return false;
  for (let c = k + 1; c < end && c - k <= 9; c++) {
    if (v.regionOf[c]! >= 0 || (v.norms[c] === ',' && c > k + 1 && !v.lex.cues.has(v.norms[c - 1]!))) return false;
    if (!v.words[c] || isCap(v, c) || !v.lex.cues.get(v.norms[c]!)?.some((e) => e.frame === 'S')) continue;
    const q = v.norms[c + 1] === ',' || v.norms[c + 1] === ':' ? c + 2 : c + 1;
    return q < end && v.regionOf[q]! >= 0 && v.starts[q]! === v.regions[v.regionOf[q]!]!.start;
  }
  return false;
}

/**
 * Last token index of the sentence's content, leaving out a final full stop outside quotes, and
 * stopping before a second cue joined by "and"/"but" ("…, and claims that …").
 */
export function contentEnd(v: TokenView, from: number, end: number): number {
  for (let k = from + 1; k + 1 < end; k++) {
    if (v.norms[k] === ',' && v.regionOf[k]! < 0 && v.lex.cues.get(v.norms[k + 1]!)?.some((e) => e.frame === 'P' && e.words.every((w, o) => v.norms[k + 1 + o] === w))) {
      end = k; // "…, according to the ministry": that phrase attributes the clause before it to another source
      break;
    }
    if (invertedQuoteAt(v, k, end)) {
      end = k; // "… native-born.”“Your facts are wrong,” Ramos wrote.": a quote with its own speaker starts here
      break;
    }
    if (quotedCueClauseAt(v, k, end)) {
      end = k; // "…, and when pressed, the mother replied, “…”": a cue with its own quote starts a new attribution
      break;
    }
    if (trailingSpeakerAt(v, k, end)) {
      end = k; // "…, sources said.": the sentence closes with its own speaker
      break;
    }
    if (ownSpeechClauseAt(v, k, end)) {
      end = k; // "… would be intense — and he noted that …": a second speaker's clause starts here
      break;
    }
    const nextCue = v.lex.cues.get(v.norms[k + 1]!);
    if (v.norms[k] === ',' && v.regionOf[k]! < 0 && !isCap(v, k + 1) && (nextCue?.some((e) => e.frame === 'S') || (/ing$/.test(v.norms[k + 1]!) && nextCue?.some((e) => e.frame !== 'noun' && e.frame !== 'P')))) {
      end = k; // "… who supported the policy, said Obama …": the main clause's cue starts here
      break;
    }
    if (v.regionOf[k]! >= 0 || (v.norms[k] !== 'and' && v.norms[k] !== 'but')) continue;
    let c = k + 1;
    while (c < end && v.lex.is(v.norms[c]!, 'aux')) c++;
    const cue = c < end ? v.lex.cues.get(v.norms[c]!) : undefined;
    // "… and claims that …"; after a comma any verb cue ("…,” and threatened to …")
    const afterComma = v.norms[k - 1] === ',' || (v.regionOf[k - 1]! >= 0 && commaLike(v, k - 1));
    if (cue && cue.some((e) => e.frame === 'S' || e.frame === 'C' || e.frame === 'Q' || (afterComma && e.frame !== 'noun' && e.frame !== 'P' && e.frame !== 'T')) && !isCap(v, c) && !v.lex.is(v.norms[c - 1]!, 'determiner')) {
      end = v.norms[k - 1] === ',' ? k - 1 : k;
      break;
    }
  }
  let last = end - 1;
  while (last >= from && !v.words[last] && v.regionOf[last]! < 0 && (FINAL.has(v.norms[last]!) || /^[,;:—–-]$/.test(v.norms[last]!) || v.norms[last] === ')')) last--;
  return last;
}
