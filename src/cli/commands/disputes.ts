import { Command } from 'commander';
import { crossArticleDisputes } from '../../corpus/cross-disputes.js';
import { SqliteStore } from '../../store/sqlite/sqlite-store.js';
import { actorLabel, jsonFormat, table } from '../format.js';
import { annotationsCommand, printAnnotations } from './annotations.js';

type Row = Record<string, any>;

/**
 * Contradictions found inside articles (stored by the pipeline), and with `--across`, disputes
 * between the claims of different stored articles.
 */
export function disputesCommand(): Command {
  const command = annotationsCommand('disputes', 'contradiction', 'list disputes: two sources giving incompatible versions of one event (within articles; --across: between articles)');
  command.option('--across', 'compare the claims of different stored articles instead');
  command.action(async (opts) => {
    if (!opts.across) return printAnnotations('contradiction', opts);
    const store = SqliteStore.open(opts.db);
    try {
      const rows: Row[] = [];
      for await (const d of crossArticleDisputes(store.articles())) {
        rows.push(d);
        if (opts.limit && rows.length >= opts.limit) break;
      }
      const json = jsonFormat(rows, opts.format);
      if (json !== undefined) process.stdout.write(json);
      else if (!rows.length) process.stdout.write('no disputes between articles\n');
      else process.stdout.write(`${table(['reason', 'side A', 'side B', 'summary'], rows.map((d) => [d.reason, `${actorLabel(d.sides[0].speaker)} (${d.sides[0].articleId.slice(0, 8)})`, `${actorLabel(d.sides[1].speaker)} (${d.sides[1].articleId.slice(0, 8)})`, d.summary]), 60)}\n`);
    } finally {
      await store.close();
    }
  });
  return command;
}
