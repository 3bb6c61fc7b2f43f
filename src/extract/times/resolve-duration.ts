import { addMonths, ymdOf, dayNumber } from './calendar.js';
import { isCapitalised } from './resolve-calendar.js';
import { readNumber, unitOf, type UnitInfo, type VagueInfo } from './lexicon.js';
import type { Resolved, Resolver } from './types.js';
import { wallMinutes } from './zone.js';

/** `P3Y`, `PT2H`, `PXD`, `P1.5Y`: a TIMEX3 duration value. */
export function durationValue(amount: number | null, unit: UnitInfo): string {
  const time = unit.letter === 'H' || (unit.letter === 'M' && unit.granularity === 'minute') || unit.letter === 'S';
  const n = amount === null ? 'X' : String(Math.round(amount * unit.multiplier * 1000) / 1000);
  return `P${time ? 'T' : ''}${n}${unit.letter}`;
}

/** Half of a unit in whole smaller units where there is one ("half an hour" → PT30M). */
const HALF: Record<string, string> = { hour: 'PT30M', day: 'PT12H', year: 'P6M', decade: 'P5Y', century: 'P50Y' };

/** "six months", "a three-year deal", "the past two decades", "half an hour", "for years". */
export const resolveDuration: Resolver = (input) => {
  const { groups: g, lex } = input;
  const unit = unitOf(lex, g.unit!);
  if (!unit) return null;
  const unitWord = g.unit!.toLowerCase();
  const stated = ['amount', 'unit'];
  if (g.num?.toLowerCase() === 'half') {
    const value = HALF[unitWord];
    return value ? { timexType: 'DURATION', value, granularity: unit.granularity, stated, implied: [], confidence: 0.85 } : null;
  }
  if (g.num === undefined) {
    return { timexType: 'DURATION', value: durationValue(null, { ...unit, multiplier: 1 }), granularity: unit.granularity, stated: ['unit'], implied: [], confidence: 0.7 };
  }
  const amount = readNumber(lex, g.num);
  if (amount === undefined) return null;
  if (unit.letter === 'Q') return null; // "three quarters of the vote"
  if (/^an?$/i.test(g.num) && unitWord === 'second') return null; // "a second time"
  if (/^(?:some|many)$/i.test(g.num) && /^(?:hours?|minutes?)$/.test(unitWord) && !g.the) return null;
  const total = g.half && amount !== null ? amount + 0.5 : amount;
  const value = durationValue(total, unit);
  return { timexType: 'DURATION', value, granularity: unit.granularity, stated, implied: [], confidence: 0.85 };
};


/** "every Tuesday", "each year", "weekly", "twice a month", "$5 a day", "on Mondays". */
export const resolveSet: Resolver = (input) => {
  const { groups: g, lex } = input;
  const stated = ['frequency'];
  const set = (value: string, granularity: Resolved['granularity']): Resolved => ({ timexType: 'SET', value, granularity, stated, implied: [], confidence: 0.8 });
  if (g.freq) {
    const value = lex.frequencies.get(g.freq.toLowerCase());
    return value ? set(value, 'day') : null;
  }
  const unitWord = g.unit?.toLowerCase();
  const weekdayName = g.weekday ?? (unitWord && lex.weekdays.has(unitWord) ? g.unit : undefined);
  if (weekdayName) {
    if (!isCapitalised(weekdayName)) return null;
    return set(`XXXX-WXX-${lex.weekdays.get(weekdayName.toLowerCase())}`, 'day');
  }
  if (!unitWord) return null;
  const pod = lex.partsOfDay.get(unitWord);
  if (pod) return set(`XXXX-XX-XXT${pod.code}`, 'hour');
  if (unitWord === 'weekend') return set('XXXX-WXX-WE', 'day');
  const unit = unitOf(lex, unitWord);
  if (!unit) return null;
  if (g.per && /^an?$/i.test(g.per) && !g.times) {
    // "a year" is a rate only after an amount: "$5 a day", "20 hours a week".
    const prev = input.text.slice(Math.max(0, input.start - 40), input.start).match(/[\p{L}\p{N}$€£%.,-]+/gu) ?? [];
    const amount = prev.slice(-3).some((w) => /\d/.test(w) || typeof readNumber(lex, w) === 'number');
    if (!amount) return null;
  }
  let n = 1;
  if (g.num) {
    const read = g.num.toLowerCase() === 'other' ? 2 : readNumber(lex, g.num);
    if (typeof read !== 'number') return null;
    n = read;
  }
  return set(durationValue(n, unit), unit.granularity);
};

function offsetDays(refDay: number, iso: string): number {
  const m = /^(?<sign>-)?P(?<n>\d+)(?<unit>[DWMY])$/.exec(iso);
  if (!m) return refDay;
  const n = Number(m.groups!.n) * (m.groups!.sign ? -1 : 1);
  switch (m.groups!.unit) {
    case 'D': return refDay + n;
    case 'W': return refDay + 7 * n;
    case 'M': {
      const { y, m: month, d } = ymdOf(refDay);
      const t = addMonths(y, month, n);
      return dayNumber(t.y, t.m, d);
    }
    default: {
      const { y, m: month, d } = ymdOf(refDay);
      return dayNumber(y + n, month, d);
    }
  }
}

/** A resolver for one line of `vague.tsv`. */
export function vagueResolver(info: VagueInfo): Resolver {
  return ({ refDay }) => ({
    timexType: info.timexType, value: info.value, granularity: 'vague', stated: ['vague'], implied: ['range'], vague: true,
    range: { start: wallMinutes(offsetDays(refDay, info.from)), end: wallMinutes(offsetDays(refDay, info.to)) }, confidence: 0.7,
  });
}
