import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { ensureGazetteer } from './gazetteer.js';
import { importGeonames, type ImportSummary } from './import.js';

/** GeoNames files that give admin units their real GeoNames ids (the npm packages have codes only). */
export const ADMIN_CODE_FILES = ['admin1CodesASCII.txt', 'admin2Codes.txt'] as const;

/** Options of {@link setupGazetteer}. */
export interface SetupOptions {
  readonly path: string;
  readonly resourcesDir: string;
  /** Rebuild even when a current index exists (drops earlier imports). */
  readonly force?: boolean;
  /** A folder with GeoNames `admin1CodesASCII.txt` / `admin2Codes.txt`, imported when present. */
  readonly geonamesDir?: string;
}

/**
 * Builds the embedded index if needed, then imports GeoNames' admin code files from
 * `geonamesDir` once (recorded in the index), so that admin units such as districts resolve to
 * their GeoNames ids. Returns what was imported (empty when nothing was to do).
 *
 * @example await setupGazetteer({ path: 'data/gazetteer.sqlite', resourcesDir: 'resources', geonamesDir: '../shared/data/geonames' })
 */
export async function setupGazetteer(options: SetupOptions): Promise<ImportSummary[]> {
  if (options.force) rmSync(options.path, { force: true });
  ensureGazetteer(options.path, options.resourcesDir);
  const dir = options.geonamesDir;
  const files = dir ? ADMIN_CODE_FILES.map((f) => join(dir, f)).filter((f) => existsSync(f)) : [];
  if (files.length === 0 || imported(options.path)) return [];
  const summaries = await importGeonames(files, { path: options.path, resourcesDir: options.resourcesDir });
  const db = new Database(options.path);
  try {
    db.prepare('INSERT OR REPLACE INTO meta (k, v) VALUES (?, ?)').run('admin-codes', files.join('\n'));
  } finally {
    db.close();
  }
  return summaries;
}

function imported(path: string): boolean {
  const db = new Database(path, { readonly: true });
  try {
    return db.prepare("SELECT 1 FROM meta WHERE k = 'admin-codes'").get() !== undefined;
  } finally {
    db.close();
  }
}
