import type { Actor } from '../../model/actor.js';
import type { Span } from '../../model/span.js';
import type { Doc } from '../../pipeline/doc.js';
import type { ActorResolver } from './actors.js';
import type { Tok, TriggerMatch } from './match-triggers.js';
import {
  AUXILIARIES, BE_FORMS, BENEFICIARY_PREPOSITIONS, CONJUNCTIONS, PREPOSITIONS, RECIPIENT_PREPOSITIONS, RELATIVES, STRONG_PUNCT,
  SPEECH_VERBS, SUBORDINATORS, SUPPORT_VERBS,
} from './words.js';

/** Who acts and who is acted on, with the token regions they were read from. */
export interface Participants {
  readonly actors: readonly Actor[];
  readonly recipients: readonly Actor[];
  /** Token range [from, to] of the actor phrase, and of the recipient phrase (for sizes). */
  readonly actorRegion?: readonly [number, number];
  readonly recipientRegion?: readonly [number, number];
  /** First token of the clause (subject start, or the verb group). */
  readonly clauseStart: number;
  /** Last token of the clause (end of object or prepositional phrases). */
  readonly clauseEnd: number;
  /** First token of the verb group ("had forced": "had"). */
  readonly verbGroupStart: number;
  /** Token that opened the clause ("if", "that", ","), if any. */
  readonly opener?: string;
  readonly passive: boolean;
  /** How the actor was found: subject, by-phrase, inherited from the previous event, possessive… */
  readonly how: string;
}

/** Everything participant finding needs about one sentence. */
export interface SentenceView {
  readonly doc: Doc;
  readonly toks: readonly Tok[];
  readonly matches: readonly TriggerMatch[];
  /** token index → index of the match it belongs to. */
  readonly matchOf: ReadonlyMap<number, number>;
  readonly resolve: ActorResolver;
  readonly participles: ReadonlySet<string>;
}

type Region = readonly [number, number];
/** Types whose verbs hand their infinitive's subject to their object ("urged Sweden to reopen", "forced them to leave"). */
const OBJECT_CONTROL = new Set(['REQUEST', 'COERCE', 'THREATEN']);
/** Noun triggers whose "of" phrase names who acts ("withdrawal of troops"); for the others it names who is acted on. */
const ACTOR_OF = new Set(['RETREAT', 'PROTEST', 'CONSULT', 'MOBILIZE', 'AGREE', 'SUPPORT', 'COOPERATE', 'AID', 'REQUEST', 'THREATEN']);
const MAX_PP_SCAN = 24;

/** Finds actor and recipient of match `m`, given the participants already found for earlier matches. */
export function findParticipants(view: SentenceView, m: number, earlier: readonly (Participants | undefined)[]): Participants {
  const match = view.matches[m]!;
  return match.rule.pos === 'n' ? nounParticipants(view, m, earlier) : verbParticipants(view, m, match.head, earlier);
}

function verbParticipants(view: SentenceView, m: number, head: number, earlier: readonly (Participants | undefined)[]): Participants {
  const { toks } = view;
  const match = view.matches[m];
  const last = match && match.head === head ? match.last : head;
  let j = head - 1;
  while (j >= 0 && isAuxLike(toks[j]!)) j--;
  const verbGroupStart = j + 1;
  const headNorm = toks[head]!.norm;
  const participle = headNorm.endsWith('ed') || view.participles.has(headNorm);
  const hasBe = range(verbGroupStart, head - 1).some((k) => BE_FORMS.has(toks[k]!.norm));
  const byNext = toks[last + 1]?.norm === 'by';
  // "people accused of rape": an accusation participle with no object is passive.
  const ofNext = toks[last + 1]?.norm === 'of' && match?.rule.type === 'ACCUSE' && head > 0 && !view.matchOf.has(head - 1);
  const passive = participle && (hasBe || ((byNext || ofNext) && verbGroupStart === head));

  // Subject side.
  let subject: SubjectFound | undefined;
  const prev = earlier[m - 1] ?? lastDefined(earlier, m);
  // The surface subject of the earlier clause: its recipients when it was passive ("was indicted … and will resign").
  const inheritFrom = (p: Participants | undefined, how: string) =>
    p
      ? p.passive
        ? { actors: [...p.recipients], ...(p.recipientRegion ? { region: p.recipientRegion } : {}), how, start: verbGroupStart }
        : { actors: [...p.actors], ...(p.actorRegion ? { region: p.actorRegion } : {}), how, start: verbGroupStart }
      : undefined;
  if (j >= 0 && view.matchOf.has(j)) {
    subject = inheritFrom(earlier[view.matchOf.get(j)!], 'inherit-chain');
  } else if (j >= 0 && (CONJUNCTIONS.has(toks[j]!.norm) || toks[j]!.norm === 'but')) {
    subject = inheritFrom(prev, 'inherit-coordination');
  } else if (j >= 0 && toks[j]!.norm === ',' && headNorm.endsWith('ing')) {
    subject = inheritFrom(prev, 'inherit-participial');
  } else if (j >= 0 && (toks[j]!.norm === 'of' || toks[j]!.norm === 'for') && headNorm.endsWith('ing') && prev) {
    // "accused Belarusian guards of pushing": the accused are the ones said to push.
    subject = prev.recipients.length > 0
      ? { actors: [...prev.recipients], ...(prev.recipientRegion ? { region: prev.recipientRegion } : {}), how: 'gerund-of-object', start: verbGroupStart }
      : inheritFrom(prev, 'gerund-of-subject');
  }
  if (!subject && toks[verbGroupStart]?.norm === 'to' && prev && prev.clauseEnd >= verbGroupStart - 1 && prev.clauseStart < verbGroupStart) {
    // "visit Athens next week to discuss …": a purpose or control infinitive inside the previous clause.
    // Requests and coercion pass the subject to their object ("urged Sweden to reopen").
    const controller = earlier.lastIndexOf(prev);
    const objectControl = controller >= 0 && OBJECT_CONTROL.has(view.matches[controller]?.rule.type ?? 'AGREE') && prev.recipients.length > 0;
    subject = objectControl
      ? { actors: [...prev.recipients], ...(prev.recipientRegion ? { region: prev.recipientRegion } : {}), how: 'object-control', start: verbGroupStart }
      : inheritFrom(prev, 'inherit-purpose');
  }
  if (!subject) subject = subjectBefore(view, j, verbGroupStart);
  if (subject.actors.length === 0 && toks[verbGroupStart]?.norm === 'to' && prev) {
    // Purpose infinitive: "are due to meet in Brussels to discuss" — the same subject.
    subject = inheritFrom(prev, 'inherit-purpose') ?? subject;
  }

  // Object side.
  const objectSide = objectAfter(view, m, head, last, passive);
  let actors = subject.actors;
  let recipients = objectSide.recipients;
  let actorRegion = subject.region;
  let recipientRegion = objectSide.region;
  let how = subject.how;
  if (passive) {
    recipients = subject.actors;
    recipientRegion = subject.region;
    actors = objectSide.agent;
    actorRegion = objectSide.agentRegion;
    how = objectSide.agent.length > 0 ? 'passive-by' : 'passive-no-agent';
  }
  return {
    actors, recipients,
    ...(actorRegion ? { actorRegion } : {}),
    ...(recipientRegion ? { recipientRegion } : {}),
    clauseStart: Math.min(subject.start, verbGroupStart),
    clauseEnd: Math.max(objectSide.end, last),
    verbGroupStart,
    ...(subject.opener ? { opener: subject.opener } : {}),
    passive, how,
  };
}

interface SubjectFound {
  readonly actors: Actor[];
  readonly region?: Region;
  readonly how: string;
  readonly opener?: string;
  readonly start: number;
}

/** The subject phrase left of the verb group, hopping over appositions and relative clauses. */
export function subjectBefore(view: SentenceView, j: number, verbGroupStart: number): SubjectFound {
  const { toks } = view;
  let end = j;
  for (let hop = 0; hop < 3 && end >= 0; hop++) {
    let b = end;
    while (b >= 0 && !isBoundary(view, b)) b--;
    // "The Umma (Nation) party has said": a parenthesis inside the subject does not end it.
    while (b > 0 && toks[b]!.norm === ')') {
      let open = b - 1;
      while (open >= 0 && toks[open]!.norm !== '(' && b - open < 8) open--;
      if (open < 0 || toks[open]!.norm !== '(') break;
      b = open - 1;
      while (b >= 0 && !isBoundary(view, b)) b--;
    }
    let region: Region = [b + 1, end];
    const opener = b >= 0 ? toks[b]!.norm : undefined;
    if (region[0] < region[1] && PREPOSITIONS.has(toks[region[0]]!.norm)) {
      // "said on Tuesday their forces had …": a fronted phrase before the subject's determiner.
      for (let k = region[0] + 2; k <= region[1]; k++) {
        if (POSSESSIVE_PRONOUNS.has(toks[k]!.norm) || toks[k]!.norm === 'the') {
          region = [k, end];
          break;
        }
      }
    }
    if (hop === 0 && b >= 0 && isPronounRegion(toks, region)) {
      // "Lithuania says it has detained …": the pronoun is the reporting clause's subject.
      let speech = SPEECH_VERBS.has(toks[b]!.norm) ? b : -1;
      // "announced on Sunday that he will …": the reporting verb a few words before "that".
      for (let k = b - 1; speech < 0 && toks[b]!.norm === 'that' && k >= Math.max(0, b - 5); k--) if (SPEECH_VERBS.has(toks[k]!.norm)) speech = k;
      if (speech > 0) {
        let k = speech - 1;
        while (k >= 0 && isAuxLike(toks[k]!)) k--;
        const reporter = subjectBefore(view, k, k + 1);
        if (reporter.actors.length > 0) return { ...reporter, how: 'pronoun-reporter', start: region[0] };
      }
    }
    const startsWithPrep = region[0] <= region[1] && PREPOSITIONS.has(toks[region[0]]!.norm);
    // "Trump, speaking to a group in Virginia, said": a participial phrase between commas is not the subject.
    const participial = region[0] <= region[1] && toks[region[0]]!.norm.endsWith('ing') && !toks[region[0]]!.cap && b >= 0 && toks[b]!.norm === ',';
    const skip = participial || (hop > 0 && opener !== undefined && SUBORDINATORS.has(opener) && !RELATIVES.has(opener));
    const indefinite = hop > 0 && region[0] <= region[1] && (toks[region[0]]!.norm === 'a' || toks[region[0]]!.norm === 'an');
    if (indefinite && b > 0 && toks[b]!.norm === ',') {
      // "Pakistan, a key ally of …, has refused": the apposition describes the subject before it.
      const before: SubjectFound = subjectBefore(view, b - 1, verbGroupStart);
      if (before.actors.length > 0) return { ...before, how: 'subject-before-apposition' };
    }
    if (region[0] <= region[1] && !startsWithPrep && !skip) {
      const actors = resolveRegion(view, region);
      if (actors.length > 0) {
        // "Mordor, Rohan, Fornost and Bree welcomed": earlier conjuncts of a list ending in "and".
        let start = region[0];
        const isList = range(region[0], region[1]).some((k) => CONJUNCTIONS.has(toks[k]!.norm));
        while (isList && start > 1 && toks[start - 1]!.norm === ',') {
          let c = start - 2;
          while (c >= 0 && !isBoundary(view, c) && start - c <= 5) c--;
          if (c >= 0 && !(toks[c]!.norm === ',' || STRONG_PUNCT.has(toks[c]!.norm))) break;
          const more = resolveRegion(view, [c + 1, start - 2]);
          if (more.length === 0) break;
          actors.unshift(...more);
          start = c + 1;
        }
        return { actors, region: [start, region[1]], how: hop === 0 ? 'subject' : 'subject-hop', ...(opener ? { opener } : {}), start };
      }
    }
    if (b < 0) break;
    const bNorm = toks[b]!.norm;
    if (hop === 0 && region[0] <= region[1] && !startsWithPrep && !(bNorm === ',' || RELATIVES.has(bNorm))) {
      return { actors: [], region, how: 'no-subject', opener: bNorm, start: region[0] };
    }
    if (!(bNorm === ',' || RELATIVES.has(bNorm)) || (hop === 0 && startsWithPrep)) return { actors: [], how: 'no-subject', opener: bNorm, start: verbGroupStart };
    end = b - 1;
    if (RELATIVES.has(bNorm) && toks[end]?.norm === ',') end--;
  }
  return { actors: [], how: 'no-subject', start: verbGroupStart };
}

/** Direct object, prepositional recipient, and (for passives) the by-phrase agent. */
function objectAfter(view: SentenceView, m: number, head: number, last: number, passive: boolean) {
  const { toks } = view;
  const match = view.matches[m];
  let recipients: Actor[] = [];
  let region: Region | undefined;
  let agent: Actor[] = [];
  let agentRegion: Region | undefined;
  let end = last;
  // Object inside a gapped pattern: "pushed 35 migrants across", "forced migrants to cross".
  if (match && match.head === head && match.indices.length > 1 && match.indices[1]! > head + 1) {
    const r: Region = [head + 1, match.indices[1]! - 1];
    const found = resolveRegion(view, r);
    if (found.length > 0) {
      recipients = found;
      region = r;
    }
  }
  let k = last + 1;
  if (recipients.length === 0 && !passive && k < toks.length && !isBoundary(view, k) && !PREPOSITIONS.has(toks[k]!.norm)) {
    const r = phraseFrom(view, k);
    const found = resolveRegion(view, r);
    end = r[1];
    if (found.length > 0) {
      recipients = found;
      region = r;
    }
    k = r[1] + 1;
  }
  const stop = Math.min(toks.length, k + MAX_PP_SCAN);
  // A later prepositional actor with a country beats a generic object ("offered its troops to Lebanon").
  const generic = recipients.length > 0 && recipients.every((a) => !a.country && !a.igo && a.kind !== 'person' && (a.sector === undefined || a.sector === 'MIL' || a.sector === 'GOV'));
  while (k < stop) {
    const norm = toks[k]!.norm;
    if (norm === 'that' && recipients.length === 0 && !passive && !view.matchOf.has(k + 1)) {
      // "demanded that the US cancel …": the one asked, accused or warned is the clause's subject.
      const r = phraseFrom(view, k + 1);
      const found = resolveRegion(view, r).slice(0, 1);
      if (found.length > 0) {
        recipients = found;
        region = r;
        end = Math.max(end, r[1]);
      }
      break;
    }
    if (isBoundary(view, k)) break;
    if (PREPOSITIONS.has(norm)) {
      const r = phraseFrom(view, k + 1);
      if (r[0] > r[1]) break;
      end = Math.max(end, r[1]);
      if (norm === 'by' && passive && agent.length === 0) {
        agent = resolveRegion(view, r);
        if (agent.length > 0) agentRegion = r;
      } else if (norm === 'by' && !passive && recipients.length === 0) {
        // "rejected calls by Kofi Annan": the author of what is rejected, denounced or answered.
        const found = resolveRegion(view, r);
        if (found.length > 0) {
          recipients = found;
          region = r;
        }
      } else if ((recipients.length === 0 || (generic && BENEFICIARY_PREPOSITIONS.has(norm))) && RECIPIENT_PREPOSITIONS.has(norm)) {
        const found = resolveRegion(view, r);
        const named = found.filter((a) => a.country || a.igo || a.kind === 'person');
        const replace = generic && recipients.length > 0;
        if (replace ? named.length > 0 : found.length > 0) {
          recipients = replace ? named : found;
          region = r;
          if (replace) break;
        }
      }
      k = r[1] + 1;
      continue;
    }
    end = Math.max(end, k);
    k++;
  }
  return { recipients, ...(region ? { region } : {}), agent, ...(agentRegion ? { agentRegion } : {}), end };
}

function nounParticipants(view: SentenceView, m: number, earlier: readonly (Participants | undefined)[]): Participants {
  const { toks } = view;
  const match = view.matches[m]!;
  const head = match.head;
  // Pre-modifiers back to the determiner: "the Russian attack", "Belarus's pushbacks".
  let d = head - 1;
  while (d >= 0 && head - d <= 4 && !DET_OR_BOUNDARY(view, d)) d--;
  let actors: Actor[] = [];
  let actorRegion: Region | undefined;
  let how = 'noun-none';
  let clauseStart = d + 1;
  const possessive = d >= 0 && (toks[d]!.norm === "'s" || toks[d]!.norm.endsWith("'s"));
  if (possessive) {
    let b = d - 1;
    while (b >= 0 && !isBoundary(view, b) && !PREPOSITIONS.has(toks[b]!.norm) && d - b < 6) b--;
    const r: Region = [b + 1, d];
    actors = resolveRegion(view, r);
    if (actors.length > 0) {
      actorRegion = r;
      how = 'noun-possessive';
      clauseStart = r[0];
    }
  }
  if (actors.length === 0 && d + 1 <= head - 1) {
    const r: Region = [d + 1, head - 1];
    actors = resolveRegion(view, r);
    if (actors.length > 0) {
      actorRegion = r;
      how = 'noun-modifier';
    }
  }
  const after = objectAfter(view, m, head, match.last, true);
  if (actors.length === 0 && after.agent.length > 0) {
    actors = after.agent;
    actorRegion = after.agentRegion;
    how = 'noun-by';
  }
  let recipients = after.recipients;
  let recipientRegion = after.region;
  if (toks[match.last + 1]?.norm === 'of' && (actors.length === 0 || recipients.length === 0)) {
    // "the withdrawal of Serbian forces" (who acts) / "the arrest of the editor" (who is acted on).
    const r = phraseFrom(view, match.last + 2);
    const found = resolveRegion(view, r);
    if (found.length > 0) {
      if (ACTOR_OF.has(match.rule.type) && actors.length === 0) {
        actors = found;
        actorRegion = r;
        how = 'noun-of-actor';
      } else if (!ACTOR_OF.has(match.rule.type) && recipients.length === 0) {
        recipients = found;
        recipientRegion = r;
      }
    }
  }
  const between = toks[match.last + 1]?.norm === 'between';
  if (between && recipients.length > 0 && actors.length === 0) {
    actors = recipients;
    actorRegion = recipientRegion;
    recipients = [];
    recipientRegion = undefined;
    how = 'noun-between';
  }
  const pronounOwner = d >= 0 && POSSESSIVE_PRONOUNS.has(toks[d]!.norm);
  if (actors.length === 0) {
    for (let s = head - 1; s >= Math.max(0, head - 5); s--) {
      // "continued their hunger strike", "insisted on its demands": the owner is the verb's subject.
      if (SUPPORT_VERBS.has(toks[s]!.norm) || (pronounOwner && s < d && toks[s]!.word && !PREPOSITIONS.has(toks[s]!.norm) && !toks[s]!.cap)) {
        const p = verbParticipants(view, -1, s, earlier);
        if (p.actors.length > 0) {
          actors = [...p.actors];
          actorRegion = p.actorRegion;
          how = 'noun-support-verb';
          clauseStart = p.clauseStart;
        }
        break;
      }
      if (isBoundary(view, s)) break;
    }
  }
  return {
    actors, recipients,
    ...(actorRegion ? { actorRegion } : {}),
    ...(recipientRegion ? { recipientRegion } : {}),
    clauseStart: Math.max(0, Math.min(clauseStart, head)),
    clauseEnd: Math.max(after.end, match.last),
    verbGroupStart: head,
    passive: false,
    how,
  };
}

/** The phrase starting at k, up to the next preposition, boundary or trigger. */
function phraseFrom(view: SentenceView, k: number): Region {
  const { toks } = view;
  let e = k;
  while (e < toks.length && !isBoundary(view, e) && !(e > k && PREPOSITIONS.has(toks[e]!.norm) && !(toks[e]!.norm === 'of' && !isGerundAhead(toks, e + 1)))) e++;
  return [k, e - 1];
}

/** "of deliberately facilitating": an -ing verb (after an optional adverb) starts a new clause, not a name. */
function isGerundAhead(toks: readonly Tok[], k: number): boolean {
  const a = toks[k]?.norm ?? '';
  const b = toks[k + 1]?.norm ?? '';
  return (a.endsWith('ing') && a.length > 5) || (a.endsWith('ly') && b.endsWith('ing') && b.length > 5);
}

/** Resolves a region ("the United States and Jordan") to its actors, one per conjunct. */
function resolveRegion(view: SentenceView, region: Region): Actor[] {
  const { toks, doc } = view;
  const [from, to] = region;
  if (from > to) return [];
  return view.resolve(doc, { start: toks[from]!.start, end: toks[to]!.end });
}

function isBoundary(view: SentenceView, k: number): boolean {
  const norm = view.toks[k]!.norm;
  return norm === ',' || norm === '.' || STRONG_PUNCT.has(norm) || SUBORDINATORS.has(norm) || view.matchOf.has(k) || norm === 'but' || (SPEECH_VERBS.has(norm) && !view.toks[k]!.cap);
}

const PRONOUNS = new Set(['it', 'they', 'he', 'she', 'we', 'i']);
const POSSESSIVE_PRONOUNS = new Set(['its', 'their', 'his', 'her', 'our']);

/** "it", or "on Sunday it": a pronoun subject after a reporting verb and its adverbials. */
function isPronounRegion(toks: readonly Tok[], region: Region): boolean {
  return region[0] <= region[1] && PRONOUNS.has(toks[region[1]]!.norm);
}

function DET_OR_BOUNDARY(view: SentenceView, k: number): boolean {
  const norm = view.toks[k]!.norm;
  return isBoundary(view, k) || PREPOSITIONS.has(norm) || norm === "'s" || norm.endsWith("'s") || /^(?:the|a|an|this|these|those|its|their|his|her|our)$/.test(norm) || SUPPORT_VERBS.has(norm);
}

/** Auxiliaries, modals, negation and -ly adverbs (not names such as "Italy"). */
function isAuxLike(tok: Tok): boolean {
  const norm = tok.norm;
  return AUXILIARIES.has(norm) || (norm.endsWith('ly') && norm.length > 4 && !tok.cap) || norm.endsWith("n't");
}

function lastDefined(list: readonly (Participants | undefined)[], before: number): Participants | undefined {
  for (let i = before - 1; i >= 0; i--) if (list[i]) return list[i];
  return undefined;
}

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = from; i <= to; i++) out.push(i);
  return out;
}

/**
 * The subject of the first "unless"/"if" clause after token `from` ("threatened to strike unless Israel
 * withdraws" → Israel): the one a conditional threat is aimed at. Only actors with a country or IGO code.
 */
export function conditionSubject(view: SentenceView, from: number): { actors: Actor[]; region: Region } | undefined {
  const { toks } = view;
  for (let k = from + 1; k < toks.length - 1; k++) {
    const norm = toks[k]!.norm;
    if (norm === '.' || STRONG_PUNCT.has(norm)) return undefined;
    if (norm !== 'unless' && norm !== 'if') continue;
    const region = phraseFrom(view, k + 1);
    const actors = resolveRegion(view, region).filter((a) => a.country || a.igo);
    return actors.length > 0 ? { actors, region } : undefined;
  }
  return undefined;
}
