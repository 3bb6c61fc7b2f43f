import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { streamLines, type StreamLine } from './lines.js';

async function collect(chunks: (string | Uint8Array)[], max = 1000): Promise<StreamLine[]> {
  const out: StreamLine[] = [];
  for await (const l of streamLines((async function* () { yield* chunks; })(), max)) out.push(l);
  return out;
}

describe('streamLines', () => {
  it('numbers lines across chunk boundaries, keeps a last line without newline', async () => {
    const lines = await collect(['ab', 'c\nd', 'e\n\nf']);
    assert.deepEqual(lines, [{ line: 1, text: 'abc' }, { line: 2, text: 'de' }, { line: 3, text: '' }, { line: 4, text: 'f' }]);
  });

  it('a multi-byte character split between chunks is decoded whole', async () => {
    const bytes = Buffer.from('Šalčininkai\n');
    const lines = await collect([bytes.subarray(0, 1), bytes.subarray(1, 4), bytes.subarray(4)]);
    assert.deepEqual(lines, [{ line: 1, text: 'Šalčininkai' }]);
  });

  it('a UTF-16 stream with BOM is decoded', async () => {
    const lines = await collect([Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('a\nb\n', 'utf16le')])]);
    assert.deepEqual(lines, [{ line: 1, text: 'a' }, { line: 2, text: 'b' }]);
  });

  it('an over-long line is reported, not held, and the next line is read', async () => {
    const lines = await collect(['short\n', 'x'.repeat(600), 'x'.repeat(600), '\nnext\n', 'y'.repeat(2000)], 1000);
    assert.deepEqual(lines.map((l) => (l.tooLong ? `long:${l.line}` : l.text)), ['short', 'long:2', 'next', 'long:4']);
  });
});
