import { existsSync } from 'node:fs';
import { Command } from 'commander';
import { ChronicleError } from '../../errors.js';
import { contentHash, toArticle } from '../../input/article-input.js';
import { readInputs } from '../../input/read-inputs.js';
import type { ArticleJson } from '../../output/article-json.js';
import type { Store } from '../../store/store.js';
import { SqliteStore } from '../../store/sqlite/sqlite-store.js';
import { actorLabel, actorsLabel } from '../format.js';
import { dbOption } from '../options.js';

type Row = Record<string, any>;

export function showCommand(): Command {
  return new Command('show')
    .description('print one stored article with everything extracted from it')
    .argument('<article>', 'article id, id prefix, or the path it was ingested from')
    .addOption(dbOption())
    .option('--json', 'print the full JSON (schema/article.schema.json)')
    .option('--date <date>', 'when <article> is a plain-text file: the date it was ingested with')
    .action(async (ref: string, opts) => {
      const store = SqliteStore.open(opts.db);
      try {
        const article = await findArticle(store, ref, opts.date);
        if (!article) throw new ChronicleError('E_NOT_FOUND', `no stored article matches "${ref}"`);
        process.stdout.write(opts.json ? `${JSON.stringify(article, null, 2)}\n` : render(article));
      } finally {
        await store.close();
      }
    });
}

/** By id, id prefix or origin; a path of a file not found by origin is read and found by its content hash. */
export async function findArticle(store: Store, ref: string, date?: string): Promise<ArticleJson | undefined> {
  const direct = await store.getArticle(ref);
  if (direct || !existsSync(ref)) return direct;
  for await (const item of readInputs([ref], { date })) {
    if (!item.ok) continue;
    const hit = await store.findByHash(contentHash(toArticle(item.input).text));
    if (hit) return store.getArticle(hit.id);
  }
  return undefined;
}

function render(a: ArticleJson): string {
  const out: string[] = [];
  const art = a.article;
  out.push(`${art.title ?? '(untitled)'}  [${art.id}]`);
  out.push(`published ${art.publishedAt}${art.source ? ` · ${art.source}` : ''}${art.url ? ` · ${art.url}` : ''} · lang ${art.lang} · ${a.pipeline.version}`);
  if (art.skipped) out.push(`not extracted: ${art.skipped}`);
  const section = (title: string, lines: string[]) => {
    if (lines.length) out.push('', `${title} (${lines.length})`, ...lines.map((l) => `  ${l}`));
  };
  const ev = (x: Row) => JSON.stringify(x.span?.text ?? '');
  const places = new Map((a.places as Row[]).map((p) => [p.id, p]));
  section('Events', (a.events as Row[]).map((e) => {
    const flags = [e.negated && 'negated', e.hypothetical && 'hypothetical', e.future && 'future', e.historical && 'historical'].filter(Boolean);
    const place = e.placeId ? places.get(e.placeId)?.name : undefined;
    const sizes = (e.sizes as Row[]).map((s) => `${s.kind} ${s.value}${s.lemma ? ` ${s.lemma}` : ''}`).join(', ');
    return `${e.id} ${e.eventType}${e.mode ? `:${e.mode}` : ''} (CAMEO ${e.cameo ?? '-'}) ${actorsLabel(e.actors)} -> ${actorsLabel(e.recipients)}` +
      `${place ? ` @ ${place}` : ''} on ${e.date?.value}${sizes ? ` · ${sizes}` : ''}${flags.length ? ` · ${flags.join(', ')}` : ''}\n    ${ev(e)}`;
  }));
  section('Places', (a.places as Row[]).map((p) =>
    `${p.span.text} -> ${p.name}${p.geonameId ? ` (GeoNames ${p.geonameId}, ${p.featureClass}.${p.featureCode}, ${p.countryIso3 ?? ''})` : ' (unresolved)'}` +
    `${p.role === 'actor' ? ` = actor ${actorLabel(p.actor)}` : ''}`));
  section('Times', (a.times as Row[]).map((t) => `${ev(t)} -> ${t.timexType} ${t.value}${t.range ? ` [${t.range.start} .. ${t.range.end})` : ''}`));
  section('Quantities', (a.quantities as Row[]).map((q) => `${ev(q)} -> ${q.comparator !== '=' ? q.comparator : ''}${q.value}${q.counted ? ` ${q.counted.lemma}` : ''}`));
  section('Quotes', (a.quotes as Row[]).map((q) => `${q.quoteType} ${q.cueKind} by ${actorLabel(q.speaker) || '(unknown)'}: ${JSON.stringify(q.content.text)}`));
  section('Contradictions', (a.contradictions as Row[]).map((c) => `${c.reason}: ${c.summary}`));
  section('Entities', (a.entities as Row[]).map((e) => `${ev(e)} -> ${e.type} ${e.name}${e.country ? ` ${e.country}` : ''}${e.sector ? ` ${e.sector}` : ''}`));
  return `${out.join('\n')}\n`;
}
