import type { TimeGranularity } from '../../model/annotation.js';
import { addMonths, dayNumber, isoDay, isoWeekOf, isoWeekStart, pad2, pad4, ymdOf } from './calendar.js';
import type { Resolved } from './types.js';
import { wallMinutes } from './zone.js';

/**
 * Builders for the usual resolved shapes: a day, a month, a year, a week, a span of months.
 * Each gives the TIMEX3 value and the `[start, end)` range that goes with it.
 */
type Fields = { stated: readonly string[]; implied: readonly string[]; confidence?: number };

const days = (from: number, to: number) => ({ start: wallMinutes(from), end: wallMinutes(to) });

export function dayResult(day: number, f: Fields): Resolved {
  return { timexType: 'DATE', value: isoDay(day), granularity: 'day', range: days(day, day + 1), stated: f.stated, implied: f.implied, confidence: f.confidence ?? 0.9 };
}

export function monthResult(y: number, m: number, f: Fields): Resolved {
  const next = addMonths(y, m, 1);
  return {
    timexType: 'DATE', value: `${pad4(y)}-${pad2(m)}`, granularity: 'month',
    range: days(dayNumber(y, m, 1), dayNumber(next.y, next.m, 1)), stated: f.stated, implied: f.implied, confidence: f.confidence ?? 0.9,
  };
}

export function yearResult(y: number, f: Fields): Resolved {
  return {
    timexType: 'DATE', value: pad4(y), granularity: 'year',
    range: days(dayNumber(y, 1, 1), dayNumber(y + 1, 1, 1)), stated: f.stated, implied: f.implied, confidence: f.confidence ?? 0.9,
  };
}

export function weekResult(day: number, f: Fields): Resolved {
  const { year, week } = isoWeekOf(day);
  const start = isoWeekStart(year, week);
  return { timexType: 'DATE', value: `${pad4(year)}-W${pad2(week)}`, granularity: 'week', range: days(start, start + 7), stated: f.stated, implied: f.implied, confidence: f.confidence ?? 0.85 };
}

/** Saturday and Sunday of the ISO week holding `day`. */
export function weekendResult(day: number, f: Fields): Resolved {
  const { year, week } = isoWeekOf(day);
  const saturday = isoWeekStart(year, week) + 5;
  return { timexType: 'DATE', value: `${pad4(year)}-W${pad2(week)}-WE`, granularity: 'day', range: days(saturday, saturday + 2), stated: f.stated, implied: f.implied, confidence: f.confidence ?? 0.8 };
}

/** `months` months from the first of `firstMonth` of `y`, under a value such as `2021-Q3` or `2021-SU`. */
export function monthSpanResult(value: string, y: number, firstMonth: number, months: number, granularity: TimeGranularity, f: Fields): Resolved {
  const end = addMonths(y, firstMonth, months);
  const start = addMonths(y, firstMonth, 0);
  return {
    timexType: 'DATE', value, granularity,
    range: days(dayNumber(start.y, start.m, 1), dayNumber(end.y, end.m, 1)), stated: f.stated, implied: f.implied, confidence: f.confidence ?? 0.85,
  };
}

/** A day (or part of it) with a time of day: `2021-08-18T15:00`, `2021-08-18TMO`. */
export function timeResult(day: number, value: string, fromMinutes: number, toMinutes: number, granularity: TimeGranularity, f: Fields): Resolved {
  return {
    timexType: 'TIME', value: `${isoDay(day)}T${value}`, granularity,
    range: { start: wallMinutes(day, fromMinutes), end: wallMinutes(day, toMinutes) }, stated: f.stated, implied: f.implied, confidence: f.confidence ?? 0.85,
  };
}

export function yearOf(day: number): number {
  return ymdOf(day).y;
}
