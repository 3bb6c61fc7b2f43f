import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { ROOT } from '../index.js';
import type { Actor } from '../model/actor.js';
import { petrarchCodeMatches, petrarchTask, readPetrarchRecords } from './petrarch.js';

const GOLD = join(ROOT, '..', 'shared', 'data', 'petrarch2', 'data', 'text', 'PETR.UnitTest.records.xml');
const actor = (a: Partial<Actor>): Actor => ({ name: 'x', span: { start: 0, end: 1 }, kind: 'country', ...a });
const quiet = { start() {}, tick() {}, stop() {} };

describe('petrarch eval: records and codes', () => {
  it('reads records, their codings, no-event and skipped records', () => {
    const xml = `<Environment><Actorfile>A.txt</Actorfile><Agentfile>B.txt</Agentfile></Environment>
<Sentence date="19950101" id="T-1" category="T"><!-- note --><EventCoding sourcecode="AAA" targetcode="BBBGOV" eventcode="064"></EventCoding>
<Text>Aland is about to restore ties with Borduria.</Text></Sentence>
<Sentence date="19950102" id="T-2"><EventCoding noevents = "True"></EventCoding><Text>The weather was fine.</Text></Sentence>
<Sentence date="19950103" id="T-3"><EventCoding error="storydiscard"></EventCoding><Text>A typhoon hit.</Text></Sentence>`;
    const { records, actorFile, agentFile } = readPetrarchRecords(xml);
    assert.equal(actorFile, 'A.txt');
    assert.equal(agentFile, 'B.txt');
    assert.deepEqual(records.map((r) => [r.id, r.date, r.codings.length, r.skip]), [['T-1', '1995-01-01', 1, false], ['T-2', '1995-01-02', 0, false], ['T-3', '1995-01-03', 0, true]]);
    assert.deepEqual(records[0]!.codings[0], { source: 'AAA', target: 'BBBGOV', code: '064' });
    assert.equal(records[0]!.text, 'Aland is about to restore ties with Borduria.');
  });
  const table: [Partial<Actor>, string, boolean][] = [
    [{ country: 'ARN' }, 'ARN', true],
    [{ country: 'ARN', sector: 'GOV' }, 'ARN', true],
    [{ country: 'CAL', sector: 'GOV' }, 'CALGOV', true],
    [{ country: 'CAL' }, 'CALGOV', false],
    [{ sector: 'GOV' }, '---GOV', true],
    [{ igo: 'EEU', sector: 'IGO' }, 'IGOEEU', true],
    [{ country: 'GON' }, 'ARN', false],
  ];
  for (const [a, code, ok] of table) it(`${JSON.stringify(a)} ~ ${code} → ${ok}`, () => assert.equal(petrarchCodeMatches(actor(a), code), ok));
});

describe('petrarch eval on the unit-test records', { skip: existsSync(GOLD) ? false : 'needs ../shared' }, () => {
  it('reports the metric keys the issue names, as fractions', async () => {
    const { metrics } = await petrarchTask.run(GOLD, { limit: '15' }, quiet);
    for (const k of ['root_code_agreement', 'source_agreement', 'target_agreement', 'no_event_accuracy']) assert.ok(metrics[k]! >= 0 && metrics[k]! <= 1, k);
    assert.equal(metrics.n_gold, 15);
  });
});
