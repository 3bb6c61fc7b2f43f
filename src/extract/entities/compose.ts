import type { PlaceAnnotation } from '../../model/annotation.js';
import type { ActorLexicon, LexEntry } from './lexicon.js';
import { cleanName, type Found } from './found.js';
import { reading, type Mention } from './mentions.js';
import type { NameHit } from './names.js';
import { isPossessive, surfaceOf, type SentenceView } from './sentence-view.js';
import { modifierLeft, modifierRight } from './modifiers.js';

const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'this', 'that', "'s", "'", 'former', 'new', 'acting', 'then']);

/**
 * Builds the sentence's entities: countries, places and nationalities from place annotations and
 * the lexicon; international organisations; named organisations and people from `names`; then
 * agent nouns and titles with the country, organisation or nationality that modifies them
 * ("Belarusian border guards", "Lithuania's border protection service", "EU interior ministers").
 */
export function composeSentence(v: SentenceView, lex: ActorLexicon, mentions: readonly Mention[], names: readonly NameHit[]): Found[] {
  const found: Found[] = [];
  const covered: number[] = new Array<number>(v.length).fill(0);
  for (const n of names) for (let k = n.i; k < (n.title ? n.title.i : n.j); k++) covered[k] = n.type === 'ORG' ? 1 : 2;
  for (const m of mentions) {
    const base = covered[m.i] === 2 ? undefined : baseEntity(v, lex, m);
    if (base && !(covered[m.i] === 1 && base.type === 'PLACE')) found.push(base);
  }
  for (const n of names) {
    if (n.type === 'ORG') {
      const inner = mentions.find((m) => m.i >= n.i && m.j <= n.j && reading(m, 'agent')?.sector);
      const head = [...v.norms.slice(n.i, n.j)].reverse().find((w) => lex.orgHeads.has(w));
      const before = mentions.find((m) => m.j === n.i && !v.cap[m.i] && reading(m, 'agent')?.sector);
      const sector = reading(inner, 'agent')?.sector ?? (head ? lex.orgHeads.get(head) : undefined) ?? reading(before, 'agent')?.sector;
      const nation = found.find((f) => f.i >= n.i && f.j <= n.j && (f.type === 'COUNTRY' || f.type === 'NATIONALITY'));
      const org: Found = {
        type: 'ORG', i: n.i, j: n.j, name: cleanName(surfaceOf(v, n.i, orgNameEnd(v, lex, n.i, n.j, nation))), rule: nation ? `${n.rule}+inner-country` : n.rule, confidence: n.confidence,
        ...(sector ? { sector } : {}), ...(nation?.country ? { country: nation.country } : {}),
      };
      found.push(withModifiers(v, lex, org, found));
    } else if (n.type === 'PERSON') {
      found.push({ type: 'PERSON', i: n.i, j: n.j, name: surfaceOf(v, n.i, n.j).replace(/\s+/g, ' '), rule: n.rule, confidence: n.confidence });
    }
  }
  for (const m of mentions) {
    if (m.place || reading(m, 'user') || (covered[m.i] && !names.some((n) => n.title === m))) continue;
    const role = reading(m, 'role');
    const agent = reading(m, 'agent');
    const titled = names.find((n) => n.title === m);
    const titleEnd = titled?.titleEnd ?? m.j;
    const person = found.find((f) => f.type === 'PERSON' && (f.i === titleEnd || (f.i === titleEnd + 1 && v.norms[titleEnd] === ',')));
    if (role && (person || !agent || agent.type === 'NONE')) {
      addRole(v, lex, m, role, person, found, titled?.titleStart, titleEnd);
    } else if (agent && agent.type !== 'NONE') {
      const f: Found = {
        type: agent.type === 'ORG' ? 'ORG' : 'GROUP', i: m.i, j: m.j, name: '', rule: agent.rule, confidence: 0.85,
        ...(agent.sector ? { sector: agent.sector } : {}),
      };
      const composed = withModifiers(v, lex, f, found);
      found.push({ ...composed, name: cleanName(surfaceOf(v, composed.i, composed.j)) });
    }
  }
  distributeNationalities(v, lex, found);
  return found;
}

const COORD = new Set(['and', 'or', ',', '&']);

/**
 * Nationalities not yet attached to a head: "Hungarian and Romanian officials" gives Hungarian
 * officials too; "Egyptian warships" (a plural noun the lexicon lacks) is a GROUP without sector.
 */
function distributeNationalities(v: SentenceView, lex: ActorLexicon, found: Found[]): void {
  const startsAt = (i: number): Found | undefined => found.find((f) => f.i === i && (f.type === 'GROUP' || f.type === 'ORG' || f.type === 'ROLE') && f.j > i + 1);
  if (!found.some((f) => f.type === 'NATIONALITY')) return;
  const nationalities = found.filter((f) => f.type === 'NATIONALITY').sort((a, b) => b.i - a.i);
  for (const n of nationalities) {
    if (startsAt(n.i)) continue;
    let q = n.j;
    while (q < v.length && COORD.has(v.norms[q]!)) q++;
    const next = q > n.j ? startsAt(q) : undefined;
    const nextNation = next && found.find((f) => f.type === 'NATIONALITY' && f.i === q);
    if (next && nextNation && next.type !== 'ROLE') {
      const head = surfaceOf(v, nextNation.j, next.j);
      found.push({
        type: next.type, i: n.i, j: n.j, name: `${surfaceOf(v, n.i, n.j)} ${head}`, rule: 'coordinated-nationality', confidence: 0.7,
        ...(n.country ? { country: n.country } : {}), ...(next.sector ? { sector: next.sector } : {}),
      });
      continue;
    }
    let end = n.j;
    while (end < n.j + 2 && end < v.length && v.word[end] && !v.cap[end] && !lex.functionWords.has(v.norms[end]!) && !lex.speechVerbs.has(v.norms[end]!) && !/(?:ed|ing)$/.test(v.norms[end]!)) end++;
    while (end > n.j && !/[^s]s$/.test(v.norms[end - 1]!)) end--;
    if (end > n.j) {
      found.push({ type: 'GROUP', i: n.i, j: end, name: surfaceOf(v, n.i, end), rule: 'nationality-plural', confidence: 0.6, ...(n.country ? { country: n.country } : {}) });
    }
  }
}

/** "State Border Committee of Belarus" is named "State Border Committee" (the country is a field). */
function orgNameEnd(v: SentenceView, lex: ActorLexicon, i: number, j: number, nation: Found | undefined): number {
  if (!nation || nation.j !== j || nation.i < i + 3 || v.norms[nation.i - 1] !== 'of') return j;
  return lex.orgHeads.has(v.norms[nation.i - 2]!) ? nation.i - 1 : j;
}

function baseEntity(v: SentenceView, lex: ActorLexicon, m: Mention): Found | undefined {
  if (m.place) return placeEntity(v, lex, m, m.place);
  const e: LexEntry | undefined = m.entries[0];
  if (!e) return undefined;
  const at = { i: m.i, j: m.j, rule: e.rule };
  switch (e.kind) {
    case 'country':
      return { i: m.i, j: m.j, rule: e.rule, type: e.match === 'adjective' ? 'NATIONALITY' : 'COUNTRY', name: e.country.name, country: e.country.iso3, confidence: 0.9 };
    case 'igo':
      return { i: m.i, j: m.j, rule: e.rule, type: 'ORG', name: e.name, igo: e.code, sector: e.sector, confidence: 0.9 };
    case 'user': {
      const actor = m.placeActor || capitalAsSubject(v, lex, m);
      const sector = e.sector ?? (actor ? 'GOV' : undefined);
      return {
        ...at, type: e.type === 'COUNTRY' && reading(m, 'country')?.match === 'adjective' ? 'NATIONALITY' : e.type, name: e.name, confidence: 0.9,
        ...(actor ? { rule: `${e.rule}+place-actor` } : {}),
        ...(e.country ? { country: e.country } : {}), ...(e.igo ? { igo: e.igo } : {}), ...(sector ? { sector } : {}),
      };
    }
    default:
      return undefined;
  }
}

const SUBJECT_NEXT = new Set(['has', 'have', 'had', 'will', 'would', 'is', 'was', 'says', 'said', 'also', 'again', 'on', 'today', 'yesterday']);

/**
 * A capital city opening a clause before a verb stands for its government ("Berlin rejected the
 * calls", "Washington has demanded"): the places stage may have read it as a location.
 */
function capitalAsSubject(v: SentenceView, lex: ActorLexicon, m: Mention): boolean {
  const before = v.norms[m.i - 1];
  if (m.i > 0 && before !== ',' && before !== 'and' && before !== 'but' && before !== '"') return false;
  const next = v.norms[m.j];
  if (!next || !v.word[m.j] || v.cap[m.j]) return false;
  if (!(SUBJECT_NEXT.has(next) || lex.speechVerbs.has(next) || /ed$/.test(next))) return false;
  if (m.place) return m.place.featureCode === 'PPLC' || lex.capitals.has(v.norms.slice(m.i, m.j).join(' '));
  return m.entries[0]?.kind === 'user' && m.entries[0].type === 'COUNTRY' && !reading(m, 'country');
}

function placeEntity(v: SentenceView, lex: ActorLexicon, m: Mention, p: PlaceAnnotation): Found {
  const country = p.countryIso3 ?? (p.countryIso2 ? lex.countries.byIso2(p.countryIso2)?.iso3 : undefined);
  const match = m.entries.length > 0 ? reading(m, 'country')?.match : undefined;
  const base: Found = { type: 'PLACE', i: m.i, j: m.j, name: '', rule: 'place', confidence: p.provenance.confidence };
  if (country) base.country = country;
  if (p.role === 'demonym' || match === 'adjective') {
    base.type = 'NATIONALITY';
    base.name = (country && lex.countries.byIso3(country)?.name) || surfaceOf(v, m.i, m.j);
    base.rule = 'place-demonym';
    return base;
  }
  const actor = p.role === 'actor' || capitalAsSubject(v, lex, m);
  if (actor) base.sector = p.actor?.sector ?? 'GOV';
  if (p.actor?.country) base.country = p.actor.country;
  if (p.actor?.igo) {
    base.type = 'ORG';
    delete base.country;
    base.igo = p.actor.igo;
    base.name = p.actor.name;
    base.rule = 'place-actor-igo';
    return base;
  }
  if ((p.featureCode ?? '').startsWith('PCL') || match === 'name' || match === 'alias') {
    base.type = 'COUNTRY';
    base.name = (country && lex.countries.byIso3(country)?.name) || p.name;
    base.rule = actor ? 'place-country-actor' : 'place-country';
    return base;
  }
  base.name = p.resolved ? p.name : surfaceOf(v, m.i, m.j);
  base.rule = p.role === 'actor' ? 'place-actor' : actor ? 'place-actor-capital-subject' : 'place';
  return base;
}

function addRole(
  v: SentenceView, lex: ActorLexicon, m: Mention, role: Extract<LexEntry, { kind: 'role' }>, person: Found | undefined, found: Found[],
  titleStart = m.i,
  titleEnd = m.j,
): void {
  const title = surfaceOf(v, titleStart, titleEnd).replace(/\s+/g, ' ');
  const f0: Found = { type: 'ROLE', i: titleStart, j: titleEnd, name: title, role: title, rule: role.rule, confidence: 0.85, ...(role.sector ? { sector: role.sector } : {}) };
  const f = withModifiers(v, lex, f0, found);
  const hasCue = person || !role.bare || f.i < titleStart || f.j > titleEnd || titleEnd > m.j || DETERMINERS.has(v.norms[m.i - 1] ?? '') || (v.cap[m.i] && m.i > 0);
  if (!hasCue || (role.bare && !person && !v.cap[m.i] && nounFollows(v, lex, m.j))) return;
  found.push(f);
  const target = person ?? apposedPerson(v, f, found);
  if (target) {
    target.role = title;
    if (f.sector && !target.sector) target.sector = f.sector;
    if (f.country && !target.country) target.country = f.country;
    if (f.igo && !target.igo) target.igo = f.igo;
    if (f.anaphor && !target.country) target.anaphor = true;
  }
}

/** A bare title used as an adjective: "a general strike", "the major incident". */
function nounFollows(v: SentenceView, lex: ActorLexicon, k: number): boolean {
  const next = v.norms[k];
  if (next === undefined || !v.word[k] || v.cap[k] || lex.functionWords.has(next) || lex.speechVerbs.has(next)) return false;
  return !/(?:ed|s)$/.test(next);
}

/** "Anna Nowak, the Polish foreign minister": the person whose name ends at the comma before the title. */
function apposedPerson(v: SentenceView, role: Found, found: readonly Found[]): Found | undefined {
  let q = role.i - 1;
  while (q >= 0 && (v.norms[q] === 'the' || v.norms[q] === 'a' || v.norms[q] === 'an')) q--;
  if (q < 0 || v.norms[q] !== ',') return undefined;
  return found.find((f) => f.type === 'PERSON' && f.j === q);
}

function withModifiers(v: SentenceView, lex: ActorLexicon, f: Found, found: readonly Found[]): Found {
  const left = modifierLeft(v, lex, f, found);
  const right = left ? undefined : modifierRight(v, f, found);
  const mod = left ?? right;
  if (!mod) return f;
  const out: Found = { ...f, i: Math.min(f.i, mod.i), j: Math.max(f.j, mod.j), rule: `${f.rule}+${mod.rule}` };
  if (mod.country && !out.country) out.country = mod.country;
  if (mod.igo && !out.igo) out.igo = mod.igo;
  if (mod.sector && (f.type === 'ROLE' || !out.sector)) out.sector = mod.sector;
  if (mod.anaphor) out.anaphor = true;
  return out;
}

export { isPossessive };
