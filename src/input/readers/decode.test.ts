import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ChronicleError } from '../../errors.js';
import { decodeText } from './decode.js';

const utf16 = (text: string, le: boolean): Buffer => {
  const body = Buffer.from(text, 'utf16le');
  if (!le) body.swap16();
  return Buffer.concat([Buffer.from(le ? [0xff, 0xfe] : [0xfe, 0xff]), body]);
};

const isCode = (code: string) => (e: unknown) => e instanceof ChronicleError && e.code === code && e.where.file === 'f';

describe('decodeText', () => {
  it('UTF-8 with and without BOM', () => {
    assert.equal(decodeText(Buffer.from('Šalčininkai – “quoted”'), 'f'), 'Šalčininkai – “quoted”');
    assert.equal(decodeText(Buffer.from('\uFEFFdate 2024-01-01'), 'f'), 'date 2024-01-01');
  });

  it('UTF-16 LE and BE with BOM', () => {
    assert.equal(decodeText(utf16('date 2024-01-01\n\nVilnius – Šalčininkai', true), 'f'), 'date 2024-01-01\n\nVilnius – Šalčininkai');
    assert.equal(decodeText(utf16('date 2024-01-01\n\nVilnius – Šalčininkai', false), 'f'), 'date 2024-01-01\n\nVilnius – Šalčininkai');
  });

  it('Latin-1 (Windows-1252) text is decoded, not refused', () => {
    const bytes = Buffer.from('Caf\xe9 owners in Li\xe8ge said \x93no\x94 to the plan. '.repeat(5), 'latin1');
    assert.equal(decodeText(bytes, 'f').slice(0, 43), 'Café owners in Liège said “no” to the plan.');
  });

  it('a stray invalid byte in a long UTF-8 text becomes U+FFFD', () => {
    const bytes = Buffer.concat([Buffer.from('a'.repeat(5000)), Buffer.from([0xc3]), Buffer.from(' é'.repeat(100))]);
    const text = decodeText(bytes, 'f');
    assert.equal(text.indexOf('\uFFFD'), 5000);
  });

  it('NUL bytes mean binary', () => {
    assert.throws(() => decodeText(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]), 'f'), isCode('E_INPUT_BINARY'));
  });

  it('random bytes without NULs are binary', () => {
    let seed = 7;
    const bytes = Buffer.alloc(4096, 0).map(() => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) % 255) + 1);
    assert.throws(() => decodeText(bytes, 'f'), isCode('E_INPUT_BINARY'));
  });

  it('many control characters mean binary', () => {
    assert.throws(() => decodeText(Buffer.from('ab\x01\x02\x03cd\x04\x05'), 'f'), isCode('E_INPUT_BINARY'));
  });

  it('an empty file decodes to an empty string', () => assert.equal(decodeText(Buffer.alloc(0), 'f'), ''));
});
