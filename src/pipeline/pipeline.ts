import { createHash } from 'node:crypto';
import { ChronicleError } from '../errors.js';
import type { Article } from '../model/article.js';
import { ID_PREFIX, type Annotation, type AnnotationKind } from '../model/annotation.js';
import type { Span } from '../model/span.js';
import { ResourceCache, type RunContext } from './context.js';
import { debugFor } from './debug.js';
import { Doc } from './doc.js';
import { referenceOf } from './reference.js';
import type { Draft, Emitter, Stage } from './stage.js';

/**
 * An ordered list of stages, checked when built: every kind a stage requires must be assigned by
 * an earlier stage, and no two stages assign the same kind. A misordered config fails here, naming
 * the stage, before any article runs.
 *
 * @example
 * const p = new Pipeline([sentences, times], resources);
 * const doc = p.run(article);
 */
export class Pipeline {
  /** `chronicle/<hash>` of the stage names and versions: recorded with every stored article. */
  readonly version: string;

  constructor(
    readonly stages: readonly Stage[],
    readonly resources: ResourceCache,
  ) {
    const assigned = new Map<AnnotationKind, string>();
    for (const stage of stages) {
      for (const kind of stage.requires) {
        if (!assigned.has(kind)) {
          throw new ChronicleError(
            'E_STAGE_ORDER',
            `stage "${stage.name}" requires "${kind}", which no earlier stage assigns`,
            { stage: stage.name },
          );
        }
      }
      for (const kind of stage.assigns) {
        const other = assigned.get(kind);
        if (other) {
          throw new ChronicleError('E_STAGE_ORDER', `stages "${other}" and "${stage.name}" both assign "${kind}"`, {
            stage: stage.name,
          });
        }
        assigned.set(kind, stage.name);
      }
    }
    const signature = stages.map((s) => `${s.name}@${s.version}`).join(',');
    this.version = `chronicle/${createHash('sha256').update(signature).digest('hex').slice(0, 12)}`;
  }

  /** Names and versions, for `show` and the store. */
  describe(): { name: string; version: string }[] {
    return this.stages.map((s) => ({ name: s.name, version: s.version }));
  }

  run(article: Article): Doc {
    const doc = new Doc(article);
    const counters = new Map<AnnotationKind, number>();
    const reference = referenceOf(article);
    for (const stage of this.stages) {
      const ctx: RunContext = {
        reference,
        resources: this.resources,
        debug: debugFor(stage.name),
        article,
      };
      const out = emitterFor(stage, doc, counters);
      try {
        stage.run(doc, out, ctx);
      } catch (error) {
        if (error instanceof ChronicleError) throw error;
        throw new ChronicleError('E_STAGE', `stage "${stage.name}" failed: ${(error as Error).message}`, {
          stage: stage.name,
          file: article.origin,
        }, { cause: error });
      }
    }
    return doc;
  }
}

function emitterFor(stage: Stage, doc: Doc, counters: Map<AnnotationKind, number>): Emitter {
  const assigns = new Set(stage.assigns);
  // One frozen provenance object per rule and confidence: thousands of tokens share a handful.
  // Keyed by rule, then confidence: no key string is built per annotation.
  const provenances = new Map<string, Map<number, Annotation['provenance']>>();
  let lastDraft: Draft['provenance'] | undefined;
  let lastOut: Annotation['provenance'] | undefined;
  const provenanceOf = (p: Draft['provenance']) => {
    // Stages often reuse one draft provenance object for a run of annotations (tokens).
    if (p === lastDraft && p.rule === lastOut!.rule && p.confidence === lastOut!.confidence) return lastOut!;
    let byConfidence = provenances.get(p.rule);
    if (!byConfidence) provenances.set(p.rule, (byConfidence = new Map()));
    let out = byConfidence.get(p.confidence);
    if (!out) byConfidence.set(p.confidence, (out = Object.freeze({ stage: stage.name, version: stage.version, rule: p.rule, confidence: p.confidence })));
    lastDraft = p;
    lastOut = out;
    return out;
  };
  return {
    add(draft) {
      if (!assigns.has(draft.kind)) {
        throw new Error(`emitted "${draft.kind}", which it does not declare in assigns`);
      }
      checkSpan(draft.span, doc.text.length, draft.kind);
      const n = (counters.get(draft.kind) ?? 0) + 1;
      counters.set(draft.kind, n);
      // The draft becomes the annotation: the stage hands it over and never sees it mutable again.
      const annotation = draft as unknown as { id: string; provenance: Annotation['provenance'] };
      annotation.provenance = provenanceOf(draft.provenance);
      annotation.id = `${ID_PREFIX[draft.kind]}${n}`;
      Object.freeze(annotation);
      doc.push(annotation as unknown as Annotation);
      return annotation as never;
    },
  };
}

function checkSpan(span: Span, length: number, kind: string): void {
  if (!span || !(span.start >= 0 && span.end >= span.start && span.end <= length)) {
    throw new Error(`${kind} annotation with span outside the text: ${JSON.stringify(span)}`);
  }
}
