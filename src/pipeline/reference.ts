import type { Article } from '../model/article.js';
import type { RunContext } from './context.js';

const DATE_ONLY = /^(?<date>\d{4}-\d{2}-\d{2})$/;
const DATE_TIME = /^(?<date>\d{4}-\d{2}-\d{2})T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?<offset>Z|[+-]\d{2}:\d{2})$/;

/**
 * The reference time stages read relative expressions against. A date-only `publishedAt` is taken
 * as the start of that day in the article's timezone; a date-time keeps its own offset and
 * calendar date. Nothing here reads the clock.
 *
 * @example referenceOf({ publishedAt: '2021-08-18', timezone: 'UTC', … })
 *   // { date: '2021-08-18', instant: '2021-08-18T00:00:00Z', timezone: 'UTC' }
 */
export function referenceOf(article: Pick<Article, 'publishedAt' | 'timezone'>): RunContext['reference'] {
  const timezone = article.timezone || 'UTC';
  const dateOnly = DATE_ONLY.exec(article.publishedAt);
  if (dateOnly) {
    const offset = fixedOffset(timezone);
    return { date: dateOnly.groups!.date!, instant: `${dateOnly.groups!.date}T00:00:00${offset}`, timezone };
  }
  const dateTime = DATE_TIME.exec(article.publishedAt);
  if (dateTime) {
    const offset = dateTime.groups!.offset!;
    return { date: dateTime.groups!.date!, instant: article.publishedAt, timezone: offset === 'Z' ? 'UTC' : offset };
  }
  throw new RangeError(`publishedAt is not an ISO date or date-time with offset: ${article.publishedAt}`);
}

/** `Z` for UTC, the offset itself for `+03:00`; a named zone other than UTC is kept as UTC here. */
function fixedOffset(timezone: string): string {
  if (timezone === 'UTC' || timezone === 'Z') return 'Z';
  if (/^[+-]\d{2}:\d{2}$/.test(timezone)) return timezone;
  return 'Z';
}
