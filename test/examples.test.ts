import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import Ajv2020 from 'ajv/dist/2020.js';
import schema from '../schema/article.schema.json' with { type: 'json' };
import { createEngine } from '../src/index.js';
import { readInputs } from '../src/input/read-inputs.js';
import { ROOT } from './helpers.js';

/**
 * The same kinds of facts as the seed acceptance, on the example articles shipped in examples/
 * (written for Chronicle; they do not depend on ../shared). Values and evidence spans together.
 */
type Row = Record<string, any>;
type Out = Record<'times' | 'quantities' | 'places' | 'quotes' | 'events' | 'contradictions', Row[]> & { article: Row };

const engine = createEngine();
const docs = new Map<string, Out>();
for await (const item of readInputs([join(ROOT, 'examples')], {})) {
  assert.ok(item.ok, item.ok ? '' : item.error.describe());
  const out = engine.process(item.input) as unknown as Out;
  docs.set(out.article.id, out);
  docs.set(String(out.article.origin).split('/').pop()!, out);
}

function get(key: string): Out & { spanOk: (s: Row) => void } {
  const out = docs.get(key);
  assert.ok(out, key);
  const text: string = out.article.text;
  return Object.assign(out, { spanOk: (s: Row) => assert.equal(s.text, text.slice(s.start, s.end)) });
}
test('examples: every output is valid against schema/article.schema.json', () => {
  const validate = new Ajv2020.default({ strict: false, allErrors: true }).compile(schema);
  for (const [key, out] of docs) assert.ok(validate(structuredClone(out)), `${key}: ${JSON.stringify(validate.errors?.slice(0, 3))}`);
});

const codes = (list: Row[]) => list.map((a) => a.country ?? a.igo);
const time = (out: Out, surface: string) => out.times.find((t) => t.span.text === surface);

test('examples: JSON Lines wire item — detention with actor, recipient, place, date and size; accusation; Minsk as a government', () => {
  const out = get('wire-2024-0412-01');
  assert.equal(out.article.publishedAt, '2024-04-12T09:30:00+02:00');
  const thursday = time(out, 'Thursday')!;
  assert.equal(thursday.value, '2024-04-11');
  assert.deepEqual(thursday.range, { start: '2024-04-11T00:00:00+02:00', end: '2024-04-12T00:00:00+02:00' });
  const detain = out.events.find((e) => e.trigger.text === 'detained')!;
  assert.ok(detain, 'no detention event');
  out.spanOk(detain.span);
  assert.equal(detain.eventType, 'COERCE');
  assert.deepEqual(codes(detain.actors), ['POL']);
  assert.equal(detain.actors[0].sector, 'COP');
  assert.equal(detain.actors[0].span.text, 'Polish border guards');
  assert.equal(detain.recipients[0].sector, 'REF');
  assert.equal(detain.date.value, '2024-04-11');
  assert.equal(detain.date.source, 'expression');
  assert.ok(detain.sizes.some((s: Row) => s.value === 27 && s.lemma === 'migrant'));
  const place = out.places.find((p) => p.id === detain.placeId)!;
  assert.deepEqual([place.span.text, place.geonameId, place.countryIso3], ['Kuznica', 766927, 'POL']);
  const accuse = out.events.find((e) => e.eventType === 'ACCUSE')!;
  assert.deepEqual([codes(accuse.actors), codes(accuse.recipients)], [['POL'], ['BLR']]);
  const minsk = out.places.find((p) => p.span.text === 'Minsk')!;
  assert.deepEqual([minsk.role, minsk.actor.country, minsk.actor.sector], ['actor', 'BLR', 'GOV']);
});

test('examples: HTML page — title and date from meta tags, places, a direct quote with its speaker, an amount', () => {
  const out = get('moldova-talks.html');
  assert.equal(out.article.title, 'Moldova and Romania sign energy agreement');
  assert.equal(out.article.publishedAt, '2023-06-20T14:05:00+03:00');
  assert.ok(!out.article.text.includes('All rights reserved'), 'page chrome kept in the text');
  const chisinau = out.places.find((p) => p.span.text === 'Chisinau')!;
  assert.deepEqual([chisinau.geonameId, chisinau.countryIso3, chisinau.role], [618426, 'MDA', 'location']);
  out.spanOk(chisinau.span);
  assert.equal(time(out, 'Tuesday')?.value, '2023-06-20');
  const quote = out.quotes.find((q) => q.quoteType === 'direct')!;
  out.spanOk(quote.content);
  assert.match(quote.content.text, /This agreement makes Moldova safer/);
  assert.deepEqual([quote.speaker.name, quote.speaker.role, quote.speaker.country], ['Radu Vlad', 'Energy Minister', 'ROU']);
  assert.ok(out.quantities.some((q) => q.value === 80_000_000 && q.span.text.startsWith('80 million')));
});

test('examples: Aegean report — accusation, relative dates, counts, metonymy, quotes and the two governments disputing', () => {
  const out = get('2023-03-14-aegean-pushback.txt');
  assert.equal(out.article.source, 'example-wire');
  assert.equal(time(out, 'Monday')?.value, '2023-03-13');
  assert.equal(time(out, 'next week')?.value, '2023-W12');
  const accuse = out.events.find((e) => e.eventType === 'ACCUSE' && codes(e.actors).includes('GRC'))!;
  assert.ok(accuse, 'Greece accuses');
  assert.deepEqual(codes(accuse.recipients), ['TUR']);
  assert.equal(accuse.recipients[0].span.text, 'Turkish coast guard');
  for (const [surface, value, lemma] of [['48', 48, 'migrant'], ['1,250', 1250, 'arrival'], ['610', 610, 'arrival']] as const) {
    const q = out.quantities.find((x) => x.span.text === surface)!;
    assert.deepEqual([q.value, q.counted?.lemma], [value, lemma], surface);
    out.spanOk(q.counted);
  }
  const ankara = out.places.find((p) => p.span.text === 'Ankara')!;
  assert.deepEqual([ankara.role, ankara.actor.country], ['actor', 'TUR']);
  assert.equal(out.places.find((p) => p.span.text === 'Mytilene')?.geonameId, 256866);
  const minister = out.quotes.find((q) => q.quoteType === 'direct' && /deliberate attempt/.test(q.content.text))!;
  assert.deepEqual([minister.speaker.name, minister.speaker.role, minister.speaker.country], ['Petros Alexiou', 'Migration Minister', 'GRC']);
  const visit = out.events.find((e) => e.eventType === 'CONSULT' && e.future)!;
  assert.ok(visit, 'the officials are due to visit: a future consultation');
  assert.ok(codes(visit.actors).includes('EU'));
  assert.ok(out.contradictions.some((c) => {
    const sides = c.sides.map((s: Row) => s.speaker.country);
    return sides.includes('GRC') && sides.includes('TUR');
  }), 'Greece and Turkey dispute each other');
});

test('examples: Nairobi report — arrests on Tuesday, injuries, a police denial', () => {
  const out = get('2022-11-02-nairobi-protest.txt');
  const arrest = out.events.find((e) => e.trigger.text === 'arrested')!;
  assert.deepEqual([arrest.eventType, arrest.mode, codes(arrest.actors)], ['COERCE', 'arrest', ['KEN']]);
  assert.equal(arrest.date.value, '2022-11-01');
  assert.ok(arrest.recipients.some((r: Row) => r.sector === 'OPP' || r.sector === 'CVL'));
  assert.equal(time(out, 'last month')?.value, '2022-10');
  assert.equal(time(out, 'next Monday')?.value, '2022-11-07');
  const injured = out.quantities.find((q) => q.span.text === 'At least 12')!;
  assert.deepEqual([injured.value, injured.comparator], [12, '>=']);
  assert.ok(out.places.some((p) => p.span.text === 'Nairobi' && p.geonameId === 184745));
  const denial = out.quotes.find((q) => q.cueKind === 'deny')!;
  assert.match(denial.speaker.name, /National Police Service/);
});
