import type { Sector } from '../../model/actor.js';
import type { Found } from './found.js';
import type { ActorLexicon } from './lexicon.js';
import { isPossessive, type SentenceView } from './sentence-view.js';

/** What a modifier adds to the agent noun or title it qualifies, and how far it extends the span. */
export interface Modifier {
  readonly i: number;
  readonly j: number;
  readonly rule: string;
  readonly country?: string;
  readonly igo?: string;
  readonly sector?: Sector;
  readonly anaphor?: boolean;
}

const ANAPHOR_NOUNS = new Set(['country', 'nation', 'state', 'republic', 'kingdom']);
const RIGHT_PREPS = new Set(['of', 'from', 'in']);
const MAX_ADJECTIVES = 2;

function fromFound(f: Found, i: number, j: number, rule: string): Modifier | undefined {
  if (!f.country && !f.igo && f.type !== 'ORG') return undefined;
  return {
    i, j, rule,
    ...(f.country ? { country: f.country } : {}),
    ...(f.igo ? { igo: f.igo } : {}),
    ...(f.type === 'ORG' && f.sector && f.sector !== 'IGO' ? { sector: f.sector } : {}),
  };
}

/**
 * The modifier before an agent noun or title, across at most two plain adjectives:
 * a possessor ("Lithuania's", "the committee's"), an adjacent nationality, country, city or
 * organisation ("Belarusian", "EU", "State Border Committee"), or an anaphor ("its", "the
 * country's") that the stage resolves to the article's main country.
 */
export function modifierLeft(v: SentenceView, lex: ActorLexicon, f: Found, found: readonly Found[]): Modifier | undefined {
  const endingAt = (j: number): Found | undefined => {
    let best: Found | undefined;
    for (const g of found) if (g.j === j && g !== f && (!best || g.i < best.i)) best = g;
    return best;
  };
  let p = f.i - 1;
  let skipped = 0;
  while (
    p >= 0 && skipped < MAX_ADJECTIVES && v.word[p] && !v.cap[p] && !lex.functionWords.has(v.norms[p]!) &&
    !/\d/.test(v.norms[p]!) && !endingAt(p + 1) && !lex.speechVerbs.has(v.norms[p]!) && !isPossessive(v, p)
  ) {
    p--;
    skipped++;
  }
  if (p < 0) return undefined;
  if (isPossessive(v, p)) {
    if (p >= 2 && v.norms[p - 2] === 'the' && ANAPHOR_NOUNS.has(v.norms[p - 1]!)) return { i: f.i - skipped, j: f.j, rule: 'anaphor-country', anaphor: true };
    const owner = endingAt(p);
    if (owner) return fromFound(owner, owner.i, f.j, `poss-${owner.type.toLowerCase()}`);
    return undefined;
  }
  if (v.norms[p] === 'its' || v.norms[p] === 'their') return { i: p + 1, j: f.j, rule: 'anaphor-its', anaphor: true };
  const adj = endingAt(p + 1);
  if (adj && adj.type !== 'PERSON' && adj.type !== 'ROLE' && adj.type !== 'GROUP') {
    return fromFound(adj, adj.i, f.j, `mod-${adj.type.toLowerCase()}`);
  }
  return undefined;
}

/**
 * "the parliament of Lithuania", "refugees from Iraq", "police in Minsk" (not "migrants in Lithuania"),
 * "the spokesperson of the State Border Committee" (a title takes its organisation's country and sector).
 */
export function modifierRight(v: SentenceView, f: Found, found: readonly Found[]): Modifier | undefined {
  const prep = v.norms[f.j];
  if (!prep || !RIGHT_PREPS.has(prep)) return undefined;
  if (prep === 'in' && f.sector === 'REF') return undefined;
  if (prep === 'from' && f.sector !== 'REF' && f.sector !== 'CVL') return undefined;
  let q = f.j + 1;
  if (v.norms[q] === 'the') q++;
  let g: Found | undefined;
  for (const x of found) {
    if (x.i !== q || x === f || (g && g.j >= x.j)) continue;
    if (x.type === 'COUNTRY' || x.type === 'PLACE' || (x.type === 'ORG' && (x.igo || f.type === 'ROLE'))) g = x;
  }
  if (!g) return undefined;
  return fromFound(g, f.i, g.j, `${prep}-${g.type.toLowerCase()}`);
}
