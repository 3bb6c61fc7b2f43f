import { readFileSync } from 'node:fs';
import { ChronicleError } from '../errors.js';
import type { ResourceCache } from './context.js';
import { Pipeline } from './pipeline.js';
import { STAGES } from './registry.js';

/**
 * A pipeline config: stages in order, each with options.
 * @example { "stages": [{ "name": "sentences" }, { "name": "time", "options": { "vagueDays": 7 } }] }
 */
export interface PipelineConfig {
  readonly stages: readonly { readonly name: string; readonly options?: Record<string, unknown> }[];
}

export function readPipelineConfig(path: string): PipelineConfig {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new ChronicleError('E_CONFIG', `cannot read pipeline config: ${(error as Error).message}`, { file: path });
  }
  const stages = (parsed as PipelineConfig | null)?.stages;
  if (!Array.isArray(stages) || stages.some((s) => typeof s?.name !== 'string')) {
    throw new ChronicleError('E_CONFIG', 'pipeline config needs "stages": [{ "name": … }]', { file: path });
  }
  return { stages };
}

/** Builds the stages a config names; unknown names and misordered stages fail here. */
export function buildPipeline(config: PipelineConfig, resources: ResourceCache): Pipeline {
  const stages = config.stages.map(({ name, options }) => {
    const factory = STAGES[name];
    if (!factory) {
      throw new ChronicleError('E_CONFIG', `unknown stage "${name}" (known: ${Object.keys(STAGES).join(', ')})`, { stage: name });
    }
    return factory(options ?? {}, resources);
  });
  return new Pipeline(stages, resources);
}
