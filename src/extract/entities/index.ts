import { isAbsolute, join } from 'node:path';
import type { EntityAnnotation, PlaceAnnotation } from '../../model/annotation.js';
import type { Draft, Stage, StageFactory } from '../../pipeline/stage.js';
import { composeSentence } from './compose.js';
import type { Found } from './found.js';
import { loadActorLexicon } from './lexicon.js';
import { mentionsOf } from './mentions.js';
import { namesOf } from './names.js';
import { docViews, type SentenceView } from './sentence-view.js';
import { foldSameLength } from '../../text/fold.js';

export const ENTITIES_VERSION = '1.0.0';


/**
 * Options of the `entities` stage.
 * @example { "name": "entities", "options": { "actorDictionaries": ["my-actors.tsv"] } }
 */
export interface EntitiesOptions {
  /** Extra actor dictionaries (TSV or PETRARCH format, see `resources/actors/README.md`); relative paths are read from the working directory. */
  readonly actorDictionaries?: readonly string[];
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** Sectors whose bare institutions ("the interior ministry") belong to the article's main country. */
const STATE_SECTORS = new Set(['GOV', 'LEG', 'JUD', 'MIL', 'COP']);

/**
 * Entities: countries, places and nationalities (from the places stage and the country table),
 * international and named organisations, agent-noun groups with their sector and country,
 * titles, and people named next to a cue (title, honorific, verb of saying, first name).
 * A person named again by surname carries the role and country of the first mention.
 */
export const createEntitiesStage: StageFactory = (options, resources): Stage => {
  const extra = ((options as EntitiesOptions).actorDictionaries ?? []).map((p) => (isAbsolute(p) ? p : join(process.cwd(), p)));
  const lex = resources.get(`actors/lexicon:${extra.join('|')}`, () => loadActorLexicon(resources.dir, extra));
  return {
    name: 'entities',
    version: ENTITIES_VERSION,
    requires: ['sentence', 'token', 'place'],
    assigns: ['entity'],
    run(doc, out, ctx) {
      const placeAt = new Map<number, PlaceAnnotation>();
      for (const p of doc.all('place')) if (!placeAt.has(p.span.start)) placeAt.set(p.span.start, p);
      const known = new Map<string, Found>();
      const groups = new Map<string, Found>();
      const acronyms = new Map<string, Found>();
      const weight = new Map<string, number>();
      let salient: string | undefined;
      for (const v of docViews(doc)) {
        const mentions = mentionsOf(v, lex, placeAt);
        const names = namesOf(v, lex, mentions, known);
        const found = composeSentence(v, lex, mentions, names);
        if (acronyms.size > 0) addAcronyms(v, found, acronyms);
        found.sort((a, b) => a.i - b.i || b.j - a.j);
        for (let n = 0; n < found.length; n++) {
          const f = found[n]!;
          if (isDuplicate(found, n)) continue;
          if (f.type === 'PERSON') corefPerson(f, known);
          if (f.type === 'GROUP' && !f.igo) corefGroup(v.norms[f.j - 1]!, f, groups);
          if (f.type === 'ORG' && v.norms[f.j] === '(' && v.upper[f.j + 1] && v.norms[f.j + 2] === ')') acronyms.set(v.norms[f.j + 1]!, f);
          const statePerson = (f.type === 'PERSON' || f.type === 'ROLE') && !f.igo && STATE_SECTORS.has(f.sector ?? '');
          if (!f.country && salient && ((f.anaphor && (f.type !== 'GROUP' || STATE_SECTORS.has(f.sector ?? ''))) || statePerson)) {
            f.country = salient;
            f.rule += '+salient-country';
            f.confidence = Math.min(f.confidence, 0.6);
          } else if (!f.country && !f.igo && salient && f.type === 'ORG' && STATE_SECTORS.has(f.sector ?? '') && f.rule.startsWith('agent:') && v.norms[f.i - 1] === 'the') {
            f.country = salient;
            f.rule += '+salient-country';
            f.confidence = Math.min(f.confidence, 0.6);
          }
          const span = { start: v.starts[f.i]!, end: v.ends[f.j - 1]! };
          const draft: Mutable<Draft<EntityAnnotation>> = { kind: 'entity', span, type: f.type, name: f.name, provenance: { rule: f.rule, confidence: f.confidence } };
          if (f.country) draft.country = f.country;
          if (f.igo) draft.igo = f.igo;
          if (f.sector) draft.sector = f.sector;
          if (f.role) draft.role = f.role;
          out.add(draft as Draft<EntityAnnotation> & { kind: 'entity' });
          ctx.debug(() => `${doc.slice(span)} -> ${f.type}${f.country ? ` ${f.country}` : ''}${f.sector ? ` ${f.sector}` : ''} (${f.rule})`);
        }
        for (const f of found) {
          const w = f.type === 'COUNTRY' ? 2 : f.type === 'NATIONALITY' || (f.type === 'PLACE' && f.sector === 'GOV') ? 1 : 0;
          if (w && f.country) weight.set(f.country, (weight.get(f.country) ?? 0) + w);
        }
        salient = heaviest(weight);
      }
    },
  };
};

/**
 * A bare agent noun takes the country of the latest group with the same head noun
 * ("Belarusian border guards … a dozen guards had forced"); a group with a country becomes
 * the antecedent for its head noun.
 */
function corefGroup(head: string, f: Found, groups: Map<string, Found>): void {
  if (f.country) {
    groups.set(head, f);
    return;
  }
  const ante = groups.get(head);
  if (!ante || (ante.sector && f.sector && ante.sector !== f.sector)) return;
  f.country = ante.country;
  f.rule += '+coref-group';
  f.confidence = Math.min(f.confidence, 0.6);
}

/** An acronym introduced in brackets ("Revolutionary United Front (RUF)") names the organisation again later. */
function addAcronyms(v: SentenceView, found: Found[], acronyms: ReadonlyMap<string, Found>): void {
  for (let k = 0; k < v.length; k++) {
    if (!v.upper[k]) continue;
    const org = acronyms.get(v.norms[k]!);
    if (!org || found.some((f) => f.i <= k && k < f.j)) continue;
    const { i: _i, j: _j, anaphor: _a, ...fields } = org;
    found.push({ ...fields, i: k, j: k + 1, rule: `${org.rule.split('+')[0]}+acronym`, confidence: Math.min(org.confidence, 0.7) });
  }
}

/** The same type over the same tokens was found before (lists are sorted by start). */
function isDuplicate(found: readonly Found[], n: number): boolean {
  const f = found[n]!;
  for (let m = n - 1; m >= 0 && found[m]!.i === f.i; m--) if (found[m]!.j === f.j && found[m]!.type === f.type) return true;
  return false;
}

/** A later mention by surname takes the full name, role and country of the latest full mention ("Bilotaitė added"). */
function corefPerson(f: Found, known: Map<string, Found>): void {
  const key = foldSameLength(f.name);
  const first = known.get(key);
  if (first && first !== f) {
    f.name = first.name;
    f.role ??= first.role;
    f.country ??= first.country;
    f.sector ??= first.sector;
    if (first.igo) f.igo ??= first.igo;
    return;
  }
  known.set(key, f);
  const parts = key.split(/\s+/);
  if (parts.length > 1) known.set(parts[parts.length - 1]!, f);
}

/** The country mentioned most so far (first to reach the count wins a tie). */
function heaviest(weight: ReadonlyMap<string, number>): string | undefined {
  let best: string | undefined;
  let max = 0;
  for (const [c, w] of weight) if (w > max) [best, max] = [c, w];
  return best;
}
