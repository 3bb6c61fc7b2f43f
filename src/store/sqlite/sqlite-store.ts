import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { ChronicleError } from '../../errors.js';
import { contentHash } from '../../input/article-input.js';
import type { Annotation } from '../../model/annotation.js';
import { OUTPUT_KEYS, toArticleJson, withEvidence as withText, type ArticleJson } from '../../output/article-json.js';
import type { AnnotationRow, EventFilter, EventRow, SaveOutcome, Store, StoreStats } from '../store.js';
import { eventIndexRow } from '../event-index.js';
import { MIGRATIONS } from './migrations.js';

/** Options of {@link SqliteStore}. */
export interface SqliteStoreOptions {
  /** How long a writer waits for another process's transaction, in ms. Default 15000. */
  readonly busyTimeoutMs?: number;
  readonly readonly?: boolean;
}

type Row = Record<string, unknown>;

/**
 * The default store: one SQLite file, WAL mode so readers never block the writer and two
 * ingests can write the same file (each transaction waits for the other).
 *
 * @example
 * const store = SqliteStore.open('chronicle.db');
 * await store.saveArticle(engine.process(input));
 */
export class SqliteStore implements Store {
  readonly #db: Database.Database;
  readonly #stmts: ReturnType<SqliteStore['prepare']>;

  private constructor(db: Database.Database) {
    this.#db = db;
    this.#stmts = this.prepare();
  }

  static open(path: string, options: SqliteStoreOptions = {}): SqliteStore {
    let db: Database.Database;
    try {
      if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
      db = new Database(path, { readonly: options.readonly ?? false, timeout: options.busyTimeoutMs ?? 15000 });
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
      db.pragma('foreign_keys = ON');
      migrate(db);
    } catch (error) {
      throw new ChronicleError('E_STORE', `cannot open store ${path}: ${(error as Error).message}`, { file: path }, { cause: error });
    }
    return new SqliteStore(db);
  }

  private prepare() {
    const db = this.#db;
    return {
      byHash: db.prepare('SELECT seq, id, pipeline_version FROM articles WHERE content_hash = ?'),
      deleteArticle: db.prepare('DELETE FROM articles WHERE seq = ?'),
      insertArticle: db.prepare(`INSERT INTO articles
        (id, content_hash, published_at, timezone, title, url, source, lang, origin, text, pipeline_version, pipeline_json, processed, skipped, ingested_at)
        VALUES (@id, @contentHash, @publishedAt, @timezone, @title, @url, @source, @lang, @origin, @text, @pipelineVersion, @pipelineJson, @processed, @skipped, @ingestedAt)`),
      insertAnnotation: db.prepare(`INSERT INTO annotations (article_seq, ord, id, kind, start, "end", stage, rule, version, confidence, data)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
      insertEvent: db.prepare(`INSERT INTO events (article_seq, id, event_type, cameo, date_start, date_end, place_id, place_name, geoname_id, lat, lon, countries, participants, sentence)
        VALUES (@seq, @id, @eventType, @cameo, @dateStart, @dateEnd, @placeId, @placeName, @geonameId, @lat, @lon, @countries, @participants, @sentence)`),
      articleById: db.prepare('SELECT * FROM articles WHERE id = ?'),
      articleByPrefix: db.prepare("SELECT * FROM articles WHERE id LIKE ? || '%' LIMIT 2"),
      articleByOrigin: db.prepare('SELECT * FROM articles WHERE origin = ? ORDER BY seq DESC LIMIT 1'),
      annotationsOf: db.prepare('SELECT data FROM annotations WHERE article_seq = ? ORDER BY ord'),
      allArticles: db.prepare('SELECT * FROM articles ORDER BY seq'),
    };
  }

  async findByHash(hash: string): Promise<{ id: string; pipelineVersion: string } | undefined> {
    const row = this.#stmts.byHash.get(hash) as Row | undefined;
    return row ? { id: String(row.id), pipelineVersion: String(row.pipeline_version) } : undefined;
  }

  async saveArticle(json: ArticleJson, options: { reprocess?: boolean } = {}): Promise<SaveOutcome> {
    const s = this.#stmts;
    const a = json.article;
    const hash = contentHash(a.text);
    const write = this.#db.transaction((): SaveOutcome => {
      const existing = s.byHash.get(hash) as Row | undefined;
      if (existing && !options.reprocess) return 'unchanged';
      if (existing) s.deleteArticle.run(existing.seq);
      const info = s.insertArticle.run({
        id: a.id, contentHash: hash, publishedAt: a.publishedAt, timezone: a.timezone, title: a.title ?? null,
        url: a.url ?? null, source: a.source ?? null, lang: a.lang ?? null, origin: a.origin ?? null, text: a.text,
        pipelineVersion: json.pipeline.version, pipelineJson: JSON.stringify(json.pipeline), processed: a.processed ? 1 : 0,
        skipped: a.skipped ?? null, ingestedAt: new Date().toISOString(),
      });
      const seq = Number(info.lastInsertRowid);
      let ord = 0;
      const byId = new Map<string, Row>();
      for (const key of Object.keys(OUTPUT_KEYS) as (keyof typeof OUTPUT_KEYS)[]) {
        for (const item of json[key] as Row[]) {
          const ann = stripEvidence(item) as Row & { span: { start: number; end: number }; provenance: Row };
          byId.set(String(ann.id), item);
          const p = ann.provenance;
          s.insertAnnotation.run(seq, ord++, ann.id, ann.kind, ann.span.start, ann.span.end, p.stage, p.rule, p.version, p.confidence, JSON.stringify(ann));
        }
      }
      for (const event of json.events as Row[]) s.insertEvent.run({ seq, ...eventIndexRow(event, byId, json.sentences as Row[], a.text) });
      return existing ? 'replaced' : 'inserted';
    });
    try {
      return write.immediate();
    } catch (error) {
      throw new ChronicleError('E_STORE', `cannot store article ${a.id}: ${(error as Error).message}`, { file: a.origin }, { cause: error });
    }
  }

  async getArticle(ref: string): Promise<ArticleJson | undefined> {
    const s = this.#stmts;
    let row = s.articleById.get(ref) as Row | undefined;
    if (!row && /^[0-9a-f]{4,}$/i.test(ref)) {
      const rows = s.articleByPrefix.all(ref) as Row[];
      if (rows.length === 1) row = rows[0];
    }
    row ??= s.articleByOrigin.get(ref) as Row | undefined;
    return row ? this.#toJson(row) : undefined;
  }

  async *articles(): AsyncIterable<ArticleJson> {
    for (const row of this.#stmts.allArticles.iterate() as IterableIterator<Row>) yield this.#toJson(row);
  }

  async events(filter: EventFilter = {}): Promise<EventRow[]> {
    const where: string[] = [];
    const params: unknown[] = [];
    if (filter.from) (where.push('e.date_end > ?'), params.push(filter.from));
    if (filter.to) (where.push('e.date_start < ?'), params.push(`${filter.to}\uffff`));
    if (filter.country) (where.push("(' ' || e.countries || ' ') LIKE ?"), params.push(`% ${filter.country.toUpperCase()} %`));
    if (filter.actor) (where.push('e.participants LIKE ?'), params.push(`%${filter.actor.toLowerCase()}%`));
    if (filter.type) (where.push('(e.event_type = ? OR e.cameo LIKE ?)'), params.push(filter.type.toUpperCase(), `${filter.type}%`));
    if (filter.place) (where.push('(e.place_name LIKE ? OR CAST(e.geoname_id AS TEXT) = ?)'), params.push(`%${filter.place}%`, filter.place));
    if (filter.text) (where.push('e.sentence LIKE ?'), params.push(`%${filter.text}%`));
    if (filter.article) (where.push('(a.id = ? OR a.id LIKE ?)'), params.push(filter.article, `${filter.article}%`));
    const sql = `SELECT a.seq, a.id AS article_id, a.published_at, a.source, a.title, a.text, e.id, e.place_id, e.sentence
      FROM events e JOIN articles a ON a.seq = e.article_seq
      ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
      ORDER BY e.date_start, a.seq, e.id ${filter.limit ? `LIMIT ${Math.max(0, Math.floor(filter.limit))}` : ''}`;
    const rows = this.#db.prepare(sql).all(...params) as Row[];
    const one = this.#db.prepare('SELECT data FROM annotations WHERE article_seq = ? AND id = ?');
    return rows.map((r) => {
      const text = String(r.text);
      const load = (id: unknown) => {
        const d = id ? (one.get(r.seq, id) as Row | undefined) : undefined;
        return d ? (withText(JSON.parse(String(d.data)), text) as Record<string, unknown>) : undefined;
      };
      const place = load(r.place_id);
      return {
        articleId: String(r.article_id), articleDate: String(r.published_at),
        ...(r.source ? { source: String(r.source) } : {}), ...(r.title ? { title: String(r.title) } : {}),
        event: load(r.id)!, ...(place ? { place } : {}), sentence: String(r.sentence),
      };
    });
  }

  async annotations(kind: 'quote' | 'claim' | 'contradiction' | 'place', filter: { article?: string; text?: string; limit?: number } = {}): Promise<AnnotationRow[]> {
    const where = ['n.kind = ?'];
    const params: unknown[] = [kind];
    if (filter.article) (where.push('(a.id = ? OR a.id LIKE ?)'), params.push(filter.article, `${filter.article}%`));
    const sql = `SELECT a.id AS article_id, a.published_at, a.source, a.text, n.data FROM annotations n JOIN articles a ON a.seq = n.article_seq
      WHERE ${where.join(' AND ')} ORDER BY a.seq, n.ord`;
    const out: AnnotationRow[] = [];
    const needle = filter.text?.toLowerCase();
    for (const r of this.#db.prepare(sql).iterate(...params) as IterableIterator<Row>) {
      const annotation = withText(JSON.parse(String(r.data)), String(r.text)) as Record<string, unknown>;
      if (needle && !JSON.stringify(annotation).toLowerCase().includes(needle)) continue;
      out.push({ articleId: String(r.article_id), articleDate: String(r.published_at), ...(r.source ? { source: String(r.source) } : {}), annotation });
      if (filter.limit && out.length >= filter.limit) break;
    }
    return out;
  }

  async stats(): Promise<StoreStats> {
    const count = (sql: string, ...p: unknown[]) => Number((this.#db.prepare(sql).get(...p) as Row).n);
    const kind = (k: string) => count('SELECT COUNT(*) AS n FROM annotations WHERE kind = ?', k);
    return {
      articles: count('SELECT COUNT(*) AS n FROM articles'),
      events: count('SELECT COUNT(*) AS n FROM events'),
      places: kind('place'), quotes: kind('quote'), claims: kind('claim'), contradictions: kind('contradiction'),
    };
  }

  async close(): Promise<void> {
    this.#db.close();
  }

  #toJson(row: Row): ArticleJson {
    const text = String(row.text);
    const annotations = (this.#stmts.annotationsOf.all(row.seq) as Row[]).map((r) => JSON.parse(String(r.data)) as Annotation);
    const article = {
      id: String(row.id), text, publishedAt: String(row.published_at), timezone: String(row.timezone),
      ...(row.title ? { title: String(row.title) } : {}), ...(row.url ? { url: String(row.url) } : {}),
      ...(row.source ? { source: String(row.source) } : {}), ...(row.lang ? { lang: String(row.lang) } : {}),
      ...(row.origin ? { origin: String(row.origin) } : {}),
    };
    return toArticleJson(article, annotations, JSON.parse(String(row.pipeline_json)), row.skipped ? String(row.skipped) : undefined);
  }
}

function migrate(db: Database.Database): void {
  db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
  const applied = new Set((db.prepare('SELECT version FROM schema_migrations').all() as Row[]).map((r) => Number(r.version)));
  for (const m of MIGRATIONS) {
    if (applied.has(m.version)) continue;
    db.transaction(() => {
      // Another process may have applied it while this one waited for the lock.
      if (db.prepare('SELECT 1 FROM schema_migrations WHERE version = ?').get(m.version)) return;
      db.exec(m.sql);
      db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(m.version, m.name, new Date().toISOString());
    }).immediate();
  }
}

/** Removes the `text` the serialiser added beside spans: the store keeps the text once. */
function stripEvidence(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stripEvidence);
  if (value === null || typeof value !== 'object') return value;
  const obj = value as Row;
  const isSpan = typeof obj.start === 'number' && typeof obj.end === 'number';
  const out: Row = {};
  for (const [k, v] of Object.entries(obj)) if (!(isSpan && k === 'text')) out[k] = stripEvidence(v);
  return out;
}
