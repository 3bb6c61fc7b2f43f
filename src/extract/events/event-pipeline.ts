import type { AnnotationKind } from '../../model/annotation.js';
import type { ResourceCache } from '../../pipeline/context.js';
import { Pipeline } from '../../pipeline/pipeline.js';
import { STAGES } from '../../pipeline/registry.js';
import type { Stage } from '../../pipeline/stage.js';

/** The stages the events stage reads from, in pipeline order. */
const BEFORE_EVENTS: readonly (readonly [string, AnnotationKind[]])[] = [
  ['sentences', ['sentence', 'token']], ['times', ['time']], ['places', ['place']], ['entities', ['entity']],
  ['quantities', ['quantity']], ['quotes', ['quote']],
];

/**
 * A pipeline ending in the events stage, for evaluations: every registered earlier stage runs; a
 * kind whose stage is not registered is declared by an empty stand-in (so the events stage still
 * runs, without those annotations). Returns the names of the stand-ins so reports can say so.
 *
 * @example const { pipeline, missing } = eventPipeline(resources, { actorDictionaries: ['x.txt'] });
 */
export function eventPipeline(resources: ResourceCache, options: Record<string, unknown> = {}): { pipeline: Pipeline; missing: string[] } {
  const stages: Stage[] = [];
  const assigned = new Set<AnnotationKind>();
  const missing: string[] = [];
  const entityOptions = options.actorDictionaries ? { actorDictionaries: options.actorDictionaries } : {};
  for (const [name, kinds] of BEFORE_EVENTS) {
    const factory = STAGES[name];
    const stage = factory?.(name === 'entities' ? entityOptions : {}, resources);
    if (stage && stage.requires.every((k) => assigned.has(k))) {
      stages.push(stage);
      for (const k of stage.assigns) assigned.add(k);
    } else {
      missing.push(name);
      stages.push({ name: `stand-in:${name}`, version: '0', requires: [], assigns: kinds, run() {} });
      for (const k of kinds) assigned.add(k);
    }
  }
  stages.push(STAGES.events!(options, resources));
  return { pipeline: new Pipeline(stages, resources), missing };
}
