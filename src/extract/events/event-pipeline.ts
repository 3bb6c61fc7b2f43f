import type { ResourceCache } from '../../pipeline/context.js';
import { Pipeline } from '../../pipeline/pipeline.js';
import { STAGES } from '../../pipeline/registry.js';

/** The stages the events stage reads from, in pipeline order. */
const BEFORE_EVENTS = ['sentences', 'times', 'places', 'entities', 'quantities', 'quotes'] as const;

/**
 * A pipeline ending in the events stage, for evaluations (claims and contradictions are not needed
 * to score events). `options` go to the events stage; `actorDictionaries` also to the entities stage.
 *
 * @example const pipeline = eventPipeline(resources, { actorDictionaries: ['x.txt'] });
 */
export function eventPipeline(resources: ResourceCache, options: Record<string, unknown> = {}): Pipeline {
  const entityOptions = options.actorDictionaries ? { actorDictionaries: options.actorDictionaries } : {};
  const stages = BEFORE_EVENTS.map((name) => STAGES[name]!(name === 'entities' ? entityOptions : {}, resources));
  return new Pipeline([...stages, STAGES.events!(options, resources)], resources);
}
