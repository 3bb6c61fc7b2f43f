import type { ClaimAnnotation, EventAnnotation, QuoteAnnotation } from '../../model/annotation.js';
import type { Span } from '../../model/span.js';
import type { Stage, StageFactory } from '../../pipeline/stage.js';

export const CLAIMS_VERSION = '1.0.0';

/**
 * Cue kinds that make a claim a denial or an accusation; everything else asserts — unless every
 * event the content holds is negated ("the ministry said its guards never crossed the border"),
 * which denies them.
 */
export function stanceOf(quote: Pick<QuoteAnnotation, 'cueKind'>, events: readonly EventAnnotation[] = []): ClaimAnnotation['stance'] {
  if (quote.cueKind === 'deny') return 'deny';
  if (quote.cueKind === 'accuse') return 'accuse';
  const held = events.filter((e) => e.eventType !== 'ACCUSE');
  return held.length > 0 && held.every((e) => e.negated) ? 'deny' : 'assert';
}

/**
 * Ids of the events a quote holds: those whose trigger lies inside the content (every part), and
 * the event its cue names ("accused" in "X accused Y of Z" is itself an ACCUSE event).
 * `events` must be sorted by trigger start (the events stage emits them in text order).
 */
export function eventsOfQuote(quote: Pick<QuoteAnnotation, 'content' | 'parts' | 'cue'>, events: readonly EventAnnotation[]): string[] {
  const spans: Span[] = [...(quote.parts ?? [quote.content]), ...(quote.cue ? [quote.cue] : [])];
  const out: string[] = [];
  for (const e of events) {
    if (spans.some((s) => e.trigger.start >= s.start && e.trigger.end <= s.end)) out.push(e.id);
  }
  return out;
}

/**
 * Claims: each quote with a speaker becomes what that speaker asserts, denies or accuses someone
 * of, linked to the events inside it. Quotes without a speaker say nothing about who claims.
 */
export const createClaimsStage: StageFactory = (): Stage => ({
  name: 'claims',
  version: CLAIMS_VERSION,
  requires: ['quote', 'event'],
  assigns: ['claim'],
  run(doc, out, ctx) {
    const events = [...doc.all('event')].sort((a, b) => a.trigger.start - b.trigger.start);
    for (const q of doc.all('quote')) {
      if (!q.speaker || !q.speakerKey) continue;
      const near = events.filter((e) => e.trigger.start >= q.span.start && e.trigger.end <= q.span.end);
      const eventIds = eventsOfQuote(q, near);
      const stance = stanceOf(q, near.filter((e) => eventIds.includes(e.id)));
      const speaker = q.speaker;
      ctx.debug(() => `${doc.slice(q.content).slice(0, 50)} -> ${stance} by ${speaker.name} [${eventIds.join(',')}] (claim-from-quote)`);
      out.add({
        kind: 'claim',
        span: q.span,
        quoteId: q.id,
        speaker: q.speaker,
        speakerKey: q.speakerKey,
        ...(q.cue ? { cue: q.cue } : {}),
        content: q.content,
        stance,
        eventIds,
        provenance: { rule: `claim-${stance}`, confidence: q.provenance.confidence },
      });
    }
  },
});
