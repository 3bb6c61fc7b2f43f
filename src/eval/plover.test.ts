import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { ROOT } from '../index.js';
import type { Actor } from '../model/actor.js';
import { codeMatches, OLD_LABELS, ploverTask } from './plover.js';

const GOLD = join(ROOT, '..', 'shared', 'data', 'plover', 'PLOVER_GSR_CAMEO.txt');
const actor = (a: Partial<Actor>): Actor => ({ name: 'x', span: { start: 0, end: 1 }, kind: 'country', ...a });
const quiet = { start() {}, tick() {}, stop() {} };

describe('plover eval: label and code mapping', () => {
  it('maps the older categories to the 16 current types', () => {
    assert.deepEqual(OLD_LABELS.DEMAND, { type: 'REQUEST' });
    assert.deepEqual(OLD_LABELS.DISAPPROVE, { type: 'ACCUSE', mode: 'disapprove' });
    assert.deepEqual(OLD_LABELS.INVESTIGATE, { type: 'ACCUSE', mode: 'investigate' });
    assert.deepEqual(OLD_LABELS.FIGHT, { type: 'ASSAULT' });
  });
  const table: [Partial<Actor>, string, boolean][] = [
    [{ country: 'USA' }, 'USA', true],
    [{ country: 'JPN' }, 'JAP', true],
    [{ igo: 'UN', sector: 'IGO' }, 'IGO', true],
    [{ sector: 'NGO' }, 'NGO', true],
    [{ country: 'FRA' }, 'USA', false],
    [{}, 'IGO', false],
  ];
  for (const [a, code, ok] of table) it(`${JSON.stringify(a)} ~ ${code} → ${ok}`, () => assert.equal(codeMatches(actor(a), code), ok));
});

describe('plover eval on the gold file', { skip: existsSync(GOLD) ? false : 'needs ../shared' }, () => {
  it('reports the metric keys the issue names, as fractions', async () => {
    const { metrics } = await ploverTask.run(GOLD, { limit: '12' }, quiet);
    for (const k of ['event_accuracy', 'event_macro_f1', 'mode_accuracy', 'actor_code_accuracy', 'recipient_code_accuracy', 'actor_sector_accuracy']) {
      assert.ok(metrics[k]! >= 0 && metrics[k]! <= 1, k);
    }
    assert.equal(metrics.n_gold, 12);
  });
});
