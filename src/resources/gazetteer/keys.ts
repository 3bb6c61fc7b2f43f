import { foldSameLength } from '../../text/fold.js';

const DROP = /[.'`´]/g;
const SPACE = /[^a-z0-9]+/g;
const LATIN_KEY = /^[a-z0-9 ]+$/;

/**
 * The lookup key of a place name: folded (case, diacritics), full stops and apostrophes dropped,
 * any other punctuation a space. Text spans and gazetteer names meet on this key.
 *
 * @example nameKey('Šalčininkai') // 'salcininkai'
 * @example nameKey('U.S.') // 'us'
 * @example nameKey("Côte d’Ivoire") // 'cote divoire'
 */
export function nameKey(name: string): string {
  return foldSameLength(name).replace(DROP, '').replace(SPACE, ' ').trim();
}

/** True for keys in Latin script (the only ones English text can match). */
export function isLatinKey(key: string): boolean {
  return key.length >= 2 && LATIN_KEY.test(key) && !/^[0-9 ]+$/.test(key);
}

/** Common abbreviated forms a name is also written in ("Saint Louis" → "St Louis"). */
const VARIANTS: readonly [RegExp, string][] = [
  [/^saint /, 'st '], [/^sainte /, 'ste '], [/^mount /, 'mt '], [/^fort /, 'ft '], [/ saint /, ' st '],
  [/^st /, 'saint '], [/^mt /, 'mount '], [/^ft /, 'fort '],
];

/** The key and its conventional variants. */
export function keyVariants(key: string): string[] {
  const out = [key];
  for (const [re, to] of VARIANTS) if (re.test(key)) out.push(key.replace(re, to));
  return out;
}

/** The state {@link hashKey} starts from: FNV's offset basis, as the 32-bit integer the state is kept in. */
export const HASH_START = 0x811c9dc5 | 0;

/** FNV-1a 32-bit hash of a key: the in-memory prefilter stores only these. */
export function hashKey(key: string): number {
  return hashMore(HASH_START, key) >>> 0;
}

/**
 * Continues a {@link hashKey} state over `text`. FNV-1a reads one character at a time, so a key
 * built from parts hashes part by part without being built:
 *
 * @example hashMore(hashMore(HASH_START, 'new'), ' york') >>> 0 === hashKey('new york') // true
 */
export function hashMore(state: number, text: string): number {
  let h = state;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h;
}

/** Stable negative id for a record that has no GeoNames id (an admin unit known only by code, a postal place). */
export function syntheticId(text: string): number {
  return -((hashKey(text) & 0x3fffffff) + 1);
}
