import { addMonths, pad2, pad4, weekdayOf, ymdOf } from './calendar.js';
import { chooseByTense, type Option } from './choose.js';
import { dayResult, monthResult, monthSpanResult, timeResult, weekResult, weekendResult, yearResult } from './results.js';
import { readNumber, unitOf } from './lexicon.js';
import type { Resolved, ResolveInput, Resolver } from './types.js';

const ORDINALS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
  eighteenth: 18, nineteenth: 19, twentieth: 20, 'twenty-first': 21, 'twenty-second': 22, final: 4,
};
const ordinal = (raw: string): number => ORDINALS[raw.toLowerCase()] ?? parseInt(raw, 10);

const STEP: Record<string, number> = {
  this: 0, current: 0, the: 0, same: 0, last: -1, past: -1, previous: -1, preceding: -1, next: 1, coming: 1, following: 1,
};

/** today, yesterday, tomorrow, tonight, overnight, this morning, last night, yesterday afternoon. */
export const resolveRelativeDay: Resolver = (input) => {
  const { groups: g, lex, refDay } = input;
  const rel = g.rel!.toLowerCase().replace(/\s+/g, ' ');
  let pod = g.pod ? lex.partsOfDay.get(g.pod.toLowerCase()) : undefined;
  let day = refDay;
  if (rel === 'yesterday') day -= 1;
  else if (rel === 'tomorrow') day += 1;
  else if (rel === 'last') day -= 1;
  if (g.shift) day += g.shift.toLowerCase() === 'before' ? -1 : 1;
  const implied = ['year', 'month', 'day'];
  if (rel === 'tonight') pod = lex.partsOfDay.get('night');
  if (rel === 'overnight') {
    pod = lex.partsOfDay.get('night');
    if (input.tense() !== 'future') day -= 1;
  }
  if (pod) {
    return timeResult(day, pod.code, pod.from * 60, pod.to * 60, 'hour', { stated: [`relative-day`, 'part-of-day'], implied, confidence: 0.85 });
  }
  if (rel === 'this' || rel === 'last') return null;
  return dayResult(day, { stated: ['relative-day'], implied, confidence: 0.95 });
};

function quarterResult(y: number, q: number, stated: string[], implied: string[]): Resolved {
  return monthSpanResult(`${pad4(y)}-Q${q}`, y, (q - 1) * 3 + 1, 3, 'quarter', { stated, implied });
}

/** The most recent weekend (past), the coming one (future), in the week `step` weeks away. */
function weekendFor(refDay: number, step: number | undefined, tense: () => string): number {
  const wd = weekdayOf(refDay);
  if (step === -1) return wd >= 6 ? refDay - 7 : refDay - wd - 7 + 6;
  if (step === 1) return refDay + 7;
  if (wd >= 6) return refDay;
  return tense() === 'future' ? refDay : refDay - 7;
}

/**
 * this/last/next week, month, year, quarter, decade, weekend; "the past decade" as a duration;
 * "the following day", "the same week" (rules ending in -anchored count from the last date named).
 */
export const resolveRelativeUnit: Resolver = (input) => {
  const { groups: g, refDay } = input;
  const det = g.det!.toLowerCase();
  const unitWord = g.unit!.toLowerCase().replace(/\s+/g, ' ');
  const step = STEP[det];
  if (step === undefined || (det === 'same' && !g.the)) return null;
  const stated = [`relative-${unitWord.replace(/^(?:fiscal|financial) /, '')}`];
  const { y, m } = ymdOf(refDay);
  if (g.the && (det === 'past' || det === 'last') && /^(?:week|month|year|decade|century)$/.test(unitWord)) {
    const unit = unitOf(input.lex, unitWord)!;
    const value = `P${unit.multiplier}${unit.letter}`;
    return { timexType: 'DURATION', value, granularity: unit.granularity, stated, implied: [], confidence: 0.75 };
  }
  switch (unitWord) {
    case 'day':
      return dayResult(refDay + step, { stated, implied: ['year', 'month', 'day'] });
    case 'week':
      return weekResult(refDay + 7 * step, { stated, implied: ['year', 'week'] });
    case 'weekend':
      return weekendResult(weekendFor(refDay, det === 'the' || det === 'this' ? undefined : step, input.tense), { stated, implied: ['year', 'week'] });
    case 'month': {
      const t = addMonths(y, m, step);
      return monthResult(t.y, t.m, { stated, implied: ['year', 'month'] });
    }
    case 'year':
      return yearResult(y + step, { stated, implied: ['year'] });
    case 'fiscal year':
    case 'financial year': {
      const r = yearResult(y + step, { stated, implied: ['year'] });
      return { ...r, value: `FY${r.value}` };
    }
    case 'quarter': {
      const index = y * 4 + Math.floor((m - 1) / 3) + step;
      return quarterResult(Math.floor(index / 4), (index % 4) + 1, stated, ['year', 'quarter']);
    }
    case 'decade': {
      const d = Math.floor(y / 10) + step;
      return monthSpanResult(String(d), d * 10, 1, 120, 'decade', { stated, implied: ['decade'] });
    }
    case 'century': {
      const c = Math.floor(y / 100) + step;
      return monthSpanResult(pad2(c), c * 100, 1, 1200, 'century', { stated, implied: ['century'] });
    }
  }
  return null;
};

/** "three years ago", "two weeks from now", "a year earlier": the unit of the date is the unit counted. */
export const resolveOffset: Resolver = (input) => {
  const { groups: g, lex, refDay } = input;
  const unit = unitOf(lex, g.unit!);
  const n = readNumber(lex, g.num!);
  if (!unit || n === undefined) return null;
  const sign = /^(?:ago|back|earlier)$/i.test(g.dir!) ? -1 : 1;
  const stated = ['offset'];
  if (n === null) {
    const value = sign < 0 ? 'PAST_REF' : 'FUTURE_REF';
    return { timexType: 'DATE', value, granularity: 'vague', stated, implied: [], vague: true, confidence: 0.6 };
  }
  const k = sign * n * unit.multiplier;
  const { y, m } = ymdOf(refDay);
  switch (unit.granularity) {
    case 'day':
      return dayResult(refDay + k, { stated, implied: ['year', 'month', 'day'] });
    case 'week':
      return weekResult(refDay + 7 * k, { stated, implied: ['year', 'week'] });
    case 'month': {
      const t = addMonths(y, m, k);
      return monthResult(t.y, t.m, { stated, implied: ['year', 'month'] });
    }
    case 'year': case 'decade': case 'century':
      return yearResult(y + k, { stated, implied: ['year'] });
    case 'quarter': {
      const index = y * 4 + Math.floor((m - 1) / 3) + k;
      return quarterResult(Math.floor(index / 4), (index % 4) + 1, stated, ['year', 'quarter']);
    }
    default:
      return dayResult(refDay, { stated, implied: ['year', 'month', 'day'], confidence: 0.6 });
  }
};

/** Seasons, quarters, halves, decades, centuries. */
export const resolvePeriod: Resolver = (input) => {
  const { groups: g, refDay } = input;
  const refYear = ymdOf(refDay).y;
  if (g.season) return resolveSeason(input);
  if (g.q || g.period) {
    const code = g.q ? g.q.toUpperCase() : `${g.period!.toLowerCase() === 'half' ? 'H' : 'Q'}${ordinal(g.ord!)}`;
    const half = code.startsWith('H');
    // "the first half" of a match or a film: a half of the year only when the year is named.
    if (half && !g.q && !g.year && !g.year2 && !g.det) return null;
    const n = Number(code.slice(1));
    if (half ? n > 2 : n > 4) return null;
    const months = half ? 6 : 3;
    const build = (year: number, implied: string[]): Resolved =>
      monthSpanResult(`${pad4(year)}-${code}`, year, (n - 1) * months + 1, months, half ? 'half' : 'quarter', { stated: ['ordinal', g.year ? 'year' : ''].filter(Boolean), implied });
    const stated = g.year ?? g.year2;
    if (stated) return build(Number(stated), []);
    if (g.det) return build(refYear + (STEP[g.det.toLowerCase()] ?? 0), ['year']);
    const options: Option<number>[] = [refYear - 1, refYear, refYear + 1].map((year) => {
      const r = build(year, []);
      return { start: Math.floor(r.range!.start / 1440), end: Math.floor(r.range!.end / 1440), value: year };
    });
    return build(chooseByTense(options, refDay, input.tense())!.value, ['year']);
  }
  if (g.decade || g.decade2) {
    let start: number;
    if (g.decade) start = Number(g.decade);
    else {
      start = Math.floor(refYear / 100) * 100 + Number(g.decade2);
      if (start > refYear) start -= 100;
    }
    const r = monthSpanResult(String(start / 10), start, 1, 120, 'decade', { stated: ['decade'], implied: g.decade2 ? ['century'] : [] });
    const part = g.part?.toLowerCase();
    return part ? { ...r, mod: part === 'early' ? 'START' : part === 'mid' ? 'MID' : 'END' } : r;
  }
  if (g.century) {
    const n = ordinal(g.century);
    if (!(n >= 1 && n <= 22)) return null;
    return monthSpanResult(pad2(n - 1), (n - 1) * 100, 1, 1200, 'century', { stated: ['century'], implied: [] });
  }
  return null;
};

function resolveSeason(input: ResolveInput): Resolved | null {
  const { groups: g, lex, refDay } = input;
  const word = g.season!.toLowerCase();
  const season = lex.seasons.get(word)!;
  const det = g.det?.toLowerCase();
  const prev = input.text.slice(Math.max(0, input.start - 20), input.start);
  if (/\p{Lu}/u.test(g.season![0]!) && /\p{Lu}[\p{L}]*\s+$/u.test(prev)) return null; // "Arab Spring", "Prague Spring"
  if (!g.year && !det) {
    if (word === 'fall' && !g.the) return null;
    if (/^\s+of\b/.test(input.text.slice(input.end, input.end + 5)) && word === 'fall') return null;
    if (!g.the && !/\b(?:in|during|since|until|by|over|through|throughout|this|last|next|early|late|mid)[\s-]+$/i.test(prev)) return null;
  }
  const build = (year: number, implied: string[]): Resolved =>
    monthSpanResult(`${pad4(year)}-${season.code}`, year, season.firstMonth, season.months, 'season', { stated: ['season', g.year ? 'year' : ''].filter(Boolean), implied });
  if (g.year) return build(Number(g.year), []);
  const refYear = ymdOf(refDay).y;
  const options = [refYear - 2, refYear - 1, refYear, refYear + 1].map((year) => {
    const r = build(year, []);
    return { start: Math.floor(r.range!.start / 1440), end: Math.floor(r.range!.end / 1440), value: year };
  });
  const current = options.findIndex((o) => o.start <= refDay && refDay < o.end);
  let chosen: Option<number> | undefined;
  if (det === 'this' || det === 'coming') chosen = current >= 0 ? options[current] : options.find((o) => o.start > refDay);
  else if (det === 'last' || det === 'past' || det === 'previous') chosen = [...options].reverse().find((o) => o.end <= refDay);
  else if (det === 'next') chosen = options.find((o) => o.start > refDay);
  else chosen = chooseByTense(options, refDay, input.tense());
  return chosen ? build(chosen.value, ['year']) : null;
}

const TIMEZONE_WORDS = /^local\s+time$/i;

/**
 * Clock times: "3 p.m.", "10:30 GMT", "noon"; the day is the article date (a refiner attaches a day
 * named beside it). A named zone ("GMT") is recorded in `stated`; the range stays in the article timezone.
 */
export const resolveClock: Resolver = (input) => {
  const { groups: g, lex, refDay } = input;
  let hour: number;
  let minute = 0;
  if (g.word) {
    hour = /^midnight$/i.test(g.word) ? 0 : 12;
  } else {
    const h = readNumber(lex, g.hour!);
    if (typeof h !== 'number' || !Number.isInteger(h) || h > 24) return null;
    hour = h;
    if (g.minute) minute = Number(g.minute);
    if (g.ampm) {
      const pm = /^p/i.test(g.ampm);
      if (hour > 12 || hour === 0) return null;
      if (pm && hour < 12) hour += 12;
      if (!pm && hour === 12) hour = 0;
    }
  }
  const stated = ['hour', ...(g.minute ? ['minute'] : [])];
  const zone = g.tz && !TIMEZONE_WORDS.test(g.tz) ? g.tz.toUpperCase() : undefined;
  const at = hour * 60 + minute;
  const value = `${pad2(hour)}:${pad2(minute)}`;
  const r = timeResult(refDay, value, at, at + (g.minute ? 1 : 60), g.minute ? 'minute' : 'hour', {
    stated: zone ? [...stated, 'timezone'] : stated, implied: ['year', 'month', 'day'], confidence: 0.8,
  });
  return r;
};

