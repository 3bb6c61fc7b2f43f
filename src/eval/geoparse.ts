import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createEngine, ROOT } from '../index.js';
import { ChronicleError } from '../errors.js';
import { extractPlaces, resolveSpans } from '../extract/places/index.js';
import { loadPlaceLexicon } from '../extract/places/lexicon.js';
import { openGazetteer } from '../resources/gazetteer/gazetteer.js';
import type { EvalTask } from './task.js';

/** One gold toponym: span into the article text, GeoNames id (LGL) and coordinates when given. */
export interface GoldToponym {
  readonly start: number;
  readonly end: number;
  readonly phrase: string;
  readonly geonameId?: number;
  readonly lat?: number;
  readonly lon?: number;
}

export interface GoldArticle {
  readonly text: string;
  readonly toponyms: readonly GoldToponym[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
function decode(s: string): string {
  const cdata = /^\s*<!\[CDATA\[([\s\S]*)\]\]>\s*$/.exec(s);
  if (cdata) return cdata[1]!;
  return s.replace(/&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);/gi, (_, e: string) =>
    e[0] === '#' ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : ENTITIES[e.toLowerCase()]!,
  );
}
const field = (xml: string, tag: string): string | undefined => {
  const m = new RegExp(`<${tag}(?:\\s[^>]*)?>([\\s\\S]*?)</${tag}>`).exec(xml);
  return m ? decode(m[1]!) : undefined;
};

/**
 * Reads LGL (`<toponym>` with `<gaztag geonameid>`), GeoVirus (`<location>` with `<lat>`, `<lon>`;
 * its offsets are one too large, so they are shifted back) and GeoWebNews-style files (either element).
 */
export function parseGeoCorpus(xml: string, format: 'lgl' | 'geovirus' | 'gwn'): GoldArticle[] {
  const shift = format === 'geovirus' ? 1 : 0;
  const articles: GoldArticle[] = [];
  for (const a of xml.matchAll(/<article\b[^>]*>([\s\S]*?)<\/article>/g)) {
    const body = a[1]!;
    const text = field(body, 'text') ?? '';
    const toponyms: GoldToponym[] = [];
    for (const t of body.matchAll(/<(toponym|location)>([\s\S]*?)<\/\1>/g)) {
      const x = t[2]!;
      const start = Number(field(x, 'start')) - shift;
      const end = Number(field(x, 'end')) - shift;
      if (!Number.isInteger(start) || !Number.isInteger(end) || end <= start) continue;
      const gid = /geonameid="(\d+)"/.exec(x)?.[1] ?? field(x, 'geonameid');
      const lat = field(x, 'lat');
      const lon = field(x, 'lon');
      toponyms.push({
        start, end, phrase: field(x, 'phrase') ?? field(x, 'name') ?? text.slice(start, end),
        ...(gid ? { geonameId: Number(gid) } : {}),
        ...(lat && lon && lat.trim() !== '' && lon.trim() !== '' ? { lat: Number(lat), lon: Number(lon) } : {}),
      });
    }
    articles.push({ text, toponyms });
  }
  return articles;
}

/** Great-circle distance in km. */
export function haversineKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const r = Math.PI / 180;
  const a = Math.sin(((lat2 - lat1) * r) / 2) ** 2 + Math.cos(lat1 * r) * Math.cos(lat2 * r) * Math.sin(((lon2 - lon1) * r) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(a)));
}

interface Prediction { geonameId?: number; lat?: number; lon?: number }

/** Whether a prediction is right within 161 km (the gold's own GeoNames id counts as right). */
function scoreOne(g: GoldToponym, p: Prediction | undefined): { exact: boolean; within: boolean; km?: number } {
  if (!p) return { exact: false, within: false };
  const exact = g.geonameId !== undefined && p.geonameId === g.geonameId;
  const km = g.lat !== undefined && p.lat !== undefined && p.lon !== undefined ? haversineKm(g.lat, g.lon!, p.lat, p.lon) : undefined;
  return { exact, within: exact || (km !== undefined && km <= 161), ...(km !== undefined ? { km: exact ? 0 : km } : {}) };
}

const median = (xs: number[]): number => {
  if (xs.length === 0) return 0;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const f1 = (p: number, r: number): number => (p + r === 0 ? 0 : (2 * p * r) / (p + r));
const r4 = (x: number): number => Math.round(x * 10000) / 10000;

export const geoparseTask: EvalTask = {
  name: 'geoparse',
  summary: 'toponym recognition and resolution against GeoNames (LGL, GeoVirus, GeoWebNews)',
  options: [
    { flags: '--format <format>', description: 'lgl | geovirus | gwn', default: 'lgl' },
    { flags: '--gazetteer <path>', description: 'gazetteer index to use (default: the embedded one)' },
    { flags: '--limit <n>', description: 'score only the first n articles' },
  ],
  async run(path, options, progress) {
    const format = String(options['format'] ?? 'lgl') as 'lgl' | 'geovirus' | 'gwn';
    if (!['lgl', 'geovirus', 'gwn'].includes(format)) throw new ChronicleError('E_EVAL', `unknown --format ${format} (lgl | geovirus | gwn)`);
    let xml: string;
    try {
      xml = readFileSync(path, 'utf8');
    } catch (error) {
      throw new ChronicleError('E_EVAL', `cannot read ${path}: ${(error as Error).message}`, { file: path });
    }
    const limit = options['limit'] ? Number(options['limit']) : Infinity;
    const articles = parseGeoCorpus(xml, format).slice(0, limit);
    if (articles.length === 0) throw new ChronicleError('E_EVAL', `no <article> found in ${path}`, { file: path });
    const resourcesDir = join(ROOT, 'resources');
    const gaz = openGazetteer({ resourcesDir, ...(typeof options['gazetteer'] === 'string' ? { path: options['gazetteer'] } : {}) });
    const lex = loadPlaceLexicon(resourcesDir);
    const engine = createEngine({ config: { stages: [{ name: 'sentences' }] }, languages: ['en', 'und', ...['de', 'fr', 'es', 'it', 'nl', 'pt']] });
    let nGold = 0, nPred = 0, overlapGold = 0, overlapPred = 0, exactMatch = 0, misaligned = 0;
    let nRes = 0, resExact = 0, resWithin = 0, nIds = 0, idsAbsent = 0, e2eExact = 0, e2eWithin = 0;
    const errors: number[] = [];
    progress.start(articles.length);
    for (const a of articles) {
      if (a.text.trim() === '') {
        progress.tick();
        continue;
      }
      const { doc } = engine.analyse({ text: a.text, date: '2020-01-01' });
      const text = doc.text;
      const tokens = doc.all('token');
      const gold = a.toponyms.filter((g) => g.end <= text.length);
      for (const g of gold) if (text.slice(g.start, g.end) !== g.phrase) misaligned++;
      const preds = extractPlaces(text, tokens, gaz, lex);
      nGold += gold.length;
      nPred += preds.length;
      const usedPred = new Set<number>();
      const e2eOf = new Map<GoldToponym, Prediction>();
      for (const g of gold) {
        let hit = -1;
        for (let k = 0; k < preds.length; k++) {
          const p = preds[k]!.span;
          if (!usedPred.has(k) && p.start < g.end && g.start < p.end) {
            hit = k;
            if (p.start === g.start && p.end === g.end) break;
          }
        }
        if (hit >= 0) {
          usedPred.add(hit);
          overlapGold++;
          const p = preds[hit]!;
          if (p.span.start === g.start && p.span.end === g.end) exactMatch++;
          e2eOf.set(g, p);
        }
      }
      overlapPred += usedPred.size;
      const resolvable = gold.filter((g) => g.lat !== undefined || g.geonameId !== undefined);
      const onGold = resolveSpans(text, tokens, resolvable, gaz, lex);
      resolvable.forEach((g, i) => {
        nRes++;
        if (g.geonameId !== undefined) {
          nIds++;
          if (!gaz.byId(g.geonameId)) idsAbsent++;
        }
        const s = scoreOne(g, onGold[i]);
        if (s.exact) resExact++;
        if (s.within) resWithin++;
        if (s.km !== undefined) errors.push(s.km);
        const e = scoreOne(g, e2eOf.get(g));
        if (e.exact) e2eExact++;
        if (e.within) e2eWithin++;
      });
      progress.tick();
    }
    progress.stop();
    const p = nPred ? overlapPred / nPred : 0;
    const r = nGold ? overlapGold / nGold : 0;
    const exactP = nPred ? exactMatch / nPred : 0;
    const exactR = nGold ? exactMatch / nGold : 0;
    const metrics: Record<string, number> = {
      recognition_p: r4(p), recognition_r: r4(r), recognition_f1: r4(f1(p, r)), recognition_exact_f1: r4(f1(exactP, exactR)),
      ...(nIds > 0 ? { resolution_exact: r4(resExact / nIds) } : {}),
      resolution_acc161: r4(nRes ? resWithin / nRes : 0),
      ...(nIds > 0 ? { e2e_exact: r4(e2eExact / nIds) } : {}),
      e2e_acc161: r4(nRes ? e2eWithin / nRes : 0),
      mean_error_km: Math.round(errors.reduce((x, y) => x + y, 0) / Math.max(1, errors.length)),
      median_error_km: Math.round(median(errors)),
      n_gold: nGold,
    };
    const report = [
      `geoparse on ${path} (${format}, ${articles.length} articles, ${nGold} gold toponyms, ${nRes} with a location)`,
      `recognition  P ${metrics['recognition_p']}  R ${metrics['recognition_r']}  F1 ${metrics['recognition_f1']} (overlapping spans)  exact-span F1 ${metrics['recognition_exact_f1']}`,
      `resolution on gold spans  exact id ${metrics['resolution_exact'] ?? 'n/a (no gold ids)'}  within 161 km ${metrics['resolution_acc161']}`,
      `end to end  exact id ${metrics['e2e_exact'] ?? 'n/a'}  within 161 km ${metrics['e2e_acc161']}`,
      `error km (resolved gold spans with coordinates, ${errors.length})  mean ${metrics['mean_error_km']}  median ${metrics['median_error_km']}`,
      `scoring: a gold id that is the predicted id counts as within 161 km; unresolved or missed toponyms count as wrong;`,
      `${idsAbsent} of ${nIds} gold GeoNames ids are absent from this gazetteer (they can only score by distance)${misaligned ? `; ${misaligned} gold spans do not match their phrase` : ''}`,
    ];
    return { metrics, report };
  },
};
