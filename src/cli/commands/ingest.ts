import { Command, Option } from 'commander';
import { SingleBar, Presets } from 'cli-progress';
import { createEngine } from '../../index.js';
import { ChronicleError } from '../../errors.js';
import { contentHash, toArticle } from '../../input/article-input.js';
import { DEFAULT_MAX_ARTICLE_BYTES, readInputs } from '../../input/read-inputs.js';
import type { Article } from '../../model/article.js';
import type { ArticleJson } from '../../output/article-json.js';
import { WorkerPool } from '../../pipeline/worker-pool.js';
import { SqliteStore } from '../../store/sqlite/sqlite-store.js';
import { dbOption } from '../options.js';

/** Counts printed at the end of an ingest (and as JSON with `--json`). */
export interface IngestSummary {
  articles: number;
  inserted: number;
  replaced: number;
  unchanged: number;
  skippedLanguage: number;
  events: number;
  places: number;
  quotes: number;
  errors: number;
  /** Files a directory walk left out (not an article format), named on stderr. */
  filesSkipped: number;
}

export function ingestCommand(): Command {
  return new Command('ingest')
    .description('read articles (seed format, plain text, JSON Lines, HTML; files, directories or - for stdin), extract, and store them')
    .argument('<paths...>', 'files, directories (read recursively) or - for standard input')
    .addOption(dbOption())
    .option('--date <date>', 'publication date for inputs that carry none (YYYY-MM-DD or date-time with offset)')
    .option('--source <name>', 'source name for inputs that carry none')
    .option('--url <url>', 'URL for inputs that carry none')
    .option('--title <title>', 'title for inputs that carry none')
    .option('--timezone <zone>', 'timezone of the article dates (UTC or an offset such as +03:00)', 'UTC')
    .addOption(new Option('--input-format <format>', 'how to read the inputs').choices(['auto', 'seed', 'text', 'jsonl', 'html']).default('auto'))
    .option('--max-article-bytes <n>', 'skip articles larger than this', (v) => Number(v), DEFAULT_MAX_ARTICLE_BYTES)
    .option('--workers <n>', 'worker threads running the pipeline (1: in this process)', (v) => Math.max(1, Math.floor(Number(v)) || 1), 1)
    .option('--reprocess', 'run the pipeline again on articles already stored with the same text')
    .option('--config <path>', 'pipeline config (default config/pipeline.default.json)')
    .option('--json', 'print the summary as JSON')
    .option('--quiet', 'no progress bar')
    .action(async (paths: string[], opts) => {
      const summary = await ingest(paths, opts);
      process.exitCode = summary.errors > 0 ? 1 : 0;
    });
}

export async function ingest(paths: string[], opts: Record<string, any>): Promise<IngestSummary> {
  const engineOptions = opts.config ? { config: opts.config } : {};
  const workers: number = opts.workers ?? 1;
  const pool = workers > 1 ? await WorkerPool.start(workers, engineOptions) : undefined;
  const engine = pool ? undefined : createEngine(engineOptions);
  const store = SqliteStore.open(opts.db);
  const summary: IngestSummary = { articles: 0, inserted: 0, replaced: 0, unchanged: 0, skippedLanguage: 0, events: 0, places: 0, quotes: 0, errors: 0, filesSkipped: 0 };
  const bar = process.stderr.isTTY && !opts.quiet && !opts.json
    ? new SingleBar({ format: 'ingest {value} articles | {rate}/s | errors {errors} | {file}', stream: process.stderr, hideCursor: true }, Presets.shades_classic)
    : undefined;
  const started = performance.now();
  bar?.start(0, 0, { rate: 0, errors: 0, file: '' });
  const report = (error: unknown) => {
    summary.errors++;
    const message = error instanceof ChronicleError ? error.describe() : `error: ${(error as Error).message}`;
    if (bar) bar.stop();
    process.stderr.write(`${message}\n`);
    if (bar) bar.start(0, summary.articles, { rate: 0, errors: summary.errors, file: '' });
  };
  const progress = (article: Article) => {
    const seconds = (performance.now() - started) / 1000;
    bar?.setTotal(summary.articles);
    bar?.update(summary.articles, { rate: Math.round(summary.articles / Math.max(seconds, 0.001)), errors: summary.errors, file: article.origin ?? '' });
  };
  // Articles being processed, stored in the order they were read (so the store's order is stable).
  const inflight: { article: Article; result: Promise<ArticleJson> }[] = [];
  const drain = async (keep: number) => {
    while (inflight.length > keep) {
      const { article, result } = inflight.shift()!;
      try {
        const json = await result;
        const outcome = await store.saveArticle(json, { reprocess: opts.reprocess });
        summary[outcome]++;
        if (outcome !== 'unchanged') {
          if (json.article.skipped) summary.skippedLanguage++;
          summary.events += json.events.length;
          summary.places += json.places.length;
          summary.quotes += json.quotes.length;
        }
      } catch (error) {
        report(error);
      }
      progress(article);
    }
  };
  try {
    for await (const item of readInputs(paths, {
      date: opts.date, source: opts.source, url: opts.url, title: opts.title, timezone: opts.timezone,
      format: opts.inputFormat, maxArticleBytes: opts.maxArticleBytes,
      onSkip: (path, reason) => {
        summary.filesSkipped++;
        if (!opts.quiet) process.stderr.write(`${path}: skipped: ${reason}\n`);
      },
    })) {
      if (!item.ok) {
        report(item.error);
        continue;
      }
      let article: Article;
      try {
        article = toArticle(item.input);
      } catch (error) {
        report(error);
        continue;
      }
      summary.articles++;
      if (!opts.reprocess && (await store.findByHash(contentHash(article.text)))) {
        summary.unchanged++;
        progress(article);
        continue;
      }
      const result = pool ? pool.process(article) : (() => { try { return Promise.resolve(engine!.process(article)); } catch (e) { return Promise.reject(e); } })();
      inflight.push({ article, result });
      await drain(pool ? pool.size * 4 : 0);
    }
    await drain(0);
  } finally {
    bar?.stop();
    await store.close();
    await pool?.close();
  }
  if (opts.json) process.stdout.write(`${JSON.stringify(summary)}\n`);
  else {
    process.stdout.write(
      `articles: ${summary.articles} (${summary.inserted} new, ${summary.replaced} reprocessed, ${summary.unchanged} unchanged` +
        `${summary.skippedLanguage ? `, ${summary.skippedLanguage} not English: stored, not extracted` : ''})\n` +
        `events: ${summary.events}  places: ${summary.places}  quotes: ${summary.quotes}  errors: ${summary.errors}` +
        `${summary.filesSkipped ? `  files skipped: ${summary.filesSkipped}` : ''}\n`,
    );
  }
  return summary;
}
