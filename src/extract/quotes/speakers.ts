import type { Actor } from '../../model/actor.js';
import type { EntityAnnotation } from '../../model/annotation.js';
import type { Span } from '../../model/span.js';
import type { Doc } from '../../pipeline/doc.js';
import { foldSameLength } from '../../text/fold.js';
import type { QuoteLexicon } from './lexicon.js';

/** Resolves the participant a span names (the entities stage's resolver has this shape). */
export type ActorResolver = (doc: Doc, span: Span) => Actor | undefined;

/** A speaker as resolved, with the key shared by every mention of the same source. */
export interface ResolvedSpeaker {
  readonly actor: Actor;
  readonly key: string;
  readonly rule: string;
}

interface Known {
  actor: Actor;
  key: string;
  /** Folded words that name this speaker again later ("bilotaite", "ministry"). */
  handles: Set<string>;
  at: number;
}

const LEADING = /^(?:the|a|an)\s+/i;

/**
 * Resolves the speakers of one article, in text order, so that pronouns ("she added"),
 * document nouns ("the statement added", "it stated") and short names ("Bilotaitė") point to
 * the fuller mention seen before, and share its `speakerKey`.
 */
export class SpeakerResolver {
  readonly #known: Known[] = [];
  /** Organisations, countries and governments mentioned so far, for "it stated" / "the statement said". */
  readonly #mentions: readonly Span[];
  readonly #entities: readonly EntityAnnotation[];
  #nextKey = 1;

  /** @param subjects sentence subjects that read as organisations (found by the stage) */
  constructor(
    readonly doc: Doc,
    readonly lex: QuoteLexicon,
    readonly resolveActor?: ActorResolver,
    subjects: readonly Span[] = [],
    quoted: readonly Span[] = [],
  ) {
    this.#entities = doc.all('entity');
    const mentions: Span[] = [...subjects];
    for (const e of this.#entities) if (e.type === 'ORG' || e.type === 'COUNTRY') mentions.push(e.span);
    for (const p of doc.all('place')) if (p.role === 'actor') mentions.push(p.span);
    mentions.sort((x, y) => x.start - y.start || y.end - x.end);
    // names inside someone's quoted words ("… the Republic of Belarus,” it stated) are not antecedents
    let q = 0;
    this.#mentions = mentions.filter((m) => {
      while (q < quoted.length && quoted[q]!.end <= m.start) q++;
      return !(q < quoted.length && quoted[q]!.start <= m.start && m.end <= quoted[q]!.end);
    });
  }

  /**
   * @param limit mentions after this offset are not antecedents (the quote's own words)
   * @param remember false for a thing that speaks once ("a video, which shows …"): later pronouns do not point to it
   */
  resolve(source: Span, limit = source.start, remember = true): ResolvedSpeaker | undefined {
    const text = this.doc.slice(source).trim();
    if (!text) return undefined;
    const folded = foldSameLength(text).replace(/[’']s$/, '');
    const bare = folded.replace(LEADING, '');
    // pronouns
    if (this.lex.is(folded, 'person-pronoun')) return this.#recent(source, (k) => k.actor.kind === 'person', 'pronoun-person') ?? this.#recent(source, () => true, 'pronoun-any') ?? this.#unresolved(source, text, 'person');
    if (this.lex.is(folded, 'group-pronoun')) return this.#recent(source, (k) => k.actor.kind !== 'person', 'pronoun-group') ?? this.#recent(source, () => true, 'pronoun-any') ?? this.#unresolved(source, text, 'group');
    if (this.lex.is(folded, 'thing-pronoun') || this.lex.is(bare, 'document')) {
      return this.#recentOrganisation(source, limit) ?? this.#unresolved(source, text, 'organisation');
    }
    let actor = this.resolveActor?.(this.doc, source) ?? this.#fromEntities(source) ?? this.#heuristic(source, text);
    if (!actor) return undefined;
    actor = { ...actor, span: source };
    const headWord = bare.split(/\s+/).pop()!;
    if ((actor.kind === 'country' || actor.kind === 'place') && bare.includes(' ') && this.lex.is(headWord, 'org-head')) {
      // "Belarus's border committee": an organisation of that country, not the country
      actor = { name: text.replace(/^the\s+/i, ''), span: source, kind: 'organisation', ...(actor.country ? { country: actor.country } : {}), sector: actor.sector ?? 'GOV' };
    }
    // definite descriptions and short names: "the ministry", "Bilotaitė"
    const handles = this.#handlesOf(actor, bare);
    // "the Turkish interior ministry": a description that names its own country is no other country's body
    const own = actor.kind === 'person' ? undefined : this.#countryIn(source, false);
    for (let i = this.#known.length - 1; i >= 0; i--) {
      const k = this.#known[i]!;
      if (own && k.actor.country !== own) continue;
      if (this.#sameSpeaker(k, actor, handles)) {
        const merged: Actor = { ...k.actor, ...stripUndefined(actor), name: longer(k.actor.name, actor.name), span: source };
        k.actor = merged;
        for (const h of handles) k.handles.add(h);
        k.at = source.start;
        return { actor: merged, key: k.key, rule: 'same-speaker' };
      }
    }
    // "the service" after "Sudmark's border service has released …": the organisation mentioned before
    const head = bare.split(/\s+/).pop()!;
    if (folded.startsWith('the ') && this.lex.is(head, 'org-head')) {
      for (let i = this.#mentions.length - 1; i >= 0; i--) {
        const m = this.#mentions[i]!;
        if (m.end > limit || m.start === source.start) continue;
        if (foldSameLength(this.doc.slice(m)).split(/\s+/).pop() !== head) continue;
        const theirs = this.#countryIn(m, true);
        if (own && theirs && theirs !== own) continue;
        const earlier = this.resolve(m);
        if (own && earlier?.actor.country !== own) continue;
        if (earlier) return { actor: { ...earlier.actor, span: source }, key: earlier.key, rule: 'definite-description' };
      }
    }
    const key = `sp${this.#nextKey++}`;
    if (remember) this.#known.push({ actor, key, handles, at: source.start });
    return { actor, key, rule: 'new-speaker' };
  }

  /** A pronoun with nothing to point to: kept as its own speaker so the mention is not lost. */
  #unresolved(span: Span, text: string, kind: Actor['kind']): ResolvedSpeaker {
    return { actor: { name: text, span, kind }, key: `sp${this.#nextKey++}`, rule: 'unresolved-pronoun' };
  }

  /** The speaker of an earlier attribution (its last mention is the evidence), for a quote that continues it. */
  byKey(key: string): ResolvedSpeaker | undefined {
    const k = this.#known.find((x) => x.key === key);
    return k ? { actor: k.actor, key, rule: 'continuation' } : undefined;
  }

  #sameSpeaker(k: Known, actor: Actor, handles: Set<string>): boolean {
    if (k.actor.country && actor.country && k.actor.country !== actor.country) return false;
    if (actor.kind === 'person' && k.actor.kind === 'person') {
      const last = lastWord(actor.name);
      return last !== '' && lastWord(k.actor.name) === last;
    }
    if (actor.kind === 'country' && k.actor.kind === 'country') return !!actor.country && actor.country === k.actor.country;
    if (actor.kind === 'person' || k.actor.kind === 'person') return false;
    for (const h of handles) if (k.handles.has(h)) return true;
    return false;
  }

  #handlesOf(actor: Actor, bare: string): Set<string> {
    const out = new Set<string>([bare]);
    const name = foldSameLength(actor.name).replace(LEADING, '');
    out.add(name);
    if (actor.kind !== 'person') {
      const words = name.split(/\s+/);
      const head = words[words.length - 1]!;
      if (this.lex.is(head, 'org-head')) out.add(head);
    }
    return out;
  }

  #recent(span: Span, ok: (k: Known) => boolean, rule: string): ResolvedSpeaker | undefined {
    let best: Known | undefined;
    for (const k of this.#known) if (ok(k) && k.at < span.start && (!best || k.at > best.at)) best = k;
    if (!best) return undefined;
    best.at = span.start;
    return { actor: { ...best.actor, span }, key: best.key, rule };
  }

  #recentOrganisation(span: Span, limit: number): ResolvedSpeaker | undefined {
    let speaker: Known | undefined;
    for (const k of this.#known) if (k.actor.kind !== 'person' && k.at < span.start && (!speaker || k.at > speaker.at)) speaker = k;
    let mention: Span | undefined;
    for (const m of this.#mentions) {
      if (m.start >= limit) break;
      if (m.end > limit || m.start === span.start) continue;
      if (mention && m.start >= mention.start && m.end <= mention.end) continue; // "Belarus" inside "Belarus's border committee"
      mention = m;
    }
    if (mention && (!speaker || mention.start > speaker.at)) {
      const resolved = this.resolve(mention);
      if (resolved) return { actor: { ...resolved.actor, span }, key: resolved.key, rule: 'organisation-mention' };
    }
    if (speaker) {
      speaker.at = span.start;
      return { actor: { ...speaker.actor, span }, key: speaker.key, rule: 'organisation-speaker' };
    }
    return undefined;
  }

  /**
   * The country a span names by itself: a country or nationality word inside it ("Turkish",
   * "Greece's"), or with `organisations`, the country of an organisation entity inside it.
   */
  #countryIn(span: Span, organisations: boolean): string | undefined {
    for (const e of this.#entities) {
      if (e.span.start < span.start || e.span.end > span.end || !e.country) continue;
      if (e.type === 'NATIONALITY' || e.type === 'COUNTRY' || (organisations && e.type === 'ORG')) return e.country;
    }
    for (const p of this.doc.all('place')) {
      if (p.span.start < span.start || p.span.end > span.end || !p.countryIso3) continue;
      if (p.role === 'demonym' || (p.featureCode?.startsWith('PCL') ?? false)) return p.countryIso3;
    }
    return undefined;
  }

  #fromEntities(span: Span): Actor | undefined {
    let best: EntityAnnotation | undefined;
    let role: string | undefined;
    let organisation: string | undefined;
    let country: string | undefined;
    const rank = { PERSON: 5, ORG: 4, GROUP: 3, COUNTRY: 2, NATIONALITY: 1, ROLE: 0, PLACE: 0 } as const;
    for (const e of this.#entities) {
      if (e.span.start < span.start || e.span.end > span.end) continue;
      if (e.type === 'ROLE') role ??= this.doc.slice(e.span);
      if (e.type === 'ORG') organisation ??= e.name;
      if ((e.type === 'NATIONALITY' || e.type === 'COUNTRY' || e.type === 'ORG') && e.country) country ??= e.country;
      if (e.type !== 'ROLE' && e.type !== 'PLACE' && (!best || rank[e.type] > rank[best.type])) best = e;
    }
    if (!best) return undefined;
    const actor = this.#entityActor(best, span);
    return {
      ...actor,
      ...(actor.country ?? country ? { country: actor.country ?? country } : {}),
      ...(actor.kind === 'person' && (best.role ?? role) ? { role: best.role ?? role } : {}),
      ...(actor.kind === 'person' && organisation ? { organisation } : {}),
    };
  }

  #entityActor(e: EntityAnnotation, span: Span): Actor {
    const kind: Actor['kind'] = e.type === 'PERSON' ? 'person' : e.type === 'COUNTRY' || e.type === 'NATIONALITY' ? 'country' : e.type === 'GROUP' ? 'group' : 'organisation';
    return {
      name: e.name,
      span,
      kind,
      ...(e.country ? { country: e.country } : {}),
      ...(e.igo ? { igo: e.igo } : {}),
      ...(e.sector ? { sector: e.sector } : kind === 'country' ? { sector: 'GOV' as const } : {}),
      ...(e.role ? { role: e.role } : {}),
      entityId: e.id,
    };
  }

  /** Without entity annotations: a title before a capitalised name, or an organisation head noun. */
  #heuristic(span: Span, text: string): Actor | undefined {
    const words = text.split(',')[0]!.replace(LEADING, '').split(/\s+/).filter(Boolean);
    if (!words.length || words.length > 32) return undefined;
    const folded = words.map((w) => foldSameLength(w));
    const last = folded[folded.length - 1]!.replace(/[,’']s?$/, '');
    if (this.lex.is(last, 'org-head')) return { name: words.join(' ').replace(/,$/, ''), span, kind: last === 'officials' || last === 'guards' || last === 'forces' ? 'group' : 'organisation' };
    const caps = words.every((w) => /^[\p{Lu}\d]/u.test(w) || /^(?:of|the|de|van|von|al|bin)$/.test(w));
    if (caps && words.length <= 6) {
      let r = 0;
      for (let i = 0; i < words.length - 1; i++) if (this.lex.is(folded[i]!, 'role-head')) r = i + 1;
      const name = words.slice(r).join(' ');
      return { name, span, kind: 'person', ...(r > 0 ? { role: words.slice(0, r).join(' ') } : {}) };
    }
    return { name: words.join(' ').replace(/,$/, ''), span, kind: 'group' };
  }
}

function lastWord(name: string): string {
  const w = foldSameLength(name).split(/\s+/);
  return w[w.length - 1] ?? '';
}

function longer(a: string, b: string): string {
  return b.length > a.length ? b : a;
}

function stripUndefined(a: Actor): Partial<Actor> {
  return Object.fromEntries(Object.entries(a).filter(([, v]) => v !== undefined)) as Partial<Actor>;
}
