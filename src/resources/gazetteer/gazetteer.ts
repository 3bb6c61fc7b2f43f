import { closeSync, existsSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { ChronicleError } from '../../errors.js';
import { buildEmbedded } from './build.js';
import { hashKey } from './keys.js';
import { GAZETTEER_FORMAT, type PlaceRecord } from './record.js';

const NONE: readonly PlaceRecord[] = Object.freeze([]);

/** Options of {@link openGazetteer}. */
export interface GazetteerOptions {
  /** The index file. Default: `$CHRONICLE_GAZETTEER`, else `<repo>/data/gazetteer.sqlite`. */
  readonly path?: string;
  /** The `resources/` folder (countries and regions tables). */
  readonly resourcesDir: string;
  /** Candidate lists kept in memory across articles. Default 100,000 keys. */
  readonly cacheSize?: number;
}

/** Hashes are bucketed by their top bits: a look-up reads one bucket of about eight. */
const BUCKET_BITS = 16;

/**
 * The place index: a sorted array of key hashes in memory (a few MB) rejects non-names without
 * touching the disk; candidate lists come from SQLite by key and are cached across articles.
 * A table of where each bucket of hashes (by their top 16 bits) starts in that array (256 KB)
 * turns a look-up into a short scan of one bucket instead of a binary search over all of it.
 *
 * @example
 * const g = openGazetteer({ resourcesDir: 'resources' });
 * g.has('vilnius') // true
 * g.candidates('vilnius')[0].id // 593116
 */
export class Gazetteer {
  readonly #hashes: Uint32Array;
  /** `#hashes[#starts[b] .. #starts[b + 1])` are the hashes whose top bits are `b`. */
  readonly #starts: Uint32Array;
  readonly #byKey: Database.Statement;
  readonly #byId: Database.Statement;
  readonly #byAdmin: Database.Statement;
  readonly #cache = new Map<string, readonly PlaceRecord[]>();
  readonly #ids = new Map<number, PlaceRecord | undefined>();
  readonly #cacheSize: number;

  constructor(readonly db: Database.Database, cacheSize = 100_000) {
    const blob = db.prepare("SELECT v FROM meta WHERE k = 'hashes'").pluck().get() as Buffer | undefined;
    this.#hashes = blob ? new Uint32Array(blob.buffer.slice(blob.byteOffset, blob.byteOffset + blob.byteLength)) : new Uint32Array();
    this.#starts = bucketStarts(this.#hashes);
    this.#byKey = db.prepare(
      'SELECT p.id, p.name, p.fclass, p.fcode, p.cc, p.a1, p.a2, p.lat, p.lon, p.pop FROM name n JOIN place p ON p.id = n.id WHERE n.key = ? ORDER BY p.pop DESC LIMIT 30',
    );
    this.#byId = db.prepare('SELECT id, name, fclass, fcode, cc, a1, a2, lat, lon, pop FROM place WHERE id = ?');
    this.#byAdmin = db.prepare('SELECT p.id, p.name, p.fclass, p.fcode, p.cc, p.a1, p.a2, p.lat, p.lon, p.pop FROM admin a JOIN place p ON p.id = a.id WHERE a.code = ?');
    this.#cacheSize = cacheSize;
  }

  /** True when some place may have this key (no false negatives; false positives about 1 in 4,000). */
  has(key: string): boolean {
    return this.hasHash(hashKey(key));
  }

  /** {@link has} given the key's {@link hashKey}, for callers that hash keys as they build them. */
  hasHash(h: number): boolean {
    const a = this.#hashes;
    const b = h >>> (32 - BUCKET_BITS);
    const end = this.#starts[b + 1]!;
    for (let i = this.#starts[b]!; i < end; i++) {
      const v = a[i]!;
      if (v >= h) return v === h;
    }
    return false;
  }

  /** Places named `key` (a {@link nameKey}), most populous first. */
  candidates(key: string): readonly PlaceRecord[] {
    let hit = this.#cache.get(key);
    if (hit) return hit;
    if (!this.has(key)) return NONE;
    // one object per place, shared by all the keys that name it
    hit = (this.#byKey.all(key) as PlaceRecord[]).map((r) => {
      const known = this.#ids.get(r.id);
      if (known) return known;
      const frozen = Object.freeze(r);
      this.#ids.set(r.id, frozen);
      return frozen;
    });
    if (this.#cache.size >= this.#cacheSize) {
      this.#cache.clear();
      this.#ids.clear();
    }
    this.#cache.set(key, hit);
    return hit;
  }

  byId(id: number): PlaceRecord | undefined {
    if (this.#ids.has(id)) return this.#ids.get(id);
    const r = this.#byId.get(id) as PlaceRecord | undefined;
    if (this.#ids.size >= this.#cacheSize) this.#ids.clear();
    this.#ids.set(id, r);
    return r;
  }

  /** The unit an admin code names: `LT` (country), `LT.65` (admin1), `LT.65.85` (admin2). */
  admin(code: string): PlaceRecord | undefined {
    const key = `admin:${code}`;
    let hit = this.#cache.get(key);
    if (!hit) {
      const r = this.#byAdmin.get(code) as PlaceRecord | undefined;
      hit = r ? [r] : [];
      this.#cache.set(key, hit);
    }
    return hit[0];
  }

  close(): void {
    this.db.close();
  }
}

/** Where each bucket of the sorted `hashes` starts, with the end of the array as the last entry. */
export function bucketStarts(hashes: Uint32Array): Uint32Array {
  const starts = new Uint32Array((1 << BUCKET_BITS) + 1);
  let i = 0;
  for (let b = 0; b <= 1 << BUCKET_BITS; b++) {
    while (i < hashes.length && hashes[i]! >>> (32 - BUCKET_BITS) < b) i++;
    starts[b] = i;
  }
  return starts;
}

/** The default index path. */
export function defaultGazetteerPath(root: string): string {
  return process.env['CHRONICLE_GAZETTEER'] || join(root, 'data', 'gazetteer.sqlite');
}

function isCurrent(path: string): boolean {
  if (!existsSync(path)) return false;
  try {
    const db = new Database(path, { readonly: true, fileMustExist: true });
    try {
      return db.prepare("SELECT v FROM meta WHERE k = 'format'").pluck().get() === GAZETTEER_FORMAT;
    } finally {
      db.close();
    }
  } catch {
    return false;
  }
}

/** A lock left by a process that is gone, or older than 10 minutes. */
function isStale(lock: string): boolean {
  try {
    if (Date.now() - statSync(lock).mtimeMs > 600_000) return true;
    const pid = Number(readFileSync(lock, 'utf8'));
    if (!Number.isInteger(pid) || pid <= 0) return false;
    process.kill(pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

const sleep = (ms: number): void => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms) as unknown as void;

/**
 * Builds the index at `path` unless a current one is there. A lock file keeps two processes
 * from building at once: the second waits for the first (a lock older than 10 minutes is stale).
 * The build writes to a temporary file and renames it, so readers never see half an index.
 */
export function ensureGazetteer(path: string, resourcesDir: string): void {
  if (isCurrent(path)) return;
  mkdirSync(dirname(path), { recursive: true });
  const lock = `${path}.lock`;
  for (;;) {
    try {
      const fd = openSync(lock, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      break;
    } catch {
      if (isCurrent(path)) return;
      if (isStale(lock)) rmSync(lock, { force: true });
      else sleep(250);
    }
  }
  try {
    if (isCurrent(path)) return;
    const tmp = `${path}.tmp-${process.pid}`;
    rmSync(tmp, { force: true });
    const db = new Database(tmp);
    db.pragma('journal_mode = OFF');
    db.pragma('synchronous = OFF');
    try {
      buildEmbedded(db, resourcesDir);
      db.exec('VACUUM');
    } catch (error) {
      db.close();
      rmSync(tmp, { force: true });
      throw error;
    }
    db.close();
    renameSync(tmp, path);
  } catch (error) {
    throw new ChronicleError('E_RESOURCE', `cannot build the gazetteer at ${path}: ${(error as Error).message}`, { file: path }, { cause: error });
  } finally {
    rmSync(lock, { force: true });
  }
}

/** Opens the gazetteer, building it first if needed. */
export function openGazetteer(options: GazetteerOptions & { root?: string }): Gazetteer {
  const path = options.path ?? defaultGazetteerPath(options.root ?? join(options.resourcesDir, '..'));
  ensureGazetteer(path, options.resourcesDir);
  const db = new Database(path, { readonly: true, fileMustExist: true });
  return new Gazetteer(db, options.cacheSize);
}
