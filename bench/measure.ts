/** What one measured tool did over the corpus. */
export interface Measure {
  readonly name: string;
  readonly articles: number;
  readonly errors: number;
  /** Milliseconds of each timed run (after one warm-up). */
  readonly runsMs: readonly number[];
  readonly medianMs: number;
  readonly articlesPerSec: number;
  readonly mbPerSec: number;
  /** Highest resident set size sampled during the timed runs, MB. */
  readonly peakRssMb: number;
}

export interface MeasureOptions {
  readonly runs: number;
  /** Articles of the warm-up pass (the first ones of the corpus). */
  readonly warmup: number;
  /** Called before each run (fresh store, say); not timed. */
  readonly setup?: () => void | Promise<void>;
  readonly teardown?: () => void | Promise<void>;
}

const SAMPLE_EVERY = 16;

/**
 * Times `work` over every item: one untimed warm-up pass over the first items, then `runs`
 * timed passes; the median pass gives the rates. Errors are counted, not thrown.
 */
export async function measure<T>(
  name: string,
  items: readonly T[],
  bytes: number,
  work: (item: T) => unknown,
  options: MeasureOptions,
): Promise<Measure> {
  await options.setup?.();
  for (const item of items.slice(0, options.warmup)) {
    try {
      await work(item);
    } catch {
      // counted in the timed runs
    }
  }
  await options.teardown?.();
  const runsMs: number[] = [];
  let errors = 0;
  let peak = process.memoryUsage().rss;
  for (let r = 0; r < options.runs; r++) {
    await options.setup?.();
    errors = 0;
    const start = performance.now();
    for (let i = 0; i < items.length; i++) {
      try {
        const result = work(items[i]!);
        if (result instanceof Promise) await result;
      } catch {
        errors++;
      }
      if (i % SAMPLE_EVERY === 0) peak = Math.max(peak, process.memoryUsage().rss);
    }
    runsMs.push(performance.now() - start);
    peak = Math.max(peak, process.memoryUsage().rss);
    await options.teardown?.();
  }
  const medianMs = median(runsMs);
  return {
    name,
    articles: items.length,
    errors,
    runsMs: runsMs.map((ms) => Math.round(ms)),
    medianMs: Math.round(medianMs),
    articlesPerSec: round((items.length / medianMs) * 1000),
    mbPerSec: round((bytes / 1e6 / medianMs) * 1000, 2),
    peakRssMb: Math.round(peak / 1e6),
  };
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function round(value: number, digits = 1): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
