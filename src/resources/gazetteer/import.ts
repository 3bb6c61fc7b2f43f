import { createReadStream } from 'node:fs';
import { basename } from 'node:path';
import { createInterface } from 'node:readline';
import Database from 'better-sqlite3';
import { ChronicleError } from '../../errors.js';
import { adminNames } from './build.js';
import { ensureGazetteer } from './gazetteer.js';
import { nameKey, syntheticId } from './keys.js';
import { GazetteerWriter } from './writer.js';

/** The GeoNames dump formats `gazetteer import` reads. */
export type DumpFormat = 'geonames' | 'admin-codes' | 'alternate-names' | 'postal-codes';

/** What one file added. */
export interface ImportSummary {
  readonly file: string;
  readonly format: DumpFormat;
  /** Rows read. */
  readonly rows: number;
  /** Places added or replaced (or names added, for alternate names). */
  readonly added: number;
  /** Rows skipped (malformed, or a postal place the gazetteer already has). */
  readonly skipped: number;
}

/** Options of {@link importGeonames}. */
export interface ImportOptions {
  /** The gazetteer index to extend (built first if missing). */
  readonly path: string;
  readonly resourcesDir: string;
}

/** Recognises a dump by its name, else by the shape of its first data row. */
export function detectFormat(file: string, firstRow: readonly string[]): DumpFormat {
  const name = basename(file).toLowerCase();
  if (name.startsWith('alternatenames')) return 'alternate-names';
  if (/^admin[12]codes/.test(name)) return 'admin-codes';
  if (name.includes('postal') || name.includes('zip')) return 'postal-codes';
  if (firstRow.length >= 19) return 'geonames';
  if (firstRow.length === 4 && /^[A-Z]{2}\.[^.]+(\.[^.]+)?$/.test(firstRow[0]!)) return 'admin-codes';
  if (firstRow.length >= 11 && /^[A-Z]{2}$/.test(firstRow[0]!) && Number.isFinite(Number(firstRow[9])) && Number.isFinite(Number(firstRow[10]))) return 'postal-codes';
  if (firstRow.length >= 4 && /^\d+$/.test(firstRow[0]!) && /^\d+$/.test(firstRow[1]!)) return 'alternate-names';
  throw new ChronicleError('E_INPUT_FORMAT', `${file}: not a GeoNames dump this importer knows (geonames, admin codes, alternate names, postal codes)`, { file });
}

/** Alternate-name "languages" that are codes or links, not names. */
const NOT_NAMES = new Set(['link', 'wkdt', 'post', 'iata', 'icao', 'faac', 'unlc', 'tcid', 'fr_1793']);

/**
 * Extends the gazetteer from GeoNames dumps: `allCountries.txt` or a country file (`LT.txt`),
 * `cities*.txt`, `admin1CodesASCII.txt` / `admin2Codes.txt` (which give admin units their GeoNames
 * ids), `alternateNamesV2.txt`, and postal-code files (places without a GeoNames id get a stable
 * synthetic id and the admin codes the file gives). Each file is read as a stream in one transaction.
 *
 * @example await importGeonames(['LT_postalcodes.txt'], { path: 'data/gazetteer.sqlite', resourcesDir: 'resources' })
 */
export async function importGeonames(files: readonly string[], options: ImportOptions): Promise<ImportSummary[]> {
  ensureGazetteer(options.path, options.resourcesDir);
  const db = new Database(options.path);
  db.pragma('journal_mode = MEMORY');
  db.pragma('synchronous = OFF');
  const summaries: ImportSummary[] = [];
  try {
    const w = new GazetteerWriter(db);
    for (const file of files) summaries.push(await importFile(file, db, w));
    w.finish();
  } finally {
    db.close();
  }
  return summaries;
}

async function* rowsOf(file: string): AsyncGenerator<string[]> {
  const lines = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
  for await (const line of lines) {
    if (line === '' || line.startsWith('#')) continue;
    yield line.split('\t');
  }
}

async function importFile(file: string, db: Database.Database, w: GazetteerWriter): Promise<ImportSummary> {
  let format: DumpFormat | undefined;
  let rows = 0, added = 0, skipped = 0;
  db.exec('CREATE INDEX IF NOT EXISTS place_by_admin ON place (cc, a1, a2)');
  const adminId = db.prepare('SELECT id FROM admin WHERE code = ?').pluck();
  const exists = db.prepare('SELECT 1 FROM place WHERE id = ?').pluck();
  const centre1 = db.prepare("SELECT AVG(lat) AS lat, AVG(lon) AS lon, SUM(pop) AS pop FROM place WHERE cc = ? AND a1 = ? AND fclass = 'P'");
  const centre2 = db.prepare("SELECT AVG(lat) AS lat, AVG(lon) AS lon, SUM(pop) AS pop FROM place WHERE cc = ? AND a1 = ? AND a2 = ? AND fclass = 'P'");
  const rename = db.prepare('UPDATE place SET name = ? WHERE id = ?');
  const sameName = db.prepare("SELECT 1 FROM name n JOIN place p ON p.id = n.id WHERE n.key = ? AND p.cc = ? AND p.a1 = ? AND p.fclass = 'P' LIMIT 1").pluck();
  const batch: string[][] = [];
  const flush = db.transaction((items: string[][]) => {
    for (const f of items) {
      const r = importRow(f);
      if (r) added++;
      else skipped++;
    }
  });
  const importRow = (f: string[]): boolean => {
    switch (format!) {
      case 'geonames': {
        const id = Number(f[0]);
        if (!Number.isInteger(id) || f.length < 15) return false;
        const [cc = '', a1 = '', a2 = ''] = [f[8], f[10], f[11]];
        const fcode = f[7] ?? '';
        const code = fcode === 'ADM1' ? `${cc}.${a1}` : fcode === 'ADM2' ? `${cc}.${a1}.${a2}` : fcode.startsWith('PCL') ? cc : '';
        if (code) {
          const old = adminId.get(code) as number | undefined;
          if (old !== undefined && old !== id) w.renumber(old, id);
          w.admin(code, id);
        }
        const names = [f[1]!, f[2]!, ...(f[3] ? f[3].split(',') : [])];
        w.place({ id, name: f[1]!, fclass: f[6]!, fcode, cc, a1, a2, lat: Number(f[4]), lon: Number(f[5]), pop: Number(f[14]) || 0 }, 'import', fcode.startsWith('ADM') ? names.flatMap(adminNames) : names);
        return true;
      }
      case 'admin-codes': {
        const [code = '', name = '', ascii = '', gid = ''] = f;
        const id = Number(gid);
        const [cc = '', a1 = '', a2 = ''] = code.split('.');
        if (!cc || !a1 || !Number.isInteger(id)) return false;
        const old = adminId.get(code) as number | undefined;
        if (old !== undefined) w.renumber(old, id);
        if (old === undefined || !exists.get(id)) {
          const c = (a2 ? centre2.get(cc, a1, a2) : centre1.get(cc, a1)) as { lat: number | null; lon: number | null; pop: number | null };
          if (c.lat === null || c.lon === null) return false;
          w.place({ id, name, fclass: 'A', fcode: a2 ? 'ADM2' : 'ADM1', cc, a1, a2, lat: c.lat, lon: c.lon, pop: c.pop ?? 0 }, 'import', [...adminNames(name), ...adminNames(ascii)]);
        } else {
          rename.run(name, id);
          w.names(id, [...adminNames(name), ...adminNames(ascii)]);
        }
        w.admin(code, id);
        return true;
      }
      case 'alternate-names': {
        const id = Number(f[1]);
        if (!Number.isInteger(id) || NOT_NAMES.has(f[2] ?? '') || !f[3] || f[7] === '1' || !exists.get(id)) return false;
        w.names(id, [f[3]]);
        return true;
      }
      case 'postal-codes': {
        const [cc = '', postal = '', name = '', , a1 = '', , a2 = ''] = f;
        const lat = Number(f[9]);
        const lon = Number(f[10]);
        if (!cc || !name || !Number.isFinite(lat) || !Number.isFinite(lon) || f[9] === '' || f[10] === '') return false;
        const key = nameKey(name);
        if (sameName.get(key, cc, a1)) return false;
        const id = syntheticId(`postal:${cc}:${a1}:${a2}:${key}`);
        if (exists.get(id)) return false;
        w.place({ id, name, fclass: 'P', fcode: 'PPL', cc, a1, a2, lat, lon, pop: 0 }, `postal:${postal}`, [name]);
        return true;
      }
    }
  };
  try {
    for await (const f of rowsOf(file)) {
      format ??= detectFormat(file, f);
      rows++;
      batch.push(f);
      if (batch.length >= 5000) flush(batch.splice(0));
    }
    flush(batch.splice(0));
  } catch (error) {
    if (error instanceof ChronicleError) throw error;
    throw new ChronicleError('E_INPUT_READ', `${file}: ${(error as Error).message}`, { file }, { cause: error });
  }
  return { file, format: format ?? 'geonames', rows, added, skipped };
}
