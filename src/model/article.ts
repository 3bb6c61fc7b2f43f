/**
 * One dated news report. `text` is NFC-normalised and stored once; every span indexes into it.
 * `publishedAt` is the reference time for relative expressions ("today", "last month").
 *
 * @example
 * const a: Article = {
 *   id: 'a1b2…', text: 'Lithuania has accused…', publishedAt: '2021-08-18', timezone: 'UTC',
 *   source: 'example-wire', lang: 'en',
 * };
 */
export interface Article {
  /** Content hash of the text (sha256, hex, first 16 chars) unless the input names an id. */
  readonly id: string;
  readonly text: string;
  /** ISO date (`2021-08-18`) or date-time with offset (`2021-08-18T09:30:00+03:00`). */
  readonly publishedAt: string;
  /** IANA zone or fixed offset (`+03:00`) in which calendar expressions are read; default UTC. */
  readonly timezone: string;
  readonly title?: string;
  readonly url?: string;
  readonly source?: string;
  /** ISO 639-1 code, detected when not given. */
  readonly lang?: string;
  /** Where the article was read from (path, `path:line`, or `-` for stdin). */
  readonly origin?: string;
}
