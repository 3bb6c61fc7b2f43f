import type { QuoteAnnotation } from '../../model/annotation.js';
import type { Span } from '../../model/span.js';
import type { Stage, StageFactory } from '../../pipeline/stage.js';
import { resolveActor } from '../entities/resolve-actor.js';
import { markUsed, sentenceAttributions, type RawAttribution, type TokenView } from './frames.js';
import { tokenIndexAt } from './phrases.js';
import { QUOTE_CHARS } from './word-sets.js';
import { loadQuoteLexicon } from './lexicon.js';
import { SpeakerResolver, type ActorResolver } from './speakers.js';
import { buildView } from './view.js';

export const QUOTES_VERSION = '1.1.0';

/** Options of the quotes stage (pipeline config). */
export interface QuotesOptions {
  /** Read cues whose content is a noun phrase ("criticized the plan"). Default true. */
  readonly npCues?: boolean;
}

/**
 * Direct, indirect and mixed quotes with their speakers. Quotation marks of every style are
 * paired first (a quote running over paragraphs is one region); then each cue (say, deny,
 * accuse, according to…, from `resources/quotes/cues.tsv`) is read with its speaker on either
 * side and its content; quotes standing alone are linked to the cue in the sentence before or
 * after them. Speakers resolve through `resolveActor` when given, else the entity annotations,
 * and pronouns and document nouns ("the statement added") to the speaker they stand for.
 */
export function createQuotesStageWith(resolveActor?: ActorResolver): StageFactory {
  return (options, resources): Stage => {
    const lex = loadQuoteLexicon(resources);
    const frameOptions = { npCues: (options as QuotesOptions).npCues ?? true };
    return {
      name: 'quotes',
      version: QUOTES_VERSION,
      requires: ['sentence', 'token', 'entity'],
      assigns: ['quote'],
      run(doc, out, ctx) {
        const v = buildView(doc, lex);
        const used = new Uint8Array(v.starts.length);
        const raws: RawAttribution[] = [];
        const nSent = v.sentStart.length;
        for (let s = 0; s < nSent; s++) raws.push(...sentenceAttributions(v, s, used, frameOptions));
        linkAdjacent(v, raws, used, doc.all('sentence').map((x) => x.paragraph));
        raws.sort((a, b) => (a.content[0]?.start ?? a.cue.start) - (b.content[0]?.start ?? b.cue.start));
        const resolver = new SpeakerResolver(doc, lex, resolveActor, organisationSubjects(v), v.regions);
        const keyOf = new Map<RawAttribution, string>();
        for (const a of raws) {
          if (!a.content.length) continue;
          const prevKey = a.prev ? keyOf.get(a.prev) : undefined;
          // "a video, which shows …": the thing speaks here only; later pronouns do not point to it
          const thing = a.sourceRule === 'relative-pronoun' && /^(which|that)$/i.test(doc.slice(a.source!));
          const limit = a.source ? Math.min(a.source.start, a.cue.start, ...a.content.map((c) => c.start)) : 0;
          const resolved = a.source ? (a.antecedent && resolver.resolve(a.antecedent, limit, !thing)) || resolver.resolve(a.source, limit, !thing) : undefined;
          const speaker = a.source ? (resolved && { ...resolved, actor: { ...resolved.actor, span: a.source } }) : prevKey ? continued(resolver.byKey(prevKey), a) : undefined;
          if (speaker) keyOf.set(a, speaker.key);
          const content = cover(a.content);
          const parts = a.content.length > 1 ? { parts: a.content } : {};
          const spans = [...a.content, a.cue, ...(a.source ? [a.source] : [])];
          const quoteType = typeOf(v, a.content);
          ctx.debug(() => `${content.start}-${content.end} -> ${quoteType} ${speaker?.actor.name ?? '?'} (${a.rule}/${a.sourceRule}/${speaker?.rule ?? '-'})`);
          const draft: Omit<QuoteAnnotation, 'id' | 'provenance'> & { provenance: { rule: string; confidence: number } } = {
            kind: 'quote',
            span: cover(spans),
            quoteType,
            content,
            ...parts,
            ...(a.cue.end > a.cue.start ? { cue: a.cue, cueLemma: a.cueLemma } : {}),
            cueKind: a.cueKind,
            ...(speaker ? { speaker: speaker.actor, speakerKey: speaker.key } : {}),
            provenance: { rule: a.rule, confidence: speaker ? a.confidence : a.confidence * 0.8 },
          };
          out.add(draft);
        }
      },
    };
  };
}

/** A continuation's speaker, mentioned where the quote it continues was attributed. */
function continued(speaker: ReturnType<SpeakerResolver['byKey']>, a: RawAttribution): ReturnType<SpeakerResolver['byKey']> {
  let p = a.prev;
  while (p && !p.source && p.prev) p = p.prev;
  return speaker && p?.source ? { ...speaker, actor: { ...speaker.actor, span: p.source } } : speaker;
}

/** The stage as registered: speakers through the entities stage's actor resolver. */
export const createQuotesStage: StageFactory = createQuotesStageWith((doc, span) => resolveActor(doc, span));

/** Sentence-initial noun phrases headed by an organisation noun ("Belarus's border committee has …"). */
function organisationSubjects(v: TokenView): Span[] {
  const out: Span[] = [];
  for (let s = 0; s < v.sentStart.length; s++) {
    const lo = v.sentStart[s]!;
    const hi = Math.min(v.sentEnd[s]!, lo + 8);
    for (let k = lo; k < hi && v.regionOf[k]! < 0 && (v.words[k] || v.norms[k] === "'s" || v.norms[k] === '’s'); k++) {
      if (v.lex.is(v.norms[k]!, 'aux') || v.lex.is(v.norms[k]!, 'boundary') || (k > lo && v.lex.cues.has(v.norms[k]!))) break;
      if (v.lex.is(v.norms[k]!, 'org-head')) {
        out.push({ start: v.starts[lo]!, end: v.ends[k]! });
        break;
      }
    }
  }
  return out;
}

function cover(spans: readonly Span[]): Span {
  let start = Infinity;
  let end = -Infinity;
  for (const s of spans) {
    if (s.start < start) start = s.start;
    if (s.end > end) end = s.end;
  }
  return { start, end };
}

/** Direct when at least 90% of the content lies inside quotation marks; mixed when some does. */
function typeOf(v: TokenView, content: readonly Span[]): QuoteAnnotation['quoteType'] {
  let total = 0;
  let inside = 0;
  for (const c of content) {
    total += c.end - c.start;
    for (const r of v.regions) {
      if (r.end <= c.start || r.start >= c.end) continue;
      inside += Math.min(r.end, c.end) - Math.max(r.start, c.start);
    }
  }
  if (total > 0 && inside / total >= 0.9) return 'direct';
  // marks the pairing could not read, at both ends of the content ("”Fear. I am afraid.”")
  if (content.length === 1 && QUOTE_CHARS.has(v.text[content[0]!.start]!) && QUOTE_CHARS.has(v.text[content[0]!.end - 1]!)) return 'direct';
  return inside > 0 ? 'mixed' : 'indirect';
}

/** True when every word of sentence s lies inside a quote region not yet used. */
function quoteOnly(v: TokenView, s: number, used: Uint8Array): boolean {
  let words = 0;
  for (let i = v.sentStart[s]!; i < v.sentEnd[s]!; i++) {
    if (!v.words[i]) continue;
    if (v.regionOf[i]! < 0 || used[i]) return false;
    words++;
  }
  return words > 0;
}

function regionsOf(v: TokenView, s: number): Span[] {
  const out: Span[] = [];
  let last = -1;
  for (let i = v.sentStart[s]!; i < v.sentEnd[s]!; i++) {
    const r = v.regionOf[i]!;
    if (r >= 0 && r !== last) {
      out.push({ start: v.regions[r]!.start, end: v.regions[r]!.end });
      last = r;
    }
  }
  return out;
}

/**
 * "“Quote.” / Bilotaitė added." and "X said: / “Quote.”": a cue with no content takes the quote
 * standing alone next to it. Then a quote-only sentence after a direct quote continues it (same
 * paragraph: one more part; next paragraph: a new quote by the same speaker).
 */
function linkAdjacent(v: TokenView, raws: RawAttribution[], used: Uint8Array, paragraphOf: readonly number[]): void {
  const nSent = v.sentStart.length;
  for (const a of raws) {
    if (!a.pending) continue;
    const step = a.pending === 'before' ? -1 : 1;
    let s = a.sentence + step;
    const parts: Span[] = [];
    const prevTok = v.sentStart[a.sentence]! - 1;
    if (step < 0 && prevTok >= 0 && v.regionOf[prevTok]! >= 0 && !used[prevTok]) {
      // the whole quote that closes the sentence before, however many sentences it spans
      const r = v.regions[v.regionOf[prevTok]!]!;
      parts.push({ start: r.start, end: r.end });
      s = -1;
    }
    while (s >= 0 && s < nSent && quoteOnly(v, s, used) && parts.length < 8) {
      const regs = regionsOf(v, s);
      if (step < 0) parts.unshift(...regs);
      else parts.push(...regs);
      s += step;
      if (step < 0) break;
    }
    if (parts.length) {
      a.content = dedupe(parts);
      a.rule = a.pending === 'before' ? 'adjacent-before' : 'adjacent-after';
      markUsed(v, a, used);
    }
    delete a.pending;
  }
  // continuation: a quote-only sentence right after a direct quote
  const byEnd = [...raws].filter((a) => a.content.length).sort((x, y) => x.content[x.content.length - 1]!.end - y.content[y.content.length - 1]!.end);
  let j = 0;
  let lastDirect: RawAttribution | undefined;
  let lastDirectSentence = -1;
  const extra: RawAttribution[] = [];
  for (let s = 0; s < nSent; s++) {
    const sStart = v.starts[v.sentStart[s]!]!;
    while (j < byEnd.length && byEnd[j]!.content[byEnd[j]!.content.length - 1]!.end <= sStart) {
      const a = byEnd[j++]!;
      const isQuote = a.content.some((c) => v.text[c.start] === '"' || v.text[c.start] === '“' || v.text[c.start] === '‘' || v.text[c.start] === "'" || v.text[c.start] === '«' || v.text[c.start] === '`');
      // an indirect statement continued by a quote in the same paragraph ("Kerry said that … . “That adds up …”") also goes on
      lastDirect = isQuote || (a.source && a.content.length === 1) ? a : undefined;
      lastDirectSentence = v.sentenceOf[tokenIndexAt(v, a.content[a.content.length - 1]!.end - 1)]!;
    }
    if (!lastDirect || !quoteOnly(v, s, used)) {
      if (!quoteOnly(v, s, used) && s > lastDirectSentence && lastDirectSentence >= 0 && !sentenceUsed(v, s, used)) lastDirect = undefined;
      continue;
    }
    if (s !== lastDirectSentence + 1) continue;
    const regs = regionsOf(v, s);
    if (paragraphOf[s] === paragraphOf[lastDirectSentence]) {
      lastDirect.content.push(...regs);
      lastDirect.content = dedupe(lastDirect.content);
    } else if ((lastDirect.source || lastDirect.prev) && typeOf(v, lastDirect.content) !== 'indirect') {
      const cont: RawAttribution = {
        sentence: s,
        sourceRule: 'continuation',
        cue: { start: regs[0]!.start, end: regs[0]!.start },
        cueLemma: lastDirect.cueLemma,
        cueKind: lastDirect.cueKind,
        content: regs,
        rule: 'continuation',
        confidence: 0.6,
      };
      cont.prev = lastDirect;
      extra.push(cont);
      lastDirect = cont;
    }
    for (let i = v.sentStart[s]!; i < v.sentEnd[s]!; i++) used[i] = 1;
    lastDirectSentence = s;
  }
  raws.push(...extra);
}

function sentenceUsed(v: TokenView, s: number, used: Uint8Array): boolean {
  for (let i = v.sentStart[s]!; i < v.sentEnd[s]!; i++) if (used[i]) return true;
  return false;
}


function dedupe(spans: Span[]): Span[] {
  const seen = new Set<string>();
  return spans.filter((s) => {
    const k = `${s.start}:${s.end}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
