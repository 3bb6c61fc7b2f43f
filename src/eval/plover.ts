import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { eventPipeline } from '../extract/events/event-pipeline.js';
import { ROOT } from '../index.js';
import type { Actor } from '../model/actor.js';
import type { EventAnnotation, PloverType } from '../model/annotation.js';
import { ResourceCache } from '../pipeline/context.js';
import type { EvalTask } from './task.js';

/** One record of PLOVER_GSR_CAMEO.txt (the fields the scorer reads). */
interface GoldRecord {
  readonly id: string;
  readonly event: string;
  readonly mode?: string;
  readonly text?: string;
  readonly date?: string;
  readonly source?: readonly GoldActor[] | string;
  readonly target?: readonly GoldActor[] | string;
  readonly textInfo?: { readonly markup?: string };
}
interface GoldActor { readonly actorText?: string; readonly code?: string; readonly sector?: string }

/** The gold file's older category names, read as the current 16 types (and the mode they imply). */
export const OLD_LABELS: Readonly<Record<string, { type: PloverType; mode?: string }>> = {
  DEMAND: { type: 'REQUEST' },
  DISAPPROVE: { type: 'ACCUSE', mode: 'disapprove' },
  INVESTIGATE: { type: 'ACCUSE', mode: 'investigate' },
  FIGHT: { type: 'ASSAULT' },
};
/** Older mode names, read as the current ones. */
export const OLD_MODES: Readonly<Record<string, string>> = {
  'strike-hun': 'hunger', 'strike-gen': 'strike', 'riot-spon': 'riot', 'demo-org': 'demo', 'demo-spon': 'demo',
  detain: 'arrest', confiscate: 'seize', host: 'visit', assassinate: 'targeted', weapons: 'troops',
};
/** CAMEO country codes that differ from ISO 3166 alpha-3. */
const CAMEO_COUNTRY: Readonly<Record<string, string>> = { JAP: 'JPN', ITL: 'ITA', VTN: 'VNM' };

const TYPES: readonly PloverType[] = [
  'AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST',
  'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT',
];

/** Does a predicted actor carry the gold code ("USA", "IGO", "NGO")? */
export function codeMatches(actor: Actor | undefined, gold: string | undefined): boolean {
  if (!actor || !gold) return false;
  const code = CAMEO_COUNTRY[gold] ?? gold;
  if (code === 'IGO') return Boolean(actor.igo) || actor.sector === 'IGO';
  if (code === 'NGO') return actor.sector === 'NGO';
  return actor.country === code;
}

const list = (v: GoldRecord['source']): readonly GoldActor[] => (Array.isArray(v) ? v : []);

/**
 * The event that answers a gold sentence: the one whose trigger covers the gold trigger word
 * (first `(EVT: …)` of the markup), else the sentence's first event in text order.
 */
function pick(events: readonly EventAnnotation[], text: string, record: GoldRecord): EventAnnotation | undefined {
  const evt = /\(EVT:\s*([^)]+)\)/.exec(record.textInfo?.markup ?? '')?.[1]?.trim();
  if (evt) {
    const at = text.indexOf(evt);
    if (at >= 0) {
      const hit = events.find((e) => e.trigger.start <= at + evt.length && e.trigger.end >= at);
      if (hit) return hit;
    }
  }
  return [...events].sort((a, b) => a.trigger.start - b.trigger.start)[0];
}

export const ploverTask: EvalTask = {
  name: 'plover',
  summary: 'PLOVER event coding on the 322 gold sentences (type, mode, actor and recipient codes)',
  async run(path, options, progress) {
    const records = (JSON.parse(readFileSync(path, 'utf8')) as GoldRecord[]).filter((r) => r.text && r.event !== 'DOCUMENT');
    const limit = typeof options.limit === 'string' ? Number.parseInt(options.limit, 10) : undefined;
    const gold = limit ? records.slice(0, limit) : records;
    const resources = new ResourceCache(join(ROOT, 'resources'));
    const pipeline = eventPipeline(resources, { ploverIntent: true });
    let typeOk = 0;
    let modeOk = 0;
    let modeN = 0;
    let actorOk = 0;
    let actorN = 0;
    let recipOk = 0;
    let recipN = 0;
    let sectorOk = 0;
    let sectorN = 0;
    let noEvent = 0;
    const confusion = new Map<string, number>();
    const tp = new Map<string, number>();
    const fp = new Map<string, number>();
    const fn = new Map<string, number>();
    const inc = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
    progress.start(gold.length);
    for (const record of gold) {
      const text = record.text!.normalize('NFC');
      const doc = pipeline.run({ id: record.id, text, publishedAt: /^\d{4}-\d{2}-\d{2}$/.test(record.date ?? '') ? record.date! : '2000-01-01', timezone: 'UTC' });
      const event = pick(doc.all('event'), text, record);
      const old = OLD_LABELS[record.event];
      const goldType = old?.type ?? (record.event as PloverType);
      const goldMode = record.mode ? (OLD_MODES[record.mode] ?? record.mode) : old?.mode;
      const predicted = event?.eventType ?? 'NONE';
      if (!event) noEvent++;
      if (predicted === goldType) {
        typeOk++;
        inc(tp, goldType);
      } else {
        inc(fn, goldType);
        inc(fp, predicted);
        inc(confusion, `${goldType}→${predicted}`);
      }
      if (goldMode) {
        modeN++;
        if (event?.mode === goldMode) modeOk++;
      }
      const src = list(record.source).filter((a) => a.code);
      if (src.length > 0) {
        actorN++;
        const first = event?.actors[0];
        const hit = src.find((a) => codeMatches(first, a.code));
        if (hit) actorOk++;
        const withSector = src.find((a) => a.sector && /^[A-Z]{3}/.test(a.sector));
        if (withSector) {
          sectorN++;
          if (first?.sector && first.sector === withSector.sector!.slice(0, 3)) sectorOk++;
        }
      }
      const tgt = list(record.target).filter((a) => a.code);
      if (tgt.length > 0) {
        recipN++;
        if (tgt.some((a) => codeMatches(event?.recipients[0], a.code))) recipOk++;
      }
      progress.tick();
    }
    progress.stop();
    const f1s = TYPES.filter((t) => (tp.get(t) ?? 0) + (fn.get(t) ?? 0) > 0).map((t) => {
      const p = (tp.get(t) ?? 0) / Math.max(1, (tp.get(t) ?? 0) + (fp.get(t) ?? 0));
      const r = (tp.get(t) ?? 0) / Math.max(1, (tp.get(t) ?? 0) + (fn.get(t) ?? 0));
      return p + r > 0 ? (2 * p * r) / (p + r) : 0;
    });
    const frac = (a: number, b: number) => (b > 0 ? a / b : 0);
    const metrics = {
      event_accuracy: frac(typeOk, gold.length),
      event_macro_f1: f1s.reduce((a, b) => a + b, 0) / Math.max(1, f1s.length),
      mode_accuracy: frac(modeOk, modeN),
      actor_code_accuracy: frac(actorOk, actorN),
      recipient_code_accuracy: frac(recipOk, recipN),
      actor_sector_accuracy: frac(sectorOk, sectorN),
      n_gold: gold.length,
    };
    const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
    const report = [
      `PLOVER gold sentences: ${gold.length} (old labels mapped: DEMAND→REQUEST, DISAPPROVE→ACCUSE:disapprove, INVESTIGATE→ACCUSE:investigate, FIGHT→ASSAULT)`,
      `event type accuracy   ${pct(metrics.event_accuracy)}   macro-F1 ${pct(metrics.event_macro_f1)}   (no event: ${noEvent})`,
      `mode accuracy         ${pct(metrics.mode_accuracy)}   over ${modeN} records with a gold mode`,
      `actor code accuracy   ${pct(metrics.actor_code_accuracy)}   over ${actorN} records (first predicted actor's code among the gold actors' codes)`,
      `recipient code acc.   ${pct(metrics.recipient_code_accuracy)}   over ${recipN} records with a gold target`,
      `actor sector accuracy ${pct(metrics.actor_sector_accuracy)}   over ${sectorN} records with a gold sector`,
      `coding convention: PLOVER manual (future cooperation coded AGREE: events stage option ploverIntent)`,
      `scored event: the one whose trigger covers the gold (EVT: …) word, else the sentence's first event`,
      `most frequent confusions: ${[...confusion].sort((a, b) => b[1] - a[1]).slice(0, 8).map(([k, n]) => `${k} ${n}`).join(', ')}`,
    ];
    return { metrics, report };
  },
};
