import type { Doc } from '../../pipeline/doc.js';
import { foldSameLength } from '../../text/fold.js';
import { dayNumber } from './calendar.js';
import type { TimeLexicon } from './lexicon.js';
import type { CompiledTimeRules } from './rules.js';
import { tenseAt } from './tense.js';
import { insideName, NAME_PRONE } from './names.js';
import { refine } from './refine.js';
import type { Found, Tense } from './types.js';

interface Raw {
  readonly start: number;
  readonly end: number;
  readonly priority: number;
  readonly ruleIndex: number;
  /** The rule's match, with group indices: groups are read from the original text only if it is kept. */
  readonly match: RegExpExecArray;
}

/**
 * One pass of the combined pattern over the lower-cased text finds where expressions start; each
 * rule is tried (sticky) only there. Then it keeps the longest non-overlapping matches whose
 * resolver accepts them (a rejected "May" does not block anything). Linear in the text plus
 * the number of matches: an occupancy array replaces pairwise overlap checks.
 */
export function findTimes(doc: Doc, compiled: CompiledTimeRules, lex: TimeLexicon, refDate: string): Found[] {
  const text = doc.text;
  const lower = lowerSameLength(text);
  const raws: Raw[] = [];
  const any = compiled.any;
  const rules = compiled.rules;
  for (const [from, to] of anchorWindows(lower, compiled.trigger)) {
    const window = lower.slice(from, to);
    any.lastIndex = 0;
    for (let hit = any.exec(window); hit; hit = any.exec(window)) {
      any.lastIndex = hit.index + 1;
      const at = from + hit.index;
      for (const r of compiled.byFirstChar.get(lower[at]!) ?? compiled.anyFirstChar) {
        const rule = rules[r]!;
        rule.pattern.lastIndex = at;
        const m = rule.pattern.exec(lower);
        if (!m || m[0].length === 0) continue;
        const lead = m.indices!.groups?.lead;
        const start = lead ? lead[1] + /^\s*/.exec(lower.slice(lead[1], lead[1] + 8))![0].length : at;
        raws.push({ start, end: at + m[0].length, priority: rule.priority, ruleIndex: r, match: m });
      }
    }
  }
  raws.sort((a, b) => b.end - b.start - (a.end - a.start) || a.priority - b.priority || a.start - b.start);
  const taken = new Uint8Array(text.length);
  const [y, mo, d] = refDate.split('-').map(Number) as [number, number, number];
  const refDay = dayNumber(y, mo, d);
  const found: Found[] = [];
  for (const raw of raws) {
    if (isTaken(taken, raw.start, raw.end)) continue;
    const sentence = doc.sentenceAt(raw.start);
    if (sentence && raw.end > sentence.span.end) continue;
    let tense: Tense | undefined;
    const rule = compiled.rules[raw.ruleIndex]!;
    const groups = groupsOf(raw.match, text);
    const resolved = rule.resolve({
      groups, text, start: raw.start, end: raw.end, refDay, lex,
      tense: () => (tense ??= sentence ? tenseAt(lex, lower, sentence.span.start, sentence.span.end, raw.start, raw.end) : 'none'),
    });
    if (!resolved || (NAME_PRONE.test(rule.id) && insideName(text, raw.start, raw.end, sentence?.span.start ?? 0))) continue;
    taken.fill(1, raw.start, raw.end);
    const f: Found = { start: raw.start, end: raw.end, rule: rule.id, resolved };
    if (rule.id.endsWith('-anchored')) {
      f.reanchor = (day) => rule.resolve({ groups, text, start: raw.start, end: raw.end, refDay: day, lex, tense: () => tense ?? 'none' });
    }
    found.push(f);
  }
  found.sort((a, b) => a.start - b.start);
  refine(found, text, compiled, refDay);
  return found;
}

/** Group values from the original text: resolvers check capitals ("May" the month, not "may"). */
function groupsOf(m: RegExpExecArray, text: string): Record<string, string | undefined> {
  const groups: Record<string, string | undefined> = {};
  const indices = m.indices?.groups;
  if (indices) for (const name in indices) {
    const where = indices[name];
    groups[name] = where ? text.slice(where[0], where[1]) : undefined;
  }
  return groups;
}

/** How far before an anchor word an expression may start ("the beginning of the year"), and after. */
const REACH_BEFORE = 40;
const REACH_AFTER = 8;

/** Windows of the lower-cased text around anchors, snapped to word starts and merged. */
function anchorWindows(lower: string, trigger: RegExp): [number, number][] {
  const out: [number, number][] = [];
  trigger.lastIndex = 0;
  for (let m = trigger.exec(lower); m; m = trigger.exec(lower)) {
    let from = Math.max(0, m.index - REACH_BEFORE);
    while (from > 0 && /[a-z0-9'’]/.test(lower[from - 1]!)) from--;
    const to = Math.min(lower.length, m.index + m[0].length + REACH_AFTER);
    const prev = out[out.length - 1];
    if (prev && from <= prev[1]) prev[1] = Math.max(prev[1], to);
    else out.push([from, to]);
  }
  return out;
}

/**
 * Lower case with offsets kept: `toLowerCase` (fast) unless it changes the length, then the
 * diacritic-folding fallback. Curly apostrophes become straight ones, as the patterns expect.
 */
function lowerSameLength(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length !== text.length) return foldSameLength(text);
  return lower.includes('’') || lower.includes('‘') ? lower.replace(/[’‘]/g, "'") : lower;
}

function isTaken(taken: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (taken[i]) return true;
  return false;
}

