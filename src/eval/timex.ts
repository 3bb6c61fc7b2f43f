import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ChronicleError } from '../errors.js';
import { createEngine, type Engine } from '../index.js';
import type { TimeAnnotation } from '../model/annotation.js';
import type { EvalTask } from './task.js';

/** A TIMEX3 with character offsets into the rebuilt text. */
export interface TimexMention {
  readonly start: number;
  readonly end: number;
  readonly type: string;
  readonly value: string;
}

/** One gold document as the scorer needs it. */
export interface TimexDocument {
  readonly name: string;
  readonly text: string;
  /** The creation time (`YYYY-MM-DD…`): the reference date, never scored. */
  readonly dct: string;
  /** Spans of the creation-time mention in the text (predictions over it are not scored). */
  readonly dctSpans: readonly { start: number; end: number }[];
  readonly gold: readonly TimexMention[];
  /** Predictions starting at or after this offset are not scored (MEANTIME annotates the first sentences only). */
  readonly scoreUntil: number;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decode = (s: string): string =>
  s.replace(/&(?:#(\d+)|#x([0-9a-f]+)|(\w+));/gi, (all, dec?: string, hex?: string, name?: string) =>
    dec ? String.fromCodePoint(Number(dec)) : hex ? String.fromCodePoint(parseInt(hex, 16)) : ENTITIES[name!] ?? all);

function attrs(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of tag.matchAll(/([\w:-]+)="([^"]*)"/g)) out[m[1]!] = decode(m[2]!);
  return out;
}

/**
 * CAT XML (MEANTIME): the text is rebuilt from the tokens, a space between tokens and a newline
 * between sentences; gold spans cover their tokens. Only sentences 0 … max(5, last sentence holding
 * any markable) are scored.
 */
export function parseCat(xml: string, name: string): TimexDocument {
  const tokens = new Map<string, { start: number; end: number; sentence: number }>();
  const sentenceStarts: number[] = [];
  let text = '';
  let sentence = -1;
  for (const m of xml.matchAll(/<token\b([^>]*)>([^<]*)<\/token>/g)) {
    const a = attrs(m[1]!);
    const s = Number(a.sentence);
    if (s !== sentence) {
      if (sentence >= 0) text += '\n';
      while (sentenceStarts.length <= s) sentenceStarts.push(text.length);
      sentence = s;
    } else text += ' ';
    const word = decode(m[2]!);
    tokens.set(a.t_id!, { start: text.length, end: text.length + word.length, sentence: s });
    text += word;
  }
  const gold: TimexMention[] = [];
  const dctSpans: { start: number; end: number }[] = [];
  let dct = '';
  let lastMarked = 0;
  for (const m of xml.matchAll(/<TIMEX3\b([^>]*)>/g)) {
    const a = attrs(m[1]!);
    if (a.functionInDocument === 'CREATION_TIME') dct ||= a.value ?? '';
  }
  for (const m of xml.matchAll(/<(\w+)\b([^>]*?)>\s*((?:<token_anchor\b[^>]*\/>\s*)+)<\/\1>/g)) {
    const anchors = [...m[3]!.matchAll(/t_id="([^"]+)"/g)].map((x) => tokens.get(x[1]!)).filter((t) => t !== undefined);
    if (!anchors.length) continue;
    for (const t of anchors) lastMarked = Math.max(lastMarked, t.sentence);
    if (m[1] !== 'TIMEX3') continue;
    const a = attrs(m[2]!);
    const span = { start: Math.min(...anchors.map((t) => t.start)), end: Math.max(...anchors.map((t) => t.end)) };
    if (a.functionInDocument === 'CREATION_TIME') dctSpans.push(span);
    else gold.push({ ...span, type: a.type ?? '', value: a.value ?? '' });
  }
  const lastScored = Math.max(5, lastMarked);
  const scoreUntil = lastScored + 1 < sentenceStarts.length ? sentenceStarts[lastScored + 1]! : text.length;
  return { name, text, dct, dctSpans, gold, scoreUntil };
}

/**
 * TimeML (TempEval-3, SemEval-2015): TIMEX3 tags inline in `<TEXT>`; `<s>` elements, when present,
 * become lines. The creation time comes from `<DCT>` or a TIMEX3 marked CREATION_TIME.
 */
export function parseTimeMl(xml: string, name: string): TimexDocument {
  const dctTag = /<DCT>[\s\S]*?<TIMEX3\b([^>]*)>/i.exec(xml);
  let dct = dctTag ? attrs(dctTag[1]!).value ?? '' : '';
  const body = /<TEXT>([\s\S]*?)<\/TEXT>/i.exec(xml)?.[1] ?? '';
  let text = '';
  const gold: TimexMention[] = [];
  const dctSpans: { start: number; end: number }[] = [];
  let open: { start: number; a: Record<string, string> } | undefined;
  let sentences = 0;
  for (const m of body.matchAll(/<(\/?)([\w:-]+)\b([^>]*?)\/?>|([^<]+)/g)) {
    if (m[4] !== undefined) {
      text += decode(m[4]);
      continue;
    }
    const closing = m[1] === '/';
    const tag = m[2]!.toLowerCase();
    if (tag === 's' && !closing && sentences++ > 0) text += '\n';
    if (tag !== 'timex3') continue;
    if (!closing) open = { start: text.length, a: attrs(m[3]!) };
    else if (open) {
      const span = { start: open.start, end: text.length };
      if (open.a.functionInDocument === 'CREATION_TIME') {
        dct ||= open.a.value ?? '';
        dctSpans.push(span);
      } else gold.push({ ...span, type: open.a.type ?? '', value: open.a.value ?? '' });
      open = undefined;
    }
  }
  return { name, text, dct, dctSpans, gold, scoreUntil: text.length };
}

/** Counts for one or more documents; `scoreTimex` turns them into metrics. */
export interface TimexCounts {
  gold: number;
  predicted: number;
  strict: number;
  relaxed: number;
  typeCorrect: number;
  valueCorrect: number;
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start < b.end && b.start < a.end;

/** Matches predictions to gold one to one (exact spans first, then the largest overlap) and counts. */
export function countMatches(gold: readonly TimexMention[], predicted: readonly TimexMention[], into: TimexCounts): void {
  into.gold += gold.length;
  into.predicted += predicted.length;
  const used = new Set<number>();
  const pairs: [TimexMention, TimexMention][] = [];
  for (const g of gold) {
    const exact = predicted.findIndex((p, i) => !used.has(i) && p.start === g.start && p.end === g.end);
    if (exact >= 0) {
      used.add(exact);
      into.strict++;
      pairs.push([g, predicted[exact]!]);
    }
  }
  for (const g of gold) {
    if (pairs.some(([pg]) => pg === g)) continue;
    let best = -1;
    let bestOverlap = 0;
    predicted.forEach((p, i) => {
      if (used.has(i) || !overlaps(p, g)) return;
      const overlap = Math.min(p.end, g.end) - Math.max(p.start, g.start);
      if (overlap > bestOverlap) [best, bestOverlap] = [i, overlap];
    });
    if (best >= 0) {
      used.add(best);
      pairs.push([g, predicted[best]!]);
    }
  }
  for (const [g, p] of pairs) {
    into.relaxed++;
    if (g.type.toUpperCase() === p.type.toUpperCase()) into.typeCorrect++;
    if (g.value.trim().toUpperCase() === p.value.trim().toUpperCase()) into.valueCorrect++;
  }
}

const f1 = (p: number, r: number): number => (p + r === 0 ? 0 : (2 * p * r) / (p + r));
const ratio = (a: number, b: number): number => (b === 0 ? 0 : a / b);

/** TempEval-3 metrics: strict and relaxed extraction, type accuracy over relaxed matches, value F1. */
export function scoreTimex(c: TimexCounts): Record<string, number> {
  const strictP = ratio(c.strict, c.predicted);
  const strictR = ratio(c.strict, c.gold);
  const relaxedP = ratio(c.relaxed, c.predicted);
  const relaxedR = ratio(c.relaxed, c.gold);
  return {
    strict_p: strictP, strict_r: strictR, strict_f1: f1(strictP, strictR),
    relaxed_p: relaxedP, relaxed_r: relaxedR, relaxed_f1: f1(relaxedP, relaxedR),
    type_accuracy: ratio(c.typeCorrect, c.relaxed),
    value_f1: f1(ratio(c.valueCorrect, c.predicted), ratio(c.valueCorrect, c.gold)),
    n_gold: c.gold,
  };
}

/** Chronicle's predictions for a document, with the creation time and the unscored tail left out. */
export function predictTimex(engine: Engine, doc: TimexDocument): TimexMention[] {
  const date = /^\d{4}-\d{2}-\d{2}/.exec(doc.dct)?.[0];
  if (!date) throw new ChronicleError('E_EVAL', `no creation time (DCT) in ${doc.name}`, { file: doc.name });
  const { doc: analysed } = engine.analyse({ text: doc.text, date, lang: 'en' });
  return analysed
    .all('time')
    .filter((t: TimeAnnotation) => t.span.start < doc.scoreUntil && !doc.dctSpans.some((d) => overlaps(d, t.span)))
    .map((t) => ({ start: t.span.start, end: t.span.end, type: t.timexType, value: t.value }));
}

function listFiles(path: string, extensions: readonly string[]): string[] {
  const stat = statSync(path);
  if (stat.isFile()) return [path];
  return readdirSync(path, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((e) => (e.isDirectory() ? listFiles(join(path, e.name), extensions) : extensions.some((x) => e.name.endsWith(x)) ? [join(path, e.name)] : []));
}

export const timexTask: EvalTask = {
  name: 'timex',
  summary: 'TIMEX3 extraction and normalisation against the creation time (TempEval-3 scoring)',
  options: [{ flags: '--format <format>', description: 'cat (CAT XML, MEANTIME) | timeml (TempEval-3 / SemEval TimeML)', default: 'cat' }],
  async run(path, options, progress) {
    const format = String(options.format ?? 'cat');
    if (format !== 'cat' && format !== 'timeml') throw new ChronicleError('E_EVAL', `unknown format "${format}" (cat | timeml)`);
    let files: string[];
    try {
      files = listFiles(path, format === 'cat' ? ['.xml'] : ['.tml', '.timeml', '.xml']);
    } catch (error) {
      throw new ChronicleError('E_EVAL', `cannot read ${path}: ${(error as Error).message}`, { file: path });
    }
    const limit = options.limit ? Number(options.limit) : undefined;
    if (limit) files = files.slice(0, limit);
    const engine = createEngine({ config: { stages: [{ name: 'sentences' }, { name: 'times' }] } });
    const counts: TimexCounts = { gold: 0, predicted: 0, strict: 0, relaxed: 0, typeCorrect: 0, valueCorrect: 0 };
    progress.start(files.length);
    for (const file of files) {
      const xml = readFileSync(file, 'utf8');
      const doc = format === 'cat' ? parseCat(xml, file) : parseTimeMl(xml, file);
      countMatches(doc.gold, predictTimex(engine, doc), counts);
      progress.tick();
    }
    progress.stop();
    const metrics = scoreTimex(counts);
    const pct = (x: number | undefined): string => `${((x ?? 0) * 100).toFixed(1).padStart(5)}%`;
    const report = [
      `timex (${format}) on ${files.length} documents: ${counts.gold} gold TIMEX3, ${counts.predicted} predicted`,
      `              P       R       F1`,
      `  strict   ${pct(metrics.strict_p)} ${pct(metrics.strict_r)} ${pct(metrics.strict_f1)}`,
      `  relaxed  ${pct(metrics.relaxed_p)} ${pct(metrics.relaxed_r)} ${pct(metrics.relaxed_f1)}`,
      `  type accuracy ${pct(metrics.type_accuracy)}   value F1 ${pct(metrics.value_f1)}`,
      'Scoring: one-to-one matches (exact spans, then largest overlap); type and value judged on relaxed matches;',
      'the creation time is the reference date and is never scored; CAT documents are scored over sentences',
      '0 … max(5, last sentence holding any markable).',
      ...(counts.gold === 0 ? ['No gold TIMEX3 in the text of these files (SemEval-2015 TimeML marks only the creation time): nothing to score.'] : []),
    ];
    return { metrics, report };
  },
};
