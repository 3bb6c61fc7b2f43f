import type { SentenceView } from '../entities/sentence-view.js';
import type { Comparator, QuantityLexicon } from './lexicon.js';

/** A number read from tokens `[i, j)`. */
export interface NumberHit {
  readonly i: number;
  readonly j: number;
  readonly value: number;
  readonly comparator?: Comparator;
  readonly approximate?: boolean;
  readonly rule: string;
}

const DIGITS = /^\d+(?:,\d{3})*(?:\.\d+)?$/;
const DOTTED_THOUSANDS = /^\d{1,3}(?:\.\d{3}){2,}$/;

/** "4,124" → 4124, "3.5" → 3.5, "1.234.567" → 1234567; anything else (times "10:30", dates "18.08.2021") → undefined. */
export function digitValue(norm: string): number | undefined {
  if (DOTTED_THOUSANDS.test(norm)) return Number(norm.replace(/\./g, ''));
  if (!DIGITS.test(norm)) return undefined;
  return Number(norm.replace(/,/g, ''));
}

const attached = (v: SentenceView, k: number): boolean => k > 0 && v.starts[k] === v.ends[k - 1];

/** A hyphenated compound number word ("twenty-five") or a plain one. */
function wordValue(norm: string, lex: QuantityLexicon): { value: number; cls: string } | undefined {
  const w = lex.words.get(norm);
  if (w) return w;
  const parts = norm.split('-');
  if (parts.length === 2) {
    const a = lex.words.get(parts[0]!);
    const b = lex.words.get(parts[1]!);
    if (a?.cls === 'small' && b?.cls === 'small' && a.value >= 20 && a.value % 10 === 0 && b.value < 10) return { value: a.value + b.value, cls: 'small' };
  }
  return undefined;
}

/**
 * Reads the number starting at token `i`: digits with an optional scale word ("3.5 million",
 * "$5m"), number words ("two thousand", "one hundred and twenty", "a dozen", "half a million"),
 * or a vague quantity ("dozens", "hundreds of thousands", "a few").
 */
export function parseNumber(v: SentenceView, i: number, lex: QuantityLexicon): NumberHit | undefined {
  const norm = v.norms[i]!;
  const digits = digitValue(norm);
  if (digits !== undefined) {
    let value = digits;
    let j = i + 1;
    const scale = v.norms[j] !== undefined ? lex.words.get(v.norms[j]!) : undefined;
    const short = v.norms[j] === 'm' || v.norms[j] === 'mn' || v.norms[j] === 'bn';
    if (scale && (scale.cls === 'scale' || scale.cls === 'hundred' || scale.cls === 'dozen') && (!short || attached(v, j))) {
      value *= scale.value;
      j++;
    }
    return { i, j, value, rule: j > i + 1 ? 'digits-scale' : 'digits' };
  }
  const vague = lex.vague.longest(v.norms, i);
  if (vague) {
    const next = v.norms[vague.end];
    const numericAfter = next !== undefined && (digitValue(next) !== undefined || wordValue(next, lex));
    if (!numericAfter) {
      return { i, j: vague.end, value: vague.values[0]!.value, comparator: vague.values[0]!.comparator, approximate: true, rule: 'vague' };
    }
  }
  return parseWords(v, i, lex);
}

function parseWords(v: SentenceView, i: number, lex: QuantityLexicon): NumberHit | undefined {
  let k = i;
  let total = 0;
  let current = 0;
  let multiplier = 1;
  let any = false;
  if (v.norms[k] === 'a' || v.norms[k] === 'an') {
    const next = lex.words.get(v.norms[k + 1] ?? '');
    if (!next || next.cls === 'small' || next.cls === 'fraction') return undefined;
    current = 1;
    k++;
  } else if (lex.words.get(v.norms[k]!)?.cls === 'fraction' && (v.norms[k + 1] === 'a' || v.norms[k + 1] === 'an')) {
    multiplier = lex.words.get(v.norms[k]!)!.value;
    current = 1;
    k += 2;
  }
  for (; k < v.length; k++) {
    const w = wordValue(v.norms[k]!, lex);
    if (!w) {
      if (v.norms[k] === 'and' && any && wordValue(v.norms[k + 1] ?? '', lex)?.cls === 'small' && current % 100 === 0 && current > 0) continue;
      break;
    }
    if (w.cls === 'small') {
      if (any && current % 100 !== 0 && current % 10 !== 0 && current < 100) break;
      current += w.value;
    } else if (w.cls === 'hundred') {
      current = (current || 1) * 100;
    } else if (w.cls === 'dozen') {
      current = (current || 1) * 12;
    } else if (w.cls === 'scale') {
      if (v.norms[k] === 'm' || v.norms[k] === 'bn' || v.norms[k] === 'mn') break;
      total += (current || 1) * w.value;
      current = 0;
    } else {
      break;
    }
    any = true;
  }
  if (!any) return undefined;
  if (v.norms[k - 1] === 'and') k--;
  return { i, j: k, value: (total + current) * multiplier, rule: 'words' };
}
