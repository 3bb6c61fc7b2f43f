import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { runQuotes } from '../quotes/test-helpers.js';
import { findDisputes } from './disputes.js';

// An invented two-sided report: each side says the other's forces pushed people across.
const TEXT = [
  'Norland has accused Sudmark border guards of pushing a group of migrants into Norland territory.',
  "Sudmark's border service has released its own video of the incident.",
  '“Norland soldiers push refugees into Sudmark every night,” the service said in a statement.',
  '“Sudmark guards forced 40 people across the line,” said Norland Interior Minister Ida Berg.',
  'Sudmark’s border service said 12 people crossed.',
].join('\n\n');

const ENTITIES = [
  { text: 'Norland', type: 'COUNTRY' as const, name: 'Norland', country: 'NRL', sector: 'GOV' as const },
  { text: "Sudmark's border service", type: 'ORG' as const, name: 'Sudmark Border Service', country: 'SDM', sector: 'COP' as const },
  { text: 'Ida Berg', type: 'PERSON' as const, name: 'Ida Berg', role: 'Interior Minister', country: 'NRL', sector: 'GOV' as const },
  { text: 'Sudmark’s border service', type: 'ORG' as const, name: 'Sudmark Border Service', country: 'SDM', sector: 'COP' as const },
];

const guards = (country: string) => ({ name: `${country} guards`, span: { start: 0, end: 1 }, kind: 'group' as const, country, sector: 'COP' as const });
const people = { name: 'migrants', span: { start: 0, end: 1 }, kind: 'group' as const, sector: 'REF' as const };

const EVENTS = [
  { trigger: 'accused', eventType: 'ACCUSE' as const, actors: [{ name: 'Norland', span: { start: 0, end: 7 }, kind: 'country' as const, country: 'NRL' }], recipients: [guards('SDM')] },
  { trigger: 'pushing', actors: [guards('SDM')], recipients: [people] },
  { trigger: 'push', nth: 2, actors: [guards('NRL')], recipients: [people] },
  { trigger: 'forced', actors: [guards('SDM')], recipients: [people], sizes: [{ kind: 'involved' as const, value: 40, quantityId: 'q1', lemma: 'people' }] },
  { trigger: 'crossed', actors: [guards('SDM')], recipients: [people], sizes: [{ kind: 'involved' as const, value: 12, quantityId: 'q2', lemma: 'people' }] },
];

describe('claims and contradictions on a two-sided report', () => {
  const doc = runQuotes(TEXT, ENTITIES, EVENTS);

  it('makes a claim of each attributed quote, with stance and the events inside it', () => {
    const claims = doc.all('claim');
    const accuse = claims.find((c) => c.stance === 'accuse');
    assert.ok(accuse);
    assert.equal(accuse.speaker.name, 'Norland');
    assert.deepEqual(accuse.eventIds.map((id) => doc.slice((doc.get(id) as { trigger: { start: number; end: number } }).trigger)), ['accused', 'pushing']);
    const service = claims.find((c) => doc.slice(c.content).startsWith('“Norland soldiers'));
    assert.equal(service?.speaker.name, 'Sudmark Border Service');
    assert.equal(service?.speaker.country, 'SDM');
  });

  it('links the two accounts of who pushed whom as a dispute, each side with its evidence', () => {
    const swaps = doc.all('contradiction').filter((c) => c.reason === 'actor-recipient-swap');
    assert.ok(swaps.length >= 1);
    const countries = swaps[0]!.sides.map((s) => s.speaker.country).sort();
    assert.deepEqual(countries, ['NRL', 'SDM']);
    for (const s of swaps[0]!.sides) assert.ok(doc.slice(s.evidence).length > 10);
    assert.match(swaps[0]!.summary, /SDM COP .*pushing.*; .*NRL COP push/);
  });

  it('finds the differing counts of the same crossing', () => {
    const counts = doc.all('contradiction').filter((c) => c.reason === 'count-mismatch');
    assert.equal(counts.length, 1);
    assert.match(counts[0]!.summary, /40 .*12/);
  });

  it('links an accusation and a denial of the same act', () => {
    const text = 'Norland accused Sudmark guards of beating migrants. Sudmark’s border service said its guards never beat anyone.';
    const d = runQuotes(text, [ENTITIES[0]!, ENTITIES[3]!], [
      { trigger: 'accused', eventType: 'ACCUSE', actors: [{ name: 'Norland', span: { start: 0, end: 7 }, kind: 'country', country: 'NRL' }], recipients: [guards('SDM')] },
      { trigger: 'beating', eventType: 'ASSAULT', actors: [guards('SDM')], recipients: [people] },
      { trigger: 'beat', nth: 2, eventType: 'ASSAULT', actors: [guards('SDM')], recipients: [], negated: true },
    ]);
    const stances = d.all('claim').map((c) => `${c.speaker.country}:${c.stance}`);
    assert.deepEqual(stances, ['NRL:accuse', 'SDM:deny']);
    const denial = d.all('contradiction').filter((c) => c.reason === 'denial');
    assert.equal(denial.length, 1);
    assert.deepEqual(denial[0]!.sides.map((s) => s.speaker.country), ['NRL', 'SDM']);
  });

  it('findDisputes compares two articles the same way', () => {
    const claims = doc.all('claim');
    const events = doc.all('event');
    const norland = { articleId: 'a', claims: claims.filter((c) => c.speaker.country === 'NRL'), events };
    const sudmark = { articleId: 'b', claims: claims.filter((c) => c.speaker.country === 'SDM'), events };
    const disputes = findDisputes(norland, sudmark);
    assert.ok(disputes.some((d) => d.reason === 'actor-recipient-swap' && d.sides[0].articleId === 'a' && d.sides[1].articleId === 'b'));
    assert.deepEqual(findDisputes(norland, { articleId: 'c', claims: [], events: [] }), []);
  });
});
