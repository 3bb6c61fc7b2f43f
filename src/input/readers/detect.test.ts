import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatByExtension, sniffFormat } from './detect.js';

describe('formatByExtension', () => {
  const cases: [string, string | undefined][] = [
    ['a/b.txt', 'txt'], ['B.TXT', 'txt'], ['feed.jsonl', 'jsonl'], ['feed.ndjson', 'jsonl'], ['p.html', 'html'],
    ['p.htm', 'html'], ['a.json', 'json'], ['notes.md', undefined], ['noext', undefined], ['.hidden', undefined],
  ];
  for (const [path, format] of cases) it(path, () => assert.equal(formatByExtension(path), format));
});

describe('sniffFormat', () => {
  const cases: [string, string][] = [
    ['{"date":"2024-01-01","text":"a"}\n{"date"', 'jsonl'],
    [`{"date":"2024-01-01","text":"${'a'.repeat(600)}`, 'jsonl'],
    ['{\n  "date": "2024-01-01"', 'json'],
    ['  [ {"date": "2024-01-01"} ]', 'json'],
    ['<!DOCTYPE html><html>', 'html'],
    ['\uFEFF<html lang="en">', 'html'],
    ['<p>Some text', 'html'],
    ['date 2024-01-01\n\nText', 'txt'],
    ['<3 from the newsroom', 'txt'],
    ['Plain report.', 'txt'],
  ];
  for (const [head, format] of cases) it(JSON.stringify(head.slice(0, 40)), () => assert.equal(sniffFormat(head), format));
});
