import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { createEngine } from '../../src/index.js';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { chronicle, ROOT, tempDir } from '../helpers.js';

const PLACES = ['Vilnius', 'Minsk', 'Warsaw', 'Riga', 'Kaunas', 'Grodno', 'Brest', 'Lublin'];

/** A JSON Lines batch of distinct, small but real-looking reports. */
function batch(n: number): string {
  const lines: string[] = [];
  for (let i = 0; i < n; i++) {
    const place = PLACES[i % PLACES.length];
    const text =
      `Police detained ${i + 3} protesters in ${place} on Monday, the interior ministry said.\n\n` +
      `"We will not allow unrest," the minister said. Report number ${i}.`;
    lines.push(JSON.stringify({ id: `crash-${i}`, date: `2021-0${1 + (i % 9)}-1${i % 10}`, text }));
  }
  return `${lines.join('\n')}\n`;
}

/** Starts an ingest; `exited` resolves with its exit code (or null when killed). */
function ingestProcess(db: string, file: string) {
  const child = spawn(process.execPath, [join(ROOT, 'bin/chronicle.js'), 'ingest', '--quiet', '--db', db, file], { cwd: ROOT, stdio: 'ignore' });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, exited };
}

/** Every stored article must equal what the pipeline makes of its text: complete, or absent. */
async function assertConsistent(db: string, expected: Map<string, string>, every = 1) {
  const engine = createEngine();
  const store = SqliteStore.open(db);
  const seen = new Set<string>();
  for await (const stored of store.articles()) {
    assert.ok(!seen.has(stored.article.id), `duplicate ${stored.article.id}`);
    seen.add(stored.article.id);
    assert.ok(expected.has(stored.article.id));
    if (seen.size % every !== 0) continue;
    const fresh = engine.process({ text: stored.article.text, date: stored.article.publishedAt, id: stored.article.id, origin: stored.article.origin });
    assert.equal(JSON.stringify({ ...stored, article: null }), JSON.stringify({ ...fresh, article: null }), `article ${stored.article.id} is incomplete`);
  }
  await store.close();
  return seen.size;
}

test('an ingest killed with SIGKILL at random points leaves every article complete or absent; a rerun completes the batch without duplicates', async () => {
  const dir = tempDir('chronicle-crash-');
  const file = join(dir, 'batch.jsonl');
  const n = 1500;
  writeFileSync(file, batch(n));
  const expected = new Map(Array.from({ length: n }, (_, i) => [`crash-${i}`, '']));
  const db = join(dir, 'c.db');
  // Deterministic "random" kill points, spread over start-up and the write loop.
  const delays = [600, 1000, 1400, 1800, 2400];
  let killedMidway = 0;
  for (const delay of delays) {
    const { child, exited } = ingestProcess(db, file);
    await new Promise((r) => setTimeout(r, delay));
    killedMidway += child.kill('SIGKILL') ? 1 : 0;
    await exited;
    await assertConsistent(db, expected, 10);
  }
  assert.ok(killedMidway > 0, 'no ingest was still running when killed: make the batch larger');
  const rerun = chronicle(['ingest', '--quiet', '--json', '--db', db, file]);
  assert.equal(rerun.code, 0, rerun.stderr);
  const summary = JSON.parse(rerun.stdout);
  assert.equal(summary.inserted + summary.unchanged, n);
  assert.equal(await assertConsistent(db, expected), n);
});

test('two ingests writing the same SQLite file at once both succeed', async () => {
  const dir = tempDir('chronicle-concurrent-');
  const a = join(dir, 'a.jsonl');
  const b = join(dir, 'b.jsonl');
  const all = batch(300).trim().split('\n');
  writeFileSync(a, `${all.slice(0, 200).join('\n')}\n`);
  writeFileSync(b, `${all.slice(100).join('\n')}\n`); // 100 articles overlap
  const db = join(dir, 'c.db');
  const codes = await Promise.all([a, b].map((f) => ingestProcess(db, f).exited));
  assert.deepEqual(codes, [0, 0]);
  const expected = new Map(all.map((l) => [JSON.parse(l).id as string, '']));
  assert.equal(await assertConsistent(db, expected), 300);
});
