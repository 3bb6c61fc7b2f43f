import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ChronicleError } from '../../errors.js';
import { hasDateHeader, parseSeed } from './seed.js';

describe('parseSeed', () => {
  const cases: { name: string; raw: string; date: string; text: string; fields?: Record<string, string> }[] = [
    { name: 'header, blank line, text', raw: 'date 2024-03-05\n\nThe port closed.\n', date: '2024-03-05', text: 'The port closed.' },
    {
      name: 'further key value lines',
      raw: 'date 2024-03-05\nsource example-wire\nurl https://example.org/a\ntitle Port closes\n\nThe port closed.',
      date: '2024-03-05',
      text: 'The port closed.',
      fields: { source: 'example-wire', url: 'https://example.org/a', title: 'Port closes' },
    },
    {
      name: 'leading space, first sentence on the date line',
      raw: ' date 2024-03-06 The river burst its banks.\n\nResidents left by boat.\n',
      date: '2024-03-06',
      text: 'The river burst its banks.\n\nResidents left by boat.',
    },
    { name: 'CRLF line ends', raw: 'date 2024-03-05\r\n\r\nLine one.\r\nLine two.\r\n', date: '2024-03-05', text: 'Line one.\nLine two.' },
    { name: 'colon after date, no blank line', raw: 'Date: 2024-03-05\nThe port closed.', date: '2024-03-05', text: 'The port closed.' },
    { name: 'date-time with offset', raw: 'date 2024-03-05T09:30:00+02:00\n\nText.', date: '2024-03-05T09:30:00+02:00', text: 'Text.' },
    { name: 'BOM before the header', raw: '\uFEFFdate 2024-03-05\n\nText.', date: '2024-03-05', text: 'Text.' },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const input = parseSeed(c.raw, 'a.txt', {});
      assert.equal(input.date, c.date);
      assert.equal(input.text, c.text);
      assert.equal(input.origin, 'a.txt');
      for (const [k, v] of Object.entries(c.fields ?? {})) assert.equal((input as unknown as Record<string, string>)[k], v);
    });
  }

  it('header fields win over option defaults, which fill the rest', () => {
    const input = parseSeed('date 2024-03-05\nsource own\n\nText.', 'a.txt', { source: 'default', url: 'https://d.example' });
    assert.equal(input.source, 'own');
    assert.equal(input.url, 'https://d.example');
  });

  it('a text line that merely starts like a header word ends the header only after a blank line', () => {
    const input = parseSeed('date 2024-03-05\n\nSource of the fire was unclear.', 'a.txt', {});
    assert.equal(input.source, undefined);
    assert.equal(input.text, 'Source of the fire was unclear.');
  });

  it('refuses a file without a date header, naming file and line', () => {
    assert.throws(
      () => parseSeed('The port closed.', 'a.txt', {}),
      (e: unknown) => e instanceof ChronicleError && e.code === 'E_INPUT_DATE' && e.where.file === 'a.txt' && e.where.line === 1,
    );
  });
});

describe('hasDateHeader', () => {
  const cases: [string, boolean][] = [
    ['date 2024-03-05\n\nText', true],
    [' date 2021-08-18 Lithuania has…', true],
    ['DATE 2024-03-05', true],
    ['date night in Paris', false],
    ['date 18/08/2021\n\nText', true],
    ['The date 2024-03-05 was chosen', false],
    ['', false],
  ];
  for (const [text, expected] of cases) it(JSON.stringify(text), () => assert.equal(hasDateHeader(text), expected));
});
