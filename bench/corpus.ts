import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { ArticleInput } from '../src/input/article-input.js';

/** The benchmark corpus: PolNeAR train texts with their publication dates. */
export interface Corpus {
  readonly inputs: readonly ArticleInput[];
  readonly bytes: number;
  readonly dir: string;
}

/**
 * Reads up to `limit` texts of `<polnear>/train/text` in file-name order, each dated by the
 * `publication_date` of its row in `metadata-train-dev.tsv` (matched on `filename`). Texts
 * without a dated row are left out. Returns undefined when the folder is absent.
 */
export function loadPolnear(polnear: string, limit: number): Corpus | undefined {
  const dir = join(polnear, 'train', 'text');
  const meta = join(polnear, 'metadata-train-dev.tsv');
  if (!existsSync(dir) || !statSync(dir).isDirectory() || !existsSync(meta)) return undefined;
  const dates = readDates(meta);
  const inputs: ArticleInput[] = [];
  let bytes = 0;
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
    if (inputs.length >= limit) break;
    const date = dates.get(name.slice(0, -'.txt'.length));
    if (!date) continue;
    const buffer = readFileSync(join(dir, name));
    bytes += buffer.length;
    inputs.push({ text: buffer.toString('utf8'), date, source: 'polnear', origin: name });
  }
  return { inputs, bytes, dir };
}

function readDates(path: string): Map<string, string> {
  const [header, ...rows] = readFileSync(path, 'utf8').split(/\r?\n/);
  const columns = (header ?? '').split('\t');
  const file = columns.indexOf('filename');
  const date = columns.indexOf('publication_date');
  const dates = new Map<string, string>();
  if (file < 0 || date < 0) return dates;
  for (const row of rows) {
    const cells = row.split('\t');
    const value = cells[date]?.trim() ?? '';
    if (cells[file] && /^\d{4}-\d{2}-\d{2}$/.test(value)) dates.set(cells[file]!, value);
  }
  return dates;
}
