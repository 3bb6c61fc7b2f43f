import type { Stage, StageFactory } from '../../pipeline/stage.js';
import { findDisputes } from './disputes.js';

export const CONTRADICTIONS_VERSION = '1.0.0';
export { findDisputes, type ArticleClaims, type Dispute, type DisputeSide } from './disputes.js';

/**
 * Contradictions inside one article: two sources (different countries or organisations) giving
 * incompatible versions of one happening — actor and recipient swapped, an accusation and its
 * denial, different counts. The same comparison runs across stored articles through `findDisputes`.
 */
export const createContradictionsStage: StageFactory = (): Stage => ({
  name: 'contradictions',
  version: CONTRADICTIONS_VERSION,
  requires: ['claim', 'event'],
  assigns: ['contradiction'],
  run(doc, out, ctx) {
    const claims = doc.all('claim');
    if (claims.length < 2) return;
    const places = new Map(doc.all('place').map((p) => [p.id, p.countryIso3]));
    const article = { articleId: doc.article.id, claims, events: doc.all('event'), placeCountry: (id: string) => places.get(id), text: doc.text };
    for (const d of findDisputes(article, article)) {
      const [a, b] = d.sides;
      ctx.debug(() => `${d.summary} -> ${d.reason} (contradiction-${d.reason})`);
      out.add({
        kind: 'contradiction',
        span: { start: Math.min(a.evidence.start, b.evidence.start), end: Math.max(a.evidence.end, b.evidence.end) },
        reason: d.reason,
        sides: d.sides.map((s) => ({ claimId: s.claimId, ...(s.eventId ? { eventId: s.eventId } : {}), speaker: s.speaker, evidence: s.evidence })),
        summary: d.summary,
        provenance: { rule: `contradiction-${d.reason}`, confidence: d.reason === 'count-mismatch' ? 0.5 : 0.7 },
      });
    }
  },
});
