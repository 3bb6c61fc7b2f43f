import { toArticle, type ArticleInput } from '../src/input/article-input.js';
import { docToJson } from '../src/output/article-json.js';
import { ID_PREFIX, type Annotation, type AnnotationKind } from '../src/model/annotation.js';
import type { RunContext } from '../src/pipeline/context.js';
import { Doc } from '../src/pipeline/doc.js';
import type { Pipeline } from '../src/pipeline/pipeline.js';
import { referenceOf } from '../src/pipeline/reference.js';
import type { Emitter } from '../src/pipeline/stage.js';
import { median, round } from './measure.js';

/**
 * Throughput of one stage, timed alone on documents that carry what the earlier stages made;
 * `input` (toArticle: NFC, hash, language) and `output` (the JSON with evidence texts) are the
 * steps around the stages, timed in the same loop.
 */
export interface StageMeasure {
  readonly name: string;
  readonly version: string;
  readonly step: 'input' | 'stage' | 'output';
  readonly medianMs: number;
  readonly articlesPerSec: number;
  /** Share of the pipeline's time, 0..1. */
  readonly share: number;
}

/**
 * Runs the pipeline's stages in order on each article, timing each `stage.run` separately.
 * The emitter here only numbers and stores annotations (the pipeline's own also checks spans
 * and kinds, which is cheap): the figures are each stage's own work.
 */
export function measureStages(pipeline: Pipeline, inputs: readonly ArticleInput[], runs: number): StageMeasure[] {
  const stages = pipeline.stages;
  const n = stages.length;
  const perRun: number[][] = Array.from({ length: n + 2 }, () => []);
  const describe = { version: pipeline.version, stages: pipeline.describe() };
  for (let r = 0; r < runs + 1; r++) {
    const totals = new Float64Array(n + 2);
    for (const input of inputs) {
      let start = performance.now();
      const article = toArticle(input);
      totals[n]! += performance.now() - start;
      const doc = new Doc(article);
      const counters = new Map<AnnotationKind, number>();
      const reference = referenceOf(article);
      for (let s = 0; s < stages.length; s++) {
        const stage = stages[s]!;
        const ctx: RunContext = { reference, resources: pipeline.resources, debug: () => {}, article };
        const out = emitter(doc, counters, stage.name, stage.version);
        start = performance.now();
        try {
          stage.run(doc, out, ctx);
        } catch {
          // a failing stage is reported by the whole-pipeline measure
        }
        totals[s]! += performance.now() - start;
      }
      start = performance.now();
      JSON.stringify(docToJson(doc, describe));
      totals[n + 1]! += performance.now() - start;
    }
    // The first pass warms up.
    if (r > 0) totals.forEach((ms, s) => perRun[s]!.push(ms));
  }
  const medians = perRun.map((ms) => median(ms));
  const total = medians.reduce((a, b) => a + b, 0) || 1;
  const row = (name: string, version: string, step: StageMeasure['step'], s: number): StageMeasure => ({
    name,
    version,
    step,
    medianMs: Math.round(medians[s]!),
    articlesPerSec: round((inputs.length / medians[s]!) * 1000),
    share: round(medians[s]! / total, 3),
  });
  return [
    row('input (toArticle)', '', 'input', n),
    ...stages.map((stage, s) => row(stage.name, stage.version, 'stage', s)),
    row('output (JSON + stringify)', '', 'output', n + 1),
  ];
}

function emitter(doc: Doc, counters: Map<AnnotationKind, number>, stage: string, version: string): Emitter {
  return {
    add(draft) {
      const n = (counters.get(draft.kind) ?? 0) + 1;
      counters.set(draft.kind, n);
      const annotation = Object.freeze({
        ...draft,
        id: `${ID_PREFIX[draft.kind]}${n}`,
        provenance: Object.freeze({ stage, version, ...draft.provenance }),
      }) as Annotation;
      doc.push(annotation);
      return annotation as never;
    },
  };
}

/**
 * One stage timed in a loop of its own, as the other tools are: the documents are first brought to
 * the state the stage reads (earlier stages run, untimed), then the stage runs over all of them.
 * Each run gets fresh copies, so annotations never pile up. Median of `runs` after a warm-up.
 */
export function measureStageAlone(pipeline: Pipeline, inputs: readonly ArticleInput[], name: string, runs: number): StageMeasure | undefined {
  const index = pipeline.stages.findIndex((s) => s.name === name);
  if (index < 0) return undefined;
  const stage = pipeline.stages[index]!;
  const prepared = inputs.map((input) => {
    const article = toArticle(input);
    const doc = new Doc(article);
    const counters = new Map<AnnotationKind, number>();
    const reference = referenceOf(article);
    for (const earlier of pipeline.stages.slice(0, index)) {
      earlier.run(doc, emitter(doc, counters, earlier.name, earlier.version), { reference, resources: pipeline.resources, debug: () => {}, article });
    }
    return { article, reference, annotations: doc.annotations(), counters };
  });
  const times: number[] = [];
  for (let r = 0; r < runs + 1; r++) {
    const docs = prepared.map((p) => {
      const doc = new Doc(p.article);
      for (const a of p.annotations) doc.push(a);
      return { doc, p, out: emitter(doc, new Map(p.counters), stage.name, stage.version) };
    });
    const start = performance.now();
    for (const { doc, p, out } of docs) {
      stage.run(doc, out, { reference: p.reference, resources: pipeline.resources, debug: () => {}, article: p.article });
    }
    if (r > 0) times.push(performance.now() - start);
  }
  const ms = median(times);
  return { name: stage.name, version: stage.version, step: 'stage', medianMs: Math.round(ms), articlesPerSec: round((inputs.length / ms) * 1000), share: 0 };
}
