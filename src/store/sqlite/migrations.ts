/**
 * Schema versions, applied in order inside a transaction and recorded in `schema_migrations`.
 * Never edit a released migration: add the next one.
 */
export const MIGRATIONS: readonly { readonly version: number; readonly name: string; readonly sql: string }[] = [
  {
    version: 1,
    name: 'articles, annotations, events',
    sql: `
      CREATE TABLE articles (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        id TEXT NOT NULL UNIQUE,
        content_hash TEXT NOT NULL UNIQUE,
        published_at TEXT NOT NULL,
        timezone TEXT NOT NULL,
        title TEXT, url TEXT, source TEXT, lang TEXT, origin TEXT,
        text TEXT NOT NULL,
        pipeline_version TEXT NOT NULL,
        pipeline_json TEXT NOT NULL,
        processed INTEGER NOT NULL,
        skipped TEXT,
        ingested_at TEXT NOT NULL
      );
      CREATE INDEX articles_published ON articles (published_at);
      CREATE INDEX articles_origin ON articles (origin);
      CREATE TABLE annotations (
        article_seq INTEGER NOT NULL REFERENCES articles (seq) ON DELETE CASCADE,
        ord INTEGER NOT NULL,
        id TEXT NOT NULL,
        kind TEXT NOT NULL,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        stage TEXT NOT NULL,
        rule TEXT NOT NULL,
        version TEXT NOT NULL,
        confidence REAL NOT NULL,
        data TEXT NOT NULL,
        PRIMARY KEY (article_seq, ord)
      );
      CREATE INDEX annotations_kind ON annotations (kind, article_seq);
      CREATE TABLE events (
        article_seq INTEGER NOT NULL REFERENCES articles (seq) ON DELETE CASCADE,
        id TEXT NOT NULL,
        event_type TEXT NOT NULL,
        cameo TEXT,
        date_start TEXT NOT NULL,
        date_end TEXT NOT NULL,
        place_id TEXT,
        place_name TEXT,
        geoname_id INTEGER,
        lat REAL, lon REAL,
        countries TEXT NOT NULL,
        participants TEXT NOT NULL,
        sentence TEXT NOT NULL,
        PRIMARY KEY (article_seq, id)
      );
      CREATE INDEX events_date ON events (date_start);
      CREATE INDEX events_type ON events (event_type);
    `,
  },
];
