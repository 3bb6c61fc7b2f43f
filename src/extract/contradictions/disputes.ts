import type { Actor } from '../../model/actor.js';
import type { ClaimAnnotation, ContradictionAnnotation, EventAnnotation } from '../../model/annotation.js';
import type { Span } from '../../model/span.js';

/**
 * The claims of one article with what they point to, as `findDisputes` reads them.
 * `placeCountry` maps a place id to its ISO-3 country (the destination "into Lithuania").
 *
 * @example { articleId: 'a1', claims, events, placeCountry: (id) => places.get(id)?.countryIso3, text }
 */
export interface ArticleClaims {
  readonly articleId: string;
  readonly claims: readonly ClaimAnnotation[];
  readonly events: readonly EventAnnotation[];
  readonly placeCountry?: (placeId: string) => string | undefined;
  /** The article text, to quote triggers in summaries. */
  readonly text?: string;
}

/** One side of a dispute: who says it, which claim and event, the evidence span in its article. */
export interface DisputeSide {
  readonly articleId: string;
  readonly claimId: string;
  readonly eventId?: string;
  readonly speaker: Actor;
  readonly evidence: Span;
}

/** Two incompatible versions of one happening. */
export interface Dispute {
  readonly reason: ContradictionAnnotation['reason'];
  readonly sides: readonly [DisputeSide, DisputeSide];
  readonly summary: string;
}

/** Event types read as the same kind of happening when compared across sources. */
const FAMILY: Partial<Record<EventAnnotation['eventType'], string>> = { COERCE: 'force', ASSAULT: 'force', THREATEN: 'force' };
const family = (e: EventAnnotation): string => FAMILY[e.eventType] ?? e.eventType;

function countries(actors: readonly Actor[]): Set<string> {
  return new Set(actors.map((a) => a.country).filter((c): c is string => !!c));
}

function differentSources(a: ClaimAnnotation, b: ClaimAnnotation): boolean {
  if (a.speakerKey === b.speakerKey && a.speaker.name === b.speaker.name) return false;
  if (a.speaker.country && b.speaker.country) return a.speaker.country !== b.speaker.country;
  const orgA = a.speaker.organisation ?? a.speaker.name;
  const orgB = b.speaker.organisation ?? b.speaker.name;
  return orgA !== orgB && !!(a.speaker.country || b.speaker.country);
}

function describe(e: EventAnnotation, text: string | undefined, by?: ReadonlySet<string>): string {
  const who = (xs: readonly Actor[]): string => xs.map((x) => [x.country, x.sector].filter(Boolean).join(' ') || x.name).join(' and ') || '?';
  const verb = text ? text.slice(e.trigger.start, e.trigger.end) : e.eventType;
  const own = countries(e.actors);
  const subject = by && by.size && [...by].some((c) => !own.has(c)) ? [...by].join(' and ') : who(e.actors);
  return `${subject} ${verb} ${who(e.recipients)}`.trim();
}

interface Side {
  readonly article: ArticleClaims;
  readonly claim: ClaimAnnotation;
  readonly events: readonly EventAnnotation[];
}

function sidesOf(article: ArticleClaims): Side[] {
  const byId = new Map(article.events.map((e) => [e.id, e]));
  return article.claims.map((claim) => ({
    article,
    claim,
    events: claim.eventIds.map((id) => byId.get(id)).filter((e): e is EventAnnotation => !!e),
  }));
}

function side(s: Side, e?: EventAnnotation): DisputeSide {
  return { articleId: s.article.articleId, claimId: s.claim.id, ...(e ? { eventId: e.id } : {}), speaker: s.claim.speaker, evidence: s.claim.content };
}

/** Countries an event is done to or in: its recipients, its place, and the country of whoever reports it. */
function targets(e: EventAnnotation, s: Side): Set<string> {
  const out = countries(e.recipients);
  const pc = e.placeId ? s.article.placeCountry?.(e.placeId) : undefined;
  if (pc) out.add(pc);
  if (s.claim.speaker.country) out.add(s.claim.speaker.country);
  return out;
}

/**
 * Countries of who did an event, as the claim tells it: in "X accused Y of Z", Y did Z whatever
 * the event's own reading of its subject.
 */
function doers(e: EventAnnotation, s: Side): Set<string> {
  if (s.claim.stance === 'accuse') {
    const acc = s.events.find((x) => x.eventType === 'ACCUSE' && x.id !== e.id);
    const accused = acc ? countries(acc.recipients) : new Set<string>();
    if (accused.size) return accused;
  }
  return countries(e.actors);
}

/** The claim's own words, shortened, when no event stands for it. */
function content(s: Side): string {
  const text = s.article.text;
  if (!text) return 'otherwise';
  const words = text.slice(s.claim.content.start, s.claim.content.end).replace(/\s+/g, ' ').trim();
  return `"${words.length > 80 ? `${words.slice(0, 79)}…` : words}"`;
}

/** The first reason two claims are incompatible, if any. */
function compare(a: Side, b: Side): Dispute | undefined {
  if (!differentSources(a.claim, b.claim)) return undefined;
  const says = (s: Side, e?: EventAnnotation): string => `${s.claim.speaker.name} ${s.claim.stance === 'deny' ? 'denies' : 'says'} ${e ? describe(e, s.article.text, doers(e, s)) : content(s)}`;
  // actor and recipient swapped: each side says the other's forces did the same kind of thing
  for (const ea of a.events) {
    if (ea.eventType === 'ACCUSE' || ea.negated) continue;
    const actA = doers(ea, a);
    if (!actA.size) continue;
    for (const eb of b.events) {
      if (eb.eventType === 'ACCUSE' || eb.negated || family(ea) !== family(eb)) continue;
      const actB = doers(eb, b);
      if (!actB.size) continue;
      const tA = targets(ea, a);
      const tB = targets(eb, b);
      const x = [...actA].find((c) => tB.has(c) && !actB.has(c));
      const y = [...actB].find((c) => tA.has(c) && !actA.has(c));
      if (x && y && x !== y) {
        return { reason: 'actor-recipient-swap', sides: [side(a, ea), side(b, eb)], summary: `${says(a, ea)}; ${says(b, eb)}` };
      }
    }
  }
  // an accusation or assertion and its denial
  if ((a.claim.stance === 'deny') !== (b.claim.stance === 'deny')) {
    const [acc, den] = a.claim.stance === 'deny' ? [b, a] : [a, b];
    const shared = acc.events.find((e) => !e.negated && den.events.some((d) => d.id === e.id || (family(d) === family(e) && overlapCountries(d, e))));
    const accused = new Set<string>();
    for (const e of acc.events) for (const c of countries(e.eventType === 'ACCUSE' ? e.recipients : e.actors)) accused.add(c);
    const denierAccused = den.claim.speaker.country && accused.has(den.claim.speaker.country) && acc.claim.stance === 'accuse';
    if (shared || denierAccused) {
      const ev = den.events.find((d) => shared && family(d) === family(shared));
      return { reason: 'denial', sides: [side(acc, shared), side(den, ev)], summary: `${says(acc, shared)}; ${says(den, ev)}` };
    }
  }
  // different counts of the same happening
  for (const ea of a.events) {
    for (const eb of b.events) {
      if (ea.eventType !== eb.eventType || ea.eventType === 'ACCUSE' || ea.negated || eb.negated || !overlapCountries(ea, eb)) continue;
      for (const sa of ea.sizes) {
        const sb = eb.sizes.find((z) => z.kind === sa.kind && (!z.lemma || !sa.lemma || z.lemma === sa.lemma));
        if (sb && Math.abs(sa.value - sb.value) > 0.1 * Math.max(sa.value, sb.value)) {
          return { reason: 'count-mismatch', sides: [side(a, ea), side(b, eb)], summary: `${a.claim.speaker.name} counts ${sa.value} ${sa.lemma ?? sa.kind}; ${b.claim.speaker.name} counts ${sb.value} ${sb.lemma ?? sb.kind}` };
        }
      }
    }
  }
  return undefined;
}

function overlapCountries(a: EventAnnotation, b: EventAnnotation): boolean {
  const ca = countries(a.actors);
  for (const c of countries(b.actors)) if (ca.has(c)) return true;
  return ca.size === 0 && b.actors.length > 0 && a.actors.some((x) => b.actors.some((y) => x.name === y.name));
}

/**
 * Disputes between the claims of two articles (or of one article with itself: pass it twice),
 * each pair of sources reported once. Pure: reads claims and events, returns the disputes.
 *
 * @example
 * findDisputes(
 *   { articleId: 'lt', claims, events, placeCountry },
 *   { articleId: 'by', claims: claims2, events: events2 },
 * ) // [{ reason: 'actor-recipient-swap', sides: [{ speaker: Lithuania… }, { speaker: Belarus's border committee… }], summary }]
 */
export function findDisputes(a: ArticleClaims, b: ArticleClaims): Dispute[] {
  const same = a === b || a.articleId === b.articleId;
  const sa = sidesOf(a);
  const sb = same ? sa : sidesOf(b);
  const out: Dispute[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < sa.length; i++) {
    for (let j = same ? i + 1 : 0; j < sb.length; j++) {
      const d = compare(sa[i]!, sb[j]!);
      if (!d) continue;
      const pair = [sa[i]!.claim.speakerKey, sb[j]!.claim.speakerKey, d.reason].join('|');
      if (same && seen.has(pair)) continue;
      seen.add(pair);
      out.push(d);
    }
  }
  return out;
}
