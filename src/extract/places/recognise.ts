import type { CountryRecord } from '../../resources/countries.js';
import type { Gazetteer } from '../../resources/gazetteer/gazetteer.js';
import { HASH_START, hashMore, nameKey } from '../../resources/gazetteer/keys.js';
import type { PlaceRecord } from '../../resources/gazetteer/record.js';
import type { AbbreviationEntry, MetonymEntry, PlaceLexicon } from './lexicon.js';

/** A token as recognition needs it. */
export interface Tok {
  readonly start: number;
  readonly end: number;
  readonly word: boolean;
  readonly sentence: number;
  /** Folded text. */
  readonly norm: string;
  /** Starts with a capital letter (or a digit-free all-caps abbreviation). */
  readonly cap: boolean;
  /** First word of its sentence. */
  readonly initial: boolean;
  /** A possessive "'s" written onto the word before it ("Anne's"). */
  readonly glued: boolean;
}

/**
 * A place-name mention before resolution.
 * `kind`: `name` (a gazetteer key), `admin` ("X District": base name + generic word), `abbr`
 * ("Calif.", "D.C."), `demonym` ("Lithuanian"), `metonym` ("the Kremlin"), `unknown` (not in the
 * gazetteer but in a place frame: "the village of X").
 */
export interface Mention {
  readonly start: number;
  readonly end: number;
  readonly first: number;
  readonly last: number;
  readonly key: string;
  readonly kind: 'name' | 'admin' | 'abbr' | 'demonym' | 'metonym' | 'unknown';
  readonly candidates: readonly PlaceRecord[];
  /** Feature codes preferred by an admin word ("District" → ADM2, ADM1). */
  readonly prefer?: readonly string[];
  readonly country?: CountryRecord;
  readonly metonym?: MetonymEntry;
  readonly abbreviation?: AbbreviationEntry;
  /** The cue before the name, if any. */
  readonly cue?: 'frame' | 'weak';
  readonly rule: string;
}

/** What only some mentions carry. */
type MentionExtras = Pick<Mention, 'prefer' | 'country' | 'metonym' | 'abbreviation' | 'cue'>;

/**
 * A mention with every field present (absent ones `undefined`), so that all mentions share one
 * object shape and the code reading them stays monomorphic.
 */
export function mentionOf(
  start: number, end: number, first: number, last: number, key: string, kind: Mention['kind'], candidates: readonly PlaceRecord[], rule: string, extras?: MentionExtras,
): Mention {
  return {
    start, end, first, last, key, kind, candidates,
    prefer: extras?.prefer, country: extras?.country, metonym: extras?.metonym, abbreviation: extras?.abbreviation, cue: extras?.cue,
    rule,
  };
}

/** `m` with the cue before it. */
export function withCue(m: Mention, cue: Mention['cue']): Mention {
  return mentionOf(m.start, m.end, m.first, m.last, m.key, m.kind, m.candidates, m.rule, { prefer: m.prefer, country: m.country, metonym: m.metonym, abbreviation: m.abbreviation, cue });
}

/** `m` moved to `[start, end)`. */
export function withSpan(m: Mention, start: number, end: number): Mention {
  return mentionOf(start, end, m.first, m.last, m.key, m.kind, m.candidates, m.rule, m);
}

const CONNECTORS = new Set(['of', 'de', 'del', 'la', 'le', 'du', 'da', 'and', 'upon', 'on', 'the', 'el', 'al', 'des', 'di', 'van', 'von', 'y', 'sur', 'am', 'an', 'der', 'dos', 'do', 'das']);
const TITLES = new Set([
  'mr', 'mrs', 'ms', 'miss', 'dr', 'sen', 'senator', 'rep', 'gov', 'governor', 'president', 'minister', 'judge', 'officer',
  'sgt', 'lt', 'capt', 'gen', 'col', 'prof', 'rev', 'sheriff', 'mayor', 'coach', 'pastor', 'father', 'sister', 'brother',
  'king', 'queen', 'prince', 'princess', 'lord', 'lady', 'sir', 'saint', 'pope', 'chief', 'deputy', 'detective', 'trooper', 'councilman', 'councilwoman', 'commissioner',
]);
const MAX_TOKENS = 6;
/** Sentence-initial function words that begin no place name in English. */
const NEVER_START = new Set('a an and but or if as for to of by with from in on at it its he she we they i you this that these those there here when while after before since although though because so then yet not no yes all some many most more what which who how why where his her their our my your also however meanwhile still'.split(' '));
const CALENDAR = new Set('january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday'.split(' '));
const KEY_DROP = /[.'`´]/g;
const KEY_SPACE = /[^a-z0-9]+/g;

/** The {@link nameKey} of tokens `[i, last]`, built from the tokens' own keys. */
function keyOf(toks: readonly Tok[], i: number, last: number): string {
  let key = tokenKey(toks[i]!.norm);
  for (let j = i + 1; j <= last; j++) {
    const k = tokenKey(toks[j]!.norm);
    if (k) key = key ? (toks[j]!.glued ? `${key}${k}` : `${key} ${k}`) : k;
  }
  return key;
}
const UPPER = /^\p{Lu}/u;

/** A token's part of a {@link nameKey} ('' for a full stop): most tokens are plain letters and digits, kept as they are. */
function tokenKey(norm: string): string {
  let plain = norm.length > 0;
  for (let i = 0; i < norm.length && plain; i++) {
    const c = norm.charCodeAt(i);
    plain = (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
  }
  if (plain) return norm;
  // one character that is no letter or digit is dropped or becomes a space, which is trimmed
  if (norm.length === 1) return '';
  return norm.replace(KEY_DROP, '').replace(KEY_SPACE, ' ').trim();
}

/** Turns token annotations into recognition tokens (into an array made at its full length: pushing is slower). */
export function toToks(text: string, tokens: readonly { span: { start: number; end: number }; word: boolean; sentence: number; norm: string }[]): Tok[] {
  const n = tokens.length;
  const out: Tok[] = new Array<Tok>(n);
  let sentence = -1;
  let seenWord = false;
  let prevEnd = -1;
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    const start = t.span.start;
    const norm = t.norm;
    const word = t.word;
    if (t.sentence !== sentence) {
      sentence = t.sentence;
      seenWord = false;
    }
    const code = text.charCodeAt(start);
    const cap = word && (code >= 65 && code <= 90 ? true : code < 128 ? false : UPPER.test(text[start]!));
    const glued = norm === "'s" && i > 0 && prevEnd === start;
    out[i] = { start, end: t.span.end, word, sentence, norm, cap, initial: word && !seenWord, glued };
    prevEnd = t.span.end;
    if (word) seenWord = true;
  }
  return out;
}

/** The cue before token `i` ("village of", "near", "in"), strongest first. */
export function cueBefore(toks: readonly Tok[], i: number, lex: PlaceLexicon): 'frame' | 'weak' | undefined {
  let j = i - 1;
  if (j >= 0 && toks[j]!.norm === 'the') j--;
  if (j < 0 || toks[j]!.sentence !== toks[i]!.sentence) return undefined;
  const one = toks[j]!.norm;
  const two = j > 0 && toks[j - 1]!.sentence === toks[i]!.sentence ? `${toks[j - 1]!.norm} ${one}` : '';
  return lex.cuesBefore.get(two) ?? lex.cuesBefore.get(one);
}

/** Whether a full stop right after token `i` belongs to it ("Calif." with no space). */
function dotAfter(toks: readonly Tok[], i: number): boolean {
  const n = toks[i + 1];
  return n !== undefined && n.norm === '.' && n.start === toks[i]!.end;
}

/**
 * Finds place-name mentions: the longest gazetteer name starting at each capitalised word,
 * abbreviations, admin words, demonyms, metonyms, and unknown names in a clear place frame.
 * Linear in the number of tokens: at most {@link MAX_TOKENS} hash look-ups per word.
 */
export function recognise(text: string, toks: readonly Tok[], gaz: Gazetteer, lex: PlaceLexicon): Mention[] {
  const out: Mention[] = [];
  // ends[k]: index of the last token of a possible name of k+1 words; hashes[k]: its key's hash (-1: empty key)
  const ends = new Int32Array(MAX_TOKENS);
  const hashes = new Float64Array(MAX_TOKENS);
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (!t.cap || (t.initial && NEVER_START.has(t.norm))) continue;
    let count = 0;
    // the key of tokens [i, j] is hashed as it grows, as keyOf would build it
    let h = HASH_START;
    let empty = true;
    for (let j = i; j < toks.length && j < i + MAX_TOKENS * 2; j++) {
      const u = toks[j]!;
      if (u.sentence !== t.sentence) break;
      if (j > i && u.start - toks[j - 1]!.end > 1) break;
      const goesOn = u.cap || (u.norm === '.' && dotAfter(toks, j - 1)) || (u.glued && toks[j + 1]?.cap) || (u.word && CONNECTORS.has(u.norm) && j > i);
      if (!goesOn) break;
      // a token's part of the key is worked out only here, for the few tokens in a run of capitals
      const key = tokenKey(u.norm);
      if (key) {
        if (!empty && !u.glued) h = Math.imul(h ^ 32, 0x01000193);
        h = hashMore(h, key);
        empty = false;
      }
      if (u.cap) {
        ends[count] = j;
        hashes[count++] = empty ? -1 : h >>> 0;
        if (count >= MAX_TOKENS) break;
      }
    }
    // the cue is read only where it matters: for a name found, or after "of" / "the" for an unknown one
    const prevNorm = i > 0 ? toks[i - 1]!.norm : '';
    let found: Mention | undefined = dotAfter(toks, i) || t.norm.includes('.') ? abbreviationAt(text, toks, i, gaz, lex) : undefined;
    for (let k = count - 1; k >= 0 && !found; k--) {
      const last = ends[k]!;
      if (!mayMatch(toks, i, last, hashes[k]!, gaz, lex)) continue;
      found = matchSpan(text, toks, i, last, toks[last]!.end, undefined, gaz, lex);
    }
    if (!found && t.norm.includes('-')) found = hyphenPrefix(text, toks, i, gaz, undefined);
    const cue = (found || prevNorm === 'of' || prevNorm === 'the') && i > 0 && !toks[i - 1]!.cap ? cueBefore(toks, i, lex) : undefined;
    if (found && cue) found = withCue(found, cue);
    if (!found && cue === 'frame' && !lex.commonWords.has(t.norm)) {
      const last = count > 0 && !lex.adminWords.has(toks[ends[0]!]!.norm) ? ends[0]! : i;
      found = mentionOf(t.start, toks[last]!.end, i, last, nameKey(text.slice(t.start, toks[last]!.end)), 'unknown', [], 'frame-unknown', { cue });
    }
    if (found) {
      out.push(found);
      i = found.last;
    }
  }
  return out;
}

/**
 * Whether {@link matchSpan} can find anything on tokens `[i, last]`, whose key hashes to `hash`
 * (-1: empty key). It needs an abbreviation's shape, an admin word at the end, or a key that the
 * gazetteer or the lexicon may know; most capitalised words have none, and their keys are never built.
 */
function mayMatch(toks: readonly Tok[], i: number, last: number, hash: number, gaz: Gazetteer, lex: PlaceLexicon): boolean {
  if (dotAfter(toks, last) || (last === i && toks[last]!.end - toks[i]!.start <= 4) || toks[last]!.norm.includes('.')) return true;
  if (last > i && lex.adminWords.has(toks[last]!.norm)) return true;
  return hash >= 0 && (gaz.hasHash(hash) || lex.keyHashes.has(hash));
}

/** The name before a hyphen: "Paris-based", "US-led", "Texas-born" (only before a lower-case part). */
function hyphenPrefix(text: string, toks: readonly Tok[], i: number, gaz: Gazetteer, cue: Mention['cue']): Mention | undefined {
  const t = toks[i]!;
  const dash = t.norm.indexOf('-');
  const rest = text.charCodeAt(t.start + dash + 1);
  if (dash < 2 || !(rest >= 97 && rest <= 122)) return undefined;
  const key = nameKey(text.slice(t.start, t.start + dash));
  if (!gaz.has(key)) return undefined;
  const candidates = gaz.candidates(key);
  if (candidates.length === 0) return undefined;
  return mentionOf(t.start, t.start + dash, i, i, key, 'name', candidates, 'gazetteer-hyphen', { cue });
}

/** A dotted abbreviation written across tokens ("W.Va.", "N. Mex."), matched on the characters. */
function abbreviationAt(text: string, toks: readonly Tok[], i: number, gaz: Gazetteer, lex: PlaceLexicon): Mention | undefined {
  const re = lex.abbreviationPattern;
  re.lastIndex = toks[i]!.start;
  const m = re.exec(text);
  if (!m) return undefined;
  const end = m.index + m[0].length;
  const entry = lex.abbreviations.get(m[0])!;
  if (entry.context !== 'any') return undefined;
  let last = i;
  while (last + 1 < toks.length && toks[last + 1]!.end <= end) last++;
  if (toks[last]!.end !== end && toks[last]!.end !== end - 1) return undefined;
  const target = typeof entry.target === 'number' ? gaz.byId(entry.target) : gaz.admin(entry.target);
  if (!target) return undefined;
  return mentionOf(m.index, toks[last]!.end === end - 1 ? end - 1 : end, i, last, nameKey(m[0]), 'abbr', [target], 'abbreviation', { abbreviation: entry });
}

/** The mention for tokens `[i, last]` if they name a place (longest-match step of recognition). */
export function matchSpan(text: string, toks: readonly Tok[], i: number, last: number, end: number, cue: Mention['cue'], gaz: Gazetteer, lex: PlaceLexicon): Mention | undefined {
  const start = toks[i]!.start;
  // abbreviations keep their full stop: "Calif." "D.C." "W. Va."; postal codes are short capitals
  const maybeAbbr = dotAfter(toks, last) || (last === i && end - start <= 4) || toks[last]!.norm.includes('.');
  const surface = maybeAbbr ? text.slice(start, end) : '';
  const withDot = maybeAbbr && dotAfter(toks, last) ? `${surface}.` : surface;
  const abbr = maybeAbbr ? lex.abbreviations.get(withDot) ?? lex.abbreviations.get(surface) : undefined;
  if (abbr) {
    const dotted = lex.abbreviations.get(withDot) === abbr && withDot !== surface;
    const afterPlace = i >= 2 && toks[i - 1]!.norm === ',' && toks[i - 2]!.cap;
    if (abbr.context === 'any' || afterPlace) {
      const target = typeof abbr.target === 'number' ? gaz.byId(abbr.target) : gaz.admin(abbr.target);
      if (target) {
        return mentionOf(start, dotted ? end + 1 : end, i, dotted ? last + 1 : last, nameKey(surface), 'abbr', [target], 'abbreviation', { abbreviation: abbr, cue });
      }
    }
  }
  const key = keyOf(toks, i, last);
  if (!key) return undefined;
  const metonym = lex.metonyms.get(key);
  if (metonym) {
    return mentionOf(start, end, i, last, key, 'metonym', gaz.candidates(key), 'metonym', { metonym, cue });
  }
  if (last > i) {
    const prefer = lex.adminWords.get(toks[last]!.norm);
    if (prefer) {
      const full = gaz.candidates(key).filter((c) => c.fclass === 'A');
      const bare = keyOf(toks, i, last - 1);
      const admins = [...full, ...gaz.candidates(bare).filter((c) => c.fclass === 'A' && c.fcode !== 'PCLI' && !full.some((f) => f.id === c.id))];
      if (admins.length > 0) return mentionOf(start, end, i, last, bare, 'admin', admins, 'admin-word', { prefer, cue });
      if (toks[i]!.cap) return mentionOf(start, end, i, last, bare, 'unknown', [], 'admin-word-unknown', { prefer, cue });
    }
  }
  // a country adjective is the country before it is a town of that name ("Canadian", Texas)
  if (last === i) {
    const m = lex.countries.match(key);
    if (m && m.kind === 'adjective') return mentionOf(start, end, i, last, key, 'demonym', [], 'demonym', { country: m.country, cue });
  }
  if (!gaz.has(key)) return undefined;
  const candidates = gaz.candidates(key);
  // "The City", "The Valley": only names that really begin with "the" ("The Hague", "The Bronx")
  if (toks[i]!.norm === 'the' && !candidates.some((c) => nameKey(c.name) === key)) return undefined;
  if (candidates.length > 0) return mentionOf(start, end, i, last, key, 'name', candidates, 'gazetteer', { cue });
  if (last === i) {
    const m = lex.countries.match(key);
    if (m && m.kind === 'adjective') return mentionOf(start, end, i, last, key, 'demonym', [], 'demonym', { country: m.country, cue });
  }
  return undefined;
}

/**
 * Family names of this article: the word after a title or a given name ("Sen. Obama", "Barack
 * Obama") marks that word as a person's name everywhere in the text.
 */
export function surnamesOf(toks: readonly Tok[], lex: PlaceLexicon): Set<string> {
  const out = new Set<string>();
  for (let i = 1; i < toks.length; i++) {
    const t = toks[i]!;
    if (!t.cap || t.sentence !== toks[i - 1]!.sentence) continue;
    let j = i - 1;
    if (toks[j]!.norm === '.' && j > 0) j--;
    const p = toks[j]!;
    if (!p.cap || p.sentence !== t.sentence) continue;
    if (TITLES.has(p.norm) || (lex.personNames.has(p.norm) && j === i - 1)) {
      // "Barack Hussein Obama": the last capitalised word of the run
      let k = i;
      while (k + 1 < toks.length && toks[k + 1]!.cap && toks[k + 1]!.sentence === t.sentence && toks[k + 1]!.start - toks[k]!.end === 1) k++;
      out.add(toks[k]!.norm);
    }
  }
  return out;
}

/** Capitalised words used on their own (not sentence-initial, no capitalised word before them): "… Wanjiru said". */
function aloneWordsOf(toks: readonly Tok[]): Set<string> {
  const alone = new Set<string>();
  for (let i = 1; i < toks.length; i++) {
    const t = toks[i]!;
    if (t.cap && !t.initial && !(toks[i - 1]!.cap && toks[i - 1]!.sentence === t.sentence) && toks[i - 1]!.norm !== '.') alone.add(t.norm);
  }
  return alone;
}

/** Words capitalised somewhere other than at the start of a sentence. */
function capitalisedWordsOf(toks: readonly Tok[]): Set<string> {
  const capitalised = new Set<string>();
  for (const t of toks) if (t.cap && !t.initial) capitalised.add(t.norm);
  return capitalised;
}

/** Drops mentions that are more likely common words, abbreviations or parts of person names. */
export function filterMentions(text: string, toks: readonly Tok[], mentions: readonly Mention[], lex: PlaceLexicon): Mention[] {
  const surnames = surnamesOf(toks, lex);
  // the word sets below are made when first asked for: few articles ask
  let alone: Set<string> | undefined;
  const aloneWords = (): ReadonlySet<string> => (alone ??= aloneWordsOf(toks));
  let capitalised: Set<string> | undefined;
  return mentions.filter((m, idx) => {
    if (m.kind !== 'name') return true;
    const first = toks[m.first]!;
    const single = m.first === m.last;
    const top = m.candidates[0]!;
    const big = top.fcode.startsWith('PCL') || top.fcode === 'ADM1' || top.fcode === 'CONT' || top.fcode === 'RGN' || top.fclass === 'H' || top.fcode === 'PPLC' || top.pop >= 1_000_000;
    const prev = m.first > 0 ? toks[m.first - 1] : undefined;
    const next = m.last + 1 < toks.length ? toks[m.last + 1] : undefined;
    const sameSentencePrev = prev && prev.sentence === first.sentence && prev.word;
    const followedByUnit = next?.norm === ',' && mentions[idx + 1]?.first === m.last + 2;
    if (sameSentencePrev && TITLES.has(prev!.norm)) return false;
    if (prev && prev.norm === '.' && m.first > 1 && TITLES.has(toks[m.first - 2]!.norm) && prev.start === toks[m.first - 2]!.end) return false;
    if (sameSentencePrev && prev!.cap && lex.personNames.has(prev!.norm) && (single || !big)) return false;
    if (single && next && next.word && next.cap && next.sentence === first.sentence && next.start - first.end === 1 && lex.personNames.has(next.norm) && lex.personNames.has(first.norm)) return false;
    if (single && !big && lex.personNames.has(first.norm) && next && next.cap && next.word && next.sentence === first.sentence && next.start - first.end === 1) return false;
    if (single && personNameAt(toks, m.first, mentions[idx + 1]?.first, lex, big, aloneWords)) return false;
    if (!single) return true;
    const surface = text.slice(m.start, m.end);
    const allCaps = surface.length > 1 && surface === surface.toUpperCase();
    if (m.key.length <= 2 && !allCaps) return false;
    // "Sgt." "Inc." "Dec.": a short word with its own full stop is an abbreviation, not a place
    if (next && next.norm === '.' && next.start === m.end && surface.length <= 4 && !big) return false;
    if (allCaps && surface.replace(/\./g, '').length <= 4 && !big && !m.cue) return false;
    if (CALENDAR.has(m.key) && !followedByUnit) return false;
    if (allCaps && surface.length <= 3 && !big && !followedByUnit) return false;
    if (surnames.has(first.norm) && !big && !followedByUnit) return false;
    if (lex.commonWords.has(m.key) && !allCaps) {
      if (first.initial) return false;
      if (m.cue !== 'frame' && !big && !followedByUnit) return false;
    }
    if (lex.personNames.has(m.key) && m.cue !== 'frame' && !big && !followedByUnit) return false;
    if (first.initial && !m.cue && !big && top.pop < 10_000 && !(capitalised ??= capitalisedWordsOf(toks)).has(m.key)) return false;
    return true;
  });
}

const ARTICLES = new Set(['a', 'an', 'the']);
const NO_WORDS: ReadonlySet<string> = new Set();
const AGE = /^\d{1,3}$/;

/**
 * Whether the word at `i` begins a person's name: a given name (or a title before it) followed by
 * a capitalised family name that is no place, admin or common word, with a cue of a person around
 * it: a speech verb before the given name or after the family name ("said Mary Wanjiru", "Mary
 * Wanjiru said"), an appositive after it (", a spokesperson for", ", 34,"), or the family name
 * used on its own elsewhere in the text (`alone()`: "… Wanjiru added"). A word that is no
 * known given name needs two such cues and may not be a large place.
 */
export function personNameAt(toks: readonly Tok[], i: number, nextMention: number | undefined, lex: PlaceLexicon, big: boolean, alone: () => ReadonlySet<string> = () => NO_WORDS): boolean {
  const t = toks[i]!;
  const s = toks[i + 1];
  if (!s || !s.word || !s.cap || s.norm.length < 2 || s.norm.includes('.') || s.sentence !== t.sentence || s.start - t.end !== 1 || nextMention === i + 1) return false;
  const cues = lex.personCues;
  if (lex.commonWords.has(s.norm) || lex.adminWords.has(s.norm) || cues.after.has(s.norm) || TITLES.has(s.norm) || cues.roles.has(s.norm) || cues.titles.has(s.norm)) return false;
  const prev = i > 0 && toks[i - 1]!.sentence === t.sentence ? toks[i - 1]! : undefined;
  const prev2 = prev && i > 1 && toks[i - 2]!.sentence === t.sentence ? toks[i - 2]! : undefined;
  const given = lex.personNames.has(t.norm) || (prev !== undefined && (cues.titles.has(prev.norm) || (prev.norm === '.' && prev2 !== undefined && cues.titles.has(prev2.norm))));
  const third = toks[i + 2];
  const runEnds = !third || !third.cap || third.sentence !== t.sentence || third.start - s.end > 1;
  let evidence = given && runEnds && alone().has(s.norm) ? 1 : 0;
  if (prev && (cues.before.has(prev.norm) || (prev2 && cues.before.has(`${prev2.norm} ${prev.norm}`)))) evidence++;
  const after = toks[i + 2];
  if (after && after.sentence === t.sentence) {
    if (cues.after.has(after.norm)) evidence++;
    else if (after.norm === ',') evidence += appositive(toks, i + 3, t.sentence, cues) ? 1 : 0;
  }
  return given ? evidence >= 1 : evidence >= 2 && !big;
}

/** ", a spokesperson for", ", the group's director", ", 34,": a role noun within a few words, or an age. */
function appositive(toks: readonly Tok[], j: number, sentence: number, cues: PlaceLexicon['personCues']): boolean {
  const a = toks[j];
  if (!a || a.sentence !== sentence) return false;
  if (AGE.test(a.norm)) return toks[j + 1]?.norm === ',';
  if (!ARTICLES.has(a.norm)) return false;
  for (let k = j + 1; k < toks.length && k <= j + 5; k++) {
    const w = toks[k]!;
    if (w.sentence !== sentence || !w.word) return false;
    if (cues.roles.has(w.norm)) return true;
  }
  return false;
}
