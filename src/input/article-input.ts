import { createHash } from 'node:crypto';
import { ChronicleError } from '../errors.js';
import type { Article } from '../model/article.js';
import { detectLanguage } from './language.js';

/**
 * What a reader hands to the engine: raw fields as found in a file, a JSON line or an HTML page.
 * @example { text: 'Lithuania has accused…', date: '2021-08-18', source: 'example-wire' }
 */
export interface ArticleInput {
  readonly text: string;
  /** ISO date or date-time with offset. */
  readonly date: string;
  readonly id?: string;
  readonly title?: string;
  readonly url?: string;
  readonly source?: string;
  readonly lang?: string;
  readonly timezone?: string;
  readonly origin?: string;
}

const ISO_DATE = /^(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})(?:T(?<h>\d{2}):(?<mi>\d{2})(?::(?<s>\d{2})(?:\.\d+)?)?(?<tz>Z|[+-]\d{2}:\d{2}))?$/;

/** Normalises an input into an Article: NFC text, checked date, content-hash id, detected language. */
export function toArticle(input: ArticleInput): Article {
  const where = { file: input.origin };
  if (typeof input.text !== 'string') throw new ChronicleError('E_INPUT_FORMAT', 'article has no text', where);
  const text = input.text.normalize('NFC');
  if (text.trim() === '') throw new ChronicleError('E_INPUT_EMPTY', 'article text is empty', where);
  const publishedAt = checkDate(input.date, input.origin);
  const id = input.id?.trim() || hashOf(text); // text is NFC already: not normalised a second time
  return {
    id,
    text,
    publishedAt,
    timezone: input.timezone ?? 'UTC',
    ...(input.title ? { title: input.title.normalize('NFC') } : {}),
    ...(input.url ? { url: input.url } : {}),
    ...(input.source ? { source: input.source } : {}),
    lang: input.lang?.toLowerCase().slice(0, 2) || detectLanguage(text),
    ...(input.origin ? { origin: input.origin } : {}),
  };
}

/** sha256 of the NFC text, first 16 hex characters: the same text always gets the same id. */
export function contentHash(text: string): string {
  return hashOf(text.normalize('NFC'));
}

function hashOf(nfc: string): string {
  return createHash('sha256').update(nfc).digest('hex').slice(0, 16);
}

/** Accepts `YYYY-MM-DD` or a date-time with offset; rejects impossible dates such as 2021-02-30. */
export function checkDate(date: unknown, origin?: string): string {
  const where = { file: origin };
  if (typeof date !== 'string' || date.trim() === '') {
    throw new ChronicleError('E_INPUT_DATE', 'article has no date (add a "date YYYY-MM-DD" header or pass --date)', where);
  }
  const value = date.trim();
  const m = ISO_DATE.exec(value);
  if (!m) throw new ChronicleError('E_INPUT_DATE', `not an ISO date or date-time with offset: "${value}"`, where);
  const g = m.groups!;
  const y = Number(g.y);
  const mo = Number(g.m);
  const d = Number(g.d);
  const probe = new Date(Date.UTC(y, mo - 1, d));
  const valid =
    mo >= 1 && mo <= 12 && probe.getUTCFullYear() === y && probe.getUTCMonth() === mo - 1 && probe.getUTCDate() === d &&
    (g.h === undefined || (Number(g.h) < 24 && Number(g.mi) < 60 && Number(g.s ?? 0) < 60));
  if (!valid) throw new ChronicleError('E_INPUT_DATE', `impossible date: "${value}"`, where);
  if (y < 1800 || y > 2200) throw new ChronicleError('E_INPUT_DATE', `date out of range (1800–2200): "${value}"`, where);
  return value;
}
