import { Command } from 'commander';
import type { AnnotationRow } from '../../store/store.js';
import { SqliteStore } from '../../store/sqlite/sqlite-store.js';
import { actorLabel, csv, jsonFormat, table } from '../format.js';
import { dbOption, formatOption } from '../options.js';

type Row = Record<string, any>;
type Kind = 'quote' | 'claim' | 'contradiction';

const COLUMNS: Record<Kind, { headers: string[]; cells: (a: Row) => string[] }> = {
  quote: {
    headers: ['type', 'cue', 'speaker', 'content'],
    cells: (a) => [a.quoteType, `${a.cueKind}${a.cue ? ` "${a.cue.text}"` : ''}`, actorLabel(a.speaker), a.content?.text ?? ''],
  },
  claim: {
    headers: ['stance', 'speaker', 'events', 'content'],
    cells: (a) => [a.stance, actorLabel(a.speaker), (a.eventIds ?? []).join(' '), a.content?.text ?? ''],
  },
  contradiction: {
    headers: ['reason', 'sides', 'summary'],
    cells: (a) => [a.reason, (a.sides ?? []).map((s: Row) => actorLabel(s.speaker)).join(' vs '), a.summary ?? ''],
  },
};

/** `quotes`, `claims` and `disputes`: stored annotations of one kind, as table, JSON, JSON Lines or CSV. */
export function annotationsCommand(name: string, kind: Kind, description: string): Command {
  return new Command(name)
    .description(description)
    .addOption(dbOption())
    .option('--article <id>', 'only this article')
    .option('--text <text>', 'only those whose JSON contains this text (speaker, content…)')
    .option('--limit <n>', 'at most n', (v) => Number(v))
    .addOption(formatOption(['table', 'json', 'jsonl', 'csv'], 'table'))
    .action((opts) => printAnnotations(kind, opts));
}

/** Prints the stored annotations of one kind in the format asked for. */
export async function printAnnotations(kind: Kind, opts: Record<string, any>): Promise<void> {
  const store = SqliteStore.open(opts.db);
  try {
    const rows = await store.annotations(kind, { article: opts.article, text: opts.text, limit: opts.limit });
    process.stdout.write(formatRows(rows, kind, opts.format));
  } finally {
    await store.close();
  }
}

function formatRows(rows: readonly AnnotationRow[], kind: Kind, format: string): string {
  const { headers, cells } = COLUMNS[kind];
  const json = jsonFormat(rows, format);
  if (json !== undefined) return json;
  switch (format) {
    case 'csv':
      return csv(['article_id', 'id', ...headers], rows.map((r) => [r.articleId, String(r.annotation.id), ...cells(r.annotation)]));
    default:
      return rows.length ? `${table(['article', ...headers], rows.map((r) => [r.articleId.slice(0, 8), ...cells(r.annotation)]))}\n` : `no ${kind}s\n`;
  }
}
