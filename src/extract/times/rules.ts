import { ChronicleError } from '../../errors.js';
import { placeholders, type ModifierInfo, type TimeLexicon } from './lexicon.js';
import { resolveCalendar, resolveHoliday, resolveRange } from './resolve-calendar.js';
import { resolveDuration, resolveSet, vagueResolver } from './resolve-duration.js';
import { resolveClock, resolveOffset, resolvePeriod, resolveRelativeDay, resolveRelativeUnit } from './resolve-relative.js';
import type { Resolver } from './types.js';

/** A compiled rule: its stable id (provenance), its pattern, the resolver reading the named groups. */
export interface TimeRule {
  readonly id: string;
  readonly pattern: RegExp;
  readonly resolve: Resolver;
  /** Lower wins when two rules match the same span. */
  readonly priority: number;
}

/** The rules and modifier patterns, compiled once per engine. */
export interface CompiledTimeRules {
  readonly rules: readonly TimeRule[];
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
  const expand = (id: string, source: string): RegExp => {
    const filled = source.replace(/\{([a-zA-Z]\w*)\}/g, (_, name: string) => {
      const slot = slots[name];
      if (slot === undefined) throw new ChronicleError('E_RESOURCE', `time rule ${id}: unknown lexicon {${name}}`);
      return slot;
    });
    try {
      return new RegExp(filled, 'giu');
    } catch (error) {
      throw new ChronicleError('E_RESOURCE', `time rule ${id}: ${(error as Error).message}`);
    }
  };
  const rules: TimeRule[] = [];
  lex.vague.forEach((v, i) => rules.push({ id: `vague-${v.id}`, pattern: expand(v.id, `\\b(?:${v.phrase})\\b`), resolve: vagueResolver(v), priority: i }));
  lex.patterns.forEach((p, i) => {
    const resolve = RESOLVERS[p.resolver];
    if (!resolve) throw new ChronicleError('E_RESOURCE', `time rule ${p.id}: unknown resolver "${p.resolver}"`);
    rules.push({ id: p.id, pattern: expand(p.id, p.source), resolve, priority: 100 + i });
  });
  const modifierInfo = lex.modifiers.map((m) => ({ test: new RegExp(`^(?:${m.pattern})$`, 'i'), info: m.info }));
  const modifier = new RegExp(`\\b(?<mod>${lex.modifiers.map((m) => m.pattern).join('|')})[\\s-]*$`, 'i');
  return { rules, modifier, modifierInfo, preposition: PREPOSITION };
}
