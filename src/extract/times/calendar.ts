/**
 * Pure calendar arithmetic on day numbers (days since 1970-01-01, proleptic Gregorian). Nothing here
 * reads the clock or the process timezone: `Date.UTC` and `getUTC*` only.
 *
 * @example weekdayOf(dayNumber(2021, 8, 18)) // 3 (Wednesday, ISO: Monday 1 … Sunday 7)
 */

const MS_PER_DAY = 86_400_000;

export interface Ymd {
  readonly y: number;
  readonly m: number;
  readonly d: number;
}

export function dayNumber(y: number, m: number, d: number): number {
  return Math.round(Date.UTC(y, m - 1, d) / MS_PER_DAY);
}

export function ymdOf(day: number): Ymd {
  const date = new Date(day * MS_PER_DAY);
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}

/** ISO weekday: Monday 1 … Sunday 7. 1970-01-01 was a Thursday. */
export function weekdayOf(day: number): number {
  return ((((day + 3) % 7) + 7) % 7) + 1;
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function isValidDate(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** Adds months, returning the first day of the resulting month as `{ y, m }`. */
export function addMonths(y: number, m: number, months: number): { y: number; m: number } {
  const index = y * 12 + (m - 1) + months;
  return { y: Math.floor(index / 12), m: (index % 12 + 12) % 12 + 1 };
}

/** ISO 8601 week: the year that owns the week, and its number. */
export function isoWeekOf(day: number): { year: number; week: number } {
  const thursday = day - weekdayOf(day) + 4;
  const year = ymdOf(thursday).y;
  const week = Math.floor((thursday - dayNumber(year, 1, 1)) / 7) + 1;
  return { year, week };
}

/** The Monday starting ISO week `week` of `year`. */
export function isoWeekStart(year: number, week: number): number {
  const jan4 = dayNumber(year, 1, 4);
  return jan4 - weekdayOf(jan4) + 1 + (week - 1) * 7;
}

/** Easter Sunday (Gregorian, anonymous algorithm). */
export function easter(y: number): number {
  const a = y % 19;
  const b = Math.floor(y / 100);
  const c = y % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const dayOfMonth = ((h + l - 7 * m + 114) % 31) + 1;
  return dayNumber(y, month, dayOfMonth);
}

/** The `n`th (1-based; -1 = last) ISO weekday of a month. */
export function nthWeekday(y: number, m: number, weekday: number, n: number): number {
  if (n > 0) {
    const first = dayNumber(y, m, 1);
    return first + ((weekday - weekdayOf(first) + 7) % 7) + (n - 1) * 7;
  }
  const last = dayNumber(y, m, daysInMonth(y, m));
  return last - ((weekdayOf(last) - weekday + 7) % 7);
}

export const pad2 = (n: number): string => String(n).padStart(2, '0');
export const pad4 = (n: number): string => String(n).padStart(4, '0');

export function isoDay(day: number): string {
  const { y, m, d } = ymdOf(day);
  return `${pad4(y)}-${pad2(m)}-${pad2(d)}`;
}
