import { join } from 'node:path';
import type { EntityAnnotation, QuantityAnnotation, TimeAnnotation } from '../../model/annotation.js';
import type { Draft, Stage, StageFactory } from '../../pipeline/stage.js';
import { readLines } from '../../resources/lines.js';
import { foldSameLength } from '../../text/fold.js';
import { docViews, type SentenceView } from '../entities/sentence-view.js';
import { countedAt, type CountedContext } from './counted.js';
import { lemmaOf, loadQuantityLexicon, type QuantityLexicon } from './lexicon.js';
import { parseNumber, type NumberHit } from './parse-number.js';

export const QUANTITIES_VERSION = '1.0.0';

const ORDINAL_SUFFIX = new Set(['st', 'nd', 'rd', 'th']);
const NOT_COUNT_BEFORE = new Set(['no', 'number', 'nos', '#', 'page', 'pages', 'article', 'section', 'chapter', 'paragraph', 'flight', 'route', 'highway', 'resolution', 'room', 'gate', 'platform', 'line', 'version', 'model', 'level', 'phase', 'stage', 'round', 'grade', 'category', 'channel', 'tel', 'phone', 'ref']);
const YEAR_PREPS = new Set(['in', 'since', 'by', 'of', 'until', 'till', 'from', 'to', 'during', 'before', 'after', 'early', 'late', 'mid']);
const NOT_ONE_BEFORE = new Set(['no', 'the', 'any', 'every', 'each', 'this', 'that', 'which', 'someone', 'anyone', 'everyone']);
const TIME_LINK = new Set(['in', 'during', 'since', 'for', 'over', 'by', 'throughout', 'until', 'of', 'the', 'whole', 'entire', 'course', 'first', 'last', 'past', 'so', 'far', 'this', 'as']);
const OF_DETERMINERS = new Set(['the', 'its', 'their', 'his', 'her', 'our', 'these', 'those']);
const NAME_TYPES = new Set(['PERSON', 'ORG', 'PLACE', 'COUNTRY']);

/**
 * Quantities: numbers in digits and words, vague amounts ("dozens of"), comparators ("more than
 * 40", "at least"), percentages, money and units, each with the noun it counts and its lemma,
 * and the time expression that qualifies a count ("4,124 … in 2021"). A number without a noun
 * after a counted one in the same sentence counts the same thing ("compared to just 74 in 2020").
 * Years, dates and times (already time annotations), ordinals and numbers in names are skipped.
 */
export const createQuantitiesStage: StageFactory = (_options, resources): Stage => {
  const lex = resources.get('quantities/lexicon', () => loadQuantityLexicon(resources.dir));
  const functionWords = resources.get('quantities/function-words', () => new Set(readLines(join(resources.dir, 'actors', 'function-words.txt')).map((w) => foldSameLength(w.trim()))));
  const nominal = resources.get('quantities/nominal', () => new Set(readLines(join(resources.dir, 'quantities', 'nominal-words.txt')).map((w) => w.trim())));
  return {
    name: 'quantities',
    version: QUANTITIES_VERSION,
    requires: ['token', 'time', 'entity'],
    assigns: ['quantity'],
    run(doc, out, ctx) {
      const times = [...doc.all('time')].sort((a, b) => a.span.start - b.span.start);
      const entityAt = new Map<number, EntityAnnotation>();
      const names: EntityAnnotation[] = [];
      for (const e of doc.all('entity')) {
        const prior = entityAt.get(e.span.start);
        if (!prior || e.span.end > prior.span.end) entityAt.set(e.span.start, e);
        if (NAME_TYPES.has(e.type) && e.provenance.rule !== 'place' && /\d/.test(doc.slice(e.span))) names.push(e);
      }
      for (const v of docViews(doc)) {
        const timeOf = timeIndex(v, times);
        const cctx: CountedContext = { functionWords, nominal, entityAt, inTime: (k) => timeOf[k] !== undefined };
        let lastCounted: { start: number; end: number; lemma: string } | undefined;
        let k = 0;
        while (k < v.length) {
          if (!lex.starts(v.norms[k]!) || timeOf[k] !== undefined || !v.word[k] || skipStart(v, k, timeOf) || names.some((e) => e.span.start <= v.starts[k]! && v.ends[k]! <= e.span.end)) {
            k++;
            continue;
          }
          const hit = parseNumber(v, k, lex);
          if (!hit || rejected(v, hit, lex, functionWords, timeOf)) {
            k = hit ? hit.j : k + 1;
            continue;
          }
          const q = readQuantity(v, hit, lex, cctx);
          let counted = q.counted;
          let rule = hit.rule;
          let confidence = 0.9;
          if (!counted && !q.unit && lastCounted && hit.rule !== 'vague') {
            counted = lastCounted;
            rule += '+counted-carried';
            confidence = 0.6;
          }
          if (counted) lastCounted = counted;
          let timeId = qualifyingTime(v, q.after, timeOf, times);
          if (!timeId && counted) {
            timeId = openingTime(v, timeOf, times, q.i);
            if (timeId) rule += '+time-opening';
          }
          const span = { start: v.starts[q.i]!, end: v.ends[q.j - 1]! };
          const draft: { -readonly [K in keyof Draft<QuantityAnnotation>]: Draft<QuantityAnnotation>[K] } = {
            kind: 'quantity', span, value: hit.value, approximate: q.approximate, comparator: q.comparator, provenance: { rule, confidence },
          };
          if (q.unit) draft.unit = q.unit;
          if (counted) draft.counted = counted;
          if (timeId) draft.timeId = timeId;
          out.add(draft as Draft<QuantityAnnotation> & { kind: 'quantity' });
          ctx.debug(() => `${doc.slice(span)} -> ${hit.value}${counted ? ` ${counted.lemma}` : ''}${q.unit ? ` ${q.unit}` : ''} (${rule})`);
          k = Math.max(q.j, hit.j);
        }
      }
    },
  };
};

/** Token index → index of the time annotation covering it. */
function timeIndex(v: SentenceView, times: readonly TimeAnnotation[]): (number | undefined)[] {
  const out: (number | undefined)[] = new Array(v.length);
  let t = 0;
  for (let k = 0; k < v.length; k++) {
    while (t < times.length && times[t]!.span.end <= v.starts[k]!) t++;
    for (let u = t; u < times.length && times[u]!.span.start < v.ends[k]!; u++) {
      if (times[u]!.span.start <= v.starts[k]! && v.ends[k]! <= times[u]!.span.end) out[k] = u;
    }
  }
  return out;
}

/** Numbers glued to letters ("No.5") or introduced by a label ("Flight 17", "Resolution 2334"). */
function skipStart(v: SentenceView, k: number, timeOf: readonly (number | undefined)[]): boolean {
  if (!/^[\d]/.test(v.norms[k]!) && v.norms[k] !== 'a' && v.norms[k] !== 'an') return false;
  if (k > 0 && v.starts[k] === v.ends[k - 1] && /[\p{L}.]$/u.test(v.norms[k - 1]!)) return true;
  if (k > 0 && NOT_COUNT_BEFORE.has(v.norms[k - 1]!)) return true;
  return k > 1 && v.cap[k - 1]! && timeOf[k - 1] === undefined && /^\d/.test(v.norms[k]!) && v.norms[k - 2] !== ',' && !v.upper[k - 1];
}

function rejected(v: SentenceView, hit: NumberHit, lex: QuantityLexicon, functionWords: ReadonlySet<string>, timeOf: readonly (number | undefined)[]): boolean {
  for (let k = hit.i; k < hit.j; k++) if (timeOf[k] !== undefined) return true;
  const next = v.norms[hit.j] ?? '';
  if (ORDINAL_SUFFIX.has(next) && v.starts[hit.j] === v.ends[hit.j - 1]) return true;
  const raw = v.norms[hit.i]!;
  if (/^\d{4}$/.test(raw) && hit.j === hit.i + 1 && hit.value >= 1800 && hit.value <= 2100) {
    if (YEAR_PREPS.has(v.norms[hit.i - 1] ?? '') || !/^[a-z]/.test(next) || functionWords.has(next)) return true;
  }
  if (!/^\d/.test(raw) && v.cap[hit.i] && hit.i > 0 && v.word[hit.i - 1]) return true;
  if (raw === 'one' && hit.j === hit.i + 1) {
    if (NOT_ONE_BEFORE.has(v.norms[hit.i - 1] ?? '') || next === 'of' || next === 'another' || !v.word[hit.j] || v.cap[hit.j] || functionWords.has(next) || lex.words.has(next)) return true;
  }
  return false;
}

interface ReadQuantity {
  i: number;
  j: number;
  /** Token after the quantity and its counted noun, where a qualifying time may start. */
  after: number;
  comparator: NumberHit['comparator'] & string;
  approximate: boolean;
  unit?: string;
  counted?: { start: number; end: number; lemma: string };
}

function readQuantity(v: SentenceView, hit: NumberHit, lex: QuantityLexicon, cctx: CountedContext): ReadQuantity {
  let i = hit.i;
  let j = hit.j;
  let comparator = hit.comparator ?? '=';
  let approximate = hit.approximate ?? false;
  let unit: string | undefined;
  const symbol = lex.unitsBefore.get(v.norms[i - 1] ?? '');
  if (symbol) {
    unit = symbol;
    i--;
  }
  for (let s = Math.max(0, i - 3); s < i; s++) {
    const c = lex.before.longest(v.norms, s, i);
    if (c && c.end === i) {
      comparator = c.values[0]!.comparator;
      approximate ||= c.values[0]!.approximate;
      i = s;
      break;
    }
  }
  const after = lex.after.longest(v.norms, j);
  if (after) {
    comparator = after.values[0]!.comparator;
    approximate ||= after.values[0]!.approximate;
    j = after.end;
  }
  const u = unit ? undefined : lex.unitsAfter.longest(v.norms, j);
  if (u) {
    unit = u.values[0]!;
    j = u.end;
  }
  let q = j;
  if (v.norms[q] === 'of' && (hit.rule === 'vague' || unit === 'percent')) q += OF_DETERMINERS.has(v.norms[q + 1] ?? '') ? 2 : 1;
  const ofUnit = !unit && q > j ? lex.unitsAfter.longest(v.norms, q) : undefined;
  if (ofUnit) {
    unit = ofUnit.values[0]!;
    j = ofUnit.end;
    q = j;
  }
  const head = unit && unit !== 'percent' ? undefined : countedAt(v, q, cctx);
  const counted = head === undefined ? undefined : { start: v.starts[head]!, end: v.ends[head]!, lemma: lemmaOf(v.norms[head]!, lex) };
  return { i, j, after: head === undefined ? j : head + 1, comparator, approximate, ...(unit ? { unit } : {}), ...(counted ? { counted } : {}) };
}

const OPENING_PREPS = new Set(['in', 'during', 'by', 'since', 'throughout', 'over', 'for']);

/**
 * A time expression opening the sentence ("In 2021, Lithuania detained 4,124 migrants") scopes
 * over its counts; only dates (not durations) and only when followed by a comma.
 */
function openingTime(v: SentenceView, timeOf: readonly (number | undefined)[], times: readonly TimeAnnotation[], before: number): string | undefined {
  const k = OPENING_PREPS.has(v.norms[0] ?? '') ? 1 : 0;
  const t = timeOf[k];
  if (t === undefined || times[t]!.timexType !== 'DATE') return undefined;
  let end = k;
  while (end < v.length && timeOf[end] === t) end++;
  return v.norms[end] === ',' && end < before ? times[t]!.id : undefined;
}

/** A time expression right after the count ("in 2021", "in the whole of 2020"): its annotation id. */
function qualifyingTime(v: SentenceView, from: number, timeOf: readonly (number | undefined)[], times: readonly TimeAnnotation[]): string | undefined {
  for (let k = from; k < v.length && k < from + 5; k++) {
    const t = timeOf[k];
    if (t !== undefined) return times[t]!.id;
    if (!TIME_LINK.has(v.norms[k]!)) return undefined;
  }
  return undefined;
}
