import type { Article } from '../model/article.js';

/**
 * Memoises expensive resources (gazetteer, lexicons) for the life of one engine, so no stage
 * reloads data per article and no module keeps global mutable state.
 *
 * @example
 * const lexicon = resources.get('actors', () => loadActorLexicon(dir));
 */
export class ResourceCache {
  readonly #items = new Map<string, unknown>();

  /** @param dir the `resources/` folder (data files) */
  constructor(readonly dir: string) {}

  get<T>(key: string, load: () => T): T {
    if (!this.#items.has(key)) this.#items.set(key, load());
    return this.#items.get(key) as T;
  }
}

/**
 * What a stage may know besides the document: the reference time (never the clock), the
 * shared resources, and a debug printer enabled by `DEBUG=chronicle:<stage>`.
 */
export interface RunContext {
  readonly reference: {
    /** The article's calendar date (`YYYY-MM-DD`) in `timezone`. */
    readonly date: string;
    /** The article's publication instant, ISO with offset. */
    readonly instant: string;
    /** IANA zone or fixed offset in which calendar expressions are read. */
    readonly timezone: string;
  };
  readonly resources: ResourceCache;
  /**
   * Prints `text -> label (rule-id)` lines when debugging is on for the stage; a no-op otherwise.
   * Pass a function on hot paths so the line is only built when it is printed.
   */
  readonly debug: (message: string | (() => string)) => void;
  readonly article: Article;
}
