/**
 * Where an annotation came from: which stage (and its version), which rule, how sure.
 * Feeds the explorer's "why?" and lets each rule be measured.
 *
 * @example
 * const p: Provenance = { stage: 'time', version: '1.0.0', rule: 'relative-month', confidence: 0.9 };
 */
export interface Provenance {
  readonly stage: string;
  readonly version: string;
  /** Stable id of the rule, pattern or lexicon entry that produced the value. */
  readonly rule: string;
  /** 0..1 */
  readonly confidence: number;
}
