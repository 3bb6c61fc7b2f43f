import type { Article } from '../model/article.js';
import type { Annotation, AnnotationKind } from '../model/annotation.js';
import type { Doc } from '../pipeline/doc.js';

/** The kinds printed by `show --json`, in this order, under these keys. Tokens are left out. */
export const OUTPUT_KEYS = {
  sentences: 'sentence',
  entities: 'entity',
  times: 'time',
  quantities: 'quantity',
  places: 'place',
  quotes: 'quote',
  events: 'event',
  claims: 'claim',
  contradictions: 'contradiction',
} as const satisfies Record<string, AnnotationKind>;

export type OutputKey = keyof typeof OUTPUT_KEYS;

/**
 * The article as `show --json` and `engine.process` return it (schema `schema/article.schema.json`).
 * Every span in it, at any depth, comes with `text`: the evidence, sliced from the stored text.
 */
export interface ArticleJson {
  readonly schema: 'chronicle/article@1';
  readonly article: Omit<Article, 'text'> & { readonly text: string; readonly pipelineVersion: string; readonly processed: boolean; readonly skipped?: string };
  readonly pipeline: { readonly version: string; readonly stages: readonly { name: string; version: string }[] };
  readonly sentences: readonly unknown[];
  readonly entities: readonly unknown[];
  readonly times: readonly unknown[];
  readonly quantities: readonly unknown[];
  readonly places: readonly unknown[];
  readonly quotes: readonly unknown[];
  readonly events: readonly unknown[];
  readonly claims: readonly unknown[];
  readonly contradictions: readonly unknown[];
}

/**
 * Adds `text` beside every `{ start, end }` pair, recursively: spans stay views internally.
 * A plain loop over own keys (same order as `Object.entries`): this copies every printed annotation.
 */
export function withEvidence(value: unknown, text: string): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    const out = new Array<unknown>(value.length);
    for (let i = 0; i < value.length; i++) out[i] = withEvidence(value[i], text);
    return out;
  }
  const obj = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  const keys = Object.keys(obj);
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i]!;
    const v = obj[k];
    out[k] = v === null || typeof v !== 'object' ? v : withEvidence(v, text);
  }
  if (typeof obj.start === 'number' && typeof obj.end === 'number' && !('text' in obj)) {
    out.text = text.slice(obj.start, obj.end);
  }
  return out;
}

const KEY_OF = new Map(Object.entries(OUTPUT_KEYS).map(([k, kind]) => [kind as AnnotationKind, k as OutputKey]));

/** Builds the output JSON from a finished document (or from stored annotations). */
export function toArticleJson(
  article: Article,
  annotations: readonly Annotation[],
  pipeline: ArticleJson['pipeline'],
  skipped?: string,
): ArticleJson {
  const lists = Object.fromEntries(Object.keys(OUTPUT_KEYS).map((k) => [k, [] as unknown[]])) as Record<OutputKey, unknown[]>;
  for (const a of annotations) {
    const key = KEY_OF.get(a.kind);
    if (key) lists[key].push(withEvidence(a, article.text));
  }
  return {
    schema: 'chronicle/article@1',
    article: {
      ...article,
      pipelineVersion: pipeline.version,
      processed: skipped === undefined,
      ...(skipped ? { skipped } : {}),
    },
    pipeline,
    ...lists,
  };
}

/** Convenience for a document straight from the pipeline. */
export function docToJson(doc: Doc, pipeline: ArticleJson['pipeline'], skipped?: string): ArticleJson {
  // Only the printed kinds: tokens (most annotations) are never copied or even visited.
  const printed: Annotation[] = [];
  for (const kind of KEY_OF.keys()) {
    const list = doc.all(kind);
    for (let i = 0; i < list.length; i++) printed.push(list[i]!);
  }
  return toArticleJson(doc.article, printed, pipeline, skipped);
}
