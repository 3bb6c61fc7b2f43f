import { nameKey } from '../../resources/gazetteer/keys.js';
import type { PlaceRecord } from '../../resources/gazetteer/record.js';
import type { Mention, Tok } from './recognise.js';

/** Prior weight of a feature code: news names countries and states more often than hamlets. */
const FEATURE: Record<string, number> = {
  PCLI: 1.6, PCLD: 1.2, PCLS: 1.2, PCLF: 1.2, CONT: 1.6, OCN: 1.4, SEA: 1.2, RGN: 1.0, ZN: 1.2, GULF: 1.0,
  ADM1: 0.75, PPLC: 0.7, PPLA: 0.45, PPLA2: 0.2, PPLA3: 0.1, PPLA4: 0.05, ADM2: 0.1, PPL: 0, PPLX: -0.3, PPLL: -0.2,
};

/** A candidate with its score. */
export interface Scored {
  readonly place: PlaceRecord;
  readonly score: number;
}

/** One mention's resolution: candidates best first. */
export interface Resolution {
  readonly mention: Mention;
  readonly ranked: readonly Scored[];
  /** Set when the text says which unit contains the name ("Athens, GA", "Vilnius, Lithuania"). */
  readonly container?: PlaceRecord;
}

function prior(m: Mention, c: PlaceRecord): number {
  const pop = c.fcode === 'ADM2' ? c.pop / 20 : c.pop;
  let s = 0.14 * Math.log10(pop + 10) + (FEATURE[c.fcode] ?? (c.fclass === 'A' ? 0.3 : c.fclass === 'P' ? 0 : -0.2));
  if (nameKey(c.name) === m.key) s += 0.35;
  if (m.prefer) {
    const rank = m.prefer.indexOf(c.fcode);
    s += rank < 0 ? -0.5 : 1.2 - 0.3 * rank;
  } else if (c.fcode === 'ADM2' && c.fclass === 'A') {
    s -= 0.3;
  }
  return s;
}

/** True when `inner` lies inside `outer` by its codes. */
export function within(inner: PlaceRecord, outer: PlaceRecord): boolean {
  if (!outer.cc || inner.cc !== outer.cc || inner.id === outer.id) return false;
  if (outer.fcode === 'PCLI' || outer.fcode.startsWith('PCL')) return true;
  if (outer.fcode === 'ADM1') return inner.a1 === outer.a1;
  if (outer.fcode === 'ADM2') return inner.a1 === outer.a1 && inner.a2 === outer.a2;
  return false;
}

/** The containing unit stated right after a mention: "X, Georgia", "X, Ga.", "X (Lithuania)". */
function statedContainer(m: Mention, next: Mention | undefined, toks: readonly Tok[]): readonly PlaceRecord[] | undefined {
  if (!next || next.candidates.length === 0) return undefined;
  const between = toks.slice(m.last + 1, next.first);
  if (between.length !== 1 || (between[0]!.norm !== ',' && between[0]!.norm !== '(')) return undefined;
  const units = next.candidates.filter((c) => c.fclass === 'A' && (c.fcode === 'ADM1' || c.fcode === 'ADM2' || c.fcode.startsWith('PCL')));
  return units.length > 0 ? units : undefined;
}

/**
 * Ranks each mention's candidates by a prior (feature, population, exact name) plus the
 * article's context: the countries and first-level units the other mentions point to, and a
 * container stated in the text. Two passes: the first finds the context, the second uses it,
 * each mention's own vote removed.
 */
export function resolveMentions(mentions: readonly Mention[], toks: readonly Tok[]): Resolution[] {
  const priors = mentions.map((m) => m.candidates.map((c) => prior(m, c)));
  const containers = mentions.map((m, i) => statedContainer(m, mentions[i + 1], toks));
  const votesCc = new Map<string, number>();
  const votesA1 = new Map<string, number>();
  const own: { cc: string; a1: string; w: number }[] = [];
  const vote = (cc: string, a1: string, w: number): void => {
    if (!cc) return;
    votesCc.set(cc, (votesCc.get(cc) ?? 0) + w);
    if (a1) votesA1.set(`${cc}.${a1}`, (votesA1.get(`${cc}.${a1}`) ?? 0) + w);
  };
  mentions.forEach((m, i) => {
    if (m.kind === 'demonym' && m.country) {
      own.push({ cc: m.country.iso2, a1: '', w: 0.7 });
      vote(m.country.iso2, '', 0.7);
      return;
    }
    const p = priors[i]!;
    let best = -1;
    for (let k = 0; k < p.length; k++) if (best < 0 || p[k]! > p[best]!) best = k;
    if (best < 0) {
      own.push({ cc: '', a1: '', w: 0 });
      return;
    }
    const c = m.candidates[best]!;
    const sorted = [...p].sort((a, b) => b - a);
    const margin = sorted.length > 1 ? sorted[0]! - sorted[1]! : 1;
    const w = Math.min(1, 0.3 + margin);
    const a1 = c.fcode === 'ADM1' || c.fclass !== 'A' || c.fcode === 'ADM2' ? c.a1 : '';
    own.push({ cc: c.cc, a1, w });
    vote(c.cc, a1, w);
  });
  let total = 0;
  for (const v of votesCc.values()) total += v;
  return mentions.map((m, i) => {
    const o = own[i]!;
    const rest = Math.max(total - o.w, 0);
    const container = containers[i];
    const ranked = m.candidates.map((c, k) => {
      let s = priors[i]![k]!;
      if (rest > 0) {
        const cc = (votesCc.get(c.cc) ?? 0) - (o.cc === c.cc ? o.w : 0);
        s += 1.1 * (cc / rest);
        const key = `${c.cc}.${c.a1}`;
        if (c.a1 && c.fcode !== 'ADM1') {
          const a1 = (votesA1.get(key) ?? 0) - (o.cc === c.cc && o.a1 === c.a1 ? o.w : 0);
          s += 0.9 * Math.min(1, a1 / Math.max(1, rest * 0.5));
        }
      }
      if (container && container.some((u) => within(c, u))) s += 2;
      return { place: c, score: s };
    });
    ranked.sort((a, b) => b.score - a.score);
    const best = ranked[0]?.place;
    const stated = best && container ? container.find((u) => within(best, u)) : undefined;
    return { mention: m, ranked, ...(stated ? { container: stated } : {}) };
  });
}
