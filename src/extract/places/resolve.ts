import { nameKey } from '../../resources/gazetteer/keys.js';
import type { PlaceRecord } from '../../resources/gazetteer/record.js';
import type { Mention, Tok } from './recognise.js';

/** Prior weight of a feature code: news names countries and states more often than hamlets. */
const FEATURE: Record<string, number> = {
  PCLI: 1.6, PCLD: 1.2, PCLS: 1.2, PCLF: 1.2, CONT: 1.6, OCN: 1.4, SEA: 1.2, RGN: 1.0, ZN: 1.2, GULF: 1.0, ISL: 0.9, MTS: 0.8, STM: 0.6, LK: 0.6,
  ADM1: 0.75, PPLC: 1.0, PPLA: 0.45, PPLA2: 0.2, PPLA3: 0.1, PPLA4: 0.05, ADM2: 0.1, PPL: 0, PPLX: -0.3, PPLL: -0.2,
};

/** Memo of each gazetteer record's name key (records are shared, frozen objects). */
const PLACE_KEYS = new WeakMap<PlaceRecord, string>();
function keyOfPlace(p: PlaceRecord): string {
  let k = PLACE_KEYS.get(p);
  if (k === undefined) PLACE_KEYS.set(p, (k = nameKey(p.name)));
  return k;
}

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
  let s = 0.14 * Math.log10(pop + 10) + (m.prefer ? 0 : FEATURE[c.fcode] ?? (c.fclass === 'A' ? 0.3 : c.fclass === 'P' ? 0 : -0.2));
  if (keyOfPlace(c) === m.key) s += 0.35;
  if (m.prefer) {
    const rank = m.prefer.indexOf(c.fcode);
    s += rank < 0 ? -0.5 : 1.4 - 0.7 * rank;
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

/** Per mention key: how strongly its candidates point at each country and first-level unit. */
interface Pointers {
  readonly cc: Map<string, number>;
  readonly a1: Map<string, number>;
}

function pointersOf(m: Mention, priors: readonly number[]): Pointers {
  const cc = new Map<string, number>();
  const a1 = new Map<string, number>();
  if (m.kind === 'demonym' && m.country) {
    cc.set(m.country.iso2, 1);
    return { cc, a1 };
  }
  let top = -Infinity;
  for (const p of priors) top = Math.max(top, p);
  m.candidates.forEach((c, k) => {
    if (!c.cc) return;
    const w = priors[k]! >= top ? 1 : Math.max(0.1, 1 - (top - priors[k]!) * 1.2);
    if (w > (cc.get(c.cc) ?? 0)) cc.set(c.cc, w);
    if (c.a1 && !c.fcode.startsWith('PCL')) {
      const key = `${c.cc}.${c.a1}`;
      if (w > (a1.get(key) ?? 0)) a1.set(key, w);
    }
  });
  return { cc, a1 };
}

/**
 * What ranking needs of one mention that the rest of the article does not change: each
 * candidate's prior, its first-level unit key, whether the name is a state or country of that very
 * name, and the mention's pointers (computed when first needed).
 */
interface Profile {
  readonly key: string;
  readonly priors: readonly number[];
  /** `cc.a1` of each candidate that lies in a first-level unit (not a country itself). */
  readonly a1Keys: readonly (string | undefined)[];
  /** Some candidate is a state or country named by this very key. */
  readonly namesUnit: boolean;
  /** The best candidate by prior is a state or country named by this very key. */
  readonly anchored: boolean;
  pointers?: Pointers;
}

/**
 * Profiles of gazetteer candidate lists, by list: the gazetteer hands out one list per key and
 * keeps it across articles, so a name's profile is made once. Entries go when their list does.
 */
const PROFILES = new WeakMap<readonly PlaceRecord[], Profile>();

function profileOf(m: Mention): Profile {
  // only lists straight from the gazetteer: an admin word's or an abbreviation's list is made per mention
  const cacheable = !m.prefer && m.candidates.length > 0 && (m.kind === 'name' || m.kind === 'metonym');
  if (cacheable) {
    const hit = PROFILES.get(m.candidates);
    if (hit && hit.key === m.key) return hit;
  }
  const priors = m.candidates.map((c) => prior(m, c));
  // a city named like the unit it is the seat of ("Kaunas", "Vilnius") is usually the city
  if (!m.prefer) {
    m.candidates.forEach((c, k) => {
      if (c.fclass === 'P' && m.candidates.some((u) => u.fclass === 'A' && within(c, u) && (u.fcode === 'ADM1' || u.fcode === 'ADM2'))) priors[k]! += 0.4;
    });
  }
  let best = -1;
  for (let k = 0; k < priors.length; k++) if (best < 0 || priors[k]! > priors[best]!) best = k;
  const top = best >= 0 ? m.candidates[best]! : undefined;
  const profile: Profile = {
    key: m.key,
    priors,
    a1Keys: m.candidates.map((c) => (c.cc && c.a1 && !c.fcode.startsWith('PCL') ? `${c.cc}.${c.a1}` : undefined)),
    namesUnit: m.candidates.some((c) => (c.fcode === 'ADM1' || c.fcode.startsWith('PCL')) && keyOfPlace(c) === m.key),
    anchored: top !== undefined && top.fclass === 'A' && (top.fcode === 'ADM1' || top.fcode.startsWith('PCL')) && keyOfPlace(top) === m.key,
  };
  if (cacheable) PROFILES.set(m.candidates, profile);
  return profile;
}

/**
 * Ranks each mention's candidates by a prior (feature, population, exact name) plus support from
 * the other names of the article: a candidate gains for each other name that can lie in the same
 * first-level unit or country (its candidates weighted by their own prior), and for a container
 * stated in the text ("Athens, Ga."). Linear in the number of candidates.
 */
export function resolveMentions(mentions: readonly Mention[], toks: readonly Tok[]): Resolution[] {
  const profiles = mentions.map(profileOf);
  // "China, Japan" is a list, not containment: only a name that is not itself a state or country gets a container
  // (a state abbreviation after the comma always contains: "Lebanon, Pa.", "Jordan, Minn.")
  const containers = mentions.map((m, i) =>
    mentions[i + 1]?.kind !== 'abbr' && profiles[i]!.namesUnit ? undefined : statedContainer(m, mentions[i + 1], toks),
  );
  // one pointer set per distinct name: repeating a name does not make it its own context
  const byKey = new Map<string, Pointers>();
  mentions.forEach((m, i) => {
    const key = m.kind === 'demonym' ? `dem:${m.country?.iso2}` : m.key;
    if (!byKey.has(key) && (m.candidates.length > 0 || m.kind === 'demonym')) {
      const profile = profiles[i]!;
      byKey.set(key, (profile.pointers ??= pointersOf(m, profile.priors)));
    }
  });
  const sumCc = new Map<string, number>();
  const sumA1 = new Map<string, number>();
  for (const p of byKey.values()) {
    for (const [k, w] of p.cc) sumCc.set(k, (sumCc.get(k) ?? 0) + w);
    for (const [k, w] of p.a1) sumA1.set(k, (sumA1.get(k) ?? 0) + w);
  }
  const others = Math.max(1, byKey.size - 1);
  return mentions.map((m, i) => {
    const own = byKey.get(m.kind === 'demonym' ? `dem:${m.country?.iso2}` : m.key);
    const container = containers[i];
    const { priors, a1Keys, anchored } = profiles[i]!;
    const ranked = m.candidates.map((c, k) => {
      let s = priors[k]!;
      if (c.cc) {
        const cc = (sumCc.get(c.cc) ?? 0) - (own?.cc.get(c.cc) ?? 0);
        s += 1.3 * Math.min(1, cc / Math.min(others, 3));
        const key = a1Keys[k];
        if (key !== undefined) {
          const a1 = (sumA1.get(key) ?? 0) - (own?.a1.get(key) ?? 0);
          // a town named like a state or country ("California", Mo.) gets no support from its state: only a stated container
          if (!(anchored && c.fclass === 'P')) s += 0.75 * Math.min(2.5, a1);
        }
      }
      if (container && container.some((u) => within(c, u))) s += 2.5;
      return { place: c, score: s };
    });
    ranked.sort((a, b) => b.score - a.score);
    const best = ranked[0]?.place;
    const stated = best && container ? container.find((u) => within(best, u)) : undefined;
    return { mention: m, ranked, ...(stated ? { container: stated } : {}) };
  });
}
