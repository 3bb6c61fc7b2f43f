import { Command } from 'commander';
import type { EventRow } from '../../store/store.js';
import { SqliteStore } from '../../store/sqlite/sqlite-store.js';
import { actorsLabel, csv, FORMATS, jsonFormat, table } from '../format.js';
import { dbOption, formatOption } from '../options.js';

type Row = Record<string, any>;

export function eventsCommand(): Command {
  return new Command('events')
    .description('list stored events, filtered')
    .addOption(dbOption())
    .option('--from <date>', 'events on or after this date (YYYY-MM-DD)')
    .option('--to <date>', 'events on or before this date (YYYY-MM-DD)')
    .option('--country <iso>', 'ISO-3 code of the place, an actor or a recipient')
    .option('--actor <text>', 'actor or recipient name, code or sector contains this')
    .option('--type <type>', 'PLOVER type (COERCE) or CAMEO code prefix (17)')
    .option('--place <text>', 'place name contains this, or a GeoNames id')
    .option('--text <text>', 'the evidence sentence contains this')
    .option('--article <id>', 'only this article')
    .option('--limit <n>', 'at most n events', (v) => Number(v))
    .addOption(formatOption(FORMATS, 'table'))
    .action(async (opts) => {
      const store = SqliteStore.open(opts.db);
      try {
        const rows = await store.events(opts);
        process.stdout.write(formatEvents(rows, opts.format));
      } finally {
        await store.close();
      }
    });
}

const CSV_HEADERS = [
  'article_id', 'event_id', 'event_type', 'mode', 'cameo', 'contexts', 'date', 'date_start', 'date_end', 'date_precision',
  'actors', 'actor_countries', 'recipients', 'recipient_countries', 'place', 'geonameid', 'country', 'lat', 'lon',
  'sizes', 'negated', 'future', 'evidence', 'evidence_start', 'evidence_end', 'source',
] as const;

export function formatEvents(rows: readonly EventRow[], format: string): string {
  const json = jsonFormat(rows, format);
  if (json !== undefined) return json;
  switch (format) {
    case 'csv':
      return csv(CSV_HEADERS, rows.map((r) => {
        const e = r.event as Row;
        const p = r.place as Row | undefined;
        const codes = (list: Row[]) => list.map((a) => a.country ?? a.igo ?? '').join(';');
        return [
          r.articleId, e.id, e.eventType, e.mode, e.cameo, (e.contexts ?? []).join(';'), e.date?.value, e.date?.start, e.date?.end, e.date?.precision,
          actorsLabel(e.actors), codes(e.actors), actorsLabel(e.recipients), codes(e.recipients),
          p?.name, p?.geonameId, p?.countryIso3, p?.lat, p?.lon,
          (e.sizes as Row[]).map((s) => `${s.kind}:${s.value}${s.lemma ? ` ${s.lemma}` : ''}`).join(';'),
          e.negated ? 1 : 0, e.future ? 1 : 0, e.span?.text, e.span?.start, e.span?.end, r.source,
        ];
      }));
    case 'geojson':
      return `${JSON.stringify(geojson(rows), null, 2)}\n`;
    default:
      if (!rows.length) return 'no events\n';
      return `${table(['date', 'type', 'actors', 'recipients', 'place', 'evidence'], rows.map((r) => {
        const e = r.event as Row;
        return [String(e.date?.value ?? ''), `${e.eventType}${e.mode ? `:${e.mode}` : ''}`, actorsLabel(e.actors), actorsLabel(e.recipients), String(r.place?.name ?? ''), String(e.span?.text ?? '')];
      }))}\n`;
  }
}

/** A point for each event whose place has coordinates. */
export function geojson(rows: readonly EventRow[]) {
  return {
    type: 'FeatureCollection',
    features: rows
      .filter((r) => typeof r.place?.lat === 'number' && typeof r.place?.lon === 'number')
      .map((r) => {
        const e = r.event as Row;
        const p = r.place as Row;
        return {
          type: 'Feature',
          geometry: { type: 'Point', coordinates: [p.lon, p.lat] },
          properties: {
            articleId: r.articleId, eventId: e.id, eventType: e.eventType, mode: e.mode ?? null, cameo: e.cameo ?? null,
            date: e.date?.value, actors: actorsLabel(e.actors), recipients: actorsLabel(e.recipients),
            place: p.name, geonameId: p.geonameId ?? null, precision: p.precision, evidence: e.span?.text,
          },
        };
      }),
  };
}
