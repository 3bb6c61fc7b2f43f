import type { Annotation, AnnotationKind, AnnotationOf } from '../model/annotation.js';
import type { ResourceCache, RunContext } from './context.js';
import type { Doc } from './doc.js';

/** An annotation as a stage drafts it: the pipeline adds the id, stage name and version. */
export type Draft<A extends Annotation = Annotation> = A extends Annotation
  ? Omit<A, 'id' | 'provenance'> & { readonly provenance: { readonly rule: string; readonly confidence: number } }
  : never;

/** How a stage adds annotations: returns the frozen annotation with its id, so later drafts can refer to it. */
export interface Emitter {
  add<K extends AnnotationKind>(draft: Draft<AnnotationOf<K>> & { kind: K }): AnnotationOf<K>;
}

/**
 * One step of the pipeline. It declares which annotation kinds it needs and which it makes;
 * the pipeline checks the order when it is built, before any article runs.
 *
 * @example
 * const stage: Stage = {
 *   name: 'quantities', version: '1.0.0', requires: ['token'], assigns: ['quantity'],
 *   run(doc, out) { … out.add({ kind: 'quantity', span, value: 12, … }) },
 * };
 */
export interface Stage {
  readonly name: string;
  /** Semver of the stage's rules and resources; part of the pipeline version. */
  readonly version: string;
  readonly requires: readonly AnnotationKind[];
  readonly assigns: readonly AnnotationKind[];
  run(doc: Doc, out: Emitter, ctx: RunContext): void;
}

/** Builds a stage from its options in the pipeline config; loads resources through the cache once. */
export type StageFactory = (options: Record<string, unknown>, resources: ResourceCache) => Stage;
