import type { Actor } from '../../model/actor.js';
import type { EventAnnotation, PloverType, QuoteAnnotation } from '../../model/annotation.js';

/** Event types that, reported by one party about another, amount to an allegation. */
const CONFLICT: ReadonlySet<PloverType> = new Set(['ASSAULT', 'COERCE', 'REJECT', 'THREATEN', 'SANCTION', 'MOBILIZE']);

/**
 * An accusation read from a quote: a speaker reporting a conflict event by an actor of another
 * country or organisation ("Lithuanian security forces use physical force to push the refugees…",
 * it stated — Belarus's border committee) alleges it (PLOVER ACCUSE allege, CAMEO 112).
 * Quotes whose cue is itself an accusation verb are left to the trigger lexicon.
 *
 * @example reportedAccusations(quotes, events) // [{ quote: qt9, accused: [Lithuanian security forces], events: [ev8] }]
 */
export function reportedAccusations(
  quotes: readonly QuoteAnnotation[], events: readonly EventAnnotation[],
): { quote: QuoteAnnotation; speaker: Actor; accused: Actor[]; events: EventAnnotation[] }[] {
  const out: { quote: QuoteAnnotation; speaker: Actor; accused: Actor[]; events: EventAnnotation[] }[] = [];
  for (const quote of quotes) {
    const speaker = quote.speaker;
    if (!speaker || quote.cueKind === 'accuse' || quote.cueKind === 'deny' || (!speaker.country && !speaker.igo)) continue;
    // An announcement is the speaker's own act, not an allegation about others.
    if (quote.cueLemma === 'announce') continue;
    const reported = events.filter(
      (e) => e.trigger.start >= quote.content.start && e.trigger.end <= quote.content.end && CONFLICT.has(e.eventType) && !e.negated && !e.hypothetical,
    );
    const accused: Actor[] = [];
    const used: EventAnnotation[] = [];
    for (const e of reported) {
      const others = e.actors.filter((a) => (a.country ?? a.igo) && (a.country ?? a.igo) !== (speaker.country ?? speaker.igo));
      if (others.length === 0) continue;
      used.push(e);
      for (const a of others) if (!accused.some((b) => b.name === a.name)) accused.push(a);
    }
    if (accused.length > 0) out.push({ quote, speaker, accused, events: used });
  }
  return out;
}
