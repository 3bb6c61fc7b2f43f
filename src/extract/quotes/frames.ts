import type { CueKind } from '../../model/annotation.js';
import type { Span } from '../../model/span.js';
import type { CueEntry, QuoteLexicon } from './lexicon.js';
import type { QuoteRegion } from './quote-marks.js';

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

const CLOSE_MARKS = new Set(['"', '”', '’', "'", '»']);
const FINAL = new Set(['.', '!', '?']);
const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tonight', 'earlier', 'later', 'recently', 'previously', 'again', 'also']);
const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);
const WRITE_LIKE = new Set(['write', 'tweet', 'email']);
const TELL_LIKE = new Set(['tell', 'ask', 'warn', 'urge', 'remind', 'assure', 'inform', 'caution', 'accuse', 'blame', 'call on', 'promise', 'write', 'tweet', 'email']);
const NP_JOINERS = new Set(['.', "'s", '’s', '-', '&', "'", '’', '(', ')']);
const POSSESSIVE = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your']);
const ARTICLES = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'your', "'s", '’s']);
const PREPOSITIONS = new Set(['in', 'on', 'at', 'during', 'after', 'before', 'from', 'to', 'via', 'through', 'with']);
const SUBORDINATORS = new Set(['when', 'if', 'after', 'before', 'once', 'as', 'while', 'unless', 'until']);
/** "says of Clinton, “…”", "said about the plan: “…”": the topic before a quote is not content. */
const TOPIC_PREPOSITIONS = new Set(['of', 'about', 'regarding']);
const TITLE_PREPOSITIONS = new Set(['on', 'of', 'in', 'to', 'from', 'at', 'for', 'with', 'by', "'s", '’s']);
const INTRO_ADVERBS = new Set(['but', 'and', 'so', 'yet', 'however', 'still', 'then', 'now', 'meanwhile', 'earlier', 'later', 'recently', 'instead', 'also', 'despite', 'since', 'because', 'although', 'though', 'last', 'this', 'on', 'by', 'for', 'under', 'over', 'amid', 'following']);
const CLAUSE_WH = new Set(['whether', 'if', 'what', 'how', 'why']);

function isCap(v: TokenView, i: number): boolean {
  const c = v.text.charCodeAt(v.starts[i]!);
  if (c < 128) return c >= 65 && c <= 90;
  return /\p{Lu}/u.test(v.text[v.starts[i]!]!);
}

function tokText(v: TokenView, i: number): string {
  return v.text.slice(v.starts[i]!, v.ends[i]!);
}

/** Matches a cue starting at token i; picks verb or noun readings by the word before. */
function matchCue(v: TokenView, i: number, end: number): { entry: CueEntry; last: number } | undefined {
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

const PLURAL_SUBJECTS = new Set(['people', 'police', 'i', 'we', 'they', 'you', 'who', 'that', 'which', 'staff', 'public', 'media', 'some', 'many', 'most', 'others', 'few', 'both', 'all', 'those', 'these', 'whom', 'him', 'them', 'us']);
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
function skipAuxLeft(v: TokenView, i: number, lo: number): number {
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

const WEEKDAY_NAMES = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'yesterday', 'today', 'tonight']);

const CONTRACTED = new Set(["'s", '’s', "'re", '’re', "'ve", '’ve', "'ll", '’ll', "'d", '’d', "'m", '’m']);

/** "’s" in "He’s claiming", "’re" in "they’re saying": an auxiliary glued to a pronoun subject. */
function contractedAux(v: TokenView, i: number, lo: number): boolean {
  if (!CONTRACTED.has(v.norms[i]!) || i - 1 < lo || v.ends[i - 1] !== v.starts[i]) return false;
  const p = v.norms[i - 1]!;
  return v.lex.is(p, 'person-pronoun') || v.lex.is(p, 'group-pronoun') || v.lex.is(p, 'thing-pronoun') || p === 'you' || p === 'who' || p === 'that';
}

/** The noun phrase ending at token `last` (inclusive), read leftwards; [first, last+1) or empty. */
function npLeft(v: TokenView, last: number, lo: number, max = 14): [number, number] {
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
function describesRole(v: TokenView, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (v.words[k] && (isCap(v, k) || v.lex.is(v.norms[k]!, 'role-head'))) return true;
  return false;
}

/** An auxiliary or a lower-case cue in [a, b): a clause, not a name ("Trump would simultaneously expand …"). */
function hasVerbWord(v: TokenView, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (v.words[k] && !isCap(v, k) && (BE.has(v.norms[k]!) || MODALS.has(v.norms[k]!))) return true;
  return false;
}

const MODALS = new Set(['would', 'will', 'could', 'should', 'can', 'may', 'might', 'must', 'has', 'have', 'had', 'did', 'does']);

function wordCount(v: TokenView, a: number, b: number): number {
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
function segmentLeft(v: TokenView, last: number, lo: number): [number, number] {
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
function npRight(v: TokenView, first: number, hi: number, max = 12): [number, number] {
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

/** Words that open a trailing adverbial after a cue ("said at a rally", "said last week"). */
const ADVERBIAL_OPENERS = new Set(['at', 'by', 'during', 'from', 'to', 'with', 'without', 'last', 'this', 'late', 'early', 'earlier', 'later', 'again', 'afterwards', 'recently', 'repeatedly', 'while', 'when', 'as', 'outside', 'inside', 'near', 'under', 'over', 'about', 'of', 'for', 'through', 'one', 'two', 'three', 'several', 'many', 'some', 'days', 'weeks', 'months', 'hours', 'twice', 'once', 'too', 'also', 'then', 'there', 'here', 'privately', 'publicly']);
/** A comma, or a closing quote mark after one ("…,\" adding that …"). */
function commaLike(v: TokenView, k: number): boolean {
  if (v.norms[k] === ',') return true;
  const r = v.regionOf[k]!;
  return r >= 0 && v.regions[r]!.end === v.ends[k] && /,\W*$/u.test(v.text.slice(v.regions[r]!.start, v.regions[r]!.end));
}

/** Whether a phrase names a study, poll or report ("A 2014 study … found …"). */
function evidenceIn(v: TokenView, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (v.lex.is(v.norms[k]!, 'evidence')) return true;
  return false;
}

/** A subject that can hold a view: a person pronoun or a capitalised name ("Trump seems to think …"). */
function personLike(v: TokenView, sp: Span): boolean {
  const k = tokenIndexAt(v, sp.start);
  return v.lex.is(v.norms[k]!, 'person-pronoun') || v.lex.is(v.norms[k]!, 'group-pronoun') || (isCap(v, k) && !v.lex.is(v.norms[k]!, 'determiner') && !v.lex.is(v.norms[k]!, 'thing-pronoun'));
}

/** Cues whose subject is not a source: the judge is implicit ("the plan seems doomed"). */
const IMPERSONAL = new Set(['seem', 'appear']);
const PARTICLES = new Set(['out', 'off', 'up', 'down', 'away', 'back']);
const GERUND_PREPOSITIONS = new Set(['by', 'without', 'after', 'before', 'while', 'when', 'in', 'despite']);
const CLAUSE_JOINERS = new Set([',', ';', '—', '–', 'and', 'but']);
/** Words that open a subordinate clause which may have a speaker of its own. */
const CLAUSE_OPENERS = new Set(['when', 'as', 'because', 'while', 'since', 'though', 'although', 'where', 'after']);
/** "…, many said that …": quantifiers standing as subjects. */
const QUANTIFIER_SUBJECTS = new Set(['many', 'some', 'most', 'others', 'both', 'all', 'few']);

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
function contentEnd(v: TokenView, from: number, end: number): number {
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

function spanOf(v: TokenView, first: number, lastExclusive: number): Span | undefined {
  if (lastExclusive <= first) return undefined;
  return { start: v.starts[first]!, end: v.ends[lastExclusive - 1]! };
}

/** The whole quote region a token belongs to, as a span. */
function regionSpan(v: TokenView, i: number): Span {
  const r = v.regions[v.regionOf[i]!]!;
  return { start: r.start, end: r.end };
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
    if (IMPERSONAL.has(a.cueLemma) && a.source && !personLike(v, a.source)) {
      // "Melania seems to have vanished": the subject of "seem" is what is judged, not who judges
      a.source = undefined;
      a.sourceRule = 'none';
      delete a.antecedent;
    }
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

/** "In a new poll by X, Sanders leads …": the poll, study or report is the source, "In" the cue. */
function inEvidence(v: TokenView, s: number, used: Uint8Array): RawAttribution | undefined {
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
  for (let j = k + 1; j < hi; j++) if (v.regionOf[j]! < 0 && !isCap(v, j) && v.lex.cues.get(v.norms[j]!)?.some((e) => e.frame !== 'noun' && e.frame !== 'P')) return undefined;
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
function relativeAttributions(v: TokenView, s: number, used: Uint8Array): RawAttribution[] {
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

const QUOTE_CHARS = new Set(['"', '“', '”', '«', '»']);
const DASHES = new Set(['―', '—', '–', '--', '-']);

/**
 * "“Trump must stop …” ― Carla Sanchez": a closed quote signed with a dash and a name that ends
 * the line (reader comments, epigraphs, vox pops). The dash is the cue, the name the source.
 */
function signatureAttribution(v: TokenView, s: number, used: Uint8Array): RawAttribution | undefined {
  const lo = v.sentStart[s]!;
  const hi = v.sentEnd[s]!;
  for (let k = Math.max(lo, 1); k < hi - 1; k++) {
    if (!DASHES.has(v.norms[k]!) || v.regionOf[k]! >= 0 || used[k]) continue;
    let d = k;
    while (d + 1 < hi && v.norms[d + 1] === '-' && v.ends[d]! === v.starts[d + 1]!) d++; // "--" read as two tokens
    const r = v.regionOf[k - 1]!;
    let content: Span | undefined;
    if (r >= 0 && !used[k - 1] && v.regions[r]!.closed && !v.text.slice(v.regions[r]!.end, v.starts[k]!).includes('\n')) {
      content = { start: v.regions[r]!.start, end: v.regions[r]!.end };
    } else if (r < 0 && !used[k - 1] && QUOTE_CHARS.has(v.text[v.ends[k - 1]! - 1]!)) {
      // marks the pairing could not read ("”Fear. I am afraid …” ― Name"): the whole line, quoted at both ends
      const lineStart = v.text.lastIndexOf('\n', v.starts[k]!) + 1;
      if (QUOTE_CHARS.has(v.text[lineStart]!)) content = { start: lineStart, end: v.ends[k - 1]! };
    }
    if (!content) continue;
    // the name: capitalised words and initials, up to the end of the line or sentence
    let e = d + 1;
    while (e < hi && e - d <= 6 && (v.words[e] ? isCap(v, e) : v.norms[e] === '.' && e + 1 < hi && isCap(v, e + 1)) && !v.text.slice(v.ends[e - 1]!, v.starts[e]!).includes('\n')) e++;
    if (e === d + 1 || e - d > 6) continue;
    const lineEnds = e >= hi || v.text.slice(v.ends[e - 1]!, v.starts[e]!).includes('\n') || (!v.words[e] && /^[.,;]$/.test(v.norms[e]!) && (e + 1 >= hi || v.text.slice(v.ends[e]!, v.starts[e + 1]!).includes('\n')));
    if (!lineEnds) continue;
    return { sentence: s, source: spanOf(v, d + 1, e), sourceRule: 'signature', cue: spanOf(v, k, d + 1)!, cueLemma: '―', cueKind: 'assert', content: [content], rule: 'quote-dash-name', confidence: 0.7 };
  }
  return undefined;
}

const OPEN_MARKS = new Set(['"', '“', '‘', "'", '«', '„']);

/** True when nothing but spaces stands between the previous line break (or the text start) and `offset`. */
function startsLine(text: string, offset: number): boolean {
  for (let k = offset - 1; k >= 0; k--) {
    const c = text[k]!;
    if (c === '\n') return true;
    if (c !== ' ' && c !== '\t' && c !== '\r') return false;
  }
  return true;
}

/**
 * A transcript turn: a paragraph opening with a speaker label in capitals and a colon
 * ("WALLACE: …", "JAKE TAPPER: …"), optionally after an opening quote mark; "Q:" and "A:" name no one and
 * are left to the other rules. The turn runs to the end of
 * the paragraph, and on over the following paragraphs when each opens with the same quote mark
 * (the convention for a quote running over paragraphs), until the next label or a bracketed
 * stage note such as "(CROSSTALK.)".
 */
function transcriptAttribution(v: TokenView, s: number, used: Uint8Array): RawAttribution | undefined {
  const lo = v.sentStart[s]!;
  const hi = v.sentEnd[s]!;
  let k = lo;
  const mark = OPEN_MARKS.has(v.norms[k]!) && !v.words[k] ? v.text[v.starts[k]!]! : '';
  if (mark) k++;
  if (k >= hi || used[k] || !startsLine(v.text, v.starts[lo]!)) return undefined;
  const label = k;
  while (k < hi && k - label < 3 && v.words[k] && isUpperWord(v, k)) k++;
  if (k === label || k >= hi - 1 || v.norms[k] !== ':' || v.ends[k - 1]! - v.starts[label]! < 2) return undefined;
  // a transcript has turns: some label opens two paragraphs or more ("BYLINE:" or a headline's "LOOK:" does not)
  if (!transcriptLabels(v.text).some((l) => l.count >= 2) || !transcriptLabels(v.text).some((l) => l.label === v.text.slice(v.starts[label]!, v.ends[k - 1]!))) return undefined;
  const colon = k;
  const parts: Span[] = [];
  let from = colon + 1;
  for (;;) {
    // this paragraph: up to the line break
    let e = from;
    while (e + 1 < v.starts.length && !v.text.slice(v.ends[e]!, v.starts[e + 1]!).includes('\n')) e++;
    let last = e;
    while (last > from && !v.words[last] && CLOSE_MARKS.has(v.norms[last]!)) last--;
    const part = spanOf(v, from, last + 1);
    if (part) parts.push(part);
    // the next paragraph continues the turn when it opens with the same mark and no label
    const next = e + 1;
    if (next >= v.starts.length || parts.length >= 12) break;
    if (mark ? v.text[v.starts[next]!] !== mark : !laterLabel(v.text, v.starts[next]!)) break;
    let n = mark ? next + 1 : next;
    if (n >= v.starts.length) break;
    if (v.norms[n] === '(' || v.norms[n] === '[') {
      // a stage note ("(CROSSTALK.)") belongs to the transcript, not to a speaker
      for (let t = next; t < v.starts.length && (t === next || !v.text.slice(v.ends[t - 1]!, v.starts[t]!).includes('\n')); t++) used[t] = 1;
      break;
    }
    let w = n;
    while (w < v.starts.length && w - n < 3 && v.words[w] && isUpperWord(v, w)) w++;
    if (w > n && v.norms[w] === ':') break;
    if (!v.words[n]) break; // "…." between turns: a cut in the transcript
    from = n;
  }
  if (!parts.length) return undefined;
  return { sentence: s, source: spanOf(v, label, colon), sourceRule: 'transcript', cue: spanOf(v, colon, colon + 1)!, cueLemma: ':', cueKind: 'assert', content: parts, rule: 'transcript-turn', confidence: 0.75 };
}

const LABEL_LINE = /^[ \t]*["“‘'«„]?(\p{Lu}[\p{Lu}.'’-]*(?: \p{Lu}[\p{Lu}.'’-]*){0,2}):[ \t]/gmu;
let labelsText = '';
let labelsCache: { label: string; count: number }[] = [];

/** The capitalised labels opening paragraphs of a text, with how many paragraphs each opens (last text cached). */
function transcriptLabels(text: string): { label: string; count: number }[] {
  if (text === labelsText) return labelsCache;
  const counts = new Map<string, number>();
  for (const m of text.matchAll(LABEL_LINE)) counts.set(m[1]!, (counts.get(m[1]!) ?? 0) + 1);
  labelsText = text;
  labelsCache = [...counts].map(([label, count]) => ({ label, count }));
  return labelsCache;
}

/** True when a paragraph after `offset` opens with a transcript label: the transcript goes on. */
function laterLabel(text: string, offset: number): boolean {
  const re = new RegExp(LABEL_LINE.source, 'gmu');
  re.lastIndex = offset;
  return re.test(text);
}

/** A word written in capitals only ("WALLACE", "Q"), not a single capital plus lower case. */
function isUpperWord(v: TokenView, i: number): boolean {
  const w = v.text.slice(v.starts[i]!, v.ends[i]!);
  return /\p{Lu}/u.test(w) && !/\p{Ll}/u.test(w);
}

const ASKED_FOR = new Set(['whether', 'if', 'about', 'why', 'how', 'what', 'who', 'whom', 'which', 'when', 'where']);

/**
 * The question put to someone, whoever asked it: "When asked whether …,", "Asked about the merger,",
 * "She was asked how …". The source is not in the text; the content is the question, up to its comma.
 */
function askedAttributions(v: TokenView, s: number, used: Uint8Array): RawAttribution[] {
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

/** A line of at least four words, most longer words capitalised, standing alone as a paragraph. */
function isTitleCase(v: TokenView, lo: number, hi: number): boolean {
  if (!startsLine(v.text, v.starts[lo]!)) return false;
  const lineEnd = v.text.indexOf('\n', v.ends[hi - 1]!);
  if (v.text.slice(v.ends[hi - 1]!, lineEnd < 0 ? v.text.length : lineEnd).trim() !== '') return false;
  let long = 0;
  let caps = 0;
  for (let k = lo; k < hi; k++) {
    if (!v.words[k] || v.ends[k]! - v.starts[k]! < 4) continue;
    long++;
    if (isCap(v, k)) caps++;
  }
  return long >= 4 && caps / long >= 0.8;
}

/**
 * A name, a colon and a quote inside a sentence: "… doesn't surprise pollster Daron Shaw: “…”",
 * "… FOR THE FIRST TIME - Jeffrey M. Jones: “…”". The name is the run of capitalised words before the colon.
 */
function midColonAttribution(v: TokenView, s: number, used: Uint8Array): RawAttribution | undefined {
  const lo = v.sentStart[s]!;
  const hi = v.sentEnd[s]!;
  for (let k = lo + 2; k < hi - 1; k++) {
    if (v.norms[k] !== ':' || used[k] || v.regionOf[k]! >= 0 || v.regionOf[k + 1]! < 0) continue;
    const region = v.regions[v.regionOf[k + 1]!]!;
    if (region.start !== v.starts[k + 1]) continue;
    let a = k - 1;
    while (a - 1 >= lo && k - a < 8 && v.regionOf[a - 1]! < 0 && (isCap(v, a - 1) || v.norms[a - 1] === '.' || (v.norms[a - 1] === 'and' && a - 2 >= lo && isCap(v, a - 2)))) a--;
    if (!isCap(v, k - 1) || !isCap(v, a) || k - a < 2 || isUpperWord(v, a) && isUpperWord(v, k - 1) && a > lo) continue;
    if (v.lex.is(v.norms[a]!, 'rubric')) continue;
    // "told Fox News:", "said of Mr. Rubio:", "by Times' Michael Paulson:": the name is an addressee, a topic or a byline
    const p = a - 1 >= lo ? v.norms[a - 1]! : '';
    if (PREPOSITIONS.has(p) || TOPIC_PREPOSITIONS.has(p) || p === 'by' || p === 'for' || p === "'s" || p === '’s' || p === "'" || p === '’' || (v.lex.cues.has(p) && !v.lex.is(p, 'role-head'))) continue;
    return { sentence: s, source: spanOf(v, a, k), sourceRule: 'colon', cue: spanOf(v, k, k + 1)!, cueLemma: ':', cueKind: 'assert', content: [{ start: region.start, end: region.end }], rule: 'name-colon-quote', confidence: 0.6 };
  }
  return undefined;
}

/** "Kerry: “By law …”", "Poll: Sanders Leads": a short name, a colon, then what it says. */
function colonAttribution(v: TokenView, s: number, used: Uint8Array): RawAttribution | undefined {
  const lo = v.sentStart[s]!;
  const hi = v.sentEnd[s]!;
  let k = lo;
  while (k < hi && k - lo < 7 && v.norms[k] !== ':' && (v.words[k] || v.norms[k] === '.' || v.norms[k] === '’s' || v.norms[k] === "'s") && v.regionOf[k]! < 0) k++;
  if (k === lo || k >= hi - 1 || v.norms[k] !== ':' || used[lo] || (k === lo + 1 && v.ends[lo]! - v.starts[lo]! < 2)) return undefined;
  const quoted = v.regionOf[k + 1]! >= 0;
  // "Republican pollster Daron Shaw: “…”", "The report: “…”": before a quote, a role or a document may lead the name
  let roleLed = quoted && (isCap(v, k - 1) || v.lex.is(v.norms[k - 1]!, 'document'));
  for (let i = lo; i < k - 1 && roleLed; i++) if (v.words[i] && !isCap(v, i) && (v.lex.cues.has(v.norms[i]!) || v.lex.is(v.norms[i]!, 'aux') || v.lex.is(v.norms[i]!, 'preposition') || PREPOSITIONS.has(v.norms[i]!))) roleLed = false; // "Clinton said in a statement: “…”" has its own cue
  if (!isCap(v, lo) && !roleLed) return undefined;
  for (let i = lo; i < k; i++) if (v.words[i] && !isCap(v, i) && !v.lex.is(v.norms[i]!, 'determiner') && !roleLed) return undefined;
  // the label names someone ("Pence:", "Roger Stone:"), not a rubric ("The Latest:", "Correction:", "News Guide:")
  for (let i = lo; i < k; i++) if (v.lex.is(v.norms[i]!, 'rubric')) return undefined;
  if (v.lex.is(v.norms[lo]!, 'determiner')) {
    let named = false;
    for (let i = lo; i < k; i++) if (v.named?.[i] || v.lex.is(v.norms[i]!, 'evidence')) named = true;
    if (!named) return undefined;
  }
  const quoteAfter = quoted;
  const headline = s === 0 || v.text.slice(v.ends[v.sentStart[s - 1]! + 0]!, v.starts[lo]!).includes('\n') || v.text.lastIndexOf('\n', v.starts[lo]!) >= v.ends[v.sentEnd[s - 1]! - 1]!;
  if (!quoteAfter && !headline) return undefined;
  const cEnd = contentEnd(v, k + 1, hi);
  const content = spanOf(v, k + 1, cEnd + 1);
  if (!content) return undefined;
  return { sentence: s, source: spanOf(v, lo, k), sourceRule: 'colon', cue: spanOf(v, k, k + 1)!, cueLemma: ':', cueKind: 'assert', content: [content], rule: 'name-colon', confidence: 0.6 };
}

function accordingTo(v: TokenView, s: number, last: number, first: number, entry: CueEntry, used: Uint8Array): RawAttribution | undefined {
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
function topicNoun(v: TokenView, s: number, i: number, last: number, entry: CueEntry): RawAttribution | undefined {
  const lo = v.sentStart[s]!;
  const hi = v.sentEnd[s]!;
  let d = i - 1;
  while (d > lo && v.words[d] && !isCap(v, d) && !v.lex.is(v.norms[d]!, 'determiner') && !VOICING.has(v.norms[d]!) && /(ed|al|ic|ous|ive|ent|ful|ing|ly|new|own|sharp|fresh|harsh|strong|open|broad)$/.test(v.norms[d]!) && i - d <= 3) d--;
  let source: Span | undefined;
  let sourceRule = 'none';
  if (d >= lo && (v.norms[d] === "'s" || v.norms[d] === '’s')) {
    // the possessor: a name, or a noun phrase back to its determiner ("the mayor's")
    let a = d - 1;
    if (a >= lo && isCap(v, a)) {
      while (a - 1 >= lo && (isCap(v, a - 1) || v.norms[a - 1] === '.')) a--;
    } else {
      while (a - 1 >= lo && d - a < 5 && v.words[a - 1] && !v.lex.is(v.norms[a]!, 'determiner') && !v.lex.cues.has(v.norms[a - 1]!) && !v.lex.is(v.norms[a - 1]!, 'aux') && !v.lex.is(v.norms[a - 1]!, 'boundary')) a--;
    }
    source = spanOf(v, a, d);
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

function nounCue(v: TokenView, s: number, i: number, last: number, entry: CueEntry, _used: Uint8Array): RawAttribution | undefined {
  const hi = v.sentEnd[s]!;
  const lo = v.sentStart[s]!;
  // "the statement/claim that …", "X's claim that …"
  if (v.norms[last + 1] !== 'that' || last + 2 >= hi) return undefined;
  let source: Span | undefined;
  let srcRule = 'none';
  let d = i - 1;
  if (d >= lo && (v.norms[d] === "'s" || v.norms[d] === '’s')) {
    const [a, b] = npLeft(v, d - 1, lo, 6);
    source = spanOf(v, a, b);
    srcRule = 'possessive';
  }
  const cEnd = contentEnd(v, last + 1, hi);
  const content = spanOf(v, last + 1, cEnd + 1);
  if (!content) return undefined;
  return { sentence: s, source, sourceRule: srcRule, cue: spanOf(v, i, last + 1)!, cueLemma: entry.lemma, cueKind: entry.kind, content: [content], rule: 'noun-that', confidence: 0.6 };
}

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

function verbCue(v: TokenView, s: number, i: number, last: number, entry: CueEntry, used: Uint8Array): RawAttribution | undefined {
  const lo = v.sentStart[s]!;
  const hi = v.sentEnd[s]!;
  let cueEnd = extendCue(v, last + 1, hi);
  const tellLike = TELL_LIKE.has(entry.lemma);
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
  const before = sb > sa ? sa - 1 : auxEnd;
  const leftPunct = before >= lo && (!v.words[before] || v.regionOf[before]! >= 0) && !used[before] ? v.norms[before]! : '';
  const leftIsBreak = leftPunct === ',' || leftPunct === '—' || leftPunct === '–' || leftPunct === '-' || (before >= lo && v.regionOf[before]! >= 0);
  let r = entry.frame === 'N' || entry.frame === 'A' ? cueEnd : skipToComplement(v, cueEnd, hi, tellLike, entry.lemma);
  if (r === cueEnd) r = cueEnd;
  const after = classifyAfter(v, r, hi);
  const cue = spanOf(v, i, cueEnd)!;
  const base = { sentence: s, cue, cueLemma: entry.lemma, cueKind: entry.kind };
  const leftContent = (): Span[] => {
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
  };
  const trailingAdverbial = (from: number): boolean => {
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
  };
  // "…,” said Interior Minister X (said) in a statement.
  // verbs of saying stand after what was said ("…, she said"); others only after a direct quote ("“Why?” Vitter demanded.")
  const quoteBefore = (before >= lo && (v.regionOf[before]! >= 0 || (v.norms[before] === ',' && before > lo && v.regionOf[before - 1]! >= 0))) || (sa === lo && lo > 0 && v.regionOf[lo - 1]! >= 0);
  const speech = entry.frame === 'S' || entry.frame === 'C' || entry.frame === 'Q' || (entry.frame === 'I' && quoteBefore);
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

/** The sentence's opening name or pronoun ("Blackwell argued …, noting that …"): [first, end). */
function sentenceSubject(v: TokenView, lo: number, hi: number): [number, number] {
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
function addSecondPart(v: TokenView, a: RawAttribution, r: number, hi: number): void {
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
