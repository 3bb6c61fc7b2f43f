import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { EntityAnnotation } from '../../model/annotation.js';
import type { Doc } from '../../pipeline/doc.js';
import { runWithPlaces, type FakePlace } from './test-helpers.js';

/** An expected entity: the text it spans and the fields that must match. */
type Expect = { text: string; nth?: number } & Partial<Pick<EntityAnnotation, 'type' | 'name' | 'country' | 'igo' | 'sector' | 'role'>>;

function find(doc: Doc, e: Expect): EntityAnnotation | undefined {
  let at = -1;
  for (let n = 0; n <= (e.nth ?? 0); n++) at = doc.text.indexOf(e.text, at + 1);
  assert.ok(at >= 0, `test text lacks "${e.text}"`);
  return doc.all('entity').find((x) => x.span.start === at && x.span.end === at + e.text.length && (!e.type || x.type === e.type));
}

const CASES: { text: string; places?: FakePlace[]; expect: Expect[]; absent?: Expect[] }[] = [
  {
    text: 'Polish border guards detained 17 migrants near the village of Usnarz Górny on Tuesday.',
    places: [{ text: 'Usnarz Górny', countryIso3: 'POL', featureCode: 'PPL' }],
    expect: [
      { text: 'Polish border guards', type: 'GROUP', country: 'POL', sector: 'COP', name: 'Polish border guards' },
      { text: 'Polish', type: 'NATIONALITY', country: 'POL', name: 'Poland' },
      { text: 'migrants', type: 'GROUP', sector: 'REF' },
      { text: 'Usnarz Górny', type: 'PLACE', country: 'POL' },
    ],
  },
  {
    text: "Ukraine's State Border Guard Service said on Friday that Russian troops had shelled the crossing.",
    expect: [
      { text: "Ukraine's State Border Guard Service", type: 'ORG', country: 'UKR', sector: 'COP', name: 'State Border Guard Service' },
      { text: 'Ukraine', type: 'COUNTRY', country: 'UKR' },
      { text: 'Russian troops', type: 'GROUP', country: 'RUS', sector: 'MIL' },
    ],
  },
  {
    text: 'Foreign Minister Anna Nowak told reporters that the government would not negotiate.',
    expect: [
      { text: 'Foreign Minister', type: 'ROLE', sector: 'GOV' },
      { text: 'Anna Nowak', type: 'PERSON', role: 'Foreign Minister', sector: 'GOV' },
      { text: 'reporters', type: 'GROUP', sector: 'MED' },
      { text: 'government', type: 'ORG', sector: 'GOV' },
    ],
  },
  {
    text: 'Tomas Petrauskas, the mayor of Vilnius, said the shelter was full. Petrauskas added that more beds were coming.',
    places: [{ text: 'Vilnius', countryIso3: 'LTU', featureCode: 'PPLC' }],
    expect: [
      { text: 'Tomas Petrauskas', type: 'PERSON', role: 'mayor', country: 'LTU' },
      { text: 'mayor of Vilnius', type: 'ROLE', country: 'LTU' },
      { text: 'Petrauskas', nth: 1, type: 'PERSON', name: 'Tomas Petrauskas', role: 'mayor', country: 'LTU' },
    ],
  },
  {
    text: '"We will not allow this," said Mr Kowalski. The UN refugee agency urged Greece to stop pushbacks.',
    expect: [
      { text: 'Kowalski', type: 'PERSON' },
      { text: 'UN refugee agency', type: 'ORG', igo: 'UNHCR', sector: 'REF', name: 'UN Refugee Agency' },
      { text: 'Greece', type: 'COUNTRY', country: 'GRC' },
    ],
  },
  {
    text: 'Hundreds of protesters gathered outside the parliament in Tbilisi, and rebels clashed with government forces.',
    places: [{ text: 'Tbilisi', countryIso3: 'GEO', featureCode: 'PPLC' }],
    expect: [
      { text: 'protesters', type: 'GROUP', sector: 'OPP' },
      { text: 'parliament in Tbilisi', type: 'ORG', sector: 'LEG', country: 'GEO' },
      { text: 'rebels', type: 'GROUP', sector: 'REB' },
      { text: 'government forces', type: 'GROUP', sector: 'MIL' },
    ],
  },
  {
    text: 'Moldova reported the incident. The country’s parliament and its border police were briefed by EU officials.',
    expect: [
      { text: 'Moldova', type: 'COUNTRY', country: 'MDA' },
      { text: 'parliament', type: 'ORG', country: 'MDA', sector: 'LEG' },
      { text: 'border police', type: 'GROUP', country: 'MDA', sector: 'COP' },
      { text: 'EU officials', type: 'GROUP', igo: 'EU', sector: 'GOV' },
    ],
  },
  {
    text: 'Polish police stopped a van near the border. Two officers said the police had found 20 people inside.',
    expect: [
      { text: 'Polish police', type: 'GROUP', country: 'POL', sector: 'COP' },
      { text: 'police', nth: 1, type: 'GROUP', country: 'POL', sector: 'COP' },
      { text: 'officers', type: 'GROUP', sector: 'COP' },
    ],
  },
  {
    text: 'Minister of Foreign Affairs Sergei Lavrov met U.S. Secretary of State Warren Christopher, and Governor Bush and Senator Rubio watched.',
    expect: [
      { text: 'Minister of Foreign Affairs', type: 'ROLE', sector: 'GOV' },
      { text: 'Sergei Lavrov', type: 'PERSON', role: 'Minister of Foreign Affairs' },
      { text: 'U.S. Secretary of State', type: 'ROLE', country: 'USA' },
      { text: 'Warren Christopher', type: 'PERSON', role: 'Secretary of State', country: 'USA' },
      { text: 'Bush', type: 'PERSON', role: 'Governor' },
      { text: 'Rubio', type: 'PERSON', role: 'Senator', sector: 'LEG' },
    ],
  },
  {
    text: 'The rebel Patriotic Liberation Front (PLF) seized the town. Later the PLF released the hostages.',
    expect: [
      { text: 'Patriotic Liberation Front', type: 'ORG', sector: 'REB' },
      { text: 'PLF', nth: 1, type: 'ORG', name: 'Patriotic Liberation Front', sector: 'REB' },
      { text: 'hostages', type: 'GROUP', sector: 'CVL' },
    ],
  },
  {
    text: 'Minsk has rejected the claims, the foreign ministry in Minsk said.',
    places: [{ text: 'Minsk', countryIso3: 'BLR', featureCode: 'PPLC', role: 'actor' }, { text: 'Minsk', nth: 1, countryIso3: 'BLR', featureCode: 'PPLC' }],
    expect: [
      { text: 'Minsk', type: 'PLACE', country: 'BLR', sector: 'GOV' },
      { text: 'foreign ministry in Minsk', type: 'ORG', country: 'BLR', sector: 'GOV' },
    ],
  },
];

const NEGATIVE: { text: string; absent: Expect[]; count?: number }[] = [
  { text: 'They told us the WHO would help.', absent: [{ text: 'us' }, { text: 'They' }], count: 1 },
  { text: 'A general strike was called after the major incident.', absent: [{ text: 'general' }, { text: 'major' }], count: 0 },
  { text: 'Meanwhile, Police said the man, 35, was arrested on Monday.', absent: [{ text: 'Meanwhile' }, { text: 'Monday' }], count: 1 },
  { text: 'The video was shared on social media.', absent: [{ text: 'media' }, { text: 'social media' }], count: 0 },
];

describe('entities stage', () => {
  for (const c of CASES) {
    it(c.text.slice(0, 60), () => {
      const doc = runWithPlaces(c.text, c.places ?? []);
      for (const e of c.expect) {
        const got = find(doc, e);
        assert.ok(got, `no ${e.type ?? 'entity'} over "${e.text}"; got ${doc.all('entity').map((x) => `${x.type}:${doc.slice(x.span)}`).join(', ')}`);
        for (const key of ['type', 'name', 'country', 'igo', 'sector', 'role'] as const) {
          if (e[key] !== undefined) assert.equal(got[key], e[key], `${key} of "${e.text}"`);
        }
        assert.ok(got.provenance.rule.length > 0 && got.provenance.confidence > 0);
      }
    });
  }
  for (const c of NEGATIVE) {
    it(`negative: ${c.text}`, () => {
      const doc = runWithPlaces(c.text);
      for (const e of c.absent) assert.equal(find(doc, e), undefined, `unexpected entity over "${e.text}"`);
      if (c.count !== undefined) assert.equal(doc.all('entity').length, c.count, doc.all('entity').map((x) => doc.slice(x.span)).join(', '));
    });
  }
});
