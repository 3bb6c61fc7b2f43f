import { join } from 'node:path';
import { ChronicleError } from '../../errors.js';
import { readLines, readTsv } from '../../resources/lines.js';

/** A calendar unit as `units.tsv` defines it. */
export interface UnitInfo {
  readonly letter: string;
  readonly multiplier: number;
  readonly granularity: 'second' | 'minute' | 'hour' | 'day' | 'week' | 'month' | 'quarter' | 'year' | 'decade' | 'century';
}

/** A narrowing or qualifying prefix from `modifiers.tsv`. */
export interface ModifierInfo {
  readonly mod?: string;
  readonly appliesTo: 'date' | 'duration';
  readonly effect: 'start' | 'mid' | 'end' | 'before-ref' | 'after-ref' | 'none';
}

/** A vague reference from `vague.tsv`; bounds are ISO durations from the start of the article date. */
export interface VagueInfo {
  readonly id: string;
  readonly phrase: string;
  readonly timexType: 'DATE' | 'DURATION';
  readonly value: string;
  readonly from: string;
  readonly to: string;
}

/**
 * Everything the time stage reads from `resources/time/`, loaded once per engine.
 * Keys of the maps are lower case.
 */
export interface TimeLexicon {
  readonly months: ReadonlyMap<string, number>;
  /** Full month names (no abbreviations): the ones that may stand alone. */
  readonly monthFull: readonly string[];
  readonly weekdays: ReadonlyMap<string, number>;
  /** `null` for vague amounts ("several", "a few"). */
  readonly numbers: ReadonlyMap<string, number | null>;
  readonly units: ReadonlyMap<string, UnitInfo>;
  readonly partsOfDay: ReadonlyMap<string, { code: string; from: number; to: number }>;
  readonly seasons: ReadonlyMap<string, { code: string; firstMonth: number; months: number }>;
  /** Holiday name patterns with their rule, longest first. */
  readonly holidays: readonly { pattern: RegExp; source: string; rule: string }[];
  readonly tense: ReadonlyMap<string, 'past' | 'future'>;
  /** Frequency words ("weekly") with their SET value. */
  readonly frequencies: ReadonlyMap<string, string>;
  readonly vague: readonly VagueInfo[];
  readonly modifiers: readonly { pattern: string; info: ModifierInfo }[];
  readonly patterns: readonly { id: string; resolver: string; source: string }[];
  /** Context words of `context.tsv`, compiled: each tests the text just before (or after) a number or month. */
  readonly context: {
    readonly monthBefore: RegExp;
    readonly yearBefore: RegExp;
    readonly countBefore: RegExp;
    readonly labelBefore: RegExp;
    readonly countAfter: RegExp;
  };
  /** Token norms near which expressions are looked for (see `triggers.txt`); tokens with digits always count. */
  readonly triggers: ReadonlySet<string>;
}

/** Words of vague phrases too common to anchor anything on their own. */
const STOP = new Set(['the', 'near', 'distant', 'more', 'right', 'this', 'these', 'few']);

const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

export function loadTimeLexicon(dir: string): TimeLexicon {
  const file = (name: string): string[][] => readTsv(join(dir, 'time', name));
  const months = new Map<string, number>();
  const monthFull: string[] = [];
  const seen = new Set<number>();
  for (const [name, n] of file('months.tsv')) {
    months.set(name!.toLowerCase(), Number(n));
    if (!seen.has(Number(n))) monthFull.push(name!);
    seen.add(Number(n));
  }
  const numbers = new Map<string, number | null>();
  for (const [word, value] of file('numbers.tsv')) numbers.set(word!.toLowerCase(), value === 'X' ? null : Number(value));
  const units = new Map<string, UnitInfo>();
  for (const [word, letter, multiplier, granularity] of file('units.tsv')) {
    units.set(word!, { letter: letter!, multiplier: Number(multiplier), granularity: granularity as UnitInfo['granularity'] });
  }
  const modifiers = file('modifiers.tsv').map(([pattern, mod, appliesTo, effect]) => ({
    pattern: pattern!,
    info: { ...(mod && mod !== '-' ? { mod } : {}), appliesTo, effect } as ModifierInfo,
  }));
  const words = (source: string): string[] => source.toLowerCase().replace(/\\./g, ' ').match(/[a-z][a-z'’]+/g) ?? [];
  const triggers = new Set<string>(readLines(join(dir, 'time', 'triggers.txt')).map((w) => w.trim().toLowerCase()));
  const lexicon: TimeLexicon = {
    months,
    monthFull,
    weekdays: new Map(file('weekdays.tsv').map(([name, n]) => [name!.toLowerCase(), Number(n)])),
    numbers,
    units,
    partsOfDay: new Map(file('parts-of-day.tsv').map(([w, code, from, to]) => [w!, { code: code!, from: Number(from), to: Number(to) }])),
    seasons: new Map(file('seasons.tsv').map(([w, code, first, n]) => [w!, { code: code!, firstMonth: Number(first), months: Number(n) }])),
    holidays: file('holidays.tsv')
      .map(([source, rule]) => ({ pattern: new RegExp(`^(?:${source})$`, 'i'), source: source!, rule: rule! }))
      .sort((a, b) => b.source.length - a.source.length),
    frequencies: new Map(file('frequencies.tsv').map(([word, value]) => [word!.toLowerCase(), value!])),
    tense: new Map(file('tense.tsv').map(([kind, word]) => [word!, kind as 'past' | 'future'])),
    vague: file('vague.tsv').map(([id, phrase, timexType, value, from, to]) => ({
      id: id!, phrase: phrase!, timexType: timexType as 'DATE', value: value!, from: from!, to: to!,
    })),
    modifiers,
    patterns: file('patterns.tsv').map(([id, resolver, source]) => {
      if (!id || !resolver || !source) throw new ChronicleError('E_RESOURCE', `bad line in time/patterns.tsv: ${id}`);
      return { id, resolver, source };
    }),
    triggers,
    context: loadContext(file('context.tsv')),
  };
  for (const word of [...lexicon.frequencies.keys(), ...months.keys(), ...lexicon.weekdays.keys(), ...lexicon.partsOfDay.keys(), ...lexicon.seasons.keys()]) triggers.add(word);
  for (const unit of units.keys()) if (unit !== 'second') for (const w of [unit, `${unit}s`, unit.replace(/y$/, 'ies')]) triggers.add(w);
  triggers.add('seconds');
  for (const h of lexicon.holidays) {
    // A holiday with a weekday or unit in its name ("Good Friday", "Boxing Day") is anchored by that word.
    const hw = words(h.source).map((w) => w.replace(/['’]s$/, ''));
    if (!hw.some((w) => triggers.has(w))) for (const w of hw) if (w.length > 3) triggers.add(w);
  }
  for (const v of lexicon.vague) for (const w of words(v.phrase)) if (w.length > 2 && !STOP.has(w)) triggers.add(w);
  return lexicon;
}

function loadContext(rows: string[][]): TimeLexicon['context'] {
  const kinds = new Map<string, string[]>();
  for (const [kind, word] of rows) {
    if (!kinds.has(kind!)) kinds.set(kind!, []);
    kinds.get(kind!)!.push(word!);
  }
  const list = (kind: string): string => (kinds.get(kind) ?? ['(?!)']).join('|');
  return {
    monthBefore: new RegExp(`\\b(?:${list('month-before')})[\\s-]+$`, 'i'),
    yearBefore: new RegExp(`\\b(?:${list('year-before')})[\\s-]+$`, 'i'),
    countBefore: new RegExp(`\\b(?:${list('count-before')})\\s+$`, 'i'),
    labelBefore: new RegExp(`\\b(?:${list('label-before')})\\s*$`, 'i'),
    countAfter: new RegExp(`^\\s+(?:${list('count-after')})\\b`, 'i'),
  };
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ +/g, '\\s+');
const alternation = (words: readonly string[]): string =>
  `(?:${[...words].sort((a, b) => b.length - a.length).join('|')})`;

/** The `{name}` lexicons a pattern may insert, as regex alternations. */
export function placeholders(lex: TimeLexicon): Record<string, string> {
  const units = [...lex.units.keys()].map((u) => (/[^aeiou]y$/.test(u) ? `${u.slice(0, -1)}(?:y|ies)` : `${u}s?`));
  const numberWords = [...lex.numbers.keys()].map(escape);
  numberWords.push(`${alternation(TENS)}[-\\s](?:one|two|three|four|five|six|seven|eight|nine)`);
  return {
    month: alternation([...lex.months.keys()].map(escape)),
    monthFull: alternation(lex.monthFull.map((m) => escape(m.toLowerCase()))),
    weekday: alternation([...lex.weekdays.keys()]),
    number: alternation(numberWords),
    unit: alternation(units),
    pod: alternation([...lex.partsOfDay.keys()]),
    season: alternation([...lex.seasons.keys()]),
    holiday: alternation(lex.holidays.map((h) => h.source.toLowerCase())),
    frequency: alternation([...lex.frequencies.keys()].map(escape)),
  };
}

/** Reads a number word or digits; `null` for vague amounts, `undefined` when not a number. */
export function readNumber(lex: TimeLexicon, raw: string): number | null | undefined {
  const word = raw.toLowerCase().replace(/\s+/g, ' ');
  if (/^\d+(?:\.\d+)?$/.test(word)) return Number(word);
  if (lex.numbers.has(word)) return lex.numbers.get(word)!;
  const parts = /^(?<tens>[a-z]+)[- ](?<ones>[a-z]+)$/.exec(word);
  if (parts) {
    const tens = lex.numbers.get(parts.groups!.tens!);
    const ones = lex.numbers.get(parts.groups!.ones!);
    if (typeof tens === 'number' && typeof ones === 'number') return tens + ones;
  }
  return undefined;
}

/** `days` → `day`, `centuries` → `century`. */
export function unitOf(lex: TimeLexicon, raw: string): UnitInfo | undefined {
  const word = raw.toLowerCase().replace(/-long$/, '');
  return lex.units.get(word) ?? lex.units.get(word.replace(/ies$/, 'y')) ?? lex.units.get(word.replace(/s$/, ''));
}
