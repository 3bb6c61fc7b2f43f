import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import assert from 'node:assert/strict';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { sampleArticle, storeConformance } from '../store.conformance.js';
import { SqliteStore } from './sqlite-store.js';

const dir = mkdtempSync(join(tmpdir(), 'chronicle-store-'));
process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
let n = 0;

storeConformance('sqlite', async () => SqliteStore.open(join(dir, `s${n++}.db`)));

test('sqlite: migrations are recorded once, and reopening keeps the data', async () => {
  const path = join(dir, 'reopen.db');
  const store = SqliteStore.open(path);
  await store.saveArticle(sampleArticle());
  await store.close();
  const again = SqliteStore.open(path);
  assert.equal((await again.stats()).articles, 1);
  await again.close();
  const db = new Database(path, { readonly: true });
  assert.deepEqual(db.prepare('SELECT version FROM schema_migrations').all(), [{ version: 1 }]);
  db.close();
});

test('sqlite: a failing write leaves no half-written article', async () => {
  const store = SqliteStore.open(join(dir, 'atomic.db'));
  const json = sampleArticle();
  const broken = { ...json, events: [...json.events, { id: 'ev2', kind: 'event' }] } as typeof json;
  await assert.rejects(store.saveArticle(broken), /cannot store article/);
  assert.deepEqual(await store.stats(), { articles: 0, events: 0, places: 0, quotes: 0, claims: 0, contradictions: 0 });
  await store.close();
});
