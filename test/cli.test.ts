import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import Ajv2020 from 'ajv/dist/2020.js';
import schema from '../schema/article.schema.json' with { type: 'json' };
import { chronicle, ROOT, tempDir } from './helpers.js';

const dir = tempDir();
const db = join(dir, 'c.db');

test('ingest stores the shipped examples and prints a summary', () => {
  const r = chronicle(['ingest', '--db', db, join(ROOT, 'examples')]);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /^articles: 5 \(5 new, 0 reprocessed, 0 unchanged\)$/m);
  assert.match(r.stdout, /errors: 0 {2}files skipped: 1$/m);
  assert.match(r.stderr, /README\.md: skipped: /);
});

test('ingesting the same texts again changes nothing; --reprocess runs them again', () => {
  const again = chronicle(['ingest', '--db', db, '--json', join(ROOT, 'examples')]);
  assert.equal(again.code, 0, again.stderr);
  assert.deepEqual(JSON.parse(again.stdout), {
    articles: 5, inserted: 0, replaced: 0, unchanged: 5, skippedLanguage: 0, events: 0, places: 0, quotes: 0, errors: 0, filesSkipped: 1,
  });
  const re = chronicle(['ingest', '--db', db, '--json', '--reprocess', join(ROOT, 'examples/feed.jsonl')]);
  assert.equal(JSON.parse(re.stdout).replaced, 2);
});

test('show --json returns the schema-valid document, with evidence text equal to the slice', () => {
  const r = chronicle(['show', '--db', db, '--json', 'wire-2024-0412-01']);
  assert.equal(r.code, 0, r.stderr);
  const doc: Record<string, any> = JSON.parse(r.stdout);
  const ajv = new Ajv2020.default({ strict: false, allErrors: true });
  const validate = ajv.compile(schema);
  assert.ok(validate(structuredClone(doc)), JSON.stringify(validate.errors?.slice(0, 3)));
  assert.equal(doc.article.id, 'wire-2024-0412-01');
  assert.equal(doc.article.publishedAt, '2024-04-12T09:30:00+02:00');
  assert.equal(doc.article.source, 'example-wire');
  const text: string = doc.article.text;
  for (const key of ['sentences', 'entities', 'times', 'quantities', 'places', 'quotes', 'events', 'claims', 'contradictions']) {
    for (const a of doc[key]) assert.equal(a.span.text, text.slice(a.span.start, a.span.end), `${key} ${a.id}`);
  }
  assert.equal(doc.sentences[0].span.text, 'Polish border guards detained 27 migrants near the village of Kuznica on Thursday, the Border Guard said.');
});

test('show finds an article by the path it was ingested from and prints it for people', () => {
  const r = chronicle(['show', '--db', db, join(ROOT, 'examples/2022-11-02-nairobi-protest.txt')]);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /^Police arrest dozens as fuel price protest spreads in Nairobi {2}\[[0-9a-f]{16}\]$/m);
  assert.match(r.stdout, /published 2022-11-02 · example-daily/);
});

test('a bad batch: errors name the file and line, the good articles are stored, exit code is non-zero', () => {
  const bad = join(dir, 'bad');
  const batch = tempDir('chronicle-batch-');
  writeFileSync(join(batch, 'a-undated.txt'), 'Some text without a date header.');
  writeFileSync(join(batch, 'b-empty.txt'), '');
  writeFileSync(join(batch, 'c-binary.txt'), Buffer.from([0, 1, 2, 3, 0, 255, 254, 0, 10, 0]));
  writeFileSync(join(batch, 'd-feed.jsonl'), [
    JSON.stringify({ id: 'ok-1', date: '2021-08-18', text: 'Lithuania said it detained 12 migrants.' }),
    '{"id": "broken", "date": ',
    JSON.stringify({ id: 'bad-date', date: '2021-02-30', text: 'An impossible date.' }),
    JSON.stringify({ id: 'ok-2', date: '2021-08-19', text: 'Belarus denied the claim.' }),
  ].join('\n'));
  writeFileSync(join(batch, 'e-good.txt'), 'date 2021-08-18\n\nThe interior ministry said a dozen guards crossed the border.');
  const r = chronicle(['ingest', '--db', `${bad}.db`, '--json', batch]);
  assert.equal(r.code, 1);
  const summary = JSON.parse(r.stdout);
  assert.equal(summary.inserted, 3);
  assert.equal(summary.errors, 5);
  assert.match(r.stderr, /a-undated\.txt: .*date/);
  assert.match(r.stderr, /b-empty\.txt: .*empty/);
  assert.match(r.stderr, /c-binary\.txt: .*binary/);
  assert.match(r.stderr, /d-feed\.jsonl:2: /);
  assert.match(r.stderr, /d-feed\.jsonl:3: .*impossible date/);
});

test('plain text takes --date; stdin is read with -', () => {
  const plain = join(dir, 'plain.txt');
  writeFileSync(plain, 'Police arrested 40 protesters in Minsk on Sunday.');
  const noDate = chronicle(['ingest', '--db', db, '--input-format', 'text', plain]);
  assert.equal(noDate.code, 1);
  assert.match(noDate.stderr, /plain\.txt: .*date/);
  const withDate = chronicle(['ingest', '--db', db, '--json', '--date', '2020-08-16', plain]);
  assert.equal(JSON.parse(withDate.stdout).inserted, 1);
  const stdin = chronicle(['ingest', '--db', db, '--json', '--date', '2020-08-17', '-'], 'Protesters marched in Minsk again on Monday.');
  assert.equal(JSON.parse(stdin.stdout).inserted, 1, stdin.stderr);
});

test('events: every format parses; csv has a header row; geojson is a FeatureCollection', () => {
  for (const format of ['table', 'json', 'jsonl', 'csv', 'geojson']) {
    const r = chronicle(['events', '--db', db, '--format', format]);
    assert.equal(r.code, 0, `${format}: ${r.stderr}`);
    if (format === 'json') assert.ok(Array.isArray(JSON.parse(r.stdout)));
    if (format === 'csv') assert.match(r.stdout, /^article_id,event_id,event_type,mode,cameo,/);
    if (format === 'geojson') assert.equal(JSON.parse(r.stdout).type, 'FeatureCollection');
  }
  const wrong = chronicle(['events', '--db', db, '--format', 'xml']);
  assert.equal(wrong.code, 2);
  assert.match(wrong.stderr, /xml/);
});

test('export writes one show --json document per line', () => {
  const r = chronicle(['export', '--db', db]);
  assert.equal(r.code, 0, r.stderr);
  const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
  assert.equal(lines.length, 7);
  assert.ok(lines.every((l) => l.schema === 'chronicle/article@1'));
});

test('--help on every command', () => {
  for (const cmd of [[], ['ingest'], ['show'], ['events'], ['quotes'], ['claims'], ['disputes'], ['export'], ['eval'], ['gazetteer'], ['gazetteer', 'import']]) {
    const r = chronicle([...cmd, '--help']);
    assert.equal(r.code, 0, cmd.join(' '));
    assert.match(r.stdout, /Usage: chronicle/);
  }
});

test('ingest --workers 2 stores exactly what the single-process ingest stores', () => {
  const one = join(dir, 'one.db');
  const two = join(dir, 'two.db');
  assert.equal(chronicle(['ingest', '--quiet', '--db', one, join(ROOT, 'examples')]).code, 0);
  const r = chronicle(['ingest', '--quiet', '--workers', '2', '--db', two, join(ROOT, 'examples')]);
  assert.equal(r.code, 0, r.stderr);
  const a = chronicle(['export', '--db', one]).stdout;
  const b = chronicle(['export', '--db', two]).stdout;
  assert.equal(a.split('\n').length, 6);
  assert.equal(a, b);
});
