import assert from 'node:assert/strict';
import { test } from 'node:test';
import { toArticle } from '../input/article-input.js';
import type { Annotation } from '../model/annotation.js';
import { toArticleJson, type ArticleJson } from '../output/article-json.js';
import type { Store } from './store.js';

const TEXT = 'Border guards detained 27 migrants near Kuznica on Thursday.\n\nThe ministry said the group was sent back.';
const PIPELINE = { version: 'chronicle/test', stages: [{ name: 'hand', version: '0.0.1' }] };
const prov = (rule: string) => ({ stage: 'hand', version: '0.0.1', rule, confidence: 0.9 });

/** A small article whose annotations are written by hand, so the store is tested on its own. */
export function sampleArticle(text = TEXT, date = '2024-04-12'): ArticleJson {
  const article = toArticle({ text, date, source: 'test-wire', origin: 'sample.txt' });
  const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
  const annotations: Annotation[] = [
    { id: 's1', kind: 'sentence', span: at('Border guards detained 27 migrants near Kuznica on Thursday.'), index: 0, paragraph: 0, provenance: prov('terminal-punctuation') },
    {
      id: 'pl1', kind: 'place', span: at('Kuznica'), name: 'Kuźnica', resolved: true, geonameId: 3094384, featureClass: 'P', featureCode: 'PPL',
      countryIso2: 'PL', countryIso3: 'POL', lat: 53.51, lon: 23.64, precision: { acled: 1, plover: 2 }, alternatives: [], role: 'location', provenance: prov('gazetteer'),
    },
    {
      id: 'ev1', kind: 'event', span: at('Border guards detained 27 migrants near Kuznica'), trigger: at('detained'), eventType: 'COERCE', mode: 'arrest',
      contexts: ['migration'], cameo: '173',
      actors: [{ name: 'Border guards', span: at('Border guards'), kind: 'group', country: 'POL', sector: 'COP' }],
      recipients: [{ name: 'migrants', span: at('migrants'), kind: 'group', sector: 'REF' }],
      placeId: 'pl1', date: { value: date, start: `${date}T00:00:00Z`, end: `${date}T23:59:59Z`, precision: 2, source: 'article-date' },
      sizes: [{ kind: 'arrested', value: 27, quantityId: 'q1', lemma: 'migrant' }], negated: false, hypothetical: false, future: false, historical: false,
      provenance: prov('detain'),
    },
    {
      id: 'qt1', kind: 'quote', span: at('The ministry said the group was sent back'), quoteType: 'indirect', content: at('the group was sent back'),
      cue: at('said'), cueLemma: 'say', cueKind: 'assert', speaker: { name: 'ministry', span: at('The ministry'), kind: 'organisation', sector: 'GOV' },
      speakerKey: 'ministry', provenance: prov('said-that'),
    },
  ];
  return toArticleJson(article, annotations, PIPELINE);
}

/**
 * The behaviour every Store must have. Each backend's test calls this with a factory that
 * returns a fresh, empty store.
 */
export function storeConformance(name: string, open: () => Promise<Store>): void {
  test(`${name}: saves an article and gives back the same JSON, evidence included`, async () => {
    const store = await open();
    const json = sampleArticle();
    assert.equal(await store.saveArticle(json), 'inserted');
    const back = await store.getArticle(json.article.id);
    assert.deepEqual(back, json);
    const place = back!.places[0] as { span: { text: string } };
    assert.equal(place.span.text, 'Kuznica');
    await store.close();
  });

  test(`${name}: the same text again changes nothing unless reprocessed`, async () => {
    const store = await open();
    const json = sampleArticle();
    await store.saveArticle(json);
    assert.equal(await store.saveArticle(json), 'unchanged');
    assert.equal(await store.saveArticle(json, { reprocess: true }), 'replaced');
    assert.equal((await store.stats()).articles, 1);
    assert.equal((await store.stats()).events, 1);
    assert.deepEqual(await store.findByHash(json.article.id), { id: json.article.id, pipelineVersion: 'chronicle/test' });
    await store.close();
  });

  test(`${name}: finds articles by id prefix and by origin`, async () => {
    const store = await open();
    const json = sampleArticle();
    await store.saveArticle(json);
    assert.equal((await store.getArticle(json.article.id.slice(0, 6)))?.article.id, json.article.id);
    assert.equal((await store.getArticle('sample.txt'))?.article.id, json.article.id);
    assert.equal(await store.getArticle('nope'), undefined);
    await store.close();
  });

  test(`${name}: filters events by date, country, actor, type, place and text`, async () => {
    const store = await open();
    await store.saveArticle(sampleArticle());
    const other = sampleArticle('Border guards detained 5 migrants near Kuznica on Thursday.', '2020-01-10');
    await store.saveArticle(other);
    const ids = async (f: Parameters<Store['events']>[0]) => (await store.events(f)).map((r) => r.articleDate);
    assert.deepEqual(await ids({}), ['2020-01-10', '2024-04-12']);
    assert.deepEqual(await ids({ from: '2024-04-01' }), ['2024-04-12']);
    assert.deepEqual(await ids({ to: '2024-04-10' }), ['2020-01-10']);
    assert.equal((await store.events({ country: 'POL' })).length, 2);
    assert.equal((await store.events({ country: 'LTU' })).length, 0);
    assert.equal((await store.events({ actor: 'guards' })).length, 2);
    assert.equal((await store.events({ actor: 'REF' })).length, 2);
    assert.equal((await store.events({ type: 'COERCE' })).length, 2);
    assert.equal((await store.events({ type: '17' })).length, 2);
    assert.equal((await store.events({ type: 'ASSAULT' })).length, 0);
    assert.equal((await store.events({ place: 'Kuź' })).length, 2);
    assert.equal((await store.events({ place: '3094384' })).length, 2);
    assert.equal((await store.events({ text: '27 migrants' })).length, 1);
    const row = (await store.events({ text: '27 migrants' }))[0]!;
    assert.equal((row.event.trigger as { text: string }).text, 'detained');
    assert.equal(row.place?.name, 'Kuźnica');
    assert.equal(row.sentence, 'Border guards detained 27 migrants near Kuznica on Thursday.');
    await store.close();
  });

  test(`${name}: lists quotes with their evidence`, async () => {
    const store = await open();
    await store.saveArticle(sampleArticle());
    const quotes = await store.annotations('quote');
    assert.equal(quotes.length, 1);
    const q = quotes[0]!.annotation as { content: { text: string }; speaker: { span: { text: string } } };
    assert.equal(q.content.text, 'the group was sent back');
    assert.equal(q.speaker.span.text, 'The ministry');
    assert.equal((await store.annotations('quote', { text: 'nothing like this' })).length, 0);
    await store.close();
  });
}
