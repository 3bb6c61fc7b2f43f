import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createEngine, ROOT } from '../../index.js';
import type { PlaceAnnotation } from '../../model/annotation.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openGazetteer, type Gazetteer } from '../../resources/gazetteer/gazetteer.js';
import { loadPlaceLexicon, type PlaceLexicon } from './lexicon.js';
import { recognise, toToks } from './recognise.js';

const engine = createEngine({ config: { stages: [{ name: 'sentences' }, { name: 'places' }] } });

function places(text: string): (PlaceAnnotation & { text: string })[] {
  const { doc } = engine.analyse({ text, date: '2022-03-01' });
  return doc.all('place').map((p) => ({ ...p, text: doc.slice(p.span) }));
}
const find = (text: string, surface: string) => places(text).find((p) => p.text === surface);

test('places: resolves names with spans, ids, codes and precision', () => {
  const text = 'Protesters gathered in Kaunas on Monday, while Riga stayed calm.';
  const ps = places(text);
  assert.deepEqual(ps.map((p) => [p.text, p.span.start, p.geonameId, p.countryIso3]), [
    ['Kaunas', 23, 598316, 'LTU'],
    ['Riga', 47, 456172, 'LVA'],
  ]);
  assert.equal(ps[0]!.featureClass, 'P');
  assert.deepEqual(ps[0]!.precision, { acled: 1, plover: 2 });
  assert.ok(ps[0]!.lat! > 54 && ps[0]!.lat! < 55.5);
});

test('places: any case and with or without diacritics', () => {
  for (const surface of ['Šiauliai', 'Siauliai', 'SIAULIAI']) {
    assert.equal(find(`Farmers met in ${surface} yesterday.`, surface)?.geonameId, 594739, surface);
  }
});

test('places: countries by alias and abbreviation, demonyms as places', () => {
  const text = 'The U.S. and Britain sent envoys. Troops stayed on Polish territory.';
  const ps = places(text);
  assert.equal(ps.find((p) => p.text === 'U.S.')?.countryIso3, 'USA');
  assert.equal(ps.find((p) => p.text === 'Britain')?.countryIso3, 'GBR');
  const polish = ps.find((p) => p.text === 'Polish')!;
  assert.deepEqual([polish.role, polish.countryIso3, polish.featureCode], ['demonym', 'POL', 'PCLI']);
});

test('places: state abbreviations and stated containers decide between same-named towns', () => {
  const ps = places('The fair opened in Athens, Ga., on Friday. Officials in Sacramento, Calif., agreed.');
  const athens = ps.find((p) => p.text === 'Athens')!;
  assert.deepEqual([athens.geonameId, athens.countryIso2, athens.admin1?.code], [4180386, 'US', 'US.GA']);
  assert.equal(ps.find((p) => p.text === 'Ga.')?.featureCode, 'ADM1');
  assert.equal(ps.find((p) => p.text === 'Sacramento')?.geonameId, 5389489);
  assert.deepEqual([ps.find((p) => p.text === 'Calif.')?.name, ps.find((p) => p.text === 'Calif.')?.admin1?.code], ['California', 'US.CA']);
});

test('places: "X District" resolves to the admin unit', () => {
  const p = find('Floods hit Šiauliai District last week.', 'Šiauliai District')!;
  assert.deepEqual([p.featureCode, p.countryIso2, p.resolved], ['ADM2', 'LT', true]);
});

test('places: capitals standing for governments become actors; meeting places stay locations', () => {
  const moscow = find('Moscow has rejected the proposal.', 'Moscow')!;
  assert.equal(moscow.role, 'actor');
  assert.deepEqual([moscow.actor?.country, moscow.actor?.sector, moscow.actor?.metonymy], ['RUS', 'GOV', true]);
  const sanctions = find('The bloc extended sanctions imposed on Warsaw.', 'Warsaw')!;
  assert.equal(sanctions.role, 'actor');
  const eu = find('Brussels has demanded an answer.', 'Brussels')!;
  assert.deepEqual([eu.role, eu.actor?.igo], ['actor', 'EU']);
  const meeting = find('Ministers will meet in Brussels next week.', 'Brussels')!;
  assert.deepEqual([meeting.role, meeting.geonameId], ['location', 2800866]);
});

test('places: an unknown name in a place frame is placed in the unit named before it', () => {
  const text = 'Smugglers crossed into Šiauliai District. Police stopped them near the village of Zvirblaiciai.';
  const p = find(text, 'Zvirblaiciai')!;
  assert.equal(p.resolved, false);
  assert.equal(p.countryIso2, 'LT');
  assert.equal(p.admin2?.code.startsWith('LT.'), true);
  assert.ok(p.precision.plover >= 3);
});

test('places: negative cases are not places', () => {
  const cases: [string, string][] = [
    ['May said the talks would continue.', 'May'],
    ['Jack London wrote novels.', 'London'],
    ['Sen. Lincoln voted against it.', 'Lincoln'],
    ['George Washington crossed the river.', 'Washington'],
    ['The City Council met on Tuesday.', 'Council'],
    ['Sgt. Miller filed the report.', 'Sgt'],
  ];
  for (const [text, surface] of cases) assert.equal(find(text, surface), undefined, text);
});

test('places: seats of government from the metonyms table, adjectives before towns, possessive names', () => {
  const kremlin = find('The Kremlin said the talks had failed.', 'Kremlin')!;
  assert.deepEqual([kremlin.role, kremlin.actor?.country, kremlin.resolved], ['actor', 'RUS', false]);
  const canadian = find('Canadian officials arrived on Monday.', 'Canadian')!;
  assert.deepEqual([canadian.role, canadian.countryIso3], ['demonym', 'CAN']);
  const county = find("Deputies searched Queen Anne's County, Md., overnight.", "Queen Anne's County")!;
  assert.deepEqual([county.featureCode, county.countryIso2, county.admin1?.code], ['ADM2', 'US', 'US.MD']);
});

test('places: a given name at the start of a person name is no place (speech verb, appositive, age)', () => {
  const cases: [string, [string, number][]][] = [
    ['"Prices doubled," said Mary Achieng, the owner of a shop near Kisumu.', [['Kisumu', 62]]],
    ['"We were not warned," Mary Achieng told reporters in Kisumu.', [['Kisumu', 53]]],
    ['Mary Otieno, 52, sells fish in Kisumu.', [['Kisumu', 31]]],
    ['Police stopped Mary Achieng in Kisumu. Hours later, Achieng was released.', [['Kisumu', 31]]],
    // negative cases: the town itself, with no family name after it, or a family name never used alone
    ['Police stopped Mary Achieng in Kisumu.', [['Mary', 15], ['Kisumu', 31]]],
    ['Aid convoys reached Mary and Ashgabat on Monday.', [['Mary', 20], ['Ashgabat', 29]]],
    ['Officials in Mary said the gas field reopened.', [['Mary', 13]]],
  ];
  for (const [text, want] of cases) {
    assert.deepEqual(places(text).map((p) => [p.text, p.span.start]), want, text);
  }
  assert.equal(find('Officials in Mary said the gas field reopened.', 'Mary')?.geonameId, 1218667);
});

test('places: every kind of mention is still found behind the key-hash prefilter, with its span', () => {
  const cases: [string, [string, number, string][]][] = [
    ['Talks in Bosnia and Herzegovina resumed.', [['Bosnia and Herzegovina', 9, 'gazetteer']]],
    ['The Hague hosted the court.', [['The Hague', 0, 'gazetteer']]],
    ['The Kremlin said no.', [['Kremlin', 4, 'metonym']]],
    ['Canadian troops arrived.', [['Canadian', 0, 'demonym']]],
    ['Lithuania said water ran out in Zzyzxqwe District.', [['Lithuania', 0, 'gazetteer'], ['Zzyzxqwe District', 32, 'admin-word-unknown']]],
    ['Crews reached Charleston, W. Va., at dawn.', [['Charleston', 14, 'gazetteer'], ['W. Va.', 26, 'abbreviation']]],
    ['A Paris-based group said so.', [['Paris', 2, 'gazetteer-hyphen']]],
  ];
  for (const [text, want] of cases) {
    assert.deepEqual(places(text).map((p) => [p.text, p.span.start, p.provenance.rule.replace('+stated-container', '')]), want, text);
  }
});

test('places: recognition with the key-hash prefilter finds the same mentions as without it', () => {
  const lex = loadPlaceLexicon(join(ROOT, 'resources'));
  const gaz = openGazetteer({ resourcesDir: join(ROOT, 'resources') });
  // the prefilter switched off: every hash may be a name
  const open = { has: (k: string) => gaz.has(k), hasHash: () => true, candidates: (k: string) => gaz.candidates(k), byId: (id: number) => gaz.byId(id), admin: (c: string) => gaz.admin(c) } as unknown as Gazetteer;
  const openLex: PlaceLexicon = { ...lex, keyHashes: { has: () => true } as unknown as ReadonlySet<number> };
  const texts = [
    ...readFileSync(join(ROOT, 'examples', 'feed.jsonl'), 'utf8').trim().split('\n').map((l) => (JSON.parse(l) as { text: string }).text),
    readFileSync(join(ROOT, 'examples', '2023-03-14-aegean-pushback.txt'), 'utf8'),
    "Deputies searched Queen Anne's County, Md., overnight. The U.S. and Britain sent envoys to N. Mex. and St. Louis, Mo.",
  ];
  try {
    for (const text of texts) {
      const { doc } = engine.analyse({ text, date: '2022-03-01' });
      const toks = toToks(doc.text, doc.all('token'));
      assert.deepEqual(recognise(doc.text, toks, gaz, lex), recognise(doc.text, toks, open, openLex));
    }
  } finally {
    gaz.close();
  }
});

test('places: names and places worked out once per engine still resolve by each article’s own context', () => {
  const us = 'The fair opened in Athens, Ga., on Friday.';
  const greece = 'Ministers met in Athens and Thessaloniki on Friday.';
  for (let round = 0; round < 2; round++) {
    const a = find(us, 'Athens')!;
    assert.deepEqual([a.span.start, a.span.end, a.geonameId, a.countryIso2, a.admin1?.code], [19, 25, 4180386, 'US', 'US.GA']);
    const b = find(greece, 'Athens')!;
    assert.deepEqual([b.span.start, b.span.end, b.geonameId, b.countryIso2], [17, 23, 264371, 'GR']);
    assert.notDeepEqual(a.alternatives, b.alternatives);
  }
  // the admin units a place carries are shared between its annotations, so they are frozen
  const ga = find(us, 'Ga.')!;
  assert.equal(ga.admin1?.code, 'US.GA');
  assert.equal(Object.isFrozen(ga.admin1), true);
  assert.equal(Object.isFrozen(find(us, 'Athens')!.admin1), true);
});

test('places: a small town first in its sentence counts only when the text capitalises it elsewhere too', () => {
  const cases: [string, [string, number][]][] = [
    ['Kuznica lies on the border.', []],
    ['Kuznica lies on the border. Guards patrolled Kuznica at night.', [['Kuznica', 0], ['Kuznica', 45]]],
    ['Guards patrolled Kuznica at night. Kuznica lies on the border.', [['Kuznica', 17], ['Kuznica', 35]]],
  ];
  for (const [text, want] of cases) assert.deepEqual(places(text).map((p) => [p.text, p.span.start]), want, text);
});
