import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { ROOT } from '../index.js';
import { geoparseTask, haversineKm, parseGeoCorpus } from './geoparse.js';

const fixtures = join(ROOT, 'src/eval/fixtures');
const quiet = { start() {}, tick() {}, stop() {} };

test('geoparse: LGL and GeoVirus readers (GeoVirus offsets shifted back by one, entities decoded)', () => {
  const lgl = parseGeoCorpus(readFileSync(join(fixtures, 'geoparse-lgl.xml'), 'utf8'), 'lgl');
  assert.equal(lgl.length, 1);
  assert.deepEqual(lgl[0]!.toponyms.map((t) => [lgl[0]!.text.slice(t.start, t.end), t.geonameId]), [['Kaunas', 598316], ['Riga', 456172], ['Zzyzx', undefined]]);
  const gv = parseGeoCorpus(readFileSync(join(fixtures, 'geoparse-geovirus.xml'), 'utf8'), 'geovirus');
  assert.equal(gv[0]!.text, 'Doctors in Nairobi & Mombasa reported new cases.');
  assert.deepEqual(gv[0]!.toponyms.map((t) => gv[0]!.text.slice(t.start, t.end)), ['Nairobi', 'Mombasa']);
});

test('geoparse: haversine', () => {
  assert.equal(Math.round(haversineKm(54.68916, 25.2798, 53.9, 27.56667)), 172);
  assert.equal(haversineKm(10, 10, 10, 10), 0);
});

test('geoparse: metrics on a small LGL file', async () => {
  const { metrics, report } = await geoparseTask.run(join(fixtures, 'geoparse-lgl.xml'), { format: 'lgl' }, quiet);
  assert.equal(metrics['n_gold'], 3);
  assert.equal(metrics['recognition_r'], 1);
  assert.equal(metrics['resolution_exact'], 1);
  assert.equal(metrics['resolution_acc161'], 1);
  assert.equal(metrics['e2e_acc161'], 1);
  for (const key of ['recognition_p', 'recognition_f1', 'recognition_exact_f1', 'e2e_exact', 'mean_error_km', 'median_error_km']) assert.equal(typeof metrics[key], 'number', key);
  assert.ok(report.some((l) => l.includes('absent from this gazetteer')));
});

test('geoparse: GeoVirus has no ids, so only distances are scored', async () => {
  const { metrics } = await geoparseTask.run(join(fixtures, 'geoparse-geovirus.xml'), { format: 'geovirus' }, quiet);
  assert.equal(metrics['resolution_exact'], undefined);
  assert.equal(metrics['resolution_acc161'], 1);
});

const lglPath = join(ROOT, '..', 'shared', 'data', 'geoparsing', 'lgl.xml');
test('geoparse: LGL from ../shared (first 40 articles) scores above a floor', { skip: existsSync(lglPath) ? false : 'needs ../shared' }, async () => {
  const { metrics } = await geoparseTask.run(lglPath, { format: 'lgl', limit: '40' }, quiet);
  assert.ok(metrics['recognition_f1']! > 0.6, String(metrics['recognition_f1']));
  assert.ok(metrics['resolution_acc161']! > 0.7, String(metrics['resolution_acc161']));
});
