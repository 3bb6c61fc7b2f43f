import { join } from 'node:path';
import type { QuantityAnnotation } from '../../model/annotation.js';
import { readTsv } from '../../resources/lines.js';
import { foldSameLength } from '../../text/fold.js';
import { PhraseTrie } from '../entities/phrase-trie.js';

export type Comparator = QuantityAnnotation['comparator'];
export type NumberClass = 'small' | 'hundred' | 'scale' | 'dozen' | 'fraction';

/**
 * The word lists of `resources/quantities/`, compiled once.
 * @example loadQuantityLexicon('resources').words.get('twelve') // { value: 12, cls: 'small' }
 */
export interface QuantityLexicon {
  readonly words: ReadonlyMap<string, { readonly value: number; readonly cls: NumberClass }>;
  readonly vague: PhraseTrie<{ readonly value: number; readonly comparator: Comparator }>;
  /** Comparators before a number, as phrases ("more than", "at least"). */
  readonly before: PhraseTrie<{ readonly comparator: Comparator; readonly approximate: boolean }>;
  /** Comparators after a number ("or more", "or so"), matched from the token after it. */
  readonly after: PhraseTrie<{ readonly comparator: Comparator; readonly approximate: boolean }>;
  readonly unitsAfter: PhraseTrie<string>;
  readonly unitsBefore: ReadonlyMap<string, string>;
  readonly plurals: ReadonlyMap<string, string>;
  /** Cheap test: can a number (digits, number word, "a dozen", a vague amount) start at this token? */
  readonly starts: (norm: string) => boolean;
}

const COMPARATORS = new Set<string>(['=', '>', '<', '>=', '<=', '~']);
const CLASSES = new Set<string>(['small', 'hundred', 'scale', 'dozen', 'fraction']);

export function loadQuantityLexicon(resourcesDir: string): QuantityLexicon {
  const dir = join(resourcesDir, 'quantities');
  const words = new Map<string, { value: number; cls: NumberClass }>();
  for (const [w, v, cls] of readTsv(join(dir, 'number-words.tsv'))) {
    if (!CLASSES.has(cls!)) throw new Error(`number-words.tsv: unknown class ${cls} for ${w}`);
    words.set(foldSameLength(w!), { value: Number(v), cls: cls as NumberClass });
  }
  const vague = new PhraseTrie<{ value: number; comparator: Comparator }>();
  for (const [p, v, c] of readTsv(join(dir, 'vague-numbers.tsv'))) vague.add(p!, { value: Number(v), comparator: comparatorOf(c) });
  const before = new PhraseTrie<{ comparator: Comparator; approximate: boolean }>();
  const after = new PhraseTrie<{ comparator: Comparator; approximate: boolean }>();
  for (const [p, c, approx, pos] of readTsv(join(dir, 'comparators.tsv'))) {
    (pos === 'after' ? after : before).add(p!, { comparator: comparatorOf(c), approximate: approx === 'yes' });
  }
  const unitsAfter = new PhraseTrie<string>();
  const unitsBefore = new Map<string, string>();
  for (const [form, unit, pos] of readTsv(join(dir, 'units.tsv'))) {
    if (pos === 'before') unitsBefore.set(foldSameLength(form!), unit!);
    else unitsAfter.add(form!, unit!);
  }
  const plurals = new Map(readTsv(join(dir, 'plurals.tsv')).map(([p, s]) => [foldSameLength(p!), s!] as const));
  const first = new Set<string>(['a', 'an', ...words.keys()]);
  for (const [p] of readTsv(join(dir, 'vague-numbers.tsv'))) first.add(foldSameLength(p!.split(' ')[0]!));
  const starts = (norm: string): boolean => {
    const c = norm.charCodeAt(0);
    if (c >= 48 && c <= 57) return true;
    if (first.has(norm)) return true;
    const dash = norm.indexOf('-');
    return dash > 0 && first.has(norm.slice(0, dash));
  };
  return { words, vague, before, after, unitsAfter, unitsBefore, plurals, starts };
}

function comparatorOf(c: string | undefined): Comparator {
  if (!c || !COMPARATORS.has(c)) throw new Error(`quantities resources: unknown comparator ${c}`);
  return c as Comparator;
}

/**
 * The singular of a counted noun: irregular plurals from `plurals.tsv`, then -ies → -y,
 * -ches/-shes/-sses/-xes → drop -es, -s → drop.
 * @example lemmaOf('migrants', lex) // 'migrant'
 */
export function lemmaOf(norm: string, lex: QuantityLexicon): string {
  const irregular = lex.plurals.get(norm);
  if (irregular) return irregular;
  if (norm.length > 4 && norm.endsWith('ies')) return `${norm.slice(0, -3)}y`;
  if (/(?:ch|sh|ss|x|zz)es$/.test(norm)) return norm.slice(0, -2);
  if (norm.length > 3 && norm.endsWith('s') && !/(?:ss|us|is)$/.test(norm)) return norm.slice(0, -1);
  return norm;
}
