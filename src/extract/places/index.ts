import type { Actor } from '../../model/actor.js';
import type { AdminUnit, PlaceAnnotation } from '../../model/annotation.js';
import type { Draft, Stage, StageFactory } from '../../pipeline/stage.js';
import type { CountryRecord } from '../../resources/countries.js';
import { openGazetteer, type Gazetteer } from '../../resources/gazetteer/gazetteer.js';
import { geonameIdOf, type PlaceRecord } from '../../resources/gazetteer/record.js';
import { loadPlaceLexicon, type PlaceLexicon } from './lexicon.js';
import { isMetonymic } from './metonymy.js';
import { precisionOf } from './precision.js';
import { cueBefore, filterMentions, matchSpan, mentionOf, recognise, toToks, withSpan, type Mention } from './recognise.js';
import { nameKey } from '../../resources/gazetteer/keys.js';
import { resolveMentions, within, type Resolution } from './resolve.js';

export const PLACES_VERSION = '1.0.0';

/** Options of the places stage (pipeline config). */
export interface PlacesOptions {
  /** Gazetteer index file; default `$CHRONICLE_GAZETTEER` or `data/gazetteer.sqlite`. */
  readonly gazetteer?: string;
}

type PlaceDraft = Draft<PlaceAnnotation> & { kind: 'place' };

/**
 * Places: recognises toponyms (gazetteer names in any case and with or without diacritics,
 * abbreviations, "X District", demonyms, names in a place frame), resolves them against GeoNames
 * using the article's context, and flags capitals and seats that stand for a government.
 */
export const createPlacesStage: StageFactory = (options, resources): Stage => {
  const opts = options as PlacesOptions;
  const gaz = resources.get(`geo/gazetteer:${opts.gazetteer ?? ''}`, () =>
    openGazetteer({ resourcesDir: resources.dir, ...(opts.gazetteer ? { path: opts.gazetteer } : {}) }),
  );
  const lex = resources.get('geo/place-lexicon', () => loadPlaceLexicon(resources.dir));
  return {
    name: 'places',
    version: PLACES_VERSION,
    requires: ['sentence', 'token'],
    assigns: ['place'],
    run(doc, out, ctx) {
      for (const draft of extractPlaces(doc.text, doc.all('token'), gaz, lex)) {
        ctx.debug(() => `${doc.slice(draft.span)} -> ${draft.name} ${draft.geonameId ?? '?'} ${draft.role} (${draft.provenance.rule})`);
        out.add(draft);
      }
    },
  };
};

/** The stage's work on one text, without the pipeline (used by the evaluation). */
export function extractPlaces(
  text: string,
  tokens: readonly { span: { start: number; end: number }; word: boolean; sentence: number; norm: string }[],
  gaz: Gazetteer,
  lex: PlaceLexicon,
): PlaceDraft[] {
  const toks = toToks(text, tokens);
  const mentions = filterMentions(text, toks, recognise(text, toks, gaz, lex), lex);
  return draftsOf(text, toks, mentions, gaz, lex);
}

/**
 * Resolution alone, on given spans (gold toponyms in an evaluation): each span is looked up as a
 * whole, then resolved with the others as context. Returns one draft or `undefined` per span.
 */
export function resolveSpans(
  text: string,
  tokens: readonly { span: { start: number; end: number }; word: boolean; sentence: number; norm: string }[],
  spans: readonly { start: number; end: number }[],
  gaz: Gazetteer,
  lex: PlaceLexicon,
): (PlaceDraft | undefined)[] {
  const toks = toToks(text, tokens);
  const mentions: Mention[] = [];
  spans.forEach((s) => {
    let first = -1;
    let last = -1;
    for (let i = 0; i < toks.length; i++) {
      if (toks[i]!.end <= s.start) continue;
      if (toks[i]!.start >= s.end) break;
      if (first < 0) first = i;
      last = i;
    }
    if (first < 0) return;
    const cue = cueBefore(toks, first, lex);
    const aligned = toks[first]!.start === s.start && toks[last]!.end === s.end;
    const key = nameKey(text.slice(s.start, s.end));
    const direct = !aligned && gaz.has(key) ? gaz.candidates(key) : [];
    const m = (aligned ? matchSpan(text, toks, first, last, toks[last]!.end, cue, gaz, lex) : undefined)
      ?? mentionOf(s.start, s.end, first, last, key, direct.length > 0 ? 'name' : 'unknown', direct, direct.length > 0 ? 'gold-span' : 'gold-span-unknown');
    mentions.push(withSpan(m, s.start, s.end));
  });
  const drafts = draftsOf(text, toks, mentions, gaz, lex);
  const out: (PlaceDraft | undefined)[] = spans.map(() => undefined);
  for (const d of drafts) {
    const n = spans.findIndex((s) => s.start === d.span.start && s.end === d.span.end);
    if (n >= 0) out[n] = d;
  }
  return out;
}

function draftsOf(text: string, toks: ReturnType<typeof toToks>, mentions: readonly Mention[], gaz: Gazetteer, lex: PlaceLexicon): PlaceDraft[] {
  const resolutions = resolveMentions(mentions, toks);
  const focus = focusCountry(resolutions);
  const drafts: PlaceDraft[] = [];
  let lastAdmin: PlaceRecord | undefined;
  for (const r of resolutions) {
    const d = draftFor(text, r, gaz, lex, focus, lastAdmin);
    if (!d) continue;
    const best = r.ranked[0]?.place;
    // the most specific unit named so far: a state does not replace a district inside it
    if (best && (best.fcode === 'ADM1' || best.fcode === 'ADM2') && best.cc === focus?.iso2 && !(lastAdmin && within(lastAdmin, best))) lastAdmin = best;
    drafts.push(d);
  }
  return drafts;
}

function focusCountry(resolutions: readonly Resolution[]): { iso2: string } | undefined {
  const counts = new Map<string, number>();
  for (const r of resolutions) {
    const cc = r.mention.country?.iso2 ?? r.ranked[0]?.place.cc;
    if (cc) counts.set(cc, (counts.get(cc) ?? 0) + 1);
  }
  let best: string | undefined;
  for (const [cc, n] of counts) if (!best || n > counts.get(best)!) best = cc;
  return best ? { iso2: best } : undefined;
}

function unit(gaz: Gazetteer, code: string): AdminUnit | undefined {
  const r = gaz.admin(code);
  if (!r) return undefined;
  const id = geonameIdOf(r);
  return Object.freeze({ code, name: r.name, ...(id ? { geonameId: id } : {}) });
}

type PlaceFields = ReturnType<typeof fieldsOf>;

/**
 * The fields of a place that depend on the record alone, made once per record: a record belongs
 * to one gazetteer, and the cache to one lexicon. The admin units inside are frozen, as they are
 * shared by every annotation of that place.
 */
const FIELDS = new WeakMap<PlaceLexicon, WeakMap<PlaceRecord, PlaceFields>>();

function placeFields(p: PlaceRecord, gaz: Gazetteer, lex: PlaceLexicon): PlaceFields {
  let byRecord = FIELDS.get(lex);
  if (!byRecord) FIELDS.set(lex, (byRecord = new WeakMap()));
  let fields = byRecord.get(p);
  if (!fields) byRecord.set(p, (fields = fieldsOf(p, gaz, lex)));
  return fields;
}

function fieldsOf(p: PlaceRecord, gaz: Gazetteer, lex: PlaceLexicon) {
  const country = p.cc ? lex.countries.byIso2(p.cc) : undefined;
  const id = geonameIdOf(p);
  const admin1 = p.a1 && p.fcode !== 'ADM1' && !p.fcode.startsWith('PCL') ? unit(gaz, `${p.cc}.${p.a1}`) : undefined;
  const admin2 = p.a2 && p.fcode !== 'ADM2' && p.a1 ? unit(gaz, `${p.cc}.${p.a1}.${p.a2}`) : undefined;
  return {
    name: p.name,
    ...(id ? { geonameId: id } : {}),
    featureClass: p.fclass,
    featureCode: p.fcode,
    ...(country ? { countryIso2: country.iso2, countryIso3: country.iso3 } : {}),
    ...(p.fcode === 'ADM1' ? { admin1: Object.freeze({ code: `${p.cc}.${p.a1}`, name: p.name, ...(id ? { geonameId: id } : {}) }) } : admin1 ? { admin1 } : {}),
    ...(admin2 ? { admin2 } : {}),
    lat: round(p.lat),
    lon: round(p.lon),
    ...(p.pop ? { population: p.pop } : {}),
  };
}

const round = (x: number): number => Math.round(x * 1e5) / 1e5;

function actorFor(m: Mention, p: PlaceRecord | undefined, lex: PlaceLexicon): Actor | undefined {
  const span = { start: m.start, end: m.end };
  if (m.metonym) {
    const e = m.metonym;
    if (e.igo) return { name: e.standsFor, span, kind: 'organisation', igo: e.igo, sector: 'IGO', metonymy: true };
    return { name: e.standsFor, span, kind: 'organisation', ...(e.iso3 ? { country: e.iso3 } : {}), sector: e.sector as Actor['sector'], metonymy: true };
  }
  if (!p) return undefined;
  if (p.id === 6695072) return { name: 'European Union', span, kind: 'organisation', igo: 'EU', sector: 'IGO', metonymy: true };
  const country: CountryRecord | undefined = lex.capitals.get(p.id);
  if (country) return { name: country.name, span, kind: 'country', country: country.iso3, sector: 'GOV', metonymy: true };
  return undefined;
}

function confidenceOf(r: Resolution): number {
  const [a, b] = r.ranked;
  if (!a) return 0.4;
  if (!b) return 0.9;
  return Math.round((0.5 + 0.45 * Math.tanh(a.score - b.score)) * 100) / 100;
}

function draftFor(text: string, r: Resolution, gaz: Gazetteer, lex: PlaceLexicon, focus: { iso2: string } | undefined, lastAdmin: PlaceRecord | undefined): PlaceDraft | undefined {
  const m = r.mention;
  const span = { start: m.start, end: m.end };
  const best = r.ranked[0]?.place;
  const alternatives: PlaceAnnotation['alternatives'][number][] = [];
  for (let k = 1; k < r.ranked.length && k < 6; k++) {
    const s = r.ranked[k]!;
    const id = geonameIdOf(s.place);
    const score = Math.round(s.score * 1000) / 1000;
    if (id) alternatives.push(s.place.cc ? { geonameId: id, name: s.place.name, countryIso2: s.place.cc, score } : { geonameId: id, name: s.place.name, score });
  }
  if (m.kind === 'demonym' && m.country) {
    const p = gaz.admin(m.country.iso2);
    if (!p) return undefined;
    return {
      kind: 'place', span, resolved: true, ...placeFields(p, gaz, lex), precision: precisionOf('A', 'PCLI'), alternatives: [], role: 'demonym',
      provenance: { rule: 'demonym', confidence: 0.85 },
    };
  }
  if (best) {
    const actor = isMetonymic(text, m.start, m.end) ? actorFor(m, best, lex) : undefined;
    return {
      kind: 'place', span, resolved: true, ...placeFields(best, gaz, lex), precision: precisionOf(best.fclass, best.fcode), alternatives,
      role: actor ? 'actor' : 'location', ...(actor ? { actor } : {}),
      provenance: { rule: r.container ? `${m.rule}+stated-container` : m.rule, confidence: confidenceOf(r) },
    };
  }
  // Not in the gazetteer: place it in the unit the article is about, at that unit's precision.
  const surface = text.slice(m.start, m.end);
  const metonymCountry = m.metonym?.iso3 ? lex.countries.byIso3(m.metonym.iso3) : undefined;
  const container = metonymCountry ? gaz.admin(metonymCountry.iso2) : lastAdmin ?? (focus ? gaz.admin(focus.iso2) : undefined);
  const actor = m.metonym && isMetonymic(text, m.start, m.end) ? actorFor(m, undefined, lex) : undefined;
  const country = container?.cc ? lex.countries.byIso2(container.cc) : undefined;
  if (!container && !m.metonym) return undefined;
  const inside = container ? placeFields(container, gaz, lex) : undefined;
  const precision = container ? precisionOf(container.fclass, container.fcode) : precisionOf('A', 'PCLI');
  return {
    kind: 'place', span, name: surface, resolved: false,
    ...(country ? { countryIso2: country.iso2, countryIso3: country.iso3 } : {}),
    ...(inside?.admin1 ? { admin1: inside.admin1 } : {}),
    ...(container?.fcode === 'ADM2' ? { admin2: { code: `${container.cc}.${container.a1}.${container.a2}`, name: container.name, ...(geonameIdOf(container) ? { geonameId: geonameIdOf(container)! } : {}) } } : {}),
    ...(inside ? { lat: inside.lat, lon: inside.lon } : {}),
    precision: { acled: Math.min(3, precision.acled + (precision.acled < 3 ? 0 : 0)) as 1 | 2 | 3, plover: precision.plover },
    alternatives: [], role: actor ? 'actor' : 'location', ...(actor ? { actor } : {}),
    provenance: { rule: m.rule, confidence: container?.fcode === 'ADM2' ? 0.6 : 0.5 },
  };
}
