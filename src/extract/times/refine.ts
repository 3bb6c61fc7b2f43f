import type { CompiledTimeRules } from './rules.js';
import type { Found } from './types.js';

/**
 * Refiners over the chosen expressions, in text order: a clock time takes the day named beside it,
 * "two years later" counts from the last date named before it, modifiers ("early", "about") extend
 * or qualify, and the introducing preposition is recorded as the phrase.
 */
export function refine(found: Found[], text: string, compiled: CompiledTimeRules, refDay: number): void {
  attachClockTimes(found, text);
  anchorToEarlierDates(found);
  for (let i = 0; i < found.length; i++) {
    const floor = i > 0 ? found[i - 1]!.end : 0;
    applyModifier(found[i]!, text, floor, compiled, refDay);
    const before = text.slice(Math.max(floor, found[i]!.start - 16), found[i]!.start);
    const prep = compiled.preposition.exec(before);
    if (prep) found[i]!.phraseStart = found[i]!.start - before.length + prep.index;
  }
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
