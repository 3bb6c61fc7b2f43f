import type { Article } from '../model/article.js';
import type { Annotation, AnnotationKind, AnnotationOf, SentenceAnnotation, TokenAnnotation } from '../model/annotation.js';
import type { Span } from '../model/span.js';

/**
 * The read-only view of an article and the annotations made so far, as stages see it.
 * Annotations are kept per kind in text order of insertion; they are frozen values.
 *
 * @example
 * for (const s of doc.all('sentence')) console.log(doc.slice(s.span));
 */
export class Doc {
  readonly text: string;
  readonly #byKind = new Map<AnnotationKind, Annotation[]>();
  /** Filled lazily by `get` (nothing on the hot path looks annotations up by id). */
  readonly #byId = new Map<string, Annotation>();
  #pushed: Annotation[] = [];
  #tokenStarts: Int32Array | undefined;

  constructor(readonly article: Article) {
    this.text = article.text;
  }

  /** All annotations of one kind, in the order they were added. */
  all<K extends AnnotationKind>(kind: K): readonly AnnotationOf<K>[] {
    return (this.#byKind.get(kind) ?? []) as AnnotationOf<K>[];
  }

  get(id: string): Annotation | undefined {
    const pushed = this.#pushed;
    if (pushed.length > 0) {
      // In push order, so a later annotation with the same id wins, as when indexed on push.
      for (let i = 0; i < pushed.length; i++) this.#byId.set(pushed[i]!.id, pushed[i]!);
      this.#pushed = [];
    }
    return this.#byId.get(id);
  }

  /** The text under a span. */
  slice(span: Span): string {
    return this.text.slice(span.start, span.end);
  }

  /** Every annotation, kinds in pipeline order. */
  annotations(): Annotation[] {
    return [...this.#byKind.values()].flat();
  }

  /** The sentence containing `offset`, if any. */
  sentenceAt(offset: number): SentenceAnnotation | undefined {
    const sentences = this.all('sentence');
    let lo = 0;
    let hi = sentences.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = sentences[mid]!;
      if (offset < s.span.start) hi = mid - 1;
      else if (offset >= s.span.end) lo = mid + 1;
      else return s;
    }
    return undefined;
  }

  /** Tokens lying inside `span` (binary search; tokens are in text order). */
  tokensIn(span: Span): readonly TokenAnnotation[] {
    const tokens = this.all('token');
    if (!this.#tokenStarts || this.#tokenStarts.length !== tokens.length) {
      this.#tokenStarts = Int32Array.from(tokens, (t) => t.span.start);
    }
    const starts = this.#tokenStarts;
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid]! < span.start) lo = mid + 1;
      else hi = mid;
    }
    let end = lo;
    while (end < tokens.length && tokens[end]!.span.end <= span.end) end++;
    return tokens.slice(lo, end);
  }

  /** Used by the pipeline only. */
  push(annotation: Annotation): void {
    let list = this.#byKind.get(annotation.kind);
    if (!list) this.#byKind.set(annotation.kind, (list = []));
    list.push(annotation);
    this.#pushed.push(annotation);
  }
}
