import type { Actor } from '../../model/actor.js';
import type { EventAnnotation, PlaceAnnotation, QuantityAnnotation, SizeKind, TimeAnnotation } from '../../model/annotation.js';
import type { RunContext } from '../../pipeline/context.js';
import type { TriggerRule } from './lexicon.js';
import type { Tok } from './match-triggers.js';
import type { EventOntology } from './ontology.js';

type Flags = { -readonly [K in 'negated' | 'hypothetical' | 'future' | 'historical']: boolean };

/**
 * Auxiliary modes from cue words: `before` cues in the clause up to the trigger, `after` cues right
 * after it, `clause` cues anywhere in the clause. An opener "if"/"unless" makes the clause hypothetical.
 */
export function modalityOf(
  ontology: EventOntology, toks: readonly Tok[], clauseStart: number, verbGroupStart: number, head: number, clauseEnd: number, opener?: string,
): Flags {
  const flags = { negated: false, hypothetical: opener === 'if' || opener === 'unless' || opener === 'whether', future: false, historical: false };
  // One pass over the clause: each word looks up the cues that start with it (or end a word: "n't").
  const last = Math.min(clauseEnd, head + 3, toks.length - 1);
  for (let i = Math.max(0, clauseStart); i <= Math.max(last, clauseEnd); i++) {
    const norm = toks[i]?.norm;
    if (norm === undefined) break;
    const candidates = ontology.modalityByWord.get(norm);
    const suffix = norm.includes("'") ? ontology.modalityBySuffix : undefined;
    if (!candidates && !suffix) continue;
    for (const cue of [...(candidates ?? []), ...(suffix ?? [])]) {
      if (flags[cue.flag]) continue;
      const from = cue.where === 'after' ? head + 1 : cue.flag === 'negated' ? verbGroupStart : clauseStart;
      const to = cue.where === 'before' ? head - 1 : cue.where === 'after' ? Math.min(clauseEnd, head + 3) : clauseEnd;
      if (i < from || i + cue.phrase.length - 1 > to) continue;
      let ok = true;
      for (let k = 0; k < cue.phrase.length && ok; k++) ok = toks[i + k] !== undefined && wordMatches(toks[i + k]!.norm, cue.phrase[k]!);
      if (ok) flags[cue.flag] = true;
    }
  }
  return flags;
}

/** A cue starting with an apostrophe ("n't", "'ll") matches the end of a word ("didn't", "we'll"). */
function wordMatches(norm: string, cue: string): boolean {
  return cue.startsWith("'") || cue === "n't" ? norm.endsWith(cue) : norm === cue;
}

/**
 * The time of an event: a DATE expression inside the clause (nearest the trigger), else the
 * article date at lower precision. ACLED precision: 1 a day or finer, 2 a week, 3 coarser.
 */
export function eventDate(
  times: readonly TimeAnnotation[], clause: { start: number; end: number }, trigger: number, ctx: RunContext, future: boolean,
): { date: EventAnnotation['date']; timeId?: string; year?: number } {
  let best: TimeAnnotation | undefined;
  for (const t of times) {
    if (t.timexType !== 'DATE' || !t.range || t.span.start < clause.start || t.span.end > clause.end) continue;
    if (!best || Math.abs(t.span.start - trigger) < Math.abs(best.span.start - trigger)) best = t;
  }
  if (best && best.range) {
    const g = best.granularity;
    const precision = g === 'day' || g === 'hour' || g === 'minute' || g === 'second' ? 1 : g === 'week' ? 2 : 3;
    const year = Number.parseInt(best.range.start.slice(0, 4), 10);
    return {
      date: { value: best.value, start: best.range.start, end: best.range.end, precision, source: 'expression' },
      timeId: best.id,
      ...(Number.isFinite(year) ? { year } : {}),
    };
  }
  const key = `${ctx.reference.instant}|${future}`;
  const cached = articleDates.get(key);
  if (cached) return { date: cached };
  const day = ctx.reference.date;
  const offset = /(?:Z|[+-]\d{2}:\d{2})$/.exec(ctx.reference.instant)?.[0] ?? 'Z';
  const start = future ? day : addDays(day, -6);
  const end = future ? addDays(day, 7) : addDays(day, 1);
  const date: EventAnnotation['date'] = { value: day, start: `${start}T00:00:00${offset}`, end: `${end}T00:00:00${offset}`, precision: 2, source: 'article-date' };
  if (articleDates.size > 64) articleDates.clear();
  articleDates.set(key, date);
  return { date };
}

/** Article-date readings by reference instant: pure values, so a small memo is safe across documents. */
const articleDates = new Map<string, EventAnnotation['date']>();

function addDays(date: string, n: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/**
 * Where: a place read as a location (not a metonymic actor) inside the clause — the first one after
 * the trigger below country level ("into … Šalčininkai District, south of … Vilnius"), else the first
 * after the trigger, else the most precise in the clause; else the sentence's only location.
 */
export function eventPlace(
  places: readonly PlaceAnnotation[], clause: { start: number; end: number }, sentence: { start: number; end: number }, trigger: number, participants: readonly Actor[],
): PlaceAnnotation | undefined {
  const usable = places.filter(
    (p) => p.role === 'location' && !participants.some((a) => a.span.start <= p.span.start && a.span.end >= p.span.end),
  );
  const inClause = usable.filter((p) => p.span.start >= clause.start && p.span.end <= clause.end);
  if (inClause.length === 0) {
    const inSentence = usable.filter((p) => p.span.start >= sentence.start && p.span.end <= sentence.end);
    return inSentence.length === 1 ? inSentence[0] : undefined;
  }
  const after = inClause.filter((p) => p.span.start > trigger);
  const local = after.find((p) => p.precision.plover < 5);
  if (local) return local;
  if (after.length > 0) return after[0];
  let best: PlaceAnnotation | undefined;
  for (const p of inClause) if (!best || p.precision.plover < best.precision.plover) best = p;
  return best;
}

const DEAD = /^(?:kill|dead|die|death|fatalit|bodies|body)/;
const INJURED = /^(?:injur|wound|hurt|casualt)/;

/**
 * Sizes: quantities whose counted noun lies in the actor phrase (`actor`) or the recipient phrase
 * (`involved`, or `dead`/`injured`/`arrested` when the trigger is killing, wounding or detaining);
 * and numbers followed by "dead", "killed", "injured" within the clause.
 */
export function eventSizes(
  quantities: readonly QuantityAnnotation[], rule: TriggerRule, headNorm: string,
  actorSpan: { start: number; end: number } | undefined, recipientSpan: { start: number; end: number } | undefined,
  clause: { start: number; end: number }, textAfter: (q: QuantityAnnotation) => string,
): EventAnnotation['sizes'] {
  const sizes: { kind: SizeKind; value: number; quantityId: string; lemma?: string }[] = [];
  const recipientKind: SizeKind =
    DEAD.test(headNorm) ? 'dead' : INJURED.test(headNorm) ? 'injured' : rule.mode === 'arrest' ? 'arrested' : 'involved';
  for (const q of quantities) {
    if (q.unit || q.span.start < clause.start || q.span.end > clause.end) continue;
    const at = q.counted ?? q.span;
    const lemma = q.counted?.lemma;
    const inside = (s: { start: number; end: number } | undefined) => s !== undefined && at.start >= s.start && at.end <= s.end;
    let kind: SizeKind | undefined;
    if (inside(recipientSpan)) kind = recipientKind;
    else if (inside(actorSpan)) kind = 'actor';
    else {
      const next = textAfter(q);
      if (DEAD.test(next)) kind = 'dead';
      else if (INJURED.test(next)) kind = 'injured';
    }
    if (kind) sizes.push({ kind, value: q.value, quantityId: q.id, ...(lemma ? { lemma } : {}) });
  }
  return sizes;
}

/** Contexts from the rule, its CAMEO code, cue words in the clause and the participants' sectors. */
export function eventContexts(
  ontology: EventOntology, base: readonly string[], toks: readonly Tok[], from: number, to: number, participants: readonly Actor[],
): string[] {
  const out = new Set(base);
  for (let i = Math.max(0, from); i <= to && i < toks.length; i++) {
    const norm = toks[i]!.norm;
    for (const c of ontology.contextWords.get(norm) ?? []) out.add(c);
    for (const { prefix, context } of ontology.contextPrefixes.get(norm.slice(0, 3)) ?? []) if (norm.startsWith(prefix)) out.add(context);
    for (const { words, context } of ontology.contextPhrases) {
      if (words[0] === norm && words.every((w, k) => toks[i + k]?.norm === w || (w.endsWith('*') && toks[i + k]?.norm.startsWith(w.slice(0, -1))))) out.add(context);
    }
  }
  for (const a of participants) {
    if (a.sector === 'REF') out.add('migration');
    if (a.sector === 'MIL') out.add('military');
  }
  return [...out];
}

/** The ACLED event type and sub-type for a PLOVER event, when one applies. */
export function acledView(ontology: EventOntology, type: string, mode: string | undefined, recipients: readonly Actor[]): EventAnnotation['acled'] {
  for (const row of ontology.acled) {
    if (row.type !== type) continue;
    if (row.mode !== '*' && row.mode !== mode) continue;
    if (row.sectors !== '*' && !recipients.some((r) => r.sector && (row.sectors as ReadonlySet<string>).has(r.sector))) continue;
    return { type: row.acledType, subType: row.subType };
  }
  return undefined;
}

/** The ASSAULT mode named by an instrument in the clause ("killed … in a car bomb explosion" → explosives). */
export function instrumentMode(ontology: EventOntology, toks: readonly Tok[], from: number, to: number): string | undefined {
  for (const row of ontology.instruments) {
    for (let i = Math.max(0, from); i <= to && i < toks.length; i++) {
      const norm = toks[i]!.norm;
      if (row.words.has(norm) || row.prefixes.some((p) => norm.startsWith(p))) return row.mode;
      if (row.phrases.some((ph) => ph.every((w, k) => {
        const t = toks[i + k]?.norm;
        return t !== undefined && (w.endsWith('*') ? t.startsWith(w.slice(0, -1)) : t === w);
      }))) return row.mode;
    }
  }
  return undefined;
}
