import type { Doc } from '../../pipeline/doc.js';
import { foldSameLength } from '../../text/fold.js';
import { dayNumber } from './calendar.js';
import type { TimeLexicon } from './lexicon.js';
import type { CompiledTimeRules } from './rules.js';
import { tenseAt } from './tense.js';
import type { Resolved, Tense } from './types.js';

/** A chosen expression: where it is, which rule found it, what it means. */
export interface Found {
  start: number;
  end: number;
  readonly rule: string;
  resolved: Resolved;
  /** Start of the preposition that introduces it, if any. */
  phraseStart?: number;
  /** For rules counting from an earlier date: resolves again against another day. */
  reanchor?: (day: number) => Resolved | null;
}

interface Raw {
  readonly start: number;
  readonly end: number;
  readonly priority: number;
  readonly ruleIndex: number;
  /** The rule's match, with group indices: groups are read from the original text only if it is kept. */
  readonly match: RegExpExecArray;
}

/**
 * One pass of the combined pattern over the lower-cased text finds where expressions start; each
 * rule is tried (sticky) only there. Then it keeps the longest non-overlapping matches whose
 * resolver accepts them (a rejected "May" does not block anything). Linear in the text plus
 * the number of matches: an occupancy array replaces pairwise overlap checks.
 */
export function findTimes(doc: Doc, compiled: CompiledTimeRules, lex: TimeLexicon, refDate: string): Found[] {
  const text = doc.text;
  const lower = lowerSameLength(text);
  const raws: Raw[] = [];
  const any = compiled.any;
  const rules = compiled.rules;
  for (const [from, to] of anchorWindows(lower, compiled.trigger)) {
    const window = lower.slice(from, to);
    any.lastIndex = 0;
    for (let hit = any.exec(window); hit; hit = any.exec(window)) {
      any.lastIndex = hit.index + 1;
      const at = from + hit.index;
      for (const r of compiled.byFirstChar.get(lower[at]!) ?? compiled.anyFirstChar) {
        const rule = rules[r]!;
        rule.pattern.lastIndex = at;
        const m = rule.pattern.exec(lower);
        if (!m || m[0].length === 0) continue;
        const lead = m.indices!.groups?.lead;
        const start = lead ? lead[1] + /^\s*/.exec(lower.slice(lead[1], lead[1] + 8))![0].length : at;
        raws.push({ start, end: at + m[0].length, priority: rule.priority, ruleIndex: r, match: m });
      }
    }
  }
  raws.sort((a, b) => b.end - b.start - (a.end - a.start) || a.priority - b.priority || a.start - b.start);
  const taken = new Uint8Array(text.length);
  const [y, mo, d] = refDate.split('-').map(Number) as [number, number, number];
  const refDay = dayNumber(y, mo, d);
  const found: Found[] = [];
  for (const raw of raws) {
    if (isTaken(taken, raw.start, raw.end)) continue;
    const sentence = doc.sentenceAt(raw.start);
    if (sentence && raw.end > sentence.span.end) continue;
    let tense: Tense | undefined;
    const rule = compiled.rules[raw.ruleIndex]!;
    const groups = groupsOf(raw.match, text);
    const resolved = rule.resolve({
      groups, text, start: raw.start, end: raw.end, refDay, lex,
      tense: () => (tense ??= sentence ? tenseAt(lex, lower, sentence.span.start, sentence.span.end, raw.start, raw.end) : 'none'),
    });
    if (!resolved || (NAME_PRONE.test(rule.id) && insideName(text, raw.start, raw.end, sentence?.span.start ?? 0))) continue;
    taken.fill(1, raw.start, raw.end);
    const f: Found = { start: raw.start, end: raw.end, rule: rule.id, resolved };
    if (rule.id.endsWith('-anchored')) {
      f.reanchor = (day) => rule.resolve({ groups, text, start: raw.start, end: raw.end, refDay: day, lex, tense: () => tense ?? 'none' });
    }
    found.push(f);
  }
  found.sort((a, b) => a.start - b.start);
  attachClockTimes(found, text);
  anchorToEarlierDates(found);
  for (let i = 0; i < found.length; i++) {
    const floor = i > 0 ? found[i - 1]!.end : 0;
    applyModifier(found[i]!, text, floor, compiled, refDay);
    const before = text.slice(Math.max(floor, found[i]!.start - 16), found[i]!.start);
    const prep = compiled.preposition.exec(before);
    if (prep) found[i]!.phraseStart = found[i]!.start - before.length + prep.index;
  }
  return found;
}

/** Group values from the original text: resolvers check capitals ("May" the month, not "may"). */
function groupsOf(m: RegExpExecArray, text: string): Record<string, string | undefined> {
  const groups: Record<string, string | undefined> = {};
  const indices = m.indices?.groups;
  if (indices) for (const name in indices) {
    const where = indices[name];
    groups[name] = where ? text.slice(where[0], where[1]) : undefined;
  }
  return groups;
}

/** How far before an anchor word an expression may start ("the beginning of the year"), and after. */
const REACH_BEFORE = 40;
const REACH_AFTER = 8;

/** Windows of the lower-cased text around anchors, snapped to word starts and merged. */
function anchorWindows(lower: string, trigger: RegExp): [number, number][] {
  const out: [number, number][] = [];
  trigger.lastIndex = 0;
  for (let m = trigger.exec(lower); m; m = trigger.exec(lower)) {
    let from = Math.max(0, m.index - REACH_BEFORE);
    while (from > 0 && /[a-z0-9'’]/.test(lower[from - 1]!)) from--;
    const to = Math.min(lower.length, m.index + m[0].length + REACH_AFTER);
    const prev = out[out.length - 1];
    if (prev && from <= prev[1]) prev[1] = Math.max(prev[1], to);
    else out.push([from, to]);
  }
  return out;
}

const GAP_BEFORE_CLOCK = /^\s*,?\s*(?:at|from|around|about|by|before|after|until|shortly\s+(?:before|after))?\s*$/i;
const GAP_AFTER_CLOCK = /^\s*,?\s*(?:on\s+)?$/i;

/** "on Friday at 3 p.m.", "10:30 GMT Tuesday": a clock time takes the day named beside it, not the article date. */
function attachClockTimes(found: Found[], text: string): void {
  for (let i = 0; i < found.length; i++) {
    const f = found[i]!;
    if (!f.rule.startsWith('clock') || !f.resolved.range) continue;
    const prev = found[i - 1];
    const next = found[i + 1];
    const day =
      prev && isDay(prev) && GAP_BEFORE_CLOCK.test(text.slice(prev.end, f.start)) ? prev
        : next && isDay(next) && GAP_AFTER_CLOCK.test(text.slice(f.end, next.start)) ? next : undefined;
    if (!day) continue;
    const shift = day.resolved.range!.start - Math.floor(f.resolved.range.start / 1440) * 1440;
    f.resolved = {
      ...f.resolved,
      value: `${day.resolved.value}${f.resolved.value.slice(f.resolved.value.indexOf('T'))}`,
      range: { start: f.resolved.range.start + shift, end: f.resolved.range.end + shift },
      implied: [],
      stated: [...f.resolved.stated, 'day-beside'],
    };
  }
}

/** "a year earlier", "two days later": counted from the last date named before, as a reader would. */
function anchorToEarlierDates(found: Found[]): void {
  let anchor: number | undefined;
  for (const f of found) {
    if (f.reanchor && anchor !== undefined) {
      const again = f.reanchor(anchor);
      if (again) f.resolved = { ...again, implied: [...again.implied, 'anchor'], confidence: again.confidence * 0.8 };
    }
    const r = f.resolved;
    if (r.timexType === 'DATE' && r.range && !r.vague && /^\d{4}(?:-\d\d){0,2}$/.test(r.value)) anchor = Math.floor(r.range.start / 1440);
  }
}

function isDay(f: Found): boolean {
  return f.resolved.granularity === 'day' && f.resolved.timexType === 'DATE' && /^\d{4}-\d\d-\d\d$/.test(f.resolved.value);
}

/** Rules whose words also make up names ("CBS This Morning", "Daily Beast", "Person of the Year"). */
const NAME_PRONE = /^(?:set-freq|part-of-day|relative-day|relative-unit|anaphoric-unit|vague-|season)/;
const CAPITAL = /^\p{Lu}/u;
const PREV_WORD = /(\p{L}[\p{L}.'’-]*)[^\p{L}\n]*$/u;
const NEXT_WORD = /^[^\p{L}\n]*(\p{L}+)/u;

/** A capitalised expression inside a run of capitalised words, not at the start of its sentence. */
function insideName(text: string, start: number, end: number, sentenceStart: number): boolean {
  if (!CAPITAL.test(text[start]!)) return false;
  const before = text.slice(Math.max(sentenceStart, start - 30), start);
  const prev = PREV_WORD.exec(before)?.[1];
  const atSentenceStart = start === sentenceStart || /^[\s"“'‘(]*$/.test(text.slice(sentenceStart, start));
  if (prev && CAPITAL.test(prev) && !atSentenceStart && !/[.!?:;]\s*$/.test(before)) return true;
  const next = NEXT_WORD.exec(text.slice(end, end + 30))?.[1];
  return !atSentenceStart && next !== undefined && CAPITAL.test(next);
}

/**
 * Lower case with offsets kept: `toLowerCase` (fast) unless it changes the length, then the
 * diacritic-folding fallback. Curly apostrophes become straight ones, as the patterns expect.
 */
function lowerSameLength(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length !== text.length) return foldSameLength(text);
  return lower.includes('’') || lower.includes('‘') ? lower.replace(/[’‘]/g, "'") : lower;
}

function isTaken(taken: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (taken[i]) return true;
  return false;
}

/** Extends a date or duration over a modifier just before it ("early 2009", "about three years") and narrows its range. */
function applyModifier(f: Found, text: string, floor: number, compiled: CompiledTimeRules, refDay: number): void {
  const before = text.slice(Math.max(floor, f.start - 24), f.start);
  const m = compiled.modifier.exec(before);
  if (!m) return;
  const phrase = m.groups!.mod!.toLowerCase().replace(/\s+/g, ' ');
  const entry = compiled.modifierInfo.find((e) => e.test.test(phrase));
  if (!entry) return;
  const r = f.resolved;
  const kind = r.timexType === 'DURATION' ? 'duration' : r.timexType === 'DATE' || r.timexType === 'TIME' ? 'date' : undefined;
  if (kind !== entry.info.appliesTo || r.vague) return;
  if (kind === 'date' && !r.range) return;
  // "early 2009" is one expression; "more than a week" is "a week" qualified (as MEANTIME marks it).
  if (kind === 'date') f.start = f.start - before.length + m.index;
  let range = r.range;
  if (range) {
    const third = Math.floor((range.end - range.start) / 3 / 1440) * 1440;
    const refStart = refDay * 1440;
    switch (entry.info.effect) {
      case 'start': range = { start: range.start, end: range.start + third }; break;
      case 'mid': range = { start: range.start + third, end: range.end - third }; break;
      case 'end': range = { start: range.end - third, end: range.end }; break;
      case 'before-ref': if (refStart + 1440 > range.start) range = { start: range.start, end: Math.min(range.end, refStart + 1440) }; break;
      case 'after-ref': if (refStart < range.end) range = { start: Math.max(range.start, refStart), end: range.end }; break;
      default: break;
    }
  }
  f.resolved = {
    ...r, ...(entry.info.mod ? { mod: entry.info.mod } : {}), ...(range ? { range } : {}),
    stated: [...r.stated, 'modifier'], confidence: r.confidence * 0.95,
  };
}
