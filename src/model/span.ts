/**
 * A half-open range `[start, end)` of UTF-16 code units into `Article.text` (NFC).
 * A span is a view, never a copy of the text: the JSON serialiser adds `text` on output.
 *
 * @example
 * const s: Span = { start: 0, end: 9 }; // "Lithuania" in "Lithuania has accused…"
 */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** Builds a span, checking that it is well formed. */
export function span(start: number, end: number): Span {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start) {
    throw new RangeError(`invalid span [${start}, ${end})`);
  }
  return { start, end };
}

/** True when `inner` lies inside `outer`. */
export function contains(outer: Span, inner: Span): boolean {
  return inner.start >= outer.start && inner.end <= outer.end;
}

/** True when the two spans share at least one code unit. */
export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** The smallest span covering both. */
export function cover(a: Span, b: Span): Span {
  return { start: Math.min(a.start, b.start), end: Math.max(a.end, b.end) };
}
