import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { crossArticleDisputes } from '../src/corpus/cross-disputes.js';
import { createEngine } from '../src/index.js';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { tempDir } from './helpers.js';

test('disputes across articles: two reports blaming each other for the same push-back are linked', async () => {
  const engine = createEngine();
  const store = SqliteStore.open(join(tempDir(), 'd.db'));
  const a = engine.process({
    id: 'gr-side', date: '2023-05-02', source: 'wire-a',
    text: 'The Greek migration ministry said Turkish coast guard boats pushed 40 migrants into Greek waters near Lesbos on Monday.',
  });
  const b = engine.process({
    id: 'tr-side', date: '2023-05-03', source: 'wire-b',
    text: 'The Turkish interior ministry said Greek coast guard boats pushed 40 migrants back into Turkish waters on Monday.',
  });
  const unrelated = engine.process({
    id: 'other', date: '2023-05-03', source: 'wire-c',
    text: 'The Kenyan health ministry said it had vaccinated 2,000 children in Nairobi.',
  });
  for (const json of [a, b, unrelated]) await store.saveArticle(json);
  const disputes = [];
  for await (const d of crossArticleDisputes(store.articles())) disputes.push(d);
  await store.close();
  assert.equal(disputes.length, 1, JSON.stringify(disputes.map((d) => d.summary)));
  const [d] = disputes;
  assert.equal(d!.reason, 'actor-recipient-swap');
  assert.deepEqual(d!.sides.map((s) => s.articleId), ['gr-side', 'tr-side']);
  assert.deepEqual(d!.sides.map((s) => s.speaker.country), ['GRC', 'TUR']);
  const textOf = (id: string) => (id === 'gr-side' ? a : b).article.text;
  for (const side of d!.sides) assert.match(textOf(side.articleId).slice(side.evidence.start, side.evidence.end), /pushed 40 migrants/);
});
