import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { after, before, describe, it } from 'node:test';
import fc from 'fast-check';
import { ChronicleError } from '../../src/errors.js';
import { readInputs, type InputItem } from '../../src/input/read-inputs.js';
import { decodeText } from '../../src/input/readers/decode.js';
import { parseHtml } from '../../src/input/readers/html.js';
import { parseJsonFile } from '../../src/input/readers/json.js';
import { readJsonl } from '../../src/input/readers/jsonl.js';
import { streamLines } from '../../src/input/readers/lines.js';
import { parseSeed } from '../../src/input/readers/seed.js';
import { parseText } from '../../src/input/readers/text.js';
import { isoDate, nastyText } from './arbitraries.js';

/** Issue 7: every reader either returns a well-formed input or a ChronicleError; nothing else escapes. */
const onlyChronicleErrors = <T>(f: () => T): T | ChronicleError => {
  try {
    return f();
  } catch (error) {
    assert.ok(error instanceof ChronicleError, `not a ChronicleError: ${(error as Error)?.stack ?? error}`);
    return error;
  }
};

const chunked = (bytes: Buffer, cuts: number[]): Buffer[] => {
  const points = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
  const out: Buffer[] = [];
  let from = 0;
  for (const p of points) {
    out.push(bytes.subarray(from, p));
    from = p;
  }
  out.push(bytes.subarray(from));
  return out;
};

const collect = async (items: AsyncIterable<InputItem>) => {
  const out: InputItem[] = [];
  for await (const item of items) out.push(item);
  return out;
};

const RUNS = { numRuns: 120, seed: 2024 };

describe('readers on nasty input', () => {
  it('seed: the text after the header is kept exactly (line ends normalised, trimmed)', () => {
    fc.assert(
      fc.property(nastyText(), isoDate, (body, date) => {
        const input = parseSeed(`date ${date}\nsource wire\n\n${body}`, 'a.txt', {});
        assert.equal(input.date, date);
        assert.equal(input.text, body.replace(/\r\n?/g, '\n').trim());
      }),
      RUNS,
    );
  });

  it('seed: any first line is read or refused with E_INPUT_DATE, never crashes', () => {
    fc.assert(
      fc.property(nastyText(10), nastyText(), (head, body) => {
        const r = onlyChronicleErrors(() => parseSeed(`${head}\n\n${body}`, 'a.txt', {}));
        if (r instanceof ChronicleError) assert.equal(r.code, 'E_INPUT_DATE');
      }),
      RUNS,
    );
  });

  it('plain text: kept exactly, dated from the options', () => {
    fc.assert(
      fc.property(nastyText(), (body) => {
        const input = parseText(body, 'a.txt', { date: '2024-01-01' });
        assert.equal(input.text, body.replace(/\r\n?/g, '\n').trim());
      }),
      RUNS,
    );
  });

  it('decode: UTF-8 and UTF-16 (BOM) round-trip well-formed text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (s) => {
        const text = `News: ${s}`;
        assert.equal(decodeText(Buffer.from(text, 'utf8'), 'f'), text);
        assert.equal(decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]), 'f'), text);
      }),
      RUNS,
    );
  });

  it('decode: random bytes give text or E_INPUT_BINARY', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => {
        const r = onlyChronicleErrors(() => decodeText(bytes, 'f'));
        if (r instanceof ChronicleError) assert.equal(r.code, 'E_INPUT_BINARY');
        else assert.equal(typeof r, 'string');
      }),
      RUNS,
    );
  });

  it('lines: any chunking of a stream gives the same lines', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.string({ unit: 'grapheme', maxLength: 30 }), { maxLength: 20 }), fc.array(fc.nat(), { maxLength: 8 }), async (lines, cuts) => {
        const clean = lines.map((l) => l.replace(/\n/g, ' '));
        const bytes = Buffer.from(clean.map((l) => `${l}\n`).join(''));
        const got: string[] = [];
        for await (const l of streamLines(Readable.from(chunked(bytes, cuts)), 1e6)) got.push(l.tooLong ? '<long>' : l.text);
        assert.deepEqual(got, clean);
      }),
      RUNS,
    );
  });

  it('JSON Lines: one item per non-blank line, good lines read, bad lines named by number', async () => {
    const good = fc.record({ date: isoDate, text: nastyText(20) }).map((o) => ({ line: JSON.stringify(o), ok: o.text.trim() !== '' }));
    const bad = nastyText(8).map((s) => ({ line: `{${s.replace(/\n/g, ' ')}`, ok: false }));
    await fc.assert(
      fc.asyncProperty(fc.array(fc.oneof(good, bad), { minLength: 1, maxLength: 15 }), async (rows) => {
        const text = rows.map((r) => r.line).join('\n');
        const items = await collect(readJsonl(Readable.from([Buffer.from(text)]), 'f.jsonl', {}));
        const expected = rows.map((r, i) => ({ line: i + 1, ok: r.ok })).filter((_, i) => rows[i]!.line.trim() !== '');
        // A first line of control characters makes the whole file binary: one error, then stop.
        if (items.length === 1 && !items[0]!.ok && items[0]!.error.code === 'E_INPUT_BINARY') return;
        assert.deepEqual(
          items.map((it) => (it.ok ? `ok:${it.input.origin}` : `err:${it.error.where.line}`)),
          expected.map((e) => (e.ok ? `ok:f.jsonl:${e.line}` : `err:${e.line}`)),
        );
      }),
      { numRuns: 80, seed: 77 },
    );
  });

  it('JSON file: arrays of anything give an item or an error per element', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.jsonValue(), fc.record({ date: isoDate, text: nastyText(10) })), { maxLength: 8 }), (values) => {
        const r = onlyChronicleErrors(() => parseJsonFile(JSON.stringify(values), 'f.json', {}));
        if (r instanceof ChronicleError) assert.equal(r.code, values.length === 0 ? 'E_INPUT_EMPTY' : 'none');
        else assert.equal(r.length, values.length);
      }),
      RUNS,
    );
  });

  it('HTML: tag soup gives a text or a ChronicleError', () => {
    const tag = fc.constantFrom('<p>', '</p>', '<div>', '</div>', '<b>', '<i>', '</span>', '<br>', '<script>', '</script>', '<style>', '<!--', '-->', '<![CDATA[', '<table><tr><td>', '<meta name="date" content="2021-02-30">', '<time datetime="x">', '<', '>', '&amp;', '&#0;', '&#xD800;', '&nbsp;');
    fc.assert(
      fc.property(fc.array(fc.oneof(tag, nastyText(5)), { maxLength: 40 }), (parts) => {
        const r = onlyChronicleErrors(() => parseHtml(`<html><body>${parts.join('')}</body></html>`, 'p.html', { date: '2024-01-01' }));
        if (!(r instanceof ChronicleError)) assert.equal(typeof r.text, 'string');
      }),
      { numRuns: 80, seed: 31 },
    );
  });
});

describe('readInputs on generated files', () => {
  let dir = '';
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'chronicle-prop-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('any bytes in any supported extension: items or errors naming the file, never a throw', async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('.txt', '.jsonl', '.json', '.html', '.md'),
        fc.oneof(fc.uint8Array({ maxLength: 600 }), nastyText(30).map((s) => new Uint8Array(Buffer.from(s)))),
        async (ext, bytes) => {
          const file = join(dir, `f${n++}${ext}`);
          writeFileSync(file, bytes);
          const items = await collect(readInputs([file], { date: '2024-01-01' }));
          for (const item of items) {
            if (!item.ok) assert.equal(item.error.where.file, file, item.error.describe());
            else assert.ok(item.input.text.trim() !== '');
          }
        },
      ),
      { numRuns: 100, seed: 12 },
    );
  });
});
