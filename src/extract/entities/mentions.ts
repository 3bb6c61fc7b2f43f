import type { PlaceAnnotation } from '../../model/annotation.js';
import type { ActorLexicon, LexEntry } from './lexicon.js';
import type { SentenceView } from './sentence-view.js';

/**
 * A lexicon or place hit over tokens `[i, j)` of a sentence. `entries` keeps every reading of the
 * phrase ("official" is both an agent noun and a title); the composer picks one in context.
 */
export interface Mention {
  readonly i: number;
  readonly j: number;
  readonly entries: readonly LexEntry[];
  readonly place?: PlaceAnnotation;
  /** The places stage read this span as a government ("Vilnius has declared") but a lexicon entry won. */
  readonly placeActor?: boolean;
}

/** Readings whose letter case fits the text: "WHO" in capitals, not "who"; "Poles", not "poles". */
function fitting(v: SentenceView, i: number, j: number, entries: readonly LexEntry[]): readonly LexEntry[] {
  let upper = true;
  let cap = false;
  for (let k = i; k < j; k++) {
    if (v.word[k] && !v.upper[k]) upper = false;
    if (v.cap[k]) cap = true;
  }
  if (upper && cap) return entries;
  if (entries.every((e) => !e.capsOnly && (cap || (e.kind !== 'country' && e.kind !== 'user')))) return entries;
  return entries.filter((e) => !e.capsOnly && (cap || (e.kind !== 'country' && e.kind !== 'user')));
}

/**
 * Longest-match scan of one sentence against the actor lexicon, with the place annotations the
 * places stage made. A lexicon reading as long as the place wins unless it only repeats the same
 * country: "EU" is an organisation, not a region; "Congress" an institution, not a village;
 * "German" an adjective, not a town in Mexico.
 *
 * @example mentionsOf(view("Belarusian border guards withdrew"), lex, places)
 *   // [{ i: 0, j: 1, entries: [country Belarus adjective] }, { i: 1, j: 3, entries: [agent border guard COP] }]
 */
export function mentionsOf(v: SentenceView, lex: ActorLexicon, placeAt: ReadonlyMap<number, PlaceAnnotation>): Mention[] {
  const out: Mention[] = [];
  let k = 0;
  while (k < v.length) {
    if (!v.word[k]) {
      k++;
      continue;
    }
    const hit = lex.trie.longest(v.norms, k, v.length);
    const entries = hit ? fitting(v, k, hit.end, hit.values) : [];
    const place = placeAt.get(v.starts[k]!);
    let placeEnd = -1;
    if (place) {
      placeEnd = k;
      while (placeEnd < v.length && v.ends[placeEnd]! <= place.span.end) placeEnd++;
      if (v.ends[placeEnd - 1] !== place.span.end) placeEnd = -1;
    }
    if (placeEnd > k && containsTitle(v, lex, k, placeEnd)) placeEnd = -1;
    const lexWins = entries.length > 0 && hit!.end >= placeEnd && entries.some((e) => e.kind !== 'country' || e.country.iso3 !== place?.countryIso3);
    if (placeEnd > k && !lexWins) {
      const sameSpan = hit && hit.end === placeEnd ? entries : [];
      out.push({ i: k, j: placeEnd, entries: sameSpan, place });
      k = placeEnd;
    } else if (hit && entries.length > 0) {
      out.push({ i: k, j: hit.end, entries, ...(place?.role === 'actor' && placeEnd === hit.end ? { placeActor: true } : {}) });
      k = hit.end;
    } else {
      k++;
    }
  }
  return out;
}

/** A place name does not hold a title or agent noun: "U.S. Secretary of State" is no place. */
function containsTitle(v: SentenceView, lex: ActorLexicon, i: number, j: number): boolean {
  for (let k = i + 1; k < j; k++) {
    const hit = lex.trie.longest(v.norms, k, j);
    if (hit && hit.values.some((e) => e.kind === 'role' || (e.kind === 'agent' && e.type !== 'NONE'))) return true;
  }
  return false;
}

/** The first reading of a given kind. */
export function reading<K extends LexEntry['kind']>(m: Mention | undefined, kind: K): Extract<LexEntry, { kind: K }> | undefined {
  return m?.entries.find((e) => e.kind === kind) as Extract<LexEntry, { kind: K }> | undefined;
}
