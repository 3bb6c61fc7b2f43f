import { dayNumber, daysInMonth, easter, isValidDate, nthWeekday, weekdayOf, ymdOf } from './calendar.js';
import { chooseByTense, DAY_SLACK, MONTH_SLACK, type Option } from './choose.js';
import { dayResult, monthResult, timeResult, yearResult } from './results.js';
import type { Resolved, ResolveInput, Resolver } from './types.js';

const PLURAL_NEXT = /^\s+[a-z]+s\b/;
const CAPITALISED_NEXT = /^\s+\p{Lu}\p{Ll}/u;
const CAPITALISED_PREV = /\p{Lu}[\p{L}.'’-]*\s+$/u;
const SENTENCE_OPEN = /(?:^|[.!?:;"“”\n]\s*)$/;

export const isCapitalised = (word: string): boolean => /^\p{Lu}/u.test(word);

const before = (input: ResolveInput, n = 40): string => input.text.slice(Math.max(0, input.start - n), input.start);
const after = (input: ResolveInput, n = 30): string => input.text.slice(input.end, input.end + n);

/** Options for a month and day in the years around the article date. */
function dayOptions(refDay: number, month: number, day: number): Option<number>[] {
  const y = ymdOf(refDay).y;
  const out: Option<number>[] = [];
  for (const year of [y - 1, y, y + 1]) {
    if (!isValidDate(year, month, day)) continue;
    const d = dayNumber(year, month, day);
    out.push({ start: d, end: d + 1, value: d });
  }
  return out;
}

function monthOptions(refDay: number, month: number): Option<number>[] {
  const y = ymdOf(refDay).y;
  return [y - 1, y, y + 1].map((year) => ({
    start: dayNumber(year, month, 1), end: dayNumber(year, month, daysInMonth(year, month)) + 1, value: year,
  }));
}

/** The weekday nearest the article date in the direction the clause calls for (or `det` names). */
export function resolveWeekday(refDay: number, weekday: number, det: string | undefined, tense: () => 'past' | 'future' | 'none'): number {
  const back = (weekdayOf(refDay) - weekday + 7) % 7;
  const ahead = (weekday - weekdayOf(refDay) + 7) % 7;
  switch (det) {
    case 'last': case 'past': case 'previous':
      return refDay - (back === 0 ? 7 : back);
    case 'next': case 'coming':
      return refDay + (ahead === 0 ? 7 : ahead);
    case 'this':
      return refDay - weekdayOf(refDay) + weekday;
  }
  const t = tense();
  if (t === 'past') return refDay - back;
  if (t === 'future') return refDay + ahead;
  return ahead < back ? refDay + ahead : refDay - back;
}

function yearLooksLikeCount(input: ResolveInput, year: number): boolean {
  const prev = before(input);
  const context = input.lex.context;
  if (context.yearBefore.test(prev)) return false;
  if (context.labelBefore.test(prev) || context.countBefore.test(prev) || context.countAfter.test(after(input))) return true;
  if (PLURAL_NEXT.test(after(input)) && (year % 100 === 0 || year % 50 === 0)) return true;
  const refYear = ymdOf(input.refDay).y;
  return year < 1800 || year > refYear + 50;
}

/** Dates built from calendar names and numbers: full dates, month and day, month, year, weekday. */
export const resolveCalendar: Resolver = (input) => {
  const { groups: g, lex, refDay } = input;
  if (g.month && !isCapitalised(g.month)) return null;
  if (g.weekday && !isCapitalised(g.weekday)) return null;
  const month = g.month ? lex.months.get(g.month.toLowerCase()) : g.monthNum ? Number(g.monthNum) : undefined;
  const day = g.day ? Number(g.day) : undefined;
  const year = g.year ? Number(g.year) : undefined;
  const weekday = g.weekday ? lex.weekdays.get(g.weekday.toLowerCase()) : undefined;
  const stated = [year !== undefined && 'year', month !== undefined && 'month', day !== undefined && 'day', weekday !== undefined && 'weekday'].filter(
    (s): s is string => typeof s === 'string',
  );
  if (month !== undefined && day !== undefined) {
    if (year !== undefined) {
      if (!isValidDate(year, month, day)) return null;
      return dayResult(dayNumber(year, month, day), { stated, implied: [], confidence: 0.95 });
    }
    const chosen = chooseByTense(dayOptions(refDay, month, day), refDay, input.tense(), DAY_SLACK);
    return chosen ? dayResult(chosen.value, { stated, implied: ['year'], confidence: 0.85 }) : null;
  }
  if (month !== undefined) {
    if (year !== undefined) return monthResult(year, month, { stated, implied: [] , confidence: 0.95 });
    if (!bareMonthReadsAsMonth(input, g.month!)) return null;
    const chosen = chooseByTense(monthOptions(refDay, month), refDay, input.tense(), MONTH_SLACK);
    return chosen ? monthResult(chosen.value, month, { stated, implied: ['year'], confidence: 0.8 }) : null;
  }
  if (year !== undefined) {
    if (yearLooksLikeCount(input, year)) return null;
    return yearResult(year, { stated, implied: [], confidence: 0.85 });
  }
  if (weekday !== undefined) {
    const prev = before(input, 20);
    if (CAPITALISED_PREV.test(prev) && !SENTENCE_OPEN.test(prev.replace(CAPITALISED_PREV, ''))) {
      if (!/\b(?:on|On|ON|since|until|by|from|last|next|this|Last|Next|This)\s+$/.test(prev)) return null;
    }
    const d = resolveWeekday(refDay, weekday, g.det?.toLowerCase(), input.tense);
    const implied = ['year', 'month', 'day'];
    const pod = g.pod ? lex.partsOfDay.get(g.pod.toLowerCase()) : undefined;
    if (pod) return timeResult(d, pod.code, pod.from * 60, pod.to * 60, 'hour', { stated: [...stated, 'part-of-day'], implied, confidence: 0.8 });
    return dayResult(d, { stated, implied, confidence: 0.8 });
  }
  return null;
};

function bareMonthReadsAsMonth(input: ResolveInput, name: string): boolean {
  const prev = before(input, 30);
  if (input.lex.context.monthBefore.test(prev)) return true;
  if (/^(?:may|march)$/i.test(name)) return false;
  if (CAPITALISED_NEXT.test(after(input))) return false;
  return !(CAPITALISED_PREV.test(prev) && !SENTENCE_OPEN.test(prev.replace(CAPITALISED_PREV, '')));
}

/** The day a holiday rule gives in `year`: `12-25`, `easter-2`, `11-4-4` (4th Thursday of November). */
export function holidayDay(rule: string, year: number): number | undefined {
  const fixed = /^(?<m>\d\d)-(?<d>\d\d)$/.exec(rule);
  if (fixed) return dayNumber(year, Number(fixed.groups!.m), Number(fixed.groups!.d));
  const e = /^easter(?<n>[+-]\d+)$/.exec(rule);
  if (e) return easter(year) + Number(e.groups!.n);
  const nth = /^(?<m>\d\d)-(?<wd>[1-7])-(?<n>-?\d)$/.exec(rule);
  if (nth) return nthWeekday(year, Number(nth.groups!.m), Number(nth.groups!.wd), Number(nth.groups!.n));
  return undefined;
}

export const resolveHoliday: Resolver = (input) => {
  const name = input.groups.holiday!;
  if (!isCapitalised(name)) return null;
  const entry = input.lex.holidays.find((h) => h.pattern.test(name));
  if (!entry) return null;
  const stated = ['holiday'];
  if (input.groups.year) {
    const d = holidayDay(entry.rule, Number(input.groups.year));
    return d === undefined ? null : dayResult(d, { stated: [...stated, 'year'], implied: [], confidence: 0.9 });
  }
  const y = ymdOf(input.refDay).y;
  const options: Option<number>[] = [];
  for (const year of [y - 1, y, y + 1]) {
    const d = holidayDay(entry.rule, year);
    if (d !== undefined) options.push({ start: d, end: d + 1, value: d });
  }
  // A bare holiday name is the nearest one: news speaks of the coming or the just-past holiday.
  const chosen = chooseByTense(options, input.refDay, 'none');
  return chosen ? dayResult(chosen.value, { stated, implied: ['year'], confidence: 0.8 }) : null;
};

/** "1 and 13 July", "July 1-13", "2019 to 2021": one annotation whose value is an ISO 8601 interval. */
export const resolveRange: Resolver = (input) => {
  const { groups: g, lex, refDay } = input;
  if (g.conj?.toLowerCase() === 'and' && !g.lead) return null;
  if (g.month && !isCapitalised(g.month)) return null;
  if (g.month2 && !isCapitalised(g.month2)) return null;
  const interval = (from: Resolved, to: Resolved, granularity: Resolved['granularity'], stated: string[], implied: string[]): Resolved | null => {
    if (!from.range || !to.range || to.range.end <= from.range.start) return null;
    return {
      timexType: 'DATE', value: `${from.value}/${to.value}`, granularity, stated, implied,
      range: { start: from.range.start, end: to.range.end }, confidence: 0.8,
    };
  };
  if (g.year2 !== undefined && g.day === undefined) {
    const y1 = Number(g.year);
    let y2 = Number(g.year2);
    if (g.year2.length === 2) y2 = Math.floor(y1 / 100) * 100 + y2;
    if (y2 <= y1 || y2 - y1 > 100) return null;
    const f = { stated: ['year'], implied: [] };
    return interval(yearResult(y1, f), yearResult(y2, f), 'year', ['year'], []);
  }
  const month = lex.months.get(g.month!.toLowerCase())!;
  if (g.month2 !== undefined) {
    const month2 = lex.months.get(g.month2.toLowerCase())!;
    const f = { stated: ['month'], implied: [] };
    const wraps = month2 < month;
    // A stated year belongs to the end ("November to February 2021"); otherwise the start is read by tense.
    const y2 = g.year ? Number(g.year) : chooseByTense(monthOptions(refDay, month), refDay, input.tense())!.value + (wraps ? 1 : 0);
    const y1 = wraps ? y2 - 1 : y2;
    return interval(monthResult(y1, month, f), monthResult(y2, month2, f), 'month', g.year ? ['year', 'month'] : ['month'], g.year ? [] : ['year']);
  }
  const d1 = Number(g.day);
  const d2 = Number(g.day2);
  let year: number;
  if (g.year) year = Number(g.year);
  else {
    const chosen = chooseByTense(dayOptions(refDay, month, d1), refDay, input.tense());
    if (!chosen) return null;
    year = ymdOf(chosen.value).y;
  }
  if (!isValidDate(year, month, d1) || !isValidDate(year, month, d2)) return null;
  const f = { stated: ['day', 'month'], implied: [] };
  return interval(dayResult(dayNumber(year, month, d1), f), dayResult(dayNumber(year, month, d2), f), 'day', g.year ? ['year', 'month', 'day'] : ['month', 'day'], g.year ? [] : ['year']);
};

