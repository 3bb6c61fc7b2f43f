import type { TimeGranularity, TimexType } from '../../model/annotation.js';
import type { TimeLexicon } from './lexicon.js';

/** Tense of the clause around an expression, as far as cheap cues tell. */
export type Tense = 'past' | 'future' | 'none';

/** A resolved expression before it becomes an annotation; the range is in local wall minutes (see zone.ts). */
export interface Resolved {
  readonly timexType: TimexType;
  readonly value: string;
  readonly granularity: TimeGranularity;
  readonly mod?: string;
  readonly stated: readonly string[];
  readonly implied: readonly string[];
  readonly range?: { readonly start: number; readonly end: number };
  readonly vague?: boolean;
  readonly confidence: number;
}

/** What a resolver sees: the match, the text around it, the article date, the tense (computed on demand). */
export interface ResolveInput {
  readonly groups: Readonly<Record<string, string | undefined>>;
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** The article date as a day number (calendar.ts). */
  readonly refDay: number;
  readonly tense: () => Tense;
  readonly lex: TimeLexicon;
}

export type Resolver = (input: ResolveInput) => Resolved | null;

/** A chosen expression: where it is, which rule found it, what it means. */
export interface Found {
  start: number;
  end: number;
  readonly rule: string;
  resolved: Resolved;
  /** Start of the preposition that introduces it, if any. */
  phraseStart?: number;
  /** For rules counting from an earlier date: resolves again against another day. */
  reanchor?: (day: number) => Resolved | null;
}
