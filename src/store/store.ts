import type { ArticleJson } from '../output/article-json.js';

/**
 * Filters of `chronicle events` and `GET /events`; every field optional, all must hold.
 * @example { from: '2021-07-01', to: '2021-08-31', country: 'BLR', type: 'COERCE' }
 */
export interface EventFilter {
  /** Events whose date range ends after this ISO date. */
  readonly from?: string;
  /** Events whose date range starts before the end of this ISO date. */
  readonly to?: string;
  /** ISO-3 (or ISO-2) of the place, the actors or the recipients. */
  readonly country?: string;
  /** Substring of an actor or recipient name, code or sector (case-insensitive). */
  readonly actor?: string;
  /** PLOVER type, or a CAMEO code prefix. */
  readonly type?: string;
  /** Substring of the place name, or a GeoNames id. */
  readonly place?: string;
  /** Substring of the event's evidence sentence. */
  readonly text?: string;
  readonly article?: string;
  readonly limit?: number;
}

/** One event with what a table row needs from its article and place. */
export interface EventRow {
  readonly articleId: string;
  readonly articleDate: string;
  readonly source?: string;
  readonly title?: string;
  /** The event annotation as in `show --json` (spans with evidence text). */
  readonly event: Record<string, unknown>;
  /** The place annotation the event points to, if any. */
  readonly place?: Record<string, unknown>;
  /** The sentence the event was read from. */
  readonly sentence: string;
}

/** A stored annotation of another kind with its article. */
export interface AnnotationRow {
  readonly articleId: string;
  readonly articleDate: string;
  readonly source?: string;
  readonly annotation: Record<string, unknown>;
}

export type SaveOutcome = 'inserted' | 'replaced' | 'unchanged';

export interface StoreStats {
  readonly articles: number;
  readonly events: number;
  readonly places: number;
  readonly quotes: number;
  readonly claims: number;
  readonly contradictions: number;
}

/**
 * Where articles and their annotations live. SQLite (one file) by default; a PostgreSQL
 * implementation fills the same interface. Every method is async so both fit; an article and all
 * its annotations are written in one transaction.
 */
export interface Store {
  /** Id and pipeline version of the article stored under this content hash, if any. */
  findByHash(contentHash: string): Promise<{ id: string; pipelineVersion: string } | undefined>;
  /**
   * Writes an article and its annotations atomically. Same content already stored: `unchanged`
   * unless `reprocess`, then `replaced`.
   */
  saveArticle(article: ArticleJson, options?: { reprocess?: boolean }): Promise<SaveOutcome>;
  /** By id, unique id prefix, or origin path. */
  getArticle(ref: string): Promise<ArticleJson | undefined>;
  /** Every stored article in ingest order. */
  articles(): AsyncIterable<ArticleJson>;
  events(filter?: EventFilter): Promise<EventRow[]>;
  annotations(kind: 'quote' | 'claim' | 'contradiction' | 'place', filter?: { article?: string; text?: string; limit?: number }): Promise<AnnotationRow[]>;
  stats(): Promise<StoreStats>;
  close(): Promise<void>;
}
