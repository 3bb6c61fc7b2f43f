import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { toArticle, type ArticleInput } from './input/article-input.js';
import type { Article } from './model/article.js';
import { docToJson, type ArticleJson } from './output/article-json.js';
import { buildPipeline, readPipelineConfig, type PipelineConfig } from './pipeline/config.js';
import { ResourceCache } from './pipeline/context.js';
import { Doc } from './pipeline/doc.js';
import type { Pipeline } from './pipeline/pipeline.js';

export type { Article } from './model/article.js';
export type * from './model/annotation.js';
export type { Actor, Sector } from './model/actor.js';
export type { Span } from './model/span.js';
export type { Provenance } from './model/provenance.js';
export type { ArticleInput } from './input/article-input.js';
export type { ArticleJson } from './output/article-json.js';
export { ChronicleError } from './errors.js';

/** The repository root (where `resources/` and `config/` live). */
export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Options of {@link createEngine}; every field has a default.
 * @example createEngine({ config: 'config/pipeline.default.json' })
 */
export interface EngineOptions {
  /** A config object or the path of a JSON config. Default: `config/pipeline.default.json`. */
  readonly config?: PipelineConfig | string;
  /** The data folder. Default: the repository's `resources/`. */
  readonly resourcesDir?: string;
  /** Languages the extractors are run on; others are stored and marked. Default `['en', 'und']`. */
  readonly languages?: readonly string[];
}

/** A built pipeline with its resources loaded once; process as many articles as you like. */
export interface Engine {
  readonly pipeline: Pipeline;
  /** Runs every stage; returns the same JSON as `chronicle show --json`. */
  process(input: ArticleInput | Article): ArticleJson;
  /** Like `process`, but returns the document with its annotations (for the store). */
  analyse(input: ArticleInput | Article): { doc: Doc; skipped?: string };
}

/**
 * @example
 * const engine = createEngine();
 * const out = engine.process({ text: 'Lithuania has accused Belarus…', date: '2021-08-18' });
 * out.events[0].eventType // 'ACCUSE'
 */
export function createEngine(options: EngineOptions = {}): Engine {
  const resources = new ResourceCache(options.resourcesDir ?? join(ROOT, 'resources'));
  const config =
    typeof options.config === 'object' ? options.config : readPipelineConfig(options.config ?? join(ROOT, 'config/pipeline.default.json'));
  const pipeline = buildPipeline(config, resources);
  const languages = new Set(options.languages ?? ['en', 'und']);
  const describe = { version: pipeline.version, stages: pipeline.describe() };
  const analyse: Engine['analyse'] = (input) => {
    const article = 'publishedAt' in input ? input : toArticle(input);
    if (!languages.has(article.lang ?? 'und')) return { doc: new Doc(article), skipped: `language:${article.lang}` };
    return { doc: pipeline.run(article) };
  };
  return {
    pipeline,
    analyse,
    process(input) {
      const { doc, skipped } = analyse(input);
      return docToJson(doc, describe, skipped);
    },
  };
}
