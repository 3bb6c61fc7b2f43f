import type { Doc } from '../../pipeline/doc.js';
import type { TokenView } from './frames.js';
import type { QuoteLexicon } from './lexicon.js';
import { findQuoteRegions, type QuoteRegion } from './quote-marks.js';

const CLAUSE_END = /[,.!?…:;—–-]$/u;
const MARKS = /^[\s"“”‘’'«»„`]+|[\s"“”‘’'«»„`]+$/gu;

/**
 * True when a quoted region reads as someone's words rather than a scare-quoted word or a title:
 * it ends with punctuation inside the marks, runs over paragraphs, or is six words or longer.
 */
export function isSpeechRegion(text: string, r: QuoteRegion): boolean {
  if (r.paragraphs > 1 || !r.closed) return true;
  const inner = text.slice(r.start, r.end).replace(MARKS, '');
  if (CLAUSE_END.test(inner)) return true;
  return inner.split(/\s+/).filter(Boolean).length >= 6;
}

/** Builds the token view of a document: quote regions and sentence ranges, in one linear pass. */
export function buildView(doc: Doc, lex: QuoteLexicon): TokenView & { readonly scare: Uint8Array } {
  const text = doc.text;
  const tokens = doc.all('token');
  const n = tokens.length;
  const starts = new Int32Array(n);
  const ends = new Int32Array(n);
  const norms: string[] = new Array(n);
  const words: boolean[] = new Array(n);
  const sentenceOf = new Int32Array(n);
  const sentences = doc.all('sentence');
  const sentStart = new Int32Array(sentences.length);
  const sentEnd = new Int32Array(sentences.length);
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    starts[i] = t.span.start;
    ends[i] = t.span.end;
    norms[i] = t.norm;
    words[i] = t.word;
    sentenceOf[i] = t.sentence;
  }
  for (let i = n - 1; i >= 0; i--) sentStart[sentenceOf[i]!] = i;
  for (let i = 0; i < n; i++) sentEnd[sentenceOf[i]!] = i + 1;
  const all = findQuoteRegions(text);
  const regions: QuoteRegion[] = [];
  const scareRegions: QuoteRegion[] = [];
  for (const r of all) (isSpeechRegion(text, r) ? regions : scareRegions).push(r);
  const regionOf = new Int32Array(n).fill(-1);
  const scare = new Uint8Array(n);
  let r = 0;
  let q = 0;
  for (let i = 0; i < n; i++) {
    while (r < regions.length && regions[r]!.end <= starts[i]!) r++;
    if (r < regions.length && regions[r]!.start <= starts[i]! && ends[i]! <= regions[r]!.end) regionOf[i] = r;
    while (q < scareRegions.length && scareRegions[q]!.end <= starts[i]!) q++;
    if (q < scareRegions.length && scareRegions[q]!.start <= starts[i]! && ends[i]! <= scareRegions[q]!.end) scare[i] = 1;
  }
  const named = new Uint8Array(n);
  let t = 0;
  for (const e of [...doc.all('entity')].sort((x, y) => x.span.start - y.span.start)) {
    if (e.type !== 'PERSON' && e.type !== 'ORG' && e.type !== 'COUNTRY' && e.type !== 'GROUP') continue;
    while (t < n && ends[t]! <= e.span.start) t++;
    for (let k = t; k < n && starts[k]! < e.span.end; k++) named[k] = 1;
  }
  return { text, starts, ends, norms, words, regionOf, regions, sentStart, sentEnd, sentenceOf, lex, scare, named };
}
