import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ChronicleError } from '../../errors.js';
import { isoDate, parseHtml } from './html.js';

const page = (head: string, body: string) => `<!DOCTYPE html><html lang="en"><head>${head}</head><body>${body}</body></html>`;
const PARAGRAPHS = [
  'The harbour authority closed the northern quay on Friday after a crane collapsed onto a cargo ship, officials said.',
  'Nobody was hurt, but the quay will stay shut for at least a week while engineers inspect the damage to the structure.',
  'Shipping companies were told to divert vessels to the southern terminal, which can take about twenty ships a day.',
];
const BODY = `<nav>Home | World | Sport</nav><article><h1>Crane collapses</h1>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</article><footer>Contact us</footer>`;

describe('parseHtml', () => {
  const dates: [string, string, string][] = [
    ['article:published_time', '<meta property="article:published_time" content="2024-02-09T07:15:00+01:00">', '2024-02-09T07:15:00+01:00'],
    ['og:published_time', '<meta property="og:published_time" content="2024-02-09">', '2024-02-09'],
    ['pubdate', '<meta name="pubdate" content="2024-02-09T07:15:00Z">', '2024-02-09T07:15:00Z'],
    ['date', '<meta name="date" content="2024-02-09">', '2024-02-09'],
    ['itemprop', '<meta itemprop="datePublished" content="2024-02-09T07:15:00+0100">', '2024-02-09T07:15:00+01:00'],
    ['local date-time keeps its day', '<meta name="date" content="2024-02-09 23:15:00">', '2024-02-09'],
    ['JSON-LD', '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2024-02-09T07:15:00Z"}</script>', '2024-02-09T07:15:00Z'],
  ];
  for (const [name, head, expected] of dates) {
    it(`date from ${name}`, () => assert.equal(parseHtml(page(head, BODY), 'p.html', {}).date, expected));
  }

  it('date from <time datetime> when no meta tag names one', () => {
    assert.equal(parseHtml(page('', `<time datetime="2024-02-08">8 Feb</time>${BODY}`), 'p.html', {}).date, '2024-02-08');
  });

  it('the options date is the fallback; the page date wins over it', () => {
    assert.equal(parseHtml(page('', BODY), 'p.html', { date: '2024-01-01' }).date, '2024-01-01');
    assert.equal(parseHtml(page('<meta name="date" content="2024-02-09">', BODY), 'p.html', { date: '2024-01-01' }).date, '2024-02-09');
  });

  it('main text without navigation or footer, one paragraph per block', () => {
    const input = parseHtml(page('<title>Crane collapses | Port News</title>', BODY), 'p.html', { date: '2024-02-09' });
    assert.equal(input.text, PARAGRAPHS.join('\n\n'));
    assert.equal(input.title, 'Crane collapses | Port News');
    assert.equal(input.lang, 'en');
  });

  it('title, url and source from og tags and the canonical link', () => {
    const head = '<meta property="og:title" content="Crane  collapses"><meta property="og:site_name" content="Port News"><link rel="canonical" href="https://example.org/crane">';
    const input = parseHtml(page(head, BODY), 'p.html', { date: '2024-02-09' });
    assert.deepEqual([input.title, input.source, input.url], ['Crane collapses', 'Port News', 'https://example.org/crane']);
  });

  it('scripts and styles are not text', () => {
    const input = parseHtml(page('<style>p{color:red}</style>', '<p>Short note.</p><script>alert("x")</script>'), 'p.html', { date: '2024-02-09' });
    assert.equal(input.text, 'Short note.');
  });

  it('no date anywhere: E_INPUT_DATE naming the file', () => {
    assert.throws(() => parseHtml(page('', BODY), 'p.html', {}), (e: unknown) => e instanceof ChronicleError && e.code === 'E_INPUT_DATE' && e.where.file === 'p.html');
  });

  it('deeply nested and unclosed tags do not overflow the stack', () => {
    const deep = `${'<div>'.repeat(20_000)}Deep text here.${'</div>'.repeat(20_000)}`;
    assert.match(parseHtml(page('', deep), 'p.html', { date: '2024-02-09' }).text, /Deep text here\./);
    const unclosed = '<html><body><p>First <b>bold <i>both<p>Second <div><span>Third';
    assert.equal(parseHtml(unclosed, 'p.html', { date: '2024-02-09' }).text.replace(/\s+/g, ' '), 'First bold both Second Third');
  });
});

describe('isoDate', () => {
  const cases: [string, string | undefined][] = [
    ['2024-02-09', '2024-02-09'],
    ['2024-02-09T07:15:00.000Z', '2024-02-09T07:15:00.000Z'],
    ['2024-02-09T07:15+01:00', '2024-02-09T07:15+01:00'],
    ['2024-02-09T07:15:00-0500', '2024-02-09T07:15:00-05:00'],
    ['2024-02-09T07:15:00', '2024-02-09'],
    ['Fri, 09 Feb 2024 07:15:00 GMT', '2024-02-09T07:15:00Z'],
    ['9 February', undefined],
    ['yesterday', undefined],
    ['', undefined],
  ];
  for (const [value, expected] of cases) it(JSON.stringify(value), () => assert.equal(isoDate(value), expected));
});
