import assert from 'node:assert/strict';

/**
 * Walks an output JSON: every object with numeric `start` and `end` is a span; it must lie
 * inside the text, and its `text` (the evidence) must equal the slice. Returns how many spans.
 */
export function checkSpans(value: unknown, text: string, path = '$'): number {
  if (Array.isArray(value)) return value.reduce((n: number, v, i) => n + checkSpans(v, text, `${path}[${i}]`), 0);
  if (value === null || typeof value !== 'object') return 0;
  const obj = value as Record<string, unknown>;
  let n = 0;
  if (typeof obj.start === 'number' && typeof obj.end === 'number') {
    const { start, end } = obj;
    assert.ok(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end && end <= text.length, `${path}: span [${start}, ${end}) outside a text of ${text.length}`);
    assert.equal(obj.text, text.slice(start, end), `${path}: evidence text differs from the slice`);
    n++;
  }
  for (const [k, v] of Object.entries(obj)) n += checkSpans(v, text, `${path}.${k}`);
  return n;
}
