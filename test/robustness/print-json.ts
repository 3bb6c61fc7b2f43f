/**
 * Prints the output JSON of every fixture article, one line each: run under different `TZ`
 * values by the determinism test, which compares the bytes.
 */
import { join } from 'node:path';
import { createEngine, ROOT } from '../../src/index.js';
import { readInputs } from '../../src/input/read-inputs.js';

const FIXTURES = join(ROOT, 'test', 'fixtures', 'input');
const files = ['rich.txt', 'seed-basic.txt', 'seed-inline.txt', 'plain.txt', 'feed.jsonl', 'page.html', 'page-time.htm'].map((f) => join(FIXTURES, f));
const engine = createEngine();
const lines: string[] = [];
for await (const item of readInputs(files, { date: '2024-03-07', timezone: 'Europe/Vilnius' })) {
  lines.push(item.ok ? JSON.stringify(engine.process({ ...item.input, origin: item.input.origin?.slice(ROOT.length) })) : item.error.describe().slice(ROOT.length));
}
process.stdout.write(`${lines.join('\n')}\n`);
