import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { ChronicleError } from '../../errors.js';
import type { ArticleInput } from '../article-input.js';
import { htmlText } from './html-text.js';
import { defaultsOf, type ReadOptions } from './options.js';

/** Meta tags naming the publication date, most specific first. */
const DATE_META = [
  'meta[property="article:published_time"]',
  'meta[name="article:published_time"]',
  'meta[property="og:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[name="pubdate"]',
  'meta[name="publishdate"]',
  'meta[name="publish-date"]',
  'meta[name="date"]',
  'meta[name="dc.date"]',
  'meta[name="DC.date.issued"]',
];

/**
 * Readability's cost grows with nesting depth times size (a page 2,000 elements deep takes it
 * seconds): past these bounds the body's text is taken instead. News pages are far below them.
 */
const MAX_ELEMENTS = 10_000;
const MAX_DEPTH = 80;

/**
 * An HTML page: main text by @mozilla/readability over linkedom (falling back to the body's
 * text), title from `og:title` / `<title>`, publication date from the meta tags
 * (`article:published_time`, `og:*`, `pubdate`, `date`, `itemprop=datePublished`, `<time datetime>`)
 * or else the options' date; url from the canonical link, source from `og:site_name`, language
 * from `<html lang>`.
 *
 * @example parseHtml('<html>…</html>', 'page.html', { date: '2021-08-18' })
 */
export function parseHtml(html: string, origin: string, options: ReadOptions): ArticleInput {
  let document: Document;
  try {
    ({ document } = parseHTML(html) as unknown as { document: Document });
  } catch (error) {
    throw new ChronicleError('E_INPUT_FORMAT', `cannot parse HTML: ${(error as Error).message}`, { file: origin });
  }
  const meta = (selectors: readonly string[]): string | undefined => {
    for (const s of selectors) {
      const el = document.querySelector(s);
      const v = el?.getAttribute('content') ?? el?.getAttribute('datetime') ?? el?.getAttribute('value');
      if (v && v.trim()) return v.trim();
    }
    return undefined;
  };
  const date = pageDate(document, meta(DATE_META)) ?? options.date;
  const title = meta(['meta[property="og:title"]', 'meta[name="twitter:title"]']) ?? document.querySelector('title')?.textContent?.trim();
  const url = document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? meta(['meta[property="og:url"]']);
  const source = meta(['meta[property="og:site_name"]']);
  const lang = document.documentElement?.getAttribute('lang') ?? undefined;
  const text = mainText(document);
  if (!date) {
    throw new ChronicleError('E_INPUT_DATE', 'HTML page without a publication date in its meta tags: pass --date', { file: origin });
  }
  return {
    ...defaultsOf(options),
    ...(title ? { title: collapse(title) } : {}),
    ...(url ? { url } : {}),
    ...(source ? { source } : {}),
    ...(lang ? { lang } : {}),
    text,
    date,
    origin,
  };
}

function mainText(document: Document): string {
  // The body's text first: Readability edits the document it reads, and this is the fallback.
  const bodyText = htmlText((document.body ?? document) as never);
  if (withinBounds(document.documentElement as unknown as TreeNode | null)) {
    try {
      const article = new Readability<Node>(document, { serializer: (node) => node }).parse();
      const text = article?.content ? htmlText(article.content as never) : '';
      if (text.length >= 200) return text;
    } catch {
      // Readability fails on some malformed pages; the body's text is the fallback.
    }
  }
  return bodyText;
}

interface TreeNode {
  readonly children: ArrayLike<TreeNode>;
}

/** True when the tree has at most MAX_ELEMENTS elements, none deeper than MAX_DEPTH (walked iteratively). */
function withinBounds(root: TreeNode | null): boolean {
  if (!root) return false;
  const stack: [TreeNode, number][] = [[root, 0]];
  let count = 0;
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (++count > MAX_ELEMENTS || depth > MAX_DEPTH) return false;
    const children = node.children;
    for (let i = 0; i < children.length; i++) stack.push([children[i]!, depth + 1]);
  }
  return true;
}

/** The first usable publication date: the meta value, else the first `<time datetime>`. */
function pageDate(document: Document, fromMeta: string | undefined): string | undefined {
  const candidates = [fromMeta];
  for (const el of document.querySelectorAll('script[type="application/ld+json"]')) {
    candidates.push(LD_DATE.exec(el.textContent ?? '')?.groups?.value);
  }
  for (const el of document.querySelectorAll('time[datetime]')) {
    candidates.push(el.getAttribute('datetime') ?? undefined);
    if (candidates.length > 4) break;
  }
  for (const c of candidates) {
    const iso = c ? isoDate(c) : undefined;
    if (iso) return iso;
  }
  return undefined;
}

const LD_DATE = /"datePublished"\s*:\s*"(?<value>[^"]{8,40})"/;
const ISO_WITH_ZONE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/;
const ISO_LOCAL = /^(?<day>\d{4}-\d{2}-\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$/;
const COMPACT_ZONE = /^(?<head>\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)(?<sign>[+-])(?<hh>\d{2})(?<mm>\d{2})$/;

/** A meta date as the engine takes it: a date-time with its offset kept, a local date-time as its day. */
export function isoDate(value: string): string | undefined {
  const v = value.trim();
  if (ISO_WITH_ZONE.test(v)) return v;
  const compact = COMPACT_ZONE.exec(v);
  if (compact) return `${compact.groups!.head}${compact.groups!.sign}${compact.groups!.hh}:${compact.groups!.mm}`;
  const local = ISO_LOCAL.exec(v);
  if (local) return local.groups!.day;
  const ms = Date.parse(v);
  if (!Number.isNaN(ms) && /[a-z]{3}.*\d{4}|\d{4}.*[a-z]{3}/i.test(v) && /(GMT|UTC|Z|[+-]\d{4})\b/.test(v)) {
    return new Date(ms).toISOString().replace('.000Z', 'Z');
  }
  return undefined;
}

function collapse(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}
