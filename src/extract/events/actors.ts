import type { Actor } from '../../model/actor.js';
import type { EntityAnnotation, PlaceAnnotation } from '../../model/annotation.js';
import type { Span } from '../../model/span.js';
import type { Doc } from '../../pipeline/doc.js';

/** Resolves the participants a span of text names ("Lithuania and Poland" → two), or none. */
export type ActorResolver = (doc: Doc, span: Span) => Actor[];

const RANK: Record<EntityAnnotation['type'], number> = {
  PERSON: 5, ORG: 5, GROUP: 4, COUNTRY: 4, NATIONALITY: 2, ROLE: 1, PLACE: 0,
};

/**
 * Simple resolver (for tests and library use without an actor lexicon) over the entity and place annotations inside the span: the highest-ranked
 * mention (a person, organisation or group before a bare country or demonym) becomes the actor,
 * completed with the country of a demonym or country mention in the same span
 * ("Belarusian border guards" → GROUP + BLR). Metonymic place names are actors too.
 */
export function entityActorResolver(doc: Doc, span: Span): Actor[] {
  const actor = entityActor(doc, span);
  return actor ? [actor] : [];
}

function entityActor(doc: Doc, span: Span): Actor | undefined {
  let best: EntityAnnotation | undefined;
  let country: string | undefined;
  for (const e of entitiesIn(doc, span)) {
    if (!best || RANK[e.type] > RANK[best.type]) best = e;
    if (!country && e.country && (e.type === 'NATIONALITY' || e.type === 'COUNTRY')) country = e.country;
  }
  if (best && RANK[best.type] > 0) {
    const kind: Actor['kind'] =
      best.type === 'PERSON' ? 'person' : best.type === 'COUNTRY' || best.type === 'NATIONALITY' ? 'country' : best.type === 'GROUP' ? 'group' : 'organisation';
    return {
      name: best.name,
      span: best.span,
      kind,
      ...(best.country ?? country ? { country: best.country ?? country } : {}),
      ...(best.igo ? { igo: best.igo } : {}),
      ...(best.sector ? { sector: best.sector } : best.type === 'COUNTRY' || best.type === 'NATIONALITY' ? {} : {}),
      ...(best.role ? { role: best.role } : {}),
      entityId: best.id,
    };
  }
  const place = placesIn(doc, span).find((p) => p.role === 'actor' && p.actor);
  return place?.actor ? { ...place.actor, metonymy: true } : undefined;
}

function entitiesIn(doc: Doc, span: Span): EntityAnnotation[] {
  return doc.all('entity').filter((e) => e.span.start >= span.start && e.span.end <= span.end);
}

function placesIn(doc: Doc, span: Span): PlaceAnnotation[] {
  return doc.all('place').filter((p) => p.span.start >= span.start && p.span.end <= span.end);
}
