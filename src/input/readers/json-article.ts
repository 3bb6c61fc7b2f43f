import { ChronicleError, type ErrorWhere } from '../../errors.js';
import type { ArticleInput } from '../article-input.js';
import { defaultsOf, type ReadOptions } from './options.js';

const STRING_FIELDS = ['title', 'url', 'source', 'lang', 'timezone'] as const;

/**
 * One article as a JSON object (a JSON line or an item of a `.json` file): `text` and `date`
 * required, `id` (string or number), `title`, `url`, `source`, `lang`, `timezone` optional.
 * The options' date is the fallback when an object has none.
 *
 * @example jsonArticle({ id: 'a1', date: '2021-08-18', text: '…' }, 'feed.jsonl:3', options, where)
 */
export function jsonArticle(value: unknown, origin: string, options: ReadOptions, where: ErrorWhere): ArticleInput {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new ChronicleError('E_INPUT_FORMAT', 'expected a JSON object with "date" and "text"', where);
  }
  const obj = value as Record<string, unknown>;
  if (typeof obj.text !== 'string') throw new ChronicleError('E_INPUT_FORMAT', 'missing "text" (a string)', where);
  const date = obj.date ?? options.date;
  if (typeof date !== 'string') {
    throw new ChronicleError('E_INPUT_DATE', 'missing "date" (ISO date or date-time with offset)', where);
  }
  const id = typeof obj.id === 'string' || typeof obj.id === 'number' ? String(obj.id) : undefined;
  const fields: Record<string, string> = {};
  for (const key of STRING_FIELDS) {
    const v = obj[key];
    if (typeof v === 'string' && v.trim() !== '') fields[key] = v.trim();
  }
  return { ...defaultsOf(options), ...fields, ...(id ? { id } : {}), text: obj.text, date, origin };
}
