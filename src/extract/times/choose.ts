import type { Tense } from './types.js';

/** One reading of an expression whose year (or week) the text leaves open: `[start, end)` in days. */
export interface Option<T> {
  readonly start: number;
  readonly end: number;
  readonly value: T;
}

/**
 * Picks the reading the news conventions call for: in a past-tense clause the most recent one that
 * has begun by the article date, in a future one the first that has not ended, otherwise the
 * nearest (a reading holding the article date wins; ties go to the past).
 * Options must be in time order.
 *
 * @example chooseByTense(julys, day('2021-08-18'), 'none') // July 2021, not July 2022
 */
export function chooseByTense<T>(options: readonly Option<T>[], refDay: number, tense: Tense, slack?: Slack): Option<T> | undefined {
  if (slack && tense === 'past') {
    // Past cues are everywhere in news ("said") and may belong to another clause ("announced an
    // event on October 12"): a reading a little ahead beats one most of a year back. Future cues
    // ("will") are reliable and are not overridden.
    const nearest = chooseByTense(options, refDay, 'none');
    const byTense = chooseByTense(options, refDay, tense);
    if (nearest && byTense && nearest !== byTense && distance(nearest, refDay) <= slack.near && distance(byTense, refDay) >= slack.far) return nearest;
  }
  if (tense === 'past') {
    let best: Option<T> | undefined;
    for (const o of options) if (o.start <= refDay) best = o;
    return best ?? options[0];
  }
  if (tense === 'future') {
    for (const o of options) if (o.end > refDay) return o;
    return options[options.length - 1];
  }
  let best: Option<T> | undefined;
  let bestDistance = Infinity;
  for (const o of options) {
    const d = distance(o, refDay);
    if (d < bestDistance) {
      best = o;
      bestDistance = d;
    }
  }
  return best;
}

/** When a reading `near` days away overrides the tense's reading `far` or more days away. */
export interface Slack {
  readonly near: number;
  readonly far: number;
}

export const DAY_SLACK: Slack = { near: 14, far: 180 };
/** Month names: "win the election in November" written in September is this November. */
export const MONTH_SLACK: Slack = { near: 70, far: 240 };

function distance(o: Option<unknown>, refDay: number): number {
  return refDay < o.start ? o.start - refDay : refDay >= o.end ? refDay - o.end + 1 : 0;
}
