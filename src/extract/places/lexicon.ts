import { join } from 'node:path';
import { loadCountries, type CountryRecord, type CountryTable } from '../../resources/countries.js';
import { hashKey, nameKey } from '../../resources/gazetteer/keys.js';
import { foldSameLength } from '../../text/fold.js';
import { readLines, readTsv } from '../../resources/lines.js';

/** What a name stands for when it acts ("the Kremlin said", "Brussels demands"). */
export interface MetonymEntry {
  readonly name: string;
  readonly iso3?: string;
  readonly igo?: string;
  readonly sector: string;
  readonly standsFor: string;
}

/** An abbreviation of a place ("Calif." → US.CA, "D.C." → 4140963). */
export interface AbbreviationEntry {
  /** An admin code (`US.CA`) or a GeoNames id. */
  readonly target: string | number;
  /** `any`: valid anywhere as written; `after-place`: only in "Athens, GA". */
  readonly context: 'any' | 'after-place';
}

/**
 * Everything the places stage reads from `resources/geo/`, loaded once per engine.
 * Keys are {@link nameKey}s except for abbreviations, which keep their letters and full stops.
 */
export interface PlaceLexicon {
  readonly countries: CountryTable;
  /** Country by the GeoNames id of its capital. */
  readonly capitals: ReadonlyMap<number, CountryRecord>;
  readonly metonyms: ReadonlyMap<string, MetonymEntry>;
  readonly abbreviations: ReadonlyMap<string, AbbreviationEntry>;
  /** Sticky pattern of the dotted abbreviations valid anywhere, longest first. */
  readonly abbreviationPattern: RegExp;
  /** Cue (lower case, words joined by one space) → strength, for cues before a name. */
  readonly cuesBefore: ReadonlyMap<string, 'frame' | 'weak'>;
  /** Generic admin word → the feature codes it prefers, best first. */
  readonly adminWords: ReadonlyMap<string, readonly string[]>;
  readonly commonWords: ReadonlySet<string>;
  readonly personNames: ReadonlySet<string>;
  /** Words around a two-word name that make it a person's name (`person-cues.tsv`). */
  readonly personCues: PersonCues;
  /**
   * {@link hashKey}s of the names this lexicon knows besides the gazetteer (metonyms; country
   * names, aliases and demonyms as `countries.match` folds them): a span whose key hash is in
   * neither this set nor the gazetteer's is no metonym, demonym or gazetteer name.
   */
  readonly keyHashes: ReadonlySet<number>;
}

/** Cues of a person's name: speech verbs before / after it, appositive role nouns, titles. */
export interface PersonCues {
  /** One or two lower-case words right before the given name ("said", "according to"). */
  readonly before: ReadonlySet<string>;
  /** A word right after the family name ("said"). */
  readonly after: ReadonlySet<string>;
  /** Role nouns of an appositive (", a spokesperson for"). */
  readonly roles: ReadonlySet<string>;
  readonly titles: ReadonlySet<string>;
}

export function loadPlaceLexicon(resourcesDir: string): PlaceLexicon {
  const geo = (file: string): string => join(resourcesDir, 'geo', file);
  const countries = loadCountries(resourcesDir);
  const capitals = new Map<number, CountryRecord>();
  for (const c of countries.all()) if (c.capitalGeonameId) capitals.set(c.capitalGeonameId, c);
  const metonyms = new Map<string, MetonymEntry>();
  for (const [name = '', aliases = '', iso3 = '', igo = '', sector = 'GOV', standsFor = ''] of readTsv(geo('metonyms.tsv'))) {
    const entry: MetonymEntry = { name, sector, standsFor, ...(iso3 ? { iso3 } : {}), ...(igo ? { igo } : {}) };
    for (const n of [name, ...aliases.split('|').filter(Boolean)]) metonyms.set(nameKey(n.replace(/^the\s+/i, '')), entry);
  }
  const abbreviations = new Map<string, AbbreviationEntry>();
  for (const [forms = '', target = '', context = 'any'] of readTsv(geo('abbreviations.tsv'))) {
    const entry: AbbreviationEntry = { target: /^\d+$/.test(target) ? Number(target) : target, context: context === 'after-place' ? 'after-place' : 'any' };
    for (const form of forms.split('|').filter(Boolean)) {
      const prev = abbreviations.get(form);
      if (!prev || (prev.context === 'after-place' && entry.context === 'any')) abbreviations.set(form, entry);
    }
  }
  const cuesBefore = new Map<string, 'frame' | 'weak'>();
  for (const [cue = '', position = '', strength = ''] of readTsv(geo('place-cues.tsv'))) {
    if (position === 'before') cuesBefore.set(cue.toLowerCase(), strength === 'frame' ? 'frame' : 'weak');
  }
  const adminWords = new Map<string, readonly string[]>();
  for (const line of readLines(geo('admin-words.txt'))) {
    const [word = '', ...codes] = line.trim().split(/\s+/);
    adminWords.set(word.toLowerCase(), codes);
  }
  const personCues = { before: new Set<string>(), after: new Set<string>(), roles: new Set<string>(), titles: new Set<string>() };
  for (const [cue = '', position = ''] of readTsv(geo('person-cues.tsv'))) {
    const set = position === 'before' ? personCues.before : position === 'after' ? personCues.after : position === 'role' ? personCues.roles : position === 'title' ? personCues.titles : undefined;
    set?.add(cue.toLowerCase());
  }
  const words = (file: string): Set<string> => new Set(readLines(geo(file)).map((w) => w.trim().toLowerCase()));
  const dotted = [...abbreviations].filter(([form, e]) => e.context === 'any' && form.includes('.')).map(([form]) => form);
  dotted.sort((a, b) => b.length - a.length);
  const abbreviationPattern = new RegExp(`(?:${dotted.map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?![\\p{L}])`, 'uy');
  const keyHashes = new Set<number>([...metonyms.keys()].map(hashKey));
  for (const c of countries.all()) for (const n of [c.name, ...c.aliases, ...c.adjectives]) keyHashes.add(hashKey(foldSameLength(n)));
  return {
    countries, capitals, metonyms, abbreviations, abbreviationPattern, cuesBefore, adminWords,
    commonWords: words('common-words.txt'), personNames: words('person-names.txt'), personCues, keyHashes,
  };
}
