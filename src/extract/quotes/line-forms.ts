import type { Span } from '../../model/span.js';
import type { TokenView, RawAttribution } from './frames.js';
import { CLOSE_MARKS, PREPOSITIONS, TOPIC_PREPOSITIONS, QUOTE_CHARS, DASHES, OPEN_MARKS } from './word-sets.js';
import { isCap, spanOf, startsLine, isUpperWord } from './phrases.js';
import { contentEnd } from './content-end.js';

/** Attributions read from the layout of a line: transcript turns, dash-signed quotes, headline labels and colons. */

/**
 * "“Trump must stop …” ― Carla Sanchez": a closed quote signed with a dash and a name that ends
 * the line (reader comments, epigraphs, vox pops). The dash is the cue, the name the source.
 */
export function signatureAttribution(v: TokenView, s: number, used: Uint8Array): RawAttribution | undefined {
  const lo = v.sentStart[s]!;
  const hi = v.sentEnd[s]!;
  for (let k = Math.max(lo, 1); k < hi - 1; k++) {
    if (!DASHES.has(v.norms[k]!) || v.regionOf[k]! >= 0 || used[k]) continue;
    let d = k;
    while (d + 1 < hi && v.norms[d + 1] === '-' && v.ends[d]! === v.starts[d + 1]!) d++; // "--" read as two tokens
    const r = v.regionOf[k - 1]!;
    let content: Span | undefined;
    if (r >= 0 && !used[k - 1] && v.regions[r]!.closed && !v.text.slice(v.regions[r]!.end, v.starts[k]!).includes('\n')) {
      content = { start: v.regions[r]!.start, end: v.regions[r]!.end };
    } else if (r < 0 && !used[k - 1] && QUOTE_CHARS.has(v.text[v.ends[k - 1]! - 1]!)) {
      // marks the pairing could not read ("”Fear. I am afraid …” ― Name"): the whole line, quoted at both ends
      const lineStart = v.text.lastIndexOf('\n', v.starts[k]!) + 1;
      if (QUOTE_CHARS.has(v.text[lineStart]!)) content = { start: lineStart, end: v.ends[k - 1]! };
    }
    if (!content) continue;
    // the name: capitalised words and initials, up to the end of the line or sentence
    let e = d + 1;
    while (e < hi && e - d <= 6 && (v.words[e] ? isCap(v, e) : v.norms[e] === '.' && e + 1 < hi && isCap(v, e + 1)) && !v.text.slice(v.ends[e - 1]!, v.starts[e]!).includes('\n')) e++;
    if (e === d + 1 || e - d > 6) continue;
    const lineEnds = e >= hi || v.text.slice(v.ends[e - 1]!, v.starts[e]!).includes('\n') || (!v.words[e] && /^[.,;]$/.test(v.norms[e]!) && (e + 1 >= hi || v.text.slice(v.ends[e]!, v.starts[e + 1]!).includes('\n')));
    if (!lineEnds) continue;
    return { sentence: s, source: spanOf(v, d + 1, e), sourceRule: 'signature', cue: spanOf(v, k, d + 1)!, cueLemma: '―', cueKind: 'assert', content: [content], rule: 'quote-dash-name', confidence: 0.7 };
  }
  return undefined;
}

/**
 * A transcript turn: a paragraph opening with a speaker label in capitals and a colon ("WALLACE: …",
 * "JAKE TAPPER: …"), optionally after an opening quote mark; "Q:" and "A:" name no one and are left
 * to the other rules. The turn runs to the end of the paragraph, and on over the following
 * paragraphs when each opens with the same quote mark (the convention for a quote running over
 * paragraphs), or, without marks, while a later label shows the transcript goes on; it stops at the
 * next label or at a bracketed stage note such as "(CROSSTALK.)".
 */
export function transcriptAttribution(v: TokenView, s: number, used: Uint8Array): RawAttribution | undefined {
  const lo = v.sentStart[s]!;
  const hi = v.sentEnd[s]!;
  let k = lo;
  const mark = OPEN_MARKS.has(v.norms[k]!) && !v.words[k] ? v.text[v.starts[k]!]! : '';
  if (mark) k++;
  if (k >= hi || used[k] || !startsLine(v.text, v.starts[lo]!)) return undefined;
  const label = k;
  while (k < hi && k - label < 3 && v.words[k] && isUpperWord(v, k)) k++;
  if (k === label || k >= hi - 1 || v.norms[k] !== ':' || v.ends[k - 1]! - v.starts[label]! < 2) return undefined;
  // a transcript has turns: some label opens two paragraphs or more ("BYLINE:" or a headline's "LOOK:" does not)
  const labels = transcriptLabels(v.text);
  if (!labels.some((l) => l.count >= 2) || !labels.some((l) => l.label === v.text.slice(v.starts[label]!, v.ends[k - 1]!))) return undefined;
  const colon = k;
  const parts: Span[] = [];
  let from = colon + 1;
  for (;;) {
    // this paragraph: up to the line break
    let e = from;
    while (e + 1 < v.starts.length && !v.text.slice(v.ends[e]!, v.starts[e + 1]!).includes('\n')) e++;
    let last = e;
    while (last > from && !v.words[last] && CLOSE_MARKS.has(v.norms[last]!)) last--;
    const part = spanOf(v, from, last + 1);
    if (part) parts.push(part);
    // the next paragraph continues the turn when it opens with the same mark and no label
    const next = e + 1;
    if (next >= v.starts.length || parts.length >= 12) break;
    if (mark ? v.text[v.starts[next]!] !== mark : !laterLabel(v.text, v.starts[next]!)) break;
    let n = mark ? next + 1 : next;
    if (n >= v.starts.length) break;
    if (v.norms[n] === '(' || v.norms[n] === '[') {
      // a stage note ("(CROSSTALK.)") belongs to the transcript, not to a speaker
      for (let t = next; t < v.starts.length && (t === next || !v.text.slice(v.ends[t - 1]!, v.starts[t]!).includes('\n')); t++) used[t] = 1;
      break;
    }
    let w = n;
    while (w < v.starts.length && w - n < 3 && v.words[w] && isUpperWord(v, w)) w++;
    if (w > n && v.norms[w] === ':') break;
    if (!v.words[n]) break; // "…." between turns: a cut in the transcript
    from = n;
  }
  if (!parts.length) return undefined;
  return { sentence: s, source: spanOf(v, label, colon), sourceRule: 'transcript', cue: spanOf(v, colon, colon + 1)!, cueLemma: ':', cueKind: 'assert', content: parts, rule: 'transcript-turn', confidence: 0.75 };
}

const LABEL_LINE = /^[ \t]*["“‘'«„]?(\p{Lu}[\p{Lu}.'’-]*(?: \p{Lu}[\p{Lu}.'’-]*){0,2}):[ \t]/gmu;

let labelsText = '';

let labelsCache: { label: string; count: number }[] = [];

/** The capitalised labels opening paragraphs of a text, with how many paragraphs each opens (last text cached). */
function transcriptLabels(text: string): { label: string; count: number }[] {
  if (text === labelsText) return labelsCache;
  const counts = new Map<string, number>();
  for (const m of text.matchAll(LABEL_LINE)) counts.set(m[1]!, (counts.get(m[1]!) ?? 0) + 1);
  labelsText = text;
  labelsCache = [...counts].map(([label, count]) => ({ label, count }));
  return labelsCache;
}

/** True when a paragraph after `offset` opens with a transcript label: the transcript goes on. */
function laterLabel(text: string, offset: number): boolean {
  const re = new RegExp(LABEL_LINE.source, 'gmu');
  re.lastIndex = offset;
  return re.test(text);
}

/** A line of at least four words, most longer words capitalised, standing alone as a paragraph. */
export function isTitleCase(v: TokenView, lo: number, hi: number): boolean {
  if (!startsLine(v.text, v.starts[lo]!)) return false;
  const lineEnd = v.text.indexOf('\n', v.ends[hi - 1]!);
  if (v.text.slice(v.ends[hi - 1]!, lineEnd < 0 ? v.text.length : lineEnd).trim() !== '') return false;
  let long = 0;
  let caps = 0;
  for (let k = lo; k < hi; k++) {
    if (!v.words[k] || v.ends[k]! - v.starts[k]! < 4) continue;
    long++;
    if (isCap(v, k)) caps++;
  }
  return long >= 4 && caps / long >= 0.8;
}

/**
 * A name, a colon and a quote inside a sentence: "… doesn't surprise pollster Daron Shaw: “…”",
 * "… FOR THE FIRST TIME - Jeffrey M. Jones: “…”". The name is the run of capitalised words before the colon.
 */
export function midColonAttribution(v: TokenView, s: number, used: Uint8Array): RawAttribution | undefined {
  const lo = v.sentStart[s]!;
  const hi = v.sentEnd[s]!;
  for (let k = lo + 2; k < hi - 1; k++) {
    if (v.norms[k] !== ':' || used[k] || v.regionOf[k]! >= 0 || v.regionOf[k + 1]! < 0) continue;
    const region = v.regions[v.regionOf[k + 1]!]!;
    if (region.start !== v.starts[k + 1]) continue;
    let a = k - 1;
    while (a - 1 >= lo && k - a < 8 && v.regionOf[a - 1]! < 0 && (isCap(v, a - 1) || v.norms[a - 1] === '.' || (v.norms[a - 1] === 'and' && a - 2 >= lo && isCap(v, a - 2)))) a--;
    if (!isCap(v, k - 1) || !isCap(v, a) || k - a < 2 || isUpperWord(v, a) && isUpperWord(v, k - 1) && a > lo) continue;
    if (v.lex.is(v.norms[a]!, 'rubric')) continue;
    // "told Fox News:", "said of Mr. Rubio:", "by Times' Michael Paulson:": the name is an addressee, a topic or a byline
    const p = a - 1 >= lo ? v.norms[a - 1]! : '';
    if (PREPOSITIONS.has(p) || TOPIC_PREPOSITIONS.has(p) || p === 'by' || p === 'for' || p === "'s" || p === '’s' || p === "'" || p === '’' || (v.lex.cues.has(p) && !v.lex.is(p, 'role-head'))) continue;
    return { sentence: s, source: spanOf(v, a, k), sourceRule: 'colon', cue: spanOf(v, k, k + 1)!, cueLemma: ':', cueKind: 'assert', content: [{ start: region.start, end: region.end }], rule: 'name-colon-quote', confidence: 0.6 };
  }
  return undefined;
}

/** "Kerry: “By law …”", "Poll: Sanders Leads": a short name, a colon, then what it says. */
export function colonAttribution(v: TokenView, s: number, used: Uint8Array): RawAttribution | undefined {
  const lo = v.sentStart[s]!;
  const hi = v.sentEnd[s]!;
  let k = lo;
  while (k < hi && k - lo < 7 && v.norms[k] !== ':' && (v.words[k] || v.norms[k] === '.' || v.norms[k] === '’s' || v.norms[k] === "'s") && v.regionOf[k]! < 0) k++;
  if (k === lo || k >= hi - 1 || v.norms[k] !== ':' || used[lo] || (k === lo + 1 && v.ends[lo]! - v.starts[lo]! < 2)) return undefined;
  const quoted = v.regionOf[k + 1]! >= 0;
  // "Republican pollster Daron Shaw: “…”", "The report: “…”": before a quote, a role or a document may lead the name
  let roleLed = quoted && (isCap(v, k - 1) || v.lex.is(v.norms[k - 1]!, 'document'));
  for (let i = lo; i < k - 1 && roleLed; i++) if (v.words[i] && !isCap(v, i) && (v.lex.cues.has(v.norms[i]!) || v.lex.is(v.norms[i]!, 'aux') || v.lex.is(v.norms[i]!, 'preposition') || PREPOSITIONS.has(v.norms[i]!))) roleLed = false; // "Clinton said in a statement: “…”" has its own cue
  if (!isCap(v, lo) && !roleLed) return undefined;
  for (let i = lo; i < k; i++) if (v.words[i] && !isCap(v, i) && !v.lex.is(v.norms[i]!, 'determiner') && !roleLed) return undefined;
  // the label names someone ("Pence:", "Roger Stone:"), not a rubric ("The Latest:", "Correction:", "News Guide:")
  for (let i = lo; i < k; i++) if (v.lex.is(v.norms[i]!, 'rubric')) return undefined;
  if (v.lex.is(v.norms[lo]!, 'determiner')) {
    let named = false;
    for (let i = lo; i < k; i++) if (v.named?.[i] || v.lex.is(v.norms[i]!, 'evidence')) named = true;
    if (!named) return undefined;
  }
  const quoteAfter = quoted;
  const headline = s === 0 || v.text.slice(v.ends[v.sentStart[s - 1]! + 0]!, v.starts[lo]!).includes('\n') || v.text.lastIndexOf('\n', v.starts[lo]!) >= v.ends[v.sentEnd[s - 1]! - 1]!;
  if (!quoteAfter && !headline) return undefined;
  const cEnd = contentEnd(v, k + 1, hi);
  const content = spanOf(v, k + 1, cEnd + 1);
  if (!content) return undefined;
  return { sentence: s, source: spanOf(v, lo, k), sourceRule: 'colon', cue: spanOf(v, k, k + 1)!, cueLemma: ':', cueKind: 'assert', content: [content], rule: 'name-colon', confidence: 0.6 };
}
