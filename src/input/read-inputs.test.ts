import assert from 'node:assert/strict';
import { appendFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { after, before, describe, it } from 'node:test';
import { readInputs, type InputItem, type ReadOptions } from './read-inputs.js';

const FIXTURES = join(import.meta.dirname, '..', '..', 'test', 'fixtures', 'input');
const fx = (name: string) => join(FIXTURES, name);

async function read(paths: string[], options: ReadOptions = {}): Promise<InputItem[]> {
  const items: InputItem[] = [];
  for await (const item of readInputs(paths, options)) items.push(item);
  return items;
}

/** `ok <origin>` or `<code> <file>:<line>`: one line per item, easy to compare as a table. */
const summary = (items: InputItem[]) =>
  items.map((i) => (i.ok ? `ok ${i.input.origin}` : `${i.error.code} ${[i.error.where.file, i.error.where.line].filter((x) => x !== undefined).join(':')}`));

describe('readInputs: formats', () => {
  it('seed file with header fields', async () => {
    const [item] = await read([fx('seed-basic.txt')]);
    assert.ok(item?.ok);
    assert.equal(item.input.date, '2024-03-05');
    assert.equal(item.input.source, 'example-wire');
    assert.equal(item.input.title, 'Dock workers strike in Rotterstad');
    assert.match(item.input.text, /^Dock workers in the port town .* two days\.$/s);
  });

  it('seed file with a leading space and the first sentence on the date line', async () => {
    const [item] = await read([fx('seed-inline.txt')]);
    assert.ok(item?.ok);
    assert.equal(item.input.date, '2024-03-06');
    assert.ok(item.input.text.startsWith('The river Vellis burst its banks overnight'));
  });

  it('plain text takes date, source, url, title and timezone from the options', async () => {
    const options = { date: '2024-03-07', source: 's', url: 'https://u.example', title: 't', timezone: 'Europe/Vilnius' };
    const [item] = await read([fx('plain.txt')], options);
    assert.ok(item?.ok);
    assert.deepEqual(
      [item.input.date, item.input.source, item.input.url, item.input.title, item.input.timezone],
      ['2024-03-07', 's', 'https://u.example', 't', 'Europe/Vilnius'],
    );
  });

  it('plain text without a date: E_INPUT_DATE naming the file', async () => {
    const [item] = await read([fx('plain.txt')]);
    assert.ok(item && !item.ok);
    assert.equal(item.error.code, 'E_INPUT_DATE');
    assert.equal(item.error.where.file, fx('plain.txt'));
    assert.match(item.error.describe(), /plain\.txt: .*--date/);
  });

  it('JSON Lines: bad lines are errors naming file:line, the others go on', async () => {
    const items = await read([fx('feed.jsonl')]);
    const f = fx('feed.jsonl');
    assert.deepEqual(summary(items), [`ok ${f}:1`, `ok ${f}:3`, `E_INPUT_DATE ${f}:4`, `E_INPUT_JSON ${f}:5`, `ok ${f}:6`]);
    const ok = items.filter((i) => i.ok).map((i) => i.input);
    assert.deepEqual(ok.map((i) => i.id), ['f1', 'f2', '5']);
    assert.equal(ok[1]?.date, '2024-03-02T09:30:00+02:00');
    assert.equal(ok[0]?.lang, 'en');
  });

  it('a .json file with one object', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'chronicle-json-'));
    try {
      writeFileSync(join(dir, 'one.json'), JSON.stringify({ id: 'x1', date: '2024-04-01', text: 'One article.', title: 'One' }, null, 2));
      const [item] = await read([join(dir, 'one.json')]);
      assert.ok(item?.ok);
      assert.deepEqual([item.input.id, item.input.title, item.input.text, item.input.origin], ['x1', 'One', 'One article.', join(dir, 'one.json')]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a .json array: a bad item is an error naming its index', async () => {
    const f = fx('articles.json');
    assert.deepEqual(summary(await read([f])), [`ok ${f}#0`, `E_INPUT_DATE ${f}#1`, `ok ${f}#2`]);
  });

  it('HTML: main text, title, date from meta; <time> fallback; no date is an error', async () => {
    const items = await read([fx('page.html'), fx('page-time.htm'), fx('page-nodate.html')]);
    assert.deepEqual(summary(items).map((s) => s.replace(FIXTURES, '')), ['ok /page.html', 'ok /page-time.htm', 'E_INPUT_DATE /page-nodate.html']);
    const page = items[0]!.ok ? items[0]!.input : undefined;
    assert.equal(page?.date, '2024-01-15T08:00:00+01:00');
    assert.equal(page?.title, 'Storm closes mountain pass');
    assert.doesNotMatch(page?.text ?? '', /Home|tracking|Example Times/);
    assert.equal(page?.text.split('\n\n').length, 3);
  });

  it('an empty file and an impossible seed date are clear errors', async () => {
    assert.deepEqual(summary(await read([fx('empty.txt'), fx('seed-bad-date.txt')])), [
      `E_INPUT_EMPTY ${fx('empty.txt')}`,
      `E_INPUT_DATE ${fx('seed-bad-date.txt')}:1`,
    ]);
  });

  it('a missing path is E_INPUT_READ and the batch goes on', async () => {
    assert.deepEqual(summary(await read(['/no/such/file.txt', fx('seed-basic.txt')])), [
      'E_INPUT_READ /no/such/file.txt',
      `ok ${fx('seed-basic.txt')}`,
    ]);
  });

  it('format option overrides the extension', async () => {
    const [item] = await read([fx('seed-basic.txt')], { format: 'text', date: '2020-01-01' });
    assert.ok(item?.ok);
    assert.equal(item.input.date, '2020-01-01');
    assert.ok(item.input.text.startsWith('date 2024-03-05'));
  });
});

describe('readInputs: the seed article', () => {
  const seed = join(import.meta.dirname, '..', '..', '..', 'shared', 'seed', '2021-08-18-lithuania-belarus-border.txt');
  it('header and first sentence on one line, leading space: the text starts after the date', { skip: existsSync(seed) ? false : 'needs ../shared' }, async () => {
    const [item] = await read([seed]);
    assert.ok(item?.ok, item && !item.ok ? item.error.describe() : '');
    assert.equal(item.input.date, '2021-08-18');
    assert.match(item.input.text, /^Lithuania has accused /);
    assert.doesNotMatch(item.input.text, /2021-08-18/);
  });
});

describe('readInputs: directories', () => {
  it('recursive, sorted, dotfiles skipped, unknown extensions reported to onSkip', async () => {
    const skipped: string[] = [];
    const items = await read([fx('dir')], { onSkip: (p, why) => skipped.push(`${p.replace(FIXTURES, '')} ${why}`) });
    const d = fx('dir');
    assert.deepEqual(summary(items), [
      `ok ${d}/b-seed.txt`,
      `ok ${d}/sub/a-feed.ndjson:1`,
      `ok ${d}/sub/a-feed.ndjson:3`,
      `E_INPUT_DATE ${d}/sub/a-feed.ndjson:4`,
      `E_INPUT_JSON ${d}/sub/a-feed.ndjson:5`,
      `ok ${d}/sub/a-feed.ndjson:6`,
      `ok ${d}/sub/c-page.htm`,
    ]);
    assert.deepEqual(skipped, ['/dir/readme.md unknown extension']);
  });

  it('a device without a size is read with the limit applied', async () => {
    const items = await read(['/dev/zero'], { format: 'text', date: '2024-01-01', maxArticleBytes: 100_000 });
    assert.deepEqual(summary(items), ['E_INPUT_TOO_LARGE /dev/zero']);
  });

  it('a symlink loop is walked once', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'chronicle-loop-'));
    try {
      mkdirSync(join(dir, 'a'));
      writeFileSync(join(dir, 'a', 'x.txt'), 'date 2024-01-01\n\nText.');
      symlinkSync(dir, join(dir, 'a', 'loop'));
      assert.deepEqual(summary(await read([dir])), [`ok ${dir}/a/x.txt`]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('readInputs: standard input', () => {
  const stdin = (...chunks: string[]) => Readable.from(chunks.map((c) => Buffer.from(c)));
  const cases: { name: string; chunks: string[]; options?: ReadOptions; expected: string[] }[] = [
    { name: 'seed', chunks: ['date 2024-05-01\n\nA ', 'short report.'], expected: ['ok -'] },
    { name: 'plain text with --date', chunks: ['A short report.'], options: { date: '2024-05-01' }, expected: ['ok -'] },
    { name: 'plain text without date', chunks: ['A short report.'], expected: ['E_INPUT_DATE -'] },
    { name: 'JSON Lines, streamed', chunks: ['{"date":"2024-05-01","text":"a"}\n{"da', 'te":"2024-05-02","text":"b"}\n{oops\n'], expected: ['ok -:1', 'ok -:2', 'E_INPUT_JSON -:3'] },
    { name: 'one pretty-printed JSON object', chunks: ['{\n  "date": "2024-05-01",\n  "text": "A short report."\n}\n'], expected: ['ok -'] },
    { name: 'JSON array', chunks: ['[{"date": "2024-05-01", "text": "a"},\n {"date": "2024-05-02", "text": "b"}]'], expected: ['ok -#0', 'ok -#1'] },
    { name: 'HTML', chunks: ['<!doctype html><html><head><meta name="date" content="2024-05-01"></head><body><p>Text.</p></body></html>'], expected: ['ok -'] },
    { name: 'empty', chunks: [], expected: ['E_INPUT_EMPTY -'] },
    { name: 'too large', chunks: ['x'.repeat(600), 'y'.repeat(600)], options: { date: '2024-05-01', maxArticleBytes: 1000 }, expected: ['E_INPUT_TOO_LARGE -'] },
  ];
  for (const c of cases) {
    it(c.name, async () => {
      assert.deepEqual(summary(await read(['-'], { ...c.options, stdin: stdin(...c.chunks) })), c.expected);
    });
  }
});

describe('readInputs: generated bad-input corpus', () => {
  let dir = '';
  const p = (name: string) => join(dir, name);
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'chronicle-bad-'));
    writeFileSync(p('binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]));
    let seed = 11;
    writeFileSync(p('noise.txt'), Buffer.alloc(8192).map(() => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) % 255) + 1));
    const utf16 = Buffer.from('date 2024-06-01\n\nŠalčininkai – “quoted” text.', 'utf16le');
    writeFileSync(p('utf16le.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), utf16]));
    writeFileSync(p('utf16be.txt'), Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(utf16).swap16()]));
    writeFileSync(p('latin1.txt'), Buffer.from('date 2024-06-01\n\nCaf\xe9 owners in Li\xe8ge protested.', 'latin1'));
    writeFileSync(p('big.txt'), Buffer.alloc(20 * 1024 * 1024, 'a'));
    writeFileSync(p('blank.txt'), '  \n\n \t\n');
    writeFileSync(p('header-only.txt'), 'date 2024-06-01\n\n');
    writeFileSync(p('punctuation.txt'), 'date 2024-06-01\n\n... !!! ??? — “ ” ;;');
    writeFileSync(p('far-past.txt'), 'date 1066-10-14\n\nA battle.');
    writeFileSync(p('far-future.txt'), 'date 2999-01-01\n\nA prophecy.');
    writeFileSync(p('not-a-date.txt'), 'date 2024-13-01\n\nA thirteenth month.');
    writeFileSync(p('nested.html'), `<html><head><meta name="date" content="2024-06-01"></head><body>${'<div><span>'.repeat(5000)}Buried.${'<p><b>unclosed '.repeat(2000)}</body></html>`);
    writeFileSync(p('bad.json'), '{"date": "2024-06-01",\n "text": "x",\n oops}');
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  const cases: [string, string, ReadOptions?][] = [
    ['binary.txt', 'E_INPUT_BINARY'],
    ['noise.txt', 'E_INPUT_BINARY'],
    ['utf16le.txt', 'ok'],
    ['utf16be.txt', 'ok'],
    ['latin1.txt', 'ok'],
    ['big.txt', 'E_INPUT_TOO_LARGE', { date: '2024-06-01' }],
    ['blank.txt', 'E_INPUT_EMPTY'],
    ['header-only.txt', 'E_INPUT_EMPTY'],
    ['punctuation.txt', 'ok'],
    ['far-past.txt', 'E_INPUT_DATE'],
    ['far-future.txt', 'E_INPUT_DATE'],
    ['not-a-date.txt', 'E_INPUT_DATE'],
    ['nested.html', 'ok'],
    ['bad.json', 'E_INPUT_JSON'],
  ];
  for (const [name, expected, options] of cases) {
    it(`${name} → ${expected}`, async () => {
      const items = await read([p(name)], options ?? {});
      assert.equal(items.length, 1);
      const item = items[0]!;
      assert.equal(item.ok ? 'ok' : item.error.code, expected, item.ok ? '' : item.error.describe());
      if (!item.ok) assert.equal(item.error.where.file, p(name));
    });
  }

  it('UTF-16 and Latin-1 files decode to the right characters', async () => {
    const items = await read([p('utf16le.txt'), p('utf16be.txt'), p('latin1.txt')]);
    const texts = items.map((i) => (i.ok ? i.input.text : i.error.describe()));
    assert.deepEqual(texts, ['Šalčininkai – “quoted” text.', 'Šalčininkai – “quoted” text.', 'Café owners in Liège protested.']);
  });

  it('the size limit is configurable', async () => {
    const items = await read([p('latin1.txt')], { maxArticleBytes: 10 });
    assert.equal(items[0]?.ok ? 'ok' : items[0]?.error.code, 'E_INPUT_TOO_LARGE');
  });

  it('a bad file in a batch does not stop the others', async () => {
    const items = await read([p('binary.txt'), p('utf16le.txt'), p('big.txt'), p('latin1.txt')], { date: '2024-06-01' });
    assert.deepEqual(items.map((i) => (i.ok ? 'ok' : i.error.code)), ['E_INPUT_BINARY', 'ok', 'E_INPUT_TOO_LARGE', 'ok']);
  });

  it('a 200,000-line JSON Lines file with broken lines streams with bounded memory', async () => {
    const file = p('huge.jsonl');
    const broken = new Set([7, 50_000, 123_457, 199_999]);
    writeFileSync(file, '');
    for (let from = 1; from <= 200_000; from += 10_000) {
      const lines: string[] = [];
      for (let n = from; n < from + 10_000; n++) {
        lines.push(
          broken.has(n)
            ? '{"date":"2024-06-01","text":"cut off'
            : `{"id":"a${n}","date":"2024-06-01","text":"Report number ${n} about the harbour and the weather on the coast."}`,
        );
      }
      appendFileSync(file, `${lines.join('\n')}\n`);
    }
    // One line over the limit, after the others.
    appendFileSync(file, `${JSON.stringify({ id: 'long', date: '2024-06-01', text: 'z'.repeat(300_000) })}\n`);
    global.gc?.();
    const base = process.memoryUsage().heapUsed;
    let peak = 0;
    let ok = 0;
    const errors: string[] = [];
    let n = 0;
    for await (const item of readInputs([file], { maxArticleBytes: 100_000 })) {
      if (item.ok) ok++;
      else errors.push(`${item.error.code}:${item.error.where.line}`);
      if (++n % 20_000 === 0) peak = Math.max(peak, process.memoryUsage().heapUsed - base);
    }
    assert.equal(ok, 200_000 - broken.size);
    assert.deepEqual(errors, ['E_INPUT_JSON:7', 'E_INPUT_JSON:50000', 'E_INPUT_JSON:123457', 'E_INPUT_JSON:199999', 'E_INPUT_TOO_LARGE:200001']);
    // The file is about 24 MB; holding it (or its parsed objects) would exceed this.
    assert.ok(peak < 64 * 1024 * 1024, `heap grew by ${Math.round(peak / 1e6)} MB while streaming`);
  });
});
