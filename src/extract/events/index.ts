import type { Actor } from '../../model/actor.js';
import type { EntityAnnotation, PlaceAnnotation, PloverType, QuantityAnnotation, TimeAnnotation } from '../../model/annotation.js';
import type { Span } from '../../model/span.js';
import type { Stage, StageFactory } from '../../pipeline/stage.js';
import { isAbsolute, join } from 'node:path';
import { loadActorLexicon, resolveActors } from '../entities/resolve-actor.js';
import type { ActorResolver } from './actors.js';
import { acledView, eventContexts, eventDate, eventPlace, eventSizes, instrumentMode, modalityOf } from './attributes.js';
import { loadTriggerLexicon } from './lexicon.js';
import { matchTriggers, type Tok } from './match-triggers.js';
import { cameoEntry, loadEventOntology, type RecodeRule } from './ontology.js';
import { reportedObligations } from './obligations.js';
import { reportedAccusations } from './reported-accusations.js';
import { conditionSubject, findParticipants, type Participants, type SentenceView } from './participants.js';

export const EVENTS_VERSION = '0.1.0';

/**
 * Options of the events stage (pipeline config `options`).
 * @example { "name": "events", "options": { "keepNegated": true } }
 */
export interface EventsOptions {
  /** Resolves a span to its actors; default: `resolveActors` with the actor lexicon. (Library use.) */
  readonly resolveActor?: ActorResolver;
  /** Extra user actor dictionaries (TSV or PETRARCH format, see resources/actors/README.md), as for the entities stage. */
  readonly actorDictionaries?: readonly string[];
  /**
   * Code cooperation announced for the future as PLOVER does (a future meeting is AGREE, a future
   * withdrawal CONCEDE: `recode.tsv` rows marked `intent`). Default false: the event keeps its type
   * and is flagged `future`.
   */
  readonly ploverIntent?: boolean;
  /** Emit events read with negation ("did not attack"), flagged `negated`. Default true. */
  readonly keepNegated?: boolean;
}

/** The first re-coding rule for this reading, if any; a country named alone counts as a government. */
function recodeRule(rules: readonly RecodeRule[], when: string, type: PloverType, mode: string | undefined, actors: readonly Actor[]): RecodeRule | undefined {
  return rules.find((r) => {
    const applies = r.when === when || r.when === 'always' || (r.when === 'intent' && (when === 'future' || when === 'threat')) || (r.when === 'future' && when === 'threat');
    if (!applies) return false;
    if (r.type !== type || (r.mode !== '*' && r.mode !== mode)) return false;
    if (r.sectors === '*') return true;
    const sectors = r.sectors;
    return actors.some((a) => (a.sector && sectors.has(a.sector)) || (!a.sector && (a.kind === 'country' || a.metonymy) && sectors.has('GOV+')));
  });
}

/**
 * PLOVER events per clause. Triggers come from `resources/events/triggers.tsv`; the actor is the
 * subject phrase (the by-phrase in the passive), the recipient the object or prepositional target,
 * each conjunct resolved to an actor (compound actors stay one event). Place, time and sizes come
 * from the earlier stages' annotations inside the clause; auxiliary modes from cue words.
 */
export const createEventsStage: StageFactory = (options, resources): Stage => {
  const opts = options as EventsOptions;
  const lexicon = resources.get('events/triggers', () => loadTriggerLexicon(resources.dir));
  const ontology = resources.get('events/ontology', () => loadEventOntology(resources.dir));
  const extra = (opts.actorDictionaries ?? []).map((p) => (isAbsolute(p) ? p : join(process.cwd(), p)));
  const actorLexicon = resources.get(`actors/lexicon:${extra.join('|')}`, () => loadActorLexicon(resources.dir, extra));
  const resolve: ActorResolver = opts.resolveActor ?? ((doc, span) => resolveActors(doc, span, actorLexicon));
  const keepNegated = opts.keepNegated !== false;
  const rules = opts.ploverIntent ? ontology.recode : ontology.recode.filter((r) => r.when !== 'intent');
  return {
    name: 'events',
    version: EVENTS_VERSION,
    requires: ['sentence', 'token', 'time', 'place', 'entity', 'quantity', 'quote'],
    assigns: ['event'],
    run(doc, out, ctx) {
      const byStart = <T extends Spanned>(list: readonly T[]): T[] => [...list].sort((a, b) => a.span.start - b.span.start);
      const times = byStart(doc.all('time'));
      const places = byStart(doc.all('place'));
      const quantities = byStart(doc.all('quantity'));
      const entities = byStart(doc.all('entity'));
      let ep = 0;
      // Country of groups and bodies named earlier, by head word ("Belarusian border guards" → guards: BLR).
      const antecedents = new Map<string, string>();
      // The same phrase is often resolved for several triggers of a sentence: once per document.
      const resolved = new Map<string, Actor[]>();
      const resolveOnce: ActorResolver = (d, span) => {
        const key = `${span.start}:${span.end}`;
        let actors = resolved.get(key);
        if (!actors) resolved.set(key, (actors = resolve(d, span)));
        return actors;
      };
      let tp = 0;
      let pp = 0;
      let qp = 0;
      for (const sentence of doc.all('sentence')) {
        const tokens = doc.tokensIn(sentence.span);
        const toks: Tok[] = tokens.map((t) => {
          const code = doc.text.charCodeAt(t.span.start);
          const cap = (code >= 65 && code <= 90) || (code > 127 && doc.text[t.span.start] !== doc.text[t.span.start]!.toLowerCase());
          return { start: t.span.start, end: t.span.end, norm: t.norm, word: t.word, cap };
        });
        const lexical = matchTriggers(toks, lexicon);
        // Annotations of this sentence (all kinds are in text order), found with moving pointers.
        const sTimes = window(times, sentence.span, (tp = advance(times, tp, sentence.span.start)));
        const sPlaces = window(places, sentence.span, (pp = advance(places, pp, sentence.span.start)));
        const sQuant = window(quantities, sentence.span, (qp = advance(quantities, qp, sentence.span.start)));
        const sEntities = window(entities, sentence.span, (ep = advance(entities, ep, sentence.span.start)));
        const remember = () => {
          for (const e of sEntities) if ((e.type === 'GROUP' || e.type === 'ORG') && e.country) antecedents.set(headWord(e.name), e.country);
        };
        let lastCondition = -1;
        // "will withdraw … unless" is a threat; "would meet … if" stays a (conditional) offer.
        for (let k = toks.length - 1; k >= 0 && lastCondition < 0; k--) if (toks[k]!.norm === 'unless') lastCondition = k;
        const matchOf = new Map<number, number>();
        lexical.forEach((m, i) => m.indices.forEach((k) => matchOf.set(k, i)));
        const view: SentenceView = { doc, toks, matches: lexical, matchOf, resolve: resolveOnce, participles: lexicon.participles };
        const found: Participants[] = [];
        for (let m = 0; m < lexical.length; m++) found.push(findParticipants(view, m, found));
        const matches = [...lexical];
        for (const extra of reportedObligations(view)) {
          matches.push(extra.match);
          found.push(extra.participants);
        }
        const flagsOf: { future: boolean; hypothetical: boolean }[] = [];
        const whenOf: ReturnType<typeof eventDate>[] = [];
        for (let m = 0; m < matches.length; m++) {
          const match = matches[m]!;
          let p = found[m]!;
          const rule = match.rule;
          if (p.recipients.length === 0) {
            // "agreed to provide aid to Romania": the outer event is directed at the inner one's recipient.
            const inner = found.findIndex(
              (q, k) => k > m && toks[matches[k]!.head - 1]?.norm === 'to' && q.verbGroupStart - match.last <= 8 && clearBetween(toks, matchOf, match.last + 1, q.verbGroupStart),
            );
            if (inner > m && found[inner]!.recipients.length > 0) {
              const q = found[inner]!;
              p = { ...p, recipients: q.recipients, ...(q.recipientRegion ? { recipientRegion: q.recipientRegion } : {}) };
            }
            // "demanded the withdrawal of Serbian forces": the one asked is who would act in the noun event.
            const noun = matches.findIndex((n, k) => k > m && n.rule.pos === 'n' && n.head > match.last && n.head - match.last <= 4 && clearBetween(toks, matchOf, match.last + 1, n.head));
            if (p.recipients.length === 0 && rule.pos === 'v' && noun > m && found[noun]) {
              const q = found[noun]!;
              const who = q.actors.length > 0 ? q.actors : q.recipients;
              if (who.length > 0) p = { ...p, recipients: who };
            }
          }
          const flags = modalityOf(ontology, toks, p.clauseStart, p.verbGroupStart, match.head, p.clauseEnd, p.opener);
          if (p.how === 'inherit-purpose' && m > 0 && flagsOf[m - 1]) {
            // "are due to meet in Brussels to discuss …": the purpose is as future as the main verb.
            flags.future ||= flagsOf[m - 1]!.future;
            flags.hypothetical ||= flagsOf[m - 1]!.hypothetical;
          }
          flagsOf[m] = flags;
          // An infinitive under an earlier trigger ("agreed to provide aid") is not yet real.
          const prevTok = toks[p.verbGroupStart - 1];
          const underControl = toks[match.head - 1]?.norm === 'to' && prevTok !== undefined && matchOf.has(p.verbGroupStart - 1);
          if (underControl) {
            const outer = matches[matchOf.get(p.verbGroupStart - 1)!]!.rule.type;
            if (outer === 'THREATEN' || outer === 'REQUEST') flags.hypothetical = true;
            else if (outer === 'REJECT') flags.negated = true;
            else flags.future = true;
          }
          if (flags.negated && !keepNegated) continue;
          const vg = toks.slice(p.verbGroupStart, match.head).map((t) => t.norm);
          const conditional = p.opener === 'if' || p.opener === 'unless' || p.opener === 'whether';
          const intended = !underControl && !conditional && (flags.future || vg.includes('would') || vg.includes("'d"));
          const condition = intended && lastCondition > match.last;
          const reading = intended && flags.negated ? 'refusal' : condition ? 'threat' : intended ? 'future' : 'always';
          const recode = recodeRule(rules, reading, rule.type, rule.mode ?? cameoEntry(ontology, rule.cameo)?.mode, p.actors);
          const type = recode?.to.type ?? rule.type;
          const cameo = recode?.to.cameo ?? rule.cameo;
          let ruleId = recode ? `${rule.id}+${recode.id}` : rule.id;
          if (recode?.when === 'refusal') flags.negated = false;
          if (flags.negated && !keepNegated) continue;
          const entry = cameoEntry(ontology, cameo);
          let mode = recode ? recode.to.mode : rule.mode ?? entry?.mode;
          if (type === 'ASSAULT' && (!mode || mode === 'beat')) {
            mode = instrumentMode(ontology, toks, Math.max(0, p.clauseStart - 3), Math.min(toks.length - 1, p.clauseEnd + 6)) ?? mode;
          }
          if (type === 'THREATEN' && !mode) {
            // "threatened to shell …": the threat's mode is what is threatened (the inner event's reading).
            const inner = found.findIndex((q, k) => k > m && matchOf.get(q.verbGroupStart - 1) === m);
            const innerRule = inner > m ? matches[inner]!.rule : undefined;
            if (innerRule) mode = rules.find((r) => r.when === 'future' && r.type === innerRule.type && (r.mode === '*' || r.mode === innerRule.mode))?.to.mode;
          }
          const clause: Span = { start: toks[p.clauseStart]!.start, end: toks[Math.min(p.clauseEnd, toks.length - 1)]!.end };
          const triggerSpan: Span = {
            start: toks[match.head]!.start,
            end: toks[match.indices.length > 1 && match.last - match.head <= 6 ? match.last : match.head]!.end,
          };
          if (type === 'THREATEN' && p.recipients.every((r) => !r.country && !r.igo)) {
            // "threatened to strike unless Israel withdraws": the threat is aimed at the one the condition is put to.
            const put = conditionSubject(view, match.last);
            if (put) {
              p = { ...p, recipients: put.actors, recipientRegion: put.region };
              ruleId = `${ruleId}+recipient-condition-subject`;
            }
          }
          const located = eventPlace(sPlaces, clause, sentence.span, triggerSpan.start, [...p.actors, ...p.recipients]);
          if (p.passive && p.actors.length === 0 && type === 'COERCE' && located?.countryIso3) {
            // "was arrested in Lebanon": arrests, bans and curfews without a named agent are the state's.
            const authorities: Actor = { name: 'authorities', span: located.span, kind: 'organisation', country: located.countryIso3, sector: 'GOV' };
            p = { ...p, actors: [authorities] };
            ruleId = `${ruleId}+implicit-state-actor`;
          } else if (p.actors.length === 0 && type === 'ASSAULT' && located?.countryIso3) {
            // "a roadside bomb killed three soldiers near Samarra": an attack with no named attacker is coded to the
            // country where it happens (CAMEO/PLOVER practice for unidentified attackers).
            const attackers: Actor = { name: 'unidentified attackers', span: located.span, kind: 'group', country: located.countryIso3 };
            p = { ...p, actors: [attackers] };
            ruleId = `${ruleId}+implicit-local-actor`;
          }
          const inherited = p.actors.map((a) => (needsCountry(a) && a.kind !== 'person' ? antecedents.get(headWord(a.name)) : undefined));
          if (inherited.some(Boolean)) {
            p = { ...p, actors: p.actors.map((a, k) => (inherited[k] ? { ...a, country: inherited[k] } : a)) };
            ruleId = `${ruleId}+actor-country-from-antecedent`;
          }
          const owners = p.actors.map((a) => (needsCountry(a) && a.kind !== 'person' && owned(doc.text, a.span.start) ? ownerCountry(sEntities, a.span.start) : undefined));
          if (owners.some(Boolean)) {
            // "Bosnian Serbs said their forces had withdrawn": "their"/"its" points back to the sentence's last named owner.
            p = { ...p, actors: p.actors.map((a, k) => (owners[k] ? { ...a, country: owners[k] } : a)) };
            ruleId = `${ruleId}+actor-country-from-possessive`;
          }
          const context = contextCountry(p.recipients, located, sEntities);
          if (context && p.actors.some(needsCountry)) {
            p = { ...p, actors: p.actors.map((a) => (needsCountry(a) ? { ...a, country: context } : a)) };
            ruleId = `${ruleId}+actor-country-from-context`;
          }
          const home = p.actors.find((a) => a.country)?.country;
          const placeCountry = located?.countryIso3;
          // State forces or organs without a country ("withdraw its troops from Lebanon") are the actor's own: the
          // foreign country is the target (for cross-border acts, implicit-recipient below does that).
          const own = (r: Actor) => r.sector === 'MIL' || r.sector === 'GOV';
          const keeps = (r: Actor) => Boolean(r.country || r.igo) || r.kind === 'person' || (own(r) && FOREIGN_TYPES.has(type));
          if (placeCountry && placeCountry !== home && !p.recipients.every(keeps)) {
            // "killed a journalist in Beirut", "withdraw the workers from Iraq": a group without a country is the
            // place's (the event happens where its target is), unless that place is the actor's own country.
            const country = actorLexicon.countries.byIso3(placeCountry);
            const state: Actor = { name: country?.name ?? placeCountry, span: located?.span ?? triggerSpan, kind: 'country', country: placeCountry };
            const recipients: Actor[] = [];
            for (const r of p.recipients) {
              const read = keeps(r) ? r : own(r) ? state : { ...r, country: placeCountry };
              if (!recipients.includes(read)) recipients.push(read);
            }
            p = { ...p, recipients };
            ruleId = `${ruleId}+recipient-country-from-place`;
          }
          const actorDomestic = p.actors.some((a) => a.sector !== undefined && NON_STATE.has(a.sector));
          if (home && p.recipients.some((r) => !r.country && !r.igo && ((r.sector && NON_STATE.has(r.sector)) || (r.kind === 'person' && actorDomestic)))) {
            // "the opposition demanded Mugabe's resignation", "authorities pressured the workers": same country.
            p = { ...p, recipients: p.recipients.map((r) => (!r.country && !r.igo && ((r.sector && NON_STATE.has(r.sector)) || (r.kind === 'person' && actorDomestic)) ? { ...r, country: home } : r)) };
            ruleId = `${ruleId}+recipient-country-from-actor`;
          }
          // Restrictions, concessions and protests are aimed at the country where they happen (else the actor's own);
          // troops moved or force used in another country are aimed at that country.
          const there = located?.countryIso3;
          const abroad = there && home && there !== home ? there : undefined;
          // Troops or aid sent, withdrawn or used abroad with no named target: the foreign country is the target.
          const replaceable = p.recipients.every((r) => !r.country && !r.igo && r.kind !== 'person' && (r.sector === undefined || r.sector === 'MIL' || r.sector === 'GOV'));
          const target = DOMESTIC_TYPES.has(type) && p.recipients.length === 0 ? there ?? home : FOREIGN_TYPES.has(type) && replaceable ? abroad : undefined;
          if (target && !flags.negated) {
            // Protests, concessions and restrictions with no named target are directed at the country's own state or people.
            const country = actorLexicon.countries.byIso3(target);
            const span = p.actors[0]?.span ?? located?.span ?? triggerSpan;
            p = { ...p, recipients: [{ name: country?.name ?? target, span, kind: 'country', country: target, ...(type === 'PROTEST' ? { sector: 'GOV' as const } : {}) }] };
            ruleId = `${ruleId}+implicit-recipient`;
          } else if (p.recipients.length === 0 && there && located && !flags.negated) {
            // "set up a centre in Tokyo", "fired at targets in Jericho": with no named target, the event is
            // directed at the country where it happens (PLOVER/CAMEO practice: the location stands for its state).
            const country = actorLexicon.countries.byIso3(there);
            p = { ...p, recipients: [{ name: country?.name ?? there, span: located.span, kind: 'country', country: there }] };
            ruleId = `${ruleId}+recipient-from-place`;
          }
          const participants = [...p.actors, ...p.recipients];
          // A fronted adverbial ("Last month, the parliament voted …") belongs to the sentence's first clause.
          const fronted = p.clauseStart > 0 && p.clauseStart <= 6 && toks[p.clauseStart - 1]!.norm === ',' && !matches.some((other) => other.head < p.clauseStart);
          const timeWindow: Span = fronted ? { start: sentence.span.start, end: clause.end } : clause;
          let when = eventDate(sTimes, timeWindow, triggerSpan.start, ctx, flags.future);
          const before = whenOf[m - 1];
          if (p.how === 'inherit-purpose' && when.date.source === 'article-date' && before?.date.source === 'expression') when = before;
          whenOf[m] = when;
          const refYear = Number.parseInt(ctx.reference.date.slice(0, 4), 10);
          if (when.year !== undefined && when.year < refYear - 1 && when.date.source === 'expression') flags.historical = true;
          const place = located;
          const regionSpan = (r: readonly [number, number] | undefined) => (r ? { start: toks[r[0]]!.start, end: toks[r[1]]!.end } : undefined);
          const sizes = eventSizes(sQuant, rule, toks[match.head]!.norm, regionSpan(p.actorRegion), regionSpan(p.recipientRegion), clause, (q) =>
            doc.text.slice(q.counted?.end ?? q.span.end, (q.counted?.end ?? q.span.end) + 12).trim().toLowerCase(),
          );
          const contexts = eventContexts(ontology, [...rule.contexts, ...(entry?.contexts ?? [])], toks, p.clauseStart, p.clauseEnd, participants);
          const acled = acledView(ontology, type, mode, p.recipients);
          const span = spanOf(clause, triggerSpan, participants);
          const confidence = (p.actors.length === 0 ? 0.5 : rule.pos === 'n' ? 0.7 : 0.8) - (ruleId.includes('from-context') || ruleId.includes('implicit') ? 0.1 : 0);
          ctx.debug(() => `${doc.slice(triggerSpan)} -> ${type}${mode ? `:${mode}` : ''} ${cameo} actors=[${p.actors.map((a) => a.name).join('|')}] recipients=[${p.recipients.map((a) => a.name).join('|')}] (${ruleId}; ${p.how})`);
          out.add({
            kind: 'event',
            span,
            eventType: type,
            ...(mode ? { mode } : {}),
            contexts,
            cameo,
            ...(acled ? { acled } : {}),
            trigger: triggerSpan,
            actors: p.actors,
            recipients: p.recipients,
            ...(place ? { placeId: place.id } : {}),
            ...(when.timeId ? { timeId: when.timeId } : {}),
            date: when.date,
            sizes,
            ...flags,
            provenance: { rule: ruleId, confidence },
          });
        }
        remember();
      }
      for (const { quote, speaker, accused, events } of reportedAccusations(doc.all('quote'), doc.all('event'))) {
        const trigger = quote.cue ?? events[0]!.trigger;
        ctx.debug(() => `${doc.slice(trigger)} -> ACCUSE:allege 112 actors=[${speaker.name}] recipients=[${accused.map((a) => a.name).join('|')}] (accuse:reported-conflict)`);
        out.add({
          kind: 'event',
          span: quote.span,
          eventType: 'ACCUSE',
          mode: 'allege',
          contexts: [...new Set(events.flatMap((e) => e.contexts))],
          cameo: '112',
          trigger,
          actors: [speaker],
          recipients: accused,
          date: eventDate([], quote.span, trigger.start, ctx, false).date,
          sizes: [],
          negated: false,
          hypothetical: false,
          future: false,
          historical: false,
          provenance: { rule: 'accuse:reported-conflict', confidence: 0.6 },
        });
      }
    },
  };
};

/** Sectors whose members act inside their own country: their country is the actor's. */
const DOMESTIC = new Set(['OPP', 'CVL', 'LAB', 'EDU', 'MED', 'JUD', 'LEG', 'HLH', 'BUS']);

/** Non-state sectors: whom they deal with by name is, unless said otherwise, of their own country. */
const NON_STATE = new Set(['OPP', 'REB', 'CVL', 'LAB', 'EDU', 'MED', 'JUD', 'LEG', 'COP', 'REL', 'BUS', 'HLH']);
/** Event types whose unnamed target is the actor's own country (protests at home, concessions, restrictions). */
const DOMESTIC_TYPES: ReadonlySet<PloverType> = new Set(['PROTEST', 'CONCEDE', 'COERCE']);
/** Acts across borders: with no named target (or only "troops"), the foreign country where they happen is the target. */
const FOREIGN_TYPES: ReadonlySet<PloverType> = new Set(['ASSAULT', 'MOBILIZE', 'RETREAT', 'AID', 'AGREE', 'COOPERATE', 'CONSULT', 'SANCTION']);

/** A person or body named without a country (and not an international organisation). */
/** "their forces" / "its army": a possessive pronoun just before (or opening) the actor phrase at `start`. */
const owned = (text: string, start: number): boolean =>
  /\b(?:its|their)\s+$/i.test(text.slice(Math.max(0, start - 7), start)) || /^(?:its|their)\s/i.test(text.slice(start, start + 6));

/** The country of the last entity with one that starts before `before` in the sentence (the owner of "their …"). */
function ownerCountry(entities: readonly EntityAnnotation[], before: number): string | undefined {
  let country: string | undefined;
  for (const e of entities) {
    if (e.span.start >= before) break;
    if (e.country && (e.type === 'COUNTRY' || e.type === 'NATIONALITY' || e.type === 'GROUP' || e.type === 'ORG')) country = e.country;
  }
  return country;
}

const needsCountry = (a: Actor): boolean => !a.country && !a.igo && a.sector !== 'IGO' && a.sector !== 'NGO';

/**
 * The country an actor named without one most likely belongs to, read from the sentence: a
 * domestic recipient's country ("Museveni banned the Ugandan opposition"), else the country where
 * the event is placed, else the one country the sentence names. Marked in the rule id as inferred.
 */
function contextCountry(recipients: readonly Actor[], place: PlaceAnnotation | undefined, entities: readonly EntityAnnotation[]): string | undefined {
  const domestic = recipients.find((r) => r.country && r.sector && DOMESTIC.has(r.sector));
  if (domestic) return domestic.country;
  if (place?.countryIso3) return place.countryIso3;
  const named = new Set(entities.filter((e) => (e.type === 'COUNTRY' || e.type === 'NATIONALITY') && e.country).map((e) => e.country!));
  for (const r of recipients) if (r.country) named.delete(r.country);
  return named.size === 1 ? [...named][0] : undefined;
}

/** No comma or other trigger between two token positions. */
function clearBetween(toks: readonly Tok[], matchOf: ReadonlyMap<number, number>, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (toks[k]!.norm === ',' || matchOf.has(k)) return false;
  return true;
}

const headWord = (name: string): string => name.toLowerCase().split(/\s+/).pop() ?? '';

function spanOf(clause: Span, trigger: Span, participants: readonly Actor[]): Span {
  let start = Math.min(clause.start, trigger.start);
  let end = Math.max(clause.end, trigger.end);
  for (const a of participants) {
    start = Math.min(start, a.span.start);
    end = Math.max(end, a.span.end);
  }
  return { start, end };
}

type Spanned = TimeAnnotation | PlaceAnnotation | QuantityAnnotation | EntityAnnotation;

/** First index whose annotation ends after `offset` (annotations sorted by start; pointer only moves forward). */
function advance(list: readonly Spanned[], from: number, offset: number): number {
  let i = from;
  while (i < list.length && list[i]!.span.end <= offset) i++;
  return i;
}

function window<T extends Spanned>(list: readonly T[], span: Span, from: number): T[] {
  const outList: T[] = [];
  for (let i = from; i < list.length && list[i]!.span.start < span.end; i++) {
    if (list[i]!.span.start >= span.start) outList.push(list[i]!);
  }
  return outList;
}
