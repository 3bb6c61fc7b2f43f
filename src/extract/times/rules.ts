import { ChronicleError } from '../../errors.js';
import { firstChars } from './first-chars.js';
import { placeholders, type ModifierInfo, type TimeLexicon } from './lexicon.js';
import { resolveCalendar, resolveHoliday, resolveRange } from './resolve-calendar.js';
import { resolveDuration, resolveSet, vagueResolver } from './resolve-duration.js';
import { resolveClock, resolveOffset, resolvePeriod, resolveRelativeDay, resolveRelativeUnit } from './resolve-relative.js';
import type { Resolver } from './types.js';

/** A compiled rule: its stable id (provenance), its pattern, the resolver reading the named groups. */
export interface TimeRule {
  readonly id: string;
  /** Sticky, with indices: tried only where `CompiledTimeRules.any` found that some rule matches. */
  readonly pattern: RegExp;
  readonly resolve: Resolver;
  /** Lower wins when two rules match the same span. */
  readonly priority: number;
}

/** The rules and modifier patterns, compiled once per engine. */
export interface CompiledTimeRules {
  readonly rules: readonly TimeRule[];
  /** Every rule in one alternation, without groups: a pass over the text finds where matches start. */
  readonly any: RegExp;
  /** Indices of the rules that can start with a given (lower-case) character, in priority order. */
  readonly byFirstChar: ReadonlyMap<string, readonly number[]>;
  /** Rules whose first character could not be worked out: tried everywhere. */
  readonly anyFirstChar: readonly number[];
  /** Anchor words and digits (`triggers.txt` and the lexicons): expressions are looked for only near them. */
  readonly trigger: RegExp;
  /** Matches a modifier phrase ending where a date or duration starts ("early ", "the end of "). */
  readonly modifier: RegExp;
  readonly modifierInfo: readonly { test: RegExp; info: ModifierInfo }[];
  /** Matches a preposition ending where an expression starts ("in ", "since "). */
  readonly preposition: RegExp;
}

const RESOLVERS: Record<string, Resolver> = {
  calendar: resolveCalendar,
  'relative-day': resolveRelativeDay,
  'relative-unit': resolveRelativeUnit,
  offset: resolveOffset,
  duration: resolveDuration,
  set: resolveSet,
  period: resolvePeriod,
  clock: resolveClock,
  holiday: resolveHoliday,
  range: resolveRange,
};

const PREPOSITION =
  /\b(?:in|on|at|since|until|till|by|from|during|for|over|throughout|before|after|within|between|through|around|as\s+of|starting|ahead\s+of|prior\s+to|into|of|to)\s+$/i;

export function compileTimeRules(lex: TimeLexicon): CompiledTimeRules {
  const slots = placeholders(lex);
  const expand = (id: string, source: string): string => {
    const bare = source.replace(/\\./g, '').replace(/\(\?<\w+>/g, '').replace(/\{[a-zA-Z]\w*\}/g, '');
    if (/[A-Z]/.test(bare)) throw new ChronicleError('E_RESOURCE', `time rule ${id}: write patterns in lower case (they run on lower-cased text)`);
    const filled = source.replace(/\{([a-zA-Z]\w*)\}/g, (_, name: string) => {
      const slot = slots[name];
      if (slot === undefined) throw new ChronicleError('E_RESOURCE', `time rule ${id}: unknown lexicon {${name}}`);
      return slot;
    });
    try {
      new RegExp(filled, 'y');
    } catch (error) {
      throw new ChronicleError('E_RESOURCE', `time rule ${id}: ${(error as Error).message}`);
    }
    return filled;
  };
  const sources: { id: string; source: string; resolve: Resolver }[] = [];
  for (const v of lex.vague) sources.push({ id: `vague-${v.id}`, source: expand(v.id, `\\b(?:${v.phrase.toLowerCase()})\\b`), resolve: vagueResolver(v) });
  for (const p of lex.patterns) {
    const resolve = RESOLVERS[p.resolver];
    if (!resolve) throw new ChronicleError('E_RESOURCE', `time rule ${p.id}: unknown resolver "${p.resolver}"`);
    sources.push({ id: p.id, source: expand(p.id, p.source), resolve });
  }
  const rules: TimeRule[] = sources.map((r, priority) => ({ id: r.id, pattern: new RegExp(r.source, 'yd'), resolve: r.resolve, priority }));
  // Only word starts are tried: this halves the cost of the pass over the text.
  const any = new RegExp(`(?<![a-z0-9'’])(?=[a-z0-9'’])(?:${sources.map((r) => r.source.replace(/\(\?<\w+>/g, '(?:').replace(/(?<!\\)\((?!\?)/g, '(?:')).join('|')})`, 'g');
  const escapeWord = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/’/g, "'");
  const trigger = new RegExp(`\\d+|\\b(?:${[...lex.triggers].map(escapeWord).sort((a, b) => b.length - a.length).join('|')})\\b`, 'g');
  const modifierInfo = lex.modifiers.map((m) => ({ test: new RegExp(`^(?:${m.pattern})$`, 'i'), info: m.info }));
  const modifier = new RegExp(`\\b(?<mod>${lex.modifiers.map((m) => m.pattern).join('|')})[\\s-]*$`, 'i');
  const byFirstChar = new Map<string, number[]>();
  const anyFirstChar: number[] = [];
  rules.forEach((rule, index) => {
    const first = firstChars(rule.pattern.source);
    if (first.any) anyFirstChar.push(index);
    for (const c of "abcdefghijklmnopqrstuvwxyz0123456789'") {
      if (first.any || first.chars.has(c)) {
        let list = byFirstChar.get(c);
        if (!list) byFirstChar.set(c, (list = []));
        list.push(index);
      }
    }
  });
  return { rules, any, byFirstChar, anyFirstChar, trigger, modifier, modifierInfo, preposition: PREPOSITION };
}
