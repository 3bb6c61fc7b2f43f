import type { Actor } from '../../model/actor.js';
import type { EntityAnnotation, EntityType, PlaceAnnotation } from '../../model/annotation.js';
import { cover, type Span } from '../../model/span.js';
import type { Doc } from '../../pipeline/doc.js';
import { composeSentence } from './compose.js';
import type { ActorLexicon } from './lexicon.js';
import { mentionsOf } from './mentions.js';
import { namesOf } from './names.js';
import { sentenceViews } from './sentence-view.js';

export type { ActorLexicon } from './lexicon.js';
export { loadActorLexicon } from './lexicon.js';

/** An entity or a lexicon reading of the span, in the shape the resolver works on. */
type Cand = Pick<EntityAnnotation, 'type' | 'name' | 'span' | 'country' | 'igo' | 'sector' | 'role'> & {
  readonly id?: string;
  readonly rule: string;
};

const PRIORITY: Record<EntityType, number> = { PERSON: 7, ORG: 6, GROUP: 5, ROLE: 4, COUNTRY: 3, PLACE: 2, NATIONALITY: 1 };
const ATTACH = /^\s*(?:,\s*)?(?:of|for|at|from|in|with)\s+(?:the\s+)?$/i;
/** A modifier phrase between a head and what qualifies it: "in south", "from two", "fleeing the civil war in". */
const QUALIFIER = /^\s*,?\s*(?:[a-z]+\s+){0,2}(?:of|for|at|from|in|with|on|near|across|inside|outside|throughout|[a-z]+ing|[a-z]+ed)\b[^,;.:"“”]{0,40}$/;
/** "Ankara's Cankaya district administration": the possessor qualifies what follows. */
const POSSESSOR = /^['’]s?\s+[^,;.:"“”]{0,30}$/;
const FINITE = /\b(?:is|are|was|were|be|been|has|have|had|will|would|can|could|should|may|might|must|did|does|do|said|says|say|told|to)\b/i;
const COORD = /^\s*(?:,|and|or|&|,\s*and)\s*$/i;

/**
 * The actor a noun phrase names (subject, object, speaker), built from the entity annotations
 * inside or overlapping `span`. With `lexicon`, the span's words are also read against it, and a
 * user dictionary entry wins over the entities (for PETRARCH-style fictional actors); without
 * entity annotations (stage not run) the lexicon reading is used alone.
 *
 * @example
 * resolveActor(doc, spanOf('Belarusian border guards'))
 *   // { name: 'Belarusian border guards', kind: 'group', country: 'BLR', sector: 'COP', span, entityId: 'en2' }
 * resolveActor(doc, spanOf('Vilnius')) // { name: 'Vilnius', kind: 'place', country: 'LTU', sector: 'GOV', metonymy: true, … }
 * resolveActor(doc, spanOf('Interior Minister Agnė Bilotaitė'))
 *   // { name: 'Agnė Bilotaitė', kind: 'person', role: 'Interior Minister', sector: 'GOV', … }
 */
export function resolveActor(doc: Doc, span: Span, lexicon?: ActorLexicon): Actor | undefined {
  return resolveActors(doc, span, lexicon)[0];
}

/**
 * Every actor of a coordinated phrase ("Lithuania and Poland", "police and soldiers"), head first;
 * one actor when the phrase names one ("the spokesperson of the State Border Committee").
 */
export function resolveActors(doc: Doc, span: Span, lexicon?: ActorLexicon): Actor[] {
  const fromEntities = entityCandidates(doc, span);
  let cands = fromEntities;
  if (lexicon && (fromEntities.length === 0 || lexicon.hasUserEntries)) {
    const lexical = lexicalCandidates(doc, span, lexicon);
    if (fromEntities.length === 0 || lexical.some((c) => c.rule.startsWith('user'))) cands = lexical;
  }
  return actorsOf(doc, cands);
}

/** The actor one entity annotation stands for, on its own. */
export function actorFromEntity(doc: Doc, entity: EntityAnnotation): Actor {
  return toActor(doc, { ...entity, rule: entity.provenance.rule }, []);
}

function entityCandidates(doc: Doc, span: Span): Cand[] {
  const entities = doc.all('entity');
  let lo = 0;
  let hi = entities.length;
  const from = doc.sentenceAt(span.start)?.span.start ?? span.start;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (entities[mid]!.span.start < from) lo = mid + 1;
    else hi = mid;
  }
  const inside: Cand[] = [];
  const overlapping: Cand[] = [];
  for (let k = lo; k < entities.length && entities[k]!.span.start < span.end; k++) {
    const e = entities[k]!;
    if (e.span.end <= span.start) continue;
    const c = { ...e, rule: e.provenance.rule };
    if (e.span.start >= span.start && e.span.end <= span.end) inside.push(c);
    else overlapping.push(c);
  }
  return inside.length > 0 ? inside : overlapping.sort((a, b) => a.span.end - a.span.start - (b.span.end - b.span.start));
}

function lexicalCandidates(doc: Doc, span: Span, lexicon: ActorLexicon): Cand[] {
  const placeAt = new Map<number, PlaceAnnotation>();
  for (const p of doc.all('place')) if (p.span.start >= span.start && p.span.end <= span.end) placeAt.set(p.span.start, p);
  const out: Cand[] = [];
  for (const v of sentenceViews(doc.text, doc.tokensIn(span))) {
    const mentions = mentionsOf(v, lexicon, placeAt);
    const found = composeSentence(v, lexicon, mentions, namesOf(v, lexicon, mentions, new Map()));
    for (const f of found) {
      out.push({
        type: f.type, name: f.name, span: { start: v.starts[f.i]!, end: v.ends[f.j - 1]! }, rule: f.rule,
        ...(f.country ? { country: f.country } : {}), ...(f.igo ? { igo: f.igo } : {}),
        ...(f.sector ? { sector: f.sector } : {}), ...(f.role ? { role: f.role } : {}),
      });
    }
  }
  return out;
}

const within = (outer: Span, inner: Span): boolean => inner.start >= outer.start && inner.end <= outer.end;

function actorsOf(doc: Doc, cands: readonly Cand[]): Actor[] {
  if (cands.length === 0) return [];
  const maximal = cands
    .filter((c) => !cands.some((o) => o !== c && within(o.span, c.span) && (o.span.end - o.span.start > c.span.end - c.span.start)))
    .sort((a, b) => a.span.start - b.span.start);
  const groups: Cand[][] = [[maximal[0]!]];
  for (let k = 1; k < maximal.length; k++) {
    const gap = doc.text.slice(maximal[k - 1]!.span.end, maximal[k]!.span.start);
    const apposition = /^\s*,\s*(?:the\s+|a\s+)?$/i.test(gap) && maximal[k]!.type === 'ROLE' && maximal[k - 1]!.type === 'PERSON';
    if (COORD.test(gap) && !apposition) groups.push([maximal[k]!]);
    else groups[groups.length - 1]!.push(maximal[k]!);
  }
  return groups.map((g) => {
    let head = g[0]!;
    let attached = 1;
    let headFixed = false;
    for (let k = 1; k < g.length; k++) {
      const gap = doc.text.slice(g[k - 1]!.span.end, g[k]!.span.start);
      const adjacent = /^\s*$/.test(gap) || /^\s*,\s*(?:the\s+|a\s+)?$/i.test(gap) || POSSESSOR.test(gap);
      const qualifier = ATTACH.test(gap) || (QUALIFIER.test(gap) && !FINITE.test(gap));
      if (!adjacent && !qualifier) break;
      attached = k + 1;
      if (qualifier) headFixed = true;
      if (!headFixed && PRIORITY[g[k]!.type] > PRIORITY[head.type]) head = g[k]!;
    }
    return toActor(doc, head, g.slice(0, attached).filter((c) => c !== head), cands);
  });
}

function toActor(doc: Doc, head: Cand, siblings: readonly Cand[], all: readonly Cand[] = []): Actor {
  let country = head.country;
  let igo = head.igo;
  let sector = head.sector;
  let role = head.role;
  let organisation: string | undefined;
  let evidence = head.span;
  for (const s of siblings) {
    if (s.type === 'ORG' && head.type !== 'ORG' && !organisation) organisation = s.name;
    if (s.type === 'ROLE' && head.type === 'PERSON' && !role) role = s.role ?? s.name;
    country ??= s.country;
    igo ??= s.igo;
    if (head.type === 'PERSON' || head.type === 'ROLE') sector ??= s.sector;
    evidence = cover(evidence, s.span);
  }
  if (!organisation && (head.type === 'PERSON' || head.type === 'ROLE')) {
    const roleSpan = head.type === 'ROLE' ? head.span : siblings.find((s) => s.type === 'ROLE')?.span;
    const org = roleSpan && all.find((c) => c.type === 'ORG' && within(roleSpan, c.span));
    if (org) organisation = org.name;
  }
  const metonymy =
    ((head.type === 'COUNTRY' || head.type === 'PLACE') && head.sector === 'GOV' && head.rule.includes('place')) || head.rule === 'place-actor-igo';
  const titled = head.rule.startsWith('user') && head.type !== 'PERSON' && siblings.find((s) => s.type === 'ROLE' && s.span.end <= head.span.start);
  if (titled) {
    role ??= titled.role ?? titled.name;
    if (titled.sector) sector = titled.sector;
  }
  const plural = /s$/i.test(doc.slice(head.span));
  const kind: Actor['kind'] =
    head.type === 'PERSON' || head.type === 'ROLE' || titled ? 'person'
    : head.type === 'ORG' ? 'organisation'
    : head.type === 'GROUP' ? 'group'
    : head.type === 'COUNTRY' ? 'country'
    : head.type === 'PLACE' ? 'place'
    : plural ? 'group' : 'country';
  return {
    name: head.type === 'NATIONALITY' && plural ? doc.slice(head.span) : head.name,
    span: evidence,
    kind,
    ...(country ? { country } : {}),
    ...(igo ? { igo } : {}),
    ...(sector ? { sector } : {}),
    ...(role ? { role } : {}),
    ...(organisation ? { organisation } : {}),
    ...(metonymy ? { metonymy: true } : {}),
    ...(head.id ? { entityId: head.id } : {}),
  };
}
