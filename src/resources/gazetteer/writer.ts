import type Database from 'better-sqlite3';
import { hashKey, isLatinKey, keyVariants, nameKey } from './keys.js';
import type { PlaceRecord } from './record.js';
import { GAZETTEER_FORMAT, SCHEMA } from './record.js';

/**
 * Writes places, their names and admin codes into a gazetteer database; used by the embedded
 * build and by `gazetteer import`. Call `finish()` to refresh the in-memory prefilter.
 */
export class GazetteerWriter {
  readonly #insertPlace: Database.Statement;
  readonly #insertName: Database.Statement;
  readonly #setAdmin: Database.Statement;

  constructor(readonly db: Database.Database) {
    db.exec(SCHEMA);
    this.#insertPlace = db.prepare(
      'INSERT OR REPLACE INTO place (id, name, fclass, fcode, cc, a1, a2, lat, lon, pop, source) VALUES (?,?,?,?,?,?,?,?,?,?,?)',
    );
    this.#insertName = db.prepare('INSERT OR IGNORE INTO name (key, id) VALUES (?, ?)');
    this.#setAdmin = db.prepare('INSERT OR REPLACE INTO admin (code, id) VALUES (?, ?)');
  }

  /** Adds (or replaces) a place and indexes each of its names. */
  place(r: PlaceRecord, source: string, names: Iterable<string>): void {
    this.#insertPlace.run(r.id, r.name, r.fclass, r.fcode, r.cc, r.a1, r.a2, r.lat, r.lon, Math.round(r.pop), source);
    this.names(r.id, names);
  }

  names(id: number, names: Iterable<string>): void {
    const seen = new Set<string>();
    for (const n of names) {
      const key = nameKey(n);
      if (!isLatinKey(key)) continue;
      for (const k of keyVariants(key)) {
        if (seen.has(k)) continue;
        seen.add(k);
        this.#insertName.run(k, id);
      }
    }
  }

  /** Records which place an admin code (`LT.65`, `LT.65.85`) names. */
  admin(code: string, id: number): void {
    this.#setAdmin.run(code, id);
  }

  /** Moves a record to a new id (a synthetic admin unit that an import gives its GeoNames id). */
  renumber(from: number, to: number): void {
    if (from === to) return;
    if (!this.#renumber) {
      this.db.exec('CREATE INDEX IF NOT EXISTS name_by_id ON name (id)');
      this.#renumber = ['DELETE FROM place WHERE id = @to', 'UPDATE place SET id = @to WHERE id = @from', 'UPDATE OR IGNORE name SET id = @to WHERE id = @from',
        'DELETE FROM name WHERE id = @from', 'UPDATE admin SET id = @to WHERE id = @from'].map((sql) => this.db.prepare(sql));
    }
    for (const st of this.#renumber) st.run(st.source.includes('@to') ? { from, to } : { from });
  }

  #renumber: Database.Statement[] | undefined;

  /** Stores the sorted hashes of all keys (the prefilter loaded at start-up) and the format tag. */
  finish(): void {
    const keys = this.db.prepare('SELECT DISTINCT key FROM name').pluck().all() as string[];
    const hashes = new Uint32Array(keys.length);
    for (let i = 0; i < keys.length; i++) hashes[i] = hashKey(keys[i]!);
    hashes.sort();
    const meta = this.db.prepare('INSERT OR REPLACE INTO meta (k, v) VALUES (?, ?)');
    meta.run('hashes', Buffer.from(hashes.buffer, hashes.byteOffset, hashes.byteLength));
    meta.run('format', GAZETTEER_FORMAT);
  }
}
