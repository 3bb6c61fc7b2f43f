import type { EntityAnnotation } from '../../model/annotation.js';
import type { SentenceView } from '../entities/sentence-view.js';

/** What the counted-noun finder needs besides the sentence. */
export interface CountedContext {
  readonly functionWords: ReadonlySet<string>;
  readonly nominal: ReadonlySet<string>;
  /** GROUP/ORG/NATIONALITY entities by start offset. */
  readonly entityAt: ReadonlyMap<number, EntityAnnotation>;
  /** True for tokens inside a time expression. */
  readonly inTime: (k: number) => boolean;
}

const MAX_RUN = 4;

/**
 * The token index of the noun a number counts, starting at token `q`: the head (last token) of an
 * agent-noun entity that starts there ("twelve Belarusian officials" → officials), else the last
 * word of a short run of lower-case words that stops at function words, punctuation, verbs
 * (-ed/-ing words, unless nominal: "35 wounded") and time expressions ("4,124 irregular migrants").
 */
export function countedAt(v: SentenceView, q: number, ctx: CountedContext): number | undefined {
  const entity = ctx.entityAt.get(v.starts[q] ?? -1);
  if (entity && (entity.type === 'GROUP' || entity.type === 'ORG')) {
    let last = q;
    while (last + 1 < v.length && v.ends[last + 1]! <= entity.span.end) last++;
    return last;
  }
  let head: number | undefined;
  for (let k = q; k < v.length && k < q + MAX_RUN; k++) {
    const norm = v.norms[k]!;
    if (norm === "'s" && head !== undefined) {
      head = undefined;
      continue;
    }
    if (!v.word[k] || norm === "'s" || ctx.functionWords.has(norm) || ctx.inTime(k) || /\d/.test(norm)) break;
    const nationality = ctx.entityAt.get(v.starts[k]!)?.type === 'NATIONALITY';
    if (v.cap[k] && !nationality) break;
    if (/(?:ed|ing)$/.test(norm) && !ctx.nominal.has(norm)) {
      const next = v.norms[k + 1] ?? '';
      const adjective = v.word[k + 1] && !v.cap[k + 1] && !ctx.functionWords.has(next) && !/(?:ed|ing)$/.test(next) && !ctx.inTime(k + 1);
      if (!adjective) break;
      continue;
    }
    const group = ctx.entityAt.get(v.starts[k]!);
    if (group && (group.type === 'GROUP' || group.type === 'ORG') && k > q) return countedAt(v, k, ctx);
    if (!nationality) head = k;
    if (norm.endsWith('s') && !norm.endsWith('ss') && head === k) break;
  }
  return head;
}
