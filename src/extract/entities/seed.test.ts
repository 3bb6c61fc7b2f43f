import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { createEngine, ROOT } from '../../index.js';
import type { Actor } from '../../model/actor.js';
import { resolveActor } from './resolve-actor.js';

const SEED = join(ROOT, '..', 'shared', 'seed', '2021-08-18-lithuania-belarus-border.txt');
const skip = existsSync(SEED) ? false : 'needs ../shared';

/** The seed's acceptance facts for entities, actors and quantities (issue 2). */
describe('seed article: entities, actors, quantities', { skip }, () => {
  const text = skip ? '' : readFileSync(SEED, 'utf8').replace(/^\s*date \S+\s*/, '');
  const stages = ['sentences', 'times', 'places', 'entities', 'quantities'].map((name) => ({ name }));
  const { doc } = skip ? ({ doc: undefined } as never) : createEngine({ config: { stages } }).analyse({ text, date: '2021-08-18' });
  const at = (s: string, nth = 0): { start: number; end: number } => {
    let i = -1;
    for (let n = 0; n <= nth; n++) i = text.indexOf(s, i + 1);
    assert.ok(i >= 0, s);
    return { start: i, end: i + s.length };
  };

  const ACTORS: { phrase: string; nth?: number; expect: Partial<Actor> }[] = [
    { phrase: 'Belarusian border guards', expect: { kind: 'group', country: 'BLR', sector: 'COP' } },
    { phrase: 'Interior Minister Agnė Bilotaitė', expect: { kind: 'person', name: 'Agnė Bilotaitė', role: 'Interior Minister', country: 'LTU', sector: 'GOV' } },
    { phrase: 'Bilotaitė', nth: 1, expect: { kind: 'person', name: 'Agnė Bilotaitė', role: 'Interior Minister', country: 'LTU' } },
    { phrase: "Belarus' State Border Committee", expect: { kind: 'organisation', country: 'BLR', sector: 'COP' } },
    { phrase: 'The European Union', expect: { kind: 'organisation', igo: 'EU' } },
    { phrase: 'The interior ministry', expect: { kind: 'organisation', country: 'LTU', sector: 'GOV' } },
    { phrase: 'Vilnius has', expect: { country: 'LTU', sector: 'GOV', metonymy: true } },
    { phrase: 'Lithuanian security forces', expect: { kind: 'group', country: 'LTU', sector: 'COP' } },
    { phrase: 'EU interior ministers', expect: { kind: 'group', igo: 'EU', sector: 'GOV' } },
  ];
  for (const c of ACTORS) {
    it(`actor: ${c.phrase}`, () => {
      const a = resolveActor(doc, at(c.phrase, c.nth));
      assert.ok(a, c.phrase);
      for (const [k, v] of Object.entries(c.expect)) assert.deepEqual(a[k as keyof Actor], v, `${k} of ${c.phrase}`);
    });
  }

  it('quantities: 35 migrants, a dozen guards, twelve officials, 4,124 in 2021, 74 in 2020', () => {
    const q = doc.all('quantity').map((x) => ({
      text: doc.slice(x.span), value: x.value, lemma: x.counted?.lemma,
      time: x.timeId ? doc.slice(doc.get(x.timeId)!.span) : undefined,
    }));
    const find = (value: number, lemma: string) => q.find((x) => x.value === value && x.lemma === lemma);
    assert.ok(find(35, 'migrant'), JSON.stringify(q));
    assert.equal(find(12, 'guard')?.text, 'a dozen');
    assert.equal(find(12, 'official')?.text, 'twelve');
    assert.match(find(4124, 'migrant')?.time ?? '', /2021/);
    assert.match(find(74, 'migrant')?.time ?? '', /2020/);
    assert.ok(!q.some((x) => x.value === 2021 || x.value === 2020), 'years are not counts');
  });
});
