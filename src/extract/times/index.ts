import type { Stage, StageFactory } from '../../pipeline/stage.js';
import { loadTimeLexicon } from './lexicon.js';
import { compileTimeRules } from './rules.js';
import { findTimes } from './select.js';
import { isoWithOffset } from './zone.js';

export const TIMES_VERSION = '1.0.0';

/**
 * Temporal expressions normalised to TIMEX3 against the article date (never the clock): dates,
 * times, durations, sets, vague references, with a concrete `[start, end)` range in the article's
 * timezone. Rules and lexicons are data in `resources/time/`; each annotation names its rule.
 *
 * @example
 * // "Last month" in an article of 2021-08-18
 * // → { timexType: 'DATE', value: '2021-07', range: { start: '2021-07-01T00:00:00Z', end: '2021-08-01T00:00:00Z' } }
 */
export const createTimesStage: StageFactory = (_options, resources): Stage => {
  const lex = resources.get('time/lexicon', () => loadTimeLexicon(resources.dir));
  const compiled = resources.get('time/rules', () => compileTimeRules(lex));
  return {
    name: 'times',
    version: TIMES_VERSION,
    requires: ['sentence', 'token'],
    assigns: ['time'],
    run(doc, out, ctx) {
      const { date, timezone } = ctx.reference;
      for (const f of findTimes(doc, compiled, lex, date)) {
        const r = f.resolved;
        const span = { start: f.start, end: f.end };
        out.add({
          kind: 'time',
          span,
          timexType: r.timexType,
          value: r.value,
          granularity: r.granularity,
          ...(r.mod ? { mod: r.mod } : {}),
          stated: r.stated,
          implied: r.implied,
          ...(r.range ? { range: { start: isoWithOffset(r.range.start, timezone), end: isoWithOffset(r.range.end, timezone) } } : {}),
          ...(r.vague ? { vague: true } : {}),
          ...(f.phraseStart !== undefined ? { phrase: { start: f.phraseStart, end: f.end } } : {}),
          provenance: { rule: f.rule, confidence: r.confidence },
        });
        ctx.debug(() => `${doc.slice(span)} -> ${r.timexType} ${r.value} (${f.rule})`);
      }
    },
  };
};
