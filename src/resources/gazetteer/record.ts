/**
 * One gazetteer entry. `id` is the GeoNames id when positive; negative ids are stable synthetic
 * ids of entries GeoNames numbers elsewhere (admin units known only by code, postal-code places).
 *
 * @example
 * { id: 593116, name: 'Vilnius', fclass: 'P', fcode: 'PPLC', cc: 'LT', a1: '65', a2: '41',
 *   lat: 54.68916, lon: 25.2798, pop: 542366 }
 */
export interface PlaceRecord {
  readonly id: number;
  readonly name: string;
  /** GeoNames feature class: A admin, P populated place, H water, L area, T terrain, S spot. */
  readonly fclass: string;
  /** GeoNames feature code: PCLI, ADM1, ADM2, PPLC, PPLA, PPL, SEA, CONT… */
  readonly fcode: string;
  /** ISO-2 country code ('' for continents, oceans and international zones). */
  readonly cc: string;
  readonly a1: string;
  readonly a2: string;
  readonly lat: number;
  readonly lon: number;
  readonly pop: number;
}

/** The true GeoNames id of a record, if it has one. */
export function geonameIdOf(r: PlaceRecord): number | undefined {
  return r.id > 0 ? r.id : undefined;
}

export const SCHEMA = `
CREATE TABLE IF NOT EXISTS place (
  id INTEGER PRIMARY KEY, name TEXT NOT NULL, fclass TEXT NOT NULL, fcode TEXT NOT NULL,
  cc TEXT NOT NULL, a1 TEXT NOT NULL, a2 TEXT NOT NULL, lat REAL NOT NULL, lon REAL NOT NULL,
  pop INTEGER NOT NULL, source TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS name (key TEXT NOT NULL, id INTEGER NOT NULL, PRIMARY KEY (key, id)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS admin (code TEXT PRIMARY KEY, id INTEGER NOT NULL) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS meta (k TEXT PRIMARY KEY, v BLOB);
`;

/** Bumped when the build changes what goes into the index; an older file is rebuilt. */
export const GAZETTEER_FORMAT = 'chronicle-gazetteer/2';
