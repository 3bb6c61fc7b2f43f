import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { QuantityAnnotation } from '../../model/annotation.js';
import { ResourceCache } from '../../pipeline/context.js';
import type { Doc } from '../../pipeline/doc.js';
import { RESOURCES, runWithPlaces } from '../entities/test-helpers.js';
import { createTimesStage } from '../times/index.js';
import { createQuantitiesStage } from './index.js';

const resources = new ResourceCache(RESOURCES);
const run = (text: string): Doc => runWithPlaces(text, [], [createTimesStage({}, resources), createQuantitiesStage({}, resources)]);

/** span: the quantity's text; counted: the counted noun's text and lemma; time: the qualifying time's text. */
type Expect = {
  span: string;
  value: number;
  comparator?: QuantityAnnotation['comparator'];
  approximate?: boolean;
  unit?: string;
  counted?: [string, string];
  time?: string;
};

const CASES: { text: string; expect: Expect[] }[] = [
  { text: 'Guards said a dozen soldiers had pushed 35 migrants back.', expect: [
    { span: 'a dozen', value: 12, counted: ['soldiers', 'soldier'] },
    { span: '35', value: 35, counted: ['migrants', 'migrant'] },
  ] },
  { text: 'Police have detained 4,124 irregular migrants in 2021, compared to just 74 in the whole of 2020.', expect: [
    { span: '4,124', value: 4124, counted: ['migrants', 'migrant'], time: '2021' },
    { span: 'just 74', value: 74, comparator: '=', counted: ['migrants', 'migrant'] },
  ] },
  { text: 'About 300 protesters gathered, and more than 40 people were injured.', expect: [
    { span: 'About 300', value: 300, comparator: '~', approximate: true, counted: ['protesters', 'protester'] },
    { span: 'more than 40', value: 40, comparator: '>', approximate: false, counted: ['people', 'person'] },
  ] },
  { text: 'Dozens of refugees and hundreds of thousands of residents fled.', expect: [
    { span: 'Dozens', value: 24, comparator: '>=', approximate: true, counted: ['refugees', 'refugee'] },
    { span: 'hundreds of thousands', value: 200000, approximate: true, counted: ['residents', 'resident'] },
  ] },
  { text: 'Twelve Moldovan officials and two thousand volunteers took part.', expect: [
    { span: 'Twelve', value: 12, counted: ['officials', 'official'] },
    { span: 'two thousand', value: 2000, counted: ['volunteers', 'volunteer'] },
  ] },
  { text: 'The agency pledged $3.5 million, or 40 percent of its budget, for a fence 508 km long.', expect: [
    { span: '$3.5 million', value: 3500000, unit: 'USD' },
    { span: '40 percent', value: 40, unit: 'percent', counted: ['budget', 'budget'] },
    { span: '508 km', value: 508, unit: 'km' },
  ] },
  { text: 'At least 12 were killed and nearly one hundred and twenty villagers left; half a dozen journalists were held.', expect: [
    { span: 'At least 12', value: 12, comparator: '>=' },
    { span: 'nearly one hundred and twenty', value: 120, comparator: '<', approximate: true, counted: ['villagers', 'villager'] },
    { span: 'half a dozen', value: 6, counted: ['journalists', 'journalist'] },
  ] },
  { text: 'Some 1,500 armed men and twenty-five wounded civilians were counted.', expect: [
    { span: 'Some 1,500', value: 1500, comparator: '~', approximate: true, counted: ['men', 'man'] },
    { span: 'twenty-five', value: 25, counted: ['civilians', 'civilian'] },
  ] },
  { text: "The utility spent millions of dollars to supply about 10 percent of the region's electricity.", expect: [
    { span: 'millions of dollars', value: 2000000, comparator: '>=', approximate: true, unit: 'USD' },
    { span: 'about 10 percent', value: 10, unit: 'percent', approximate: true, counted: ['electricity', 'electricity'] },
  ] },
  { text: 'In 2021, the guards detained 4,124 migrants at the border.', expect: [
    { span: '4,124', value: 4124, counted: ['migrants', 'migrant'], time: '2021' },
  ] },
];

const NEGATIVE: { text: string; none: string[] }[] = [
  { text: 'Flight 17 crashed in 2014 and the 21st anniversary fell on 18 August.', none: ['17', '2014', '21', '18'] },
  { text: 'COVID-19 spread after Resolution 2334, at 10:30 on Monday.', none: ['19', '2334', '10:30'] },
  { text: 'No one was hurt; one of the guards was fined. He spent 35 days in custody.', none: ['one', '35'] },
  { text: 'It was the first incident of its kind, a number of guards said.', none: ['first', 'a number'] },
  { text: 'Unions backed the Fight for Fifteen campaign and judged the parties against one another.', none: ['Fifteen', 'one'] },
];

function findSpan(doc: Doc, text: string): { start: number; end: number } {
  const at = doc.text.indexOf(text);
  assert.ok(at >= 0, `test text lacks "${text}"`);
  return { start: at, end: at + text.length };
}

describe('quantities stage', () => {
  for (const c of CASES) {
    it(c.text.slice(0, 60), () => {
      const doc = run(c.text);
      const all = doc.all('quantity');
      for (const e of c.expect) {
        const span = findSpan(doc, e.span);
        const q = all.find((x) => x.span.start === span.start && x.span.end === span.end);
        assert.ok(q, `no quantity over "${e.span}"; got ${all.map((x) => doc.slice(x.span)).join(' | ')}`);
        assert.equal(q.value, e.value);
        if (e.comparator) assert.equal(q.comparator, e.comparator, `comparator of ${e.span}`);
        if (e.approximate !== undefined) assert.equal(q.approximate, e.approximate, `approximate of ${e.span}`);
        assert.equal(q.unit, e.unit, `unit of ${e.span}`);
        if (e.counted) {
          assert.ok(q.counted, `no counted noun for ${e.span}`);
          assert.equal(doc.slice(q.counted), e.counted[0]);
          assert.equal(q.counted.lemma, e.counted[1]);
        }
        if (e.time) {
          const t = doc.get(q.timeId ?? '');
          assert.ok(t, `no time for ${e.span}`);
          assert.equal(doc.slice(t.span), e.time);
        }
      }
      assert.equal(all.length, c.expect.length, all.map((x) => doc.slice(x.span)).join(' | '));
    });
  }
  for (const c of NEGATIVE) {
    it(`negative: ${c.text}`, () => {
      const doc = run(c.text);
      const got = doc.all('quantity').map((q) => doc.slice(q.span));
      for (const n of c.none) assert.ok(!got.some((g) => g.includes(n)), `counted "${n}": ${got.join(' | ')}`);
    });
  }
  it('carries the counted noun of a parallel phrase only inside the sentence', () => {
    const doc = run('Officers detained 40 migrants. Later 12 were released.');
    const twelve = doc.all('quantity').find((q) => q.value === 12);
    assert.ok(twelve);
    assert.equal(twelve.counted, undefined);
  });
});
