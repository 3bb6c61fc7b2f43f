import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { splitCode } from '../extract/entities/user-dictionary.js';
import { eventPipeline } from '../extract/events/event-pipeline.js';
import { ROOT } from '../index.js';
import type { Actor } from '../model/actor.js';
import type { EventAnnotation } from '../model/annotation.js';
import { ResourceCache } from '../pipeline/context.js';
import type { EvalTask } from './task.js';

/** One `<Sentence>` of the PETRARCH unit-test file with its expected codings. */
export interface PetrarchRecord {
  readonly id: string;
  readonly date: string;
  readonly text: string;
  /** Expected codings; empty when the record expects no event. */
  readonly codings: readonly { readonly source: string; readonly target: string; readonly code: string }[];
  /** Records that test discards and dateline errors are not scored. */
  readonly skip: boolean;
}

const ATTR = (attrs: string, name: string): string | undefined =>
  new RegExp(`${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(attrs)?.slice(1).find((v) => v !== undefined);

/** Reads the records (and the dictionaries the file's `<Environment>` names). */
export function readPetrarchRecords(xml: string): { records: PetrarchRecord[]; actorFile?: string; agentFile?: string } {
  const records: PetrarchRecord[] = [];
  for (const m of xml.matchAll(/<Sentence\b([^>]*)>([\s\S]*?)<\/Sentence>/g)) {
    const attrs = m[1]!;
    const body = m[2]!.replace(/<!--[\s\S]*?-->/g, '');
    const text = /<Text>([\s\S]*?)<\/Text>/.exec(body)?.[1]?.replace(/\s+/g, ' ').replace(/&amp;/g, '&').trim() ?? '';
    const codings: PetrarchRecord['codings'][number][] = [];
    let skip = false;
    for (const c of body.matchAll(/<EventCoding\b([^>]*)>/g)) {
      const a = c[1]!;
      if (ATTR(a, 'error')) skip = true;
      const code = ATTR(a, 'eventcode');
      if (code) codings.push({ source: ATTR(a, 'sourcecode') ?? '', target: ATTR(a, 'targetcode') ?? '', code });
    }
    const date = ATTR(attrs, 'date') ?? '20000101';
    records.push({ id: ATTR(attrs, 'id') ?? String(records.length), date: `${date.slice(0, 4)}-${date.slice(4, 6)}-${date.slice(6, 8)}`, text, codings, skip });
  }
  const actorFile = /<Actorfile>([^<]+)<\/Actorfile>/.exec(xml)?.[1]?.trim();
  const agentFile = /<Agentfile>([^<]+)<\/Agentfile>/.exec(xml)?.[1]?.trim();
  return { records, ...(actorFile ? { actorFile } : {}), ...(agentFile ? { agentFile } : {}) };
}

/**
 * Does a predicted actor carry an expected PETRARCH code? Country (or IGO) must agree; the sector
 * must agree when the expected code names one ("CALGOV"); "---GOV" compares the sector only.
 */
export function petrarchCodeMatches(actor: Actor | undefined, expected: string): boolean {
  if (!actor) return false;
  const raw = expected.trim().replace(/^"|"$/g, '');
  if (!/^[A-Z-]{3,}$/.test(raw)) return false;
  const noCountry = raw.startsWith('---');
  const want = splitCode(noCountry ? `~${raw.slice(3)}` : raw);
  if (!noCountry) {
    if (want.igo) {
      if (!actor.igo && actor.sector !== 'IGO') return false;
    } else if (want.country !== actor.country) return false;
  }
  return want.sector === undefined || want.sector === 'IGO' || want.sector === actor.sector;
}

const hasCode = (a: Actor): boolean => Boolean(a.country || a.igo);
/**
 * Events PETRARCH would code under its own `require_dyad = True` (PETR_config.ini): an actor and a
 * recipient, each carrying a country or organisation code (not bare "crowds").
 */
const coded = (events: readonly EventAnnotation[]) => events.filter((e) => e.actors.some(hasCode) && e.recipients.some(hasCode));

export const petrarchTask: EvalTask = {
  name: 'petrarch',
  summary: 'PETRARCH2 unit-test records: CAMEO root code, source and target agreement, no-event accuracy',
  async run(path, options, progress) {
    const xml = readFileSync(path, 'utf8');
    const { records, actorFile, agentFile } = readPetrarchRecords(xml);
    const dictDir = join(dirname(path), '..', 'dictionaries');
    const dictionaries = [actorFile, agentFile].filter((f): f is string => Boolean(f)).map((f) => join(dictDir, f)).filter((f) => existsSync(f));
    const limit = typeof options.limit === 'string' ? Number.parseInt(options.limit, 10) : undefined;
    const scored = records.filter((r) => !r.skip).slice(0, limit);
    const resources = new ResourceCache(join(ROOT, 'resources'));
    const pipeline = eventPipeline(resources, { actorDictionaries: dictionaries });
    let codings = 0;
    let rootOk = 0;
    let srcOk = 0;
    let tgtOk = 0;
    let expectNone = 0;
    let noneOk = 0;
    let recordsWithEvents = 0;
    progress.start(scored.length);
    for (const record of scored) {
      const doc = pipeline.run({ id: record.id, text: record.text.normalize('NFC'), publishedAt: record.date, timezone: 'UTC' });
      const events = coded(doc.all('event'));
      if (record.codings.length === 0) {
        expectNone++;
        if (events.length === 0) noneOk++;
      } else {
        recordsWithEvents++;
        for (const c of record.codings) {
          codings++;
          const sameRoot = events.filter((e) => e.cameo?.slice(0, 2) === c.code.slice(0, 2));
          if (sameRoot.length > 0) rootOk++;
          const pool = sameRoot.length > 0 ? sameRoot : events;
          if (pool.some((e) => e.actors.some((a) => petrarchCodeMatches(a, c.source)))) srcOk++;
          if (pool.some((e) => e.recipients.some((a) => petrarchCodeMatches(a, c.target)))) tgtOk++;
        }
      }
      progress.tick();
    }
    progress.stop();
    const frac = (a: number, b: number) => (b > 0 ? a / b : 0);
    const metrics = {
      root_code_agreement: frac(rootOk, codings),
      source_agreement: frac(srcOk, codings),
      target_agreement: frac(tgtOk, codings),
      no_event_accuracy: frac(noneOk, expectNone),
      n_gold: scored.length,
    };
    const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
    const report = [
      `PETRARCH2 unit-test records: ${scored.length} scored (${records.length - scored.length} discard/dateline tests skipped); ${recordsWithEvents} expect events (${codings} codings), ${expectNone} expect none`,
      `dictionaries loaded as user actor resources: ${dictionaries.map((d) => d.split('/').pop()).join(', ') || 'none'}; verbs coded by Chronicle's own lexicon`,
      `CAMEO root code agreement ${pct(metrics.root_code_agreement)}   (expected coding matched by an event with the same two-digit root)`,
      `source agreement          ${pct(metrics.source_agreement)}   (an actor of a same-root event, else of any event, carries the source code)`,
      `target agreement          ${pct(metrics.target_agreement)}`,
      `no-event accuracy         ${pct(metrics.no_event_accuracy)}   (records expecting none with no dyadic event: actor and recipient coded, as PETRARCH's require_dyad)`,
      `note: many expected codes come from PETRARCH's validation verb dictionary, which deliberately uses test codes (e.g. 9xx, 345)`,
    ];
    return { metrics, report };
  },
};
