import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { ChronicleError } from '../errors.js';
import { ROOT } from '../index.js';
import type { QuoteAnnotation } from '../model/annotation.js';
import type { Span } from '../model/span.js';
import { ResourceCache } from '../pipeline/context.js';
import { buildPipeline, readPipelineConfig, type PipelineConfig } from '../pipeline/config.js';
import { Pipeline } from '../pipeline/pipeline.js';
import { STAGES } from '../pipeline/registry.js';
import type { Stage } from '../pipeline/stage.js';
import { findQuoteRegions } from '../extract/quotes/quote-marks.js';
import type { EvalTask } from './task.js';

/**
 * One attribution: source, cue and content, each the cover of its (possibly discontinuous)
 * brat fragments. Gold attributions without a source ("Attribution-no-source") have none.
 */
export interface AttributionSpans {
  readonly source?: Span;
  readonly cue?: Span;
  readonly content: Span;
  /** The content's fragments when it is discontinuous ("“A,” she said, “B.”"). */
  readonly contentParts?: readonly Span[];
}

/** Reads a PolNeAR brat `.ann`: `T` rows (type, fragments) and `E` rows linking them. */
export function parseBratAttributions(ann: string): AttributionSpans[] {
  const spans = new Map<string, Span>();
  const fragments = new Map<string, Span[]>();
  const events: Record<string, string>[] = [];
  for (const line of ann.split(/\r?\n/)) {
    const t = /^(?<id>T\d+)\t(?<type>\S+) (?<frags>\d+ \d+(?:;\d+ \d+)*)\t/.exec(line);
    if (t) {
      const frags = t.groups!.frags!.split(';').map((f) => f.split(' ').map(Number));
      spans.set(t.groups!.id!, { start: Math.min(...frags.map((f) => f[0]!)), end: Math.max(...frags.map((f) => f[1]!)) });
      if (frags.length > 1) fragments.set(t.groups!.id!, frags.map((f) => ({ start: f[0]!, end: f[1]! })));
      continue;
    }
    const e = /^E\d+\t(?<roles>.*)$/.exec(line);
    if (e) events.push(Object.fromEntries(e.groups!.roles!.trim().split(/\s+/).map((kv) => kv.split(':') as [string, string])));
  }
  const out: AttributionSpans[] = [];
  for (const roles of events) {
    const content = roles.Content ? spans.get(roles.Content) : undefined;
    if (!content) continue;
    const source = roles.Source ? spans.get(roles.Source) : undefined;
    const cue = roles.Cue ? spans.get(roles.Cue) : undefined;
    const parts = fragments.get(roles.Content!);
    out.push({ content, ...(source ? { source } : {}), ...(cue ? { cue } : {}), ...(parts ? { contentParts: parts } : {}) });
  }
  return out;
}

const overlap = (a: Span, b: Span): number => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

/** Pairs gold and predicted items one-to-one, largest overlap first; `ok` decides a pair. */
export function matchOneToOne<G, P>(gold: readonly G[], pred: readonly P[], score: (g: G, p: P) => number): number {
  const pairs: [number, number, number][] = [];
  for (let i = 0; i < gold.length; i++) for (let j = 0; j < pred.length; j++) {
    const s = score(gold[i]!, pred[j]!);
    if (s > 0) pairs.push([s, i, j]);
  }
  pairs.sort((a, b) => b[0] - a[0]);
  const gu = new Uint8Array(gold.length);
  const pu = new Uint8Array(pred.length);
  let n = 0;
  for (const [, i, j] of pairs) {
    if (gu[i] || pu[j]) continue;
    gu[i] = pu[j] = 1;
    n++;
  }
  return n;
}

/** True when at least 90% of the content (its fragments, when discontinuous) lies inside quotation marks. */
export function isDirect(content: Span | readonly Span[], regions: readonly Span[]): boolean {
  const parts = Array.isArray(content) ? (content as readonly Span[]) : [content as Span];
  let inside = 0;
  let total = 0;
  for (const p of parts) {
    total += p.end - p.start;
    for (const r of regions) inside += overlap(r, p);
  }
  return total > 0 && inside / total >= 0.9;
}

class Counts {
  tp = 0;
  gold = 0;
  pred = 0;
  add(tp: number, gold: number, pred: number): void {
    this.tp += tp;
    this.gold += gold;
    this.pred += pred;
  }
  get p(): number { return this.pred ? this.tp / this.pred : 0; }
  get r(): number { return this.gold ? this.tp / this.gold : 0; }
  get f1(): number { return this.p + this.r ? (2 * this.p * this.r) / (this.p + this.r) : 0; }
}

/** Predicted attributions from quote annotations (a continuation's source is the mention of the quote it continues). */
export function predictedAttributions(quotes: readonly QuoteAnnotation[]): AttributionSpans[] {
  return quotes.map((q) => ({
    content: q.content,
    ...(q.parts ? { contentParts: q.parts } : {}),
    ...(q.cue && q.cue.end > q.cue.start ? { cue: q.cue } : {}),
    ...(q.speaker ? { source: q.speaker.span } : {}),
  }));
}

/** Scores one document's predictions against its gold attributions, adding to the counters. */
export function scoreDocument(text: string, gold: readonly AttributionSpans[], pred: readonly AttributionSpans[], c: Record<string, Counts>): void {
  const regions = findQuoteRegions(text);
  for (const role of ['source', 'cue', 'content'] as const) {
    const g = gold.map((a) => a[role]).filter((s): s is Span => !!s);
    const p = pred.map((a) => a[role]).filter((s): s is Span => !!s);
    c[`${role}_exact`]!.add(matchOneToOne(g, p, (x, y) => (x.start === y.start && x.end === y.end ? 1 : 0)), g.length, p.length);
    c[`${role}_overlap`]!.add(matchOneToOne(g, p, overlap), g.length, p.length);
  }
  const whole = (x: AttributionSpans, y: AttributionSpans): number => {
    const o = overlap(x.content, y.content);
    if (!o) return 0;
    if (x.source && !(y.source && overlap(x.source, y.source))) return 0;
    return o;
  };
  c.attribution!.add(matchOneToOne(gold, pred, whole), gold.length, pred.length);
  const gd = gold.filter((a) => isDirect(a.contentParts ?? a.content, regions));
  const pd = pred.filter((a) => isDirect(a.contentParts ?? a.content, regions));
  c.direct!.add(matchOneToOne(gd, pd, whole), gd.length, pd.length);
}

/** The stages up to `quotes` from the default config, or a minimal pipeline when those are not registered yet. */
function quotePipeline(resources: ResourceCache): Pipeline {
  const config: PipelineConfig = readPipelineConfig(join(ROOT, 'config/pipeline.default.json'));
  const q = config.stages.findIndex((s) => s.name === 'quotes');
  if (q >= 0) return buildPipeline({ stages: config.stages.slice(0, q + 1) }, resources);
  const empty = (name: string, kind: 'place' | 'entity'): Stage => ({ name, version: '0', requires: [], assigns: [kind], run() {} });
  return new Pipeline([STAGES.sentences!({}, resources), empty('places', 'place'), STAGES.entities ? STAGES.entities({}, resources) : empty('entities', 'entity'), STAGES.quotes!({}, resources)], resources);
}

export const attributionTask: EvalTask = {
  name: 'attribution',
  summary: 'Quote and attribution extraction on PolNeAR (brat Source/Cue/Content spans)',
  options: [{ flags: '--format <format>', description: 'brat (PolNeAR: text/ and attributions/)', default: 'brat' }],
  async run(path, options, progress) {
    const format = (options.format as string | undefined) ?? 'brat';
    if (format !== 'brat') throw new ChronicleError('E_EVAL', `attribution: unknown format "${format}" (known: brat)`, { file: path });
    const textDir = join(path, 'text');
    const annDir = join(path, 'attributions');
    if (!existsSync(textDir) || !existsSync(annDir)) throw new ChronicleError('E_EVAL', 'attribution: expected text/ and attributions/ folders', { file: path });
    const anns = readdirSync(annDir).filter((f) => f.endsWith('.ann')).sort();
    let names = readdirSync(textDir).filter((f) => f.endsWith('.txt')).sort().map((f) => f.slice(0, -4));
    const limit = Number(options.limit ?? 0);
    if (limit > 0) names = names.slice(0, limit);
    const resources = new ResourceCache(join(ROOT, 'resources'));
    const pipeline = quotePipeline(resources);
    const c: Record<string, Counts> = {};
    for (const k of ['source_exact', 'source_overlap', 'cue_exact', 'cue_overlap', 'content_exact', 'content_overlap', 'attribution', 'direct']) c[k] = new Counts();
    let multi = 0;
    let docs = 0;
    progress.start(names.length);
    for (const name of names) {
      progress.tick();
      const mine = anns.filter((a) => a.startsWith(`${name}_`));
      if (!mine.length) continue;
      if (mine.length > 1) multi++;
      const text = readFileSync(join(textDir, `${name}.txt`), 'utf8');
      const gold = parseBratAttributions(readFileSync(join(annDir, mine[0]!), 'utf8'));
      const doc = pipeline.run({ id: name, text, publishedAt: '2016-01-01', timezone: 'UTC' });
      scoreDocument(text, gold, predictedAttributions(doc.all('quote')), c);
      docs++;
    }
    progress.stop();
    const r3 = (x: number): number => Math.round(x * 1000) / 1000;
    const metrics = {
      source_exact_f1: r3(c.source_exact!.f1),
      source_overlap_f1: r3(c.source_overlap!.f1),
      cue_exact_f1: r3(c.cue_exact!.f1),
      cue_overlap_f1: r3(c.cue_overlap!.f1),
      content_exact_f1: r3(c.content_exact!.f1),
      content_overlap_f1: r3(c.content_overlap!.f1),
      attribution_f1: r3(c.attribution!.f1),
      direct_attribution_f1: r3(c.direct!.f1),
      n_gold: c.attribution!.gold,
    };
    const row = (label: string, k: Counts): string => `${label.padEnd(22)} P ${k.p.toFixed(3)}  R ${k.r.toFixed(3)}  F1 ${k.f1.toFixed(3)}  (gold ${k.gold}, predicted ${k.pred})`;
    const report = [
      `PolNeAR attribution, ${docs} documents, ${c.attribution!.gold} gold attributions (${c.direct!.gold} direct quotes)`,
      `Texts with several annotators (${multi}): the first .ann in sorted file-name order is scored.`,
      'Spans are the cover of their brat fragments; matching is one-to-one, largest overlap first.',
      'An attribution matches when contents overlap and sources overlap (gold without a source: content only).',
      'Direct: content (its fragments, when discontinuous) at least 90% inside quotation marks, on both sides.',
      ...Object.entries({ 'source exact': 'source_exact', 'source overlap': 'source_overlap', 'cue exact': 'cue_exact', 'cue overlap': 'cue_overlap', 'content exact': 'content_exact', 'content overlap': 'content_overlap', attribution: 'attribution', 'direct attribution': 'direct' }).map(([l, k]) => row(l, c[k]!)),
    ];
    return { metrics, report };
  },
};
