import { join } from 'node:path';
import { foldSameLength } from '../text/fold.js';
import { readTsv } from './lines.js';

/**
 * One country or territory of ISO 3166-1 with its GeoNames ids, names and demonyms.
 *
 * @example
 * const lt: CountryRecord = {
 *   iso2: 'LT', iso3: 'LTU', geonameId: 597427, name: 'Lithuania', aliases: ['Republic of Lithuania'],
 *   adjectives: ['Lithuanian', 'Lithuanians'], capital: 'Vilnius', capitalGeonameId: 593116, continent: 'EU',
 * };
 */
export interface CountryRecord {
  readonly iso2: string;
  readonly iso3: string;
  readonly geonameId: number;
  readonly name: string;
  readonly aliases: readonly string[];
  /** Adjectives and demonyms, singular and plural ("Lithuanian", "Lithuanians", "Briton"). */
  readonly adjectives: readonly string[];
  readonly capital?: string;
  readonly capitalGeonameId?: number;
  /** GeoNames continent code: AF AN AS EU NA OC SA. */
  readonly continent: string;
  /** A reference point inside the country (its usual map centre), when known. */
  readonly lat?: number;
  readonly lon?: number;
}

/** How a folded name matched a country. */
export type CountryMatchKind = 'name' | 'alias' | 'adjective';

/** Countries indexed by code and by folded name. */
export interface CountryTable {
  byIso2(code: string): CountryRecord | undefined;
  byIso3(code: string): CountryRecord | undefined;
  /** By name, alias, adjective or demonym, folded with `foldSameLength` ("lithuanian", "u.s."). */
  lookup(foldedName: string): CountryRecord | undefined;
  /** Like `lookup`, also saying whether the name is the country's name, an alias or an adjective. */
  match(foldedName: string): { readonly country: CountryRecord; readonly kind: CountryMatchKind } | undefined;
  /** By GeoNames id of the country. */
  byGeonameId(id: number): CountryRecord | undefined;
  all(): readonly CountryRecord[];
}

const list = (field: string | undefined): string[] => (field ? field.split('|').map((s) => s.trim()).filter(Boolean) : []);

/** Parses `countries.tsv` rows into records (exported for tests). */
export function parseCountries(rows: readonly (readonly string[])[]): CountryRecord[] {
  return rows.map((f) => {
    const capitalId = Number(f[7]);
    return {
      iso2: f[0]!,
      iso3: f[1]!,
      geonameId: Number(f[2]),
      name: f[3]!,
      aliases: list(f[4]),
      adjectives: list(f[5]),
      ...(f[6] ? { capital: f[6] } : {}),
      ...(f[7] && Number.isFinite(capitalId) ? { capitalGeonameId: capitalId } : {}),
      continent: f[8] ?? '',
      ...(f[9] && f[10] ? { lat: Number(f[9]), lon: Number(f[10]) } : {}),
    };
  });
}

/** Builds the lookup table; the first country to claim a name keeps it, names beat aliases beat adjectives. */
export function countryTable(records: readonly CountryRecord[]): CountryTable {
  const iso2 = new Map<string, CountryRecord>();
  const iso3 = new Map<string, CountryRecord>();
  const ids = new Map<number, CountryRecord>();
  const names = new Map<string, { country: CountryRecord; kind: CountryMatchKind }>();
  for (const r of records) {
    iso2.set(r.iso2.toUpperCase(), r);
    iso3.set(r.iso3.toUpperCase(), r);
    ids.set(r.geonameId, r);
  }
  const claim = (name: string, country: CountryRecord, kind: CountryMatchKind): void => {
    const key = foldSameLength(name);
    if (!names.has(key)) names.set(key, { country, kind });
  };
  for (const r of records) claim(r.name, r, 'name');
  for (const r of records) for (const a of r.aliases) claim(a, r, 'alias');
  for (const r of records) for (const a of r.adjectives) claim(a, r, 'adjective');
  return {
    byIso2: (code) => iso2.get(code.toUpperCase()),
    byIso3: (code) => iso3.get(code.toUpperCase()),
    byGeonameId: (id) => ids.get(id),
    lookup: (folded) => names.get(folded)?.country,
    match: (folded) => names.get(folded),
    all: () => records,
  };
}

/**
 * Loads `geo/countries.tsv` from the resources folder.
 * @example loadCountries('resources').lookup('lithuanian')?.iso3 // 'LTU'
 */
export function loadCountries(resourcesDir: string): CountryTable {
  return countryTable(parseCountries(readTsv(join(resourcesDir, 'geo', 'countries.tsv'))));
}
