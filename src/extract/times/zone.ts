/**
 * Local wall times in the article's timezone, written as ISO date-times with offset.
 * A wall time is a number: minutes since 1970-01-01T00:00 on the local calendar (not an instant).
 * Named zones go through `Intl`, so results do not depend on the process `TZ`.
 *
 * @example isoWithOffset(wallMinutes(dayNumber(2021, 8, 18)), 'Europe/Vilnius') // '2021-08-18T00:00:00+03:00'
 */
import { pad2, pad4, ymdOf } from './calendar.js';

const FIXED = /^(?<sign>[+-])(?<h>\d{2}):?(?<m>\d{2})$/;

/** Wall time of a day's midnight (plus minutes). */
export function wallMinutes(day: number, minutes = 0): number {
  return day * 1440 + minutes;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Offset from UTC, in minutes, of `timezone` at the instant `utcMinutes`. */
function offsetAtInstant(timezone: string, utcMinutes: number): number {
  let format = formatters.get(timezone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: timezone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric',
    });
    formatters.set(timezone, format);
  }
  const parts: Record<string, number> = {};
  for (const p of format.formatToParts(new Date(utcMinutes * 60_000))) {
    if (p.type !== 'literal') parts[p.type] = Number(p.value);
  }
  const local = Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!) / 60_000;
  return local - utcMinutes;
}

/** Offset in minutes of `timezone` at a local wall time (the earlier reading when a wall time repeats). */
export function offsetAtWall(timezone: string, wall: number): number {
  if (timezone === 'UTC' || timezone === 'Z' || timezone === 'Etc/UTC' || timezone === 'GMT') return 0;
  const fixed = FIXED.exec(timezone);
  if (fixed) {
    const minutes = Number(fixed.groups!.h) * 60 + Number(fixed.groups!.m);
    return fixed.groups!.sign === '-' ? -minutes : minutes;
  }
  try {
    const first = offsetAtInstant(timezone, wall);
    return offsetAtInstant(timezone, wall - first);
  } catch {
    return 0;
  }
}

function offsetString(minutes: number): string {
  if (minutes === 0) return 'Z';
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad2(Math.floor(abs / 60))}:${pad2(abs % 60)}`;
}

/** `YYYY-MM-DDTHH:MM:SS±HH:MM` (or `Z`) for a wall time in `timezone`. */
export function isoWithOffset(wall: number, timezone: string): string {
  const day = Math.floor(wall / 1440);
  const minutes = wall - day * 1440;
  const { y, m, d } = ymdOf(day);
  return `${pad4(y)}-${pad2(m)}-${pad2(d)}T${pad2(Math.floor(minutes / 60))}:${pad2(minutes % 60)}:00${offsetString(offsetAtWall(timezone, wall))}`;
}
