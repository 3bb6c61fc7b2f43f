import { ChronicleError } from '../../errors.js';
import type { ArticleInput } from '../article-input.js';
import { defaultsOf, type ReadOptions } from './options.js';

/**
 * Plain text: the whole file is the article; the date (and source, url, title) come from the
 * options, since the text carries none.
 *
 * @example parseText('Lithuania has accused…', 'a.txt', { date: '2021-08-18' })
 */
export function parseText(raw: string, origin: string, options: ReadOptions): ArticleInput {
  if (!options.date) {
    throw new ChronicleError(
      'E_INPUT_DATE',
      'plain text without a date: add a first line "date YYYY-MM-DD" or pass --date',
      { file: origin },
    );
  }
  return { ...defaultsOf(options), text: raw.replace(/\r\n?/g, '\n').trim(), date: options.date, origin };
}
