import type { Article } from '../src/model/article.js';
import { ID_PREFIX, type Annotation, type AnnotationKind } from '../src/model/annotation.js';
import type { RunContext } from '../src/pipeline/context.js';
import { Doc } from '../src/pipeline/doc.js';
import type { Pipeline } from '../src/pipeline/pipeline.js';
import { referenceOf } from '../src/pipeline/reference.js';
import type { Emitter } from '../src/pipeline/stage.js';
import { median, round } from './measure.js';

/** Throughput of one stage, timed alone on documents that carry what the earlier stages made. */
export interface StageMeasure {
  readonly name: string;
  readonly version: string;
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
export function measureStages(pipeline: Pipeline, articles: readonly Article[], runs: number): StageMeasure[] {
  const stages = pipeline.stages;
  const perRun: number[][] = stages.map(() => []);
  for (let r = 0; r < runs + 1; r++) {
    const totals = new Float64Array(stages.length);
    for (const article of articles) {
      const doc = new Doc(article);
      const counters = new Map<AnnotationKind, number>();
      const reference = referenceOf(article);
      for (let s = 0; s < stages.length; s++) {
        const stage = stages[s]!;
        const ctx: RunContext = { reference, resources: pipeline.resources, debug: () => {}, article };
        const out = emitter(doc, counters, stage.name, stage.version);
        const start = performance.now();
        try {
          stage.run(doc, out, ctx);
        } catch {
          // a failing stage is reported by the whole-pipeline measure
        }
        totals[s]! += performance.now() - start;
      }
    }
    // The first pass warms up.
    if (r > 0) stages.forEach((_, s) => perRun[s]!.push(totals[s]!));
  }
  const medians = perRun.map((ms) => median(ms));
  const total = medians.reduce((a, b) => a + b, 0) || 1;
  return stages.map((stage, s) => ({
    name: stage.name,
    version: stage.version,
    medianMs: Math.round(medians[s]!),
    articlesPerSec: round((articles.length / medians[s]!) * 1000),
    share: round(medians[s]! / total, 3),
  }));
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
