import { join } from 'node:path';
import type { EntityType } from '../../model/annotation.js';
import type { Sector } from '../../model/actor.js';
import { loadCountries, type CountryMatchKind, type CountryRecord, type CountryTable } from '../../resources/countries.js';
import { readLines, readTsv } from '../../resources/lines.js';
import { foldSameLength } from '../../text/fold.js';
import { readActorDictionary } from './user-dictionary.js';
import { PhraseTrie } from './phrase-trie.js';

/** Sector codes Chronicle knows (the `Sector` union), for validating data files. */
export const SECTORS: ReadonlySet<string> = new Set<Sector>([
  'GOV', 'MIL', 'COP', 'LEG', 'JUD', 'REF', 'CVL', 'OPP', 'REB', 'MED', 'BUS',
  'EDU', 'HLH', 'IGO', 'NGO', 'REL', 'LAB', 'SPY', 'ELI', 'UNK',
]);

export const asSector = (code: string | undefined): Sector | undefined =>
  code && SECTORS.has(code.toUpperCase()) ? (code.toUpperCase() as Sector) : undefined;

/**
 * One reading of a lexicon phrase. `capsOnly` entries ("EU", "WHO", "US") match only when the
 * text is written in capitals too, so "who" and "us" stay pronouns.
 */
export type LexEntry = (
  | { readonly kind: 'igo'; readonly code: string; readonly name: string; readonly sector: Sector }
  | { readonly kind: 'agent'; readonly lemma: string; readonly sector?: Sector; readonly type: 'GROUP' | 'ORG' | 'NONE' }
  | { readonly kind: 'role'; readonly title: string; readonly sector?: Sector; readonly bare: boolean }
  | { readonly kind: 'country'; readonly country: CountryRecord; readonly match: CountryMatchKind }
  | {
      readonly kind: 'user';
      readonly name: string;
      readonly code: string;
      readonly type: EntityType;
      readonly country?: string;
      readonly igo?: string;
      readonly sector?: Sector;
    }
) & { readonly capsOnly?: boolean; readonly rule: string };

/**
 * Everything the entity stage and the actor resolver know about actors: one phrase trie over
 * countries, international organisations, agent nouns, role titles and user dictionaries, plus
 * the word lists that cue person names.
 *
 * @example
 * const lex = loadActorLexicon('resources');
 * lex.trie.longest(['border', 'guards'], 0)?.values[0] // { kind: 'agent', lemma: 'border guard', sector: 'COP', … }
 */
export interface ActorLexicon {
  readonly trie: PhraseTrie<LexEntry>;
  readonly countries: CountryTable;
  /** Head words of named organisations, folded, with the sector they suggest. */
  readonly orgHeads: ReadonlyMap<string, Sector | undefined>;
  readonly firstNames: ReadonlySet<string>;
  readonly honorifics: ReadonlySet<string>;
  readonly speechVerbs: ReadonlySet<string>;
  readonly functionWords: ReadonlySet<string>;
  /** Folded names of national capitals ("vilnius"), which stand for governments as subjects. */
  readonly capitals: ReadonlySet<string>;
  /** True when a user dictionary was loaded (its entries win over built-in readings). */
  readonly hasUserEntries: boolean;
}

const forms = (field: string | undefined): string[] =>
  (field ?? '').split('|').map((s) => s.trim()).filter(Boolean);

/** All-capital short forms ("EU", "WHO", "US") must be written in capitals in the text. */
export const isCapsForm = (form: string): boolean => /^[\p{Lu}\d.\-]+$/u.test(form) && /\p{Lu}/u.test(form) && form.length <= 6;

/**
 * Loads the actor lexicon from `resources/actors/` and `resources/geo/countries.tsv`, plus any
 * user dictionaries (see `resources/actors/README.md` for their format). Later files win:
 * a user entry is tried before the built-in readings of the same phrase.
 *
 * @example loadActorLexicon('resources', ['my-actors.tsv', 'PETR.Validate.actors.txt'])
 */
export function loadActorLexicon(resourcesDir: string, extra: readonly string[] = []): ActorLexicon {
  const dir = join(resourcesDir, 'actors');
  const trie = new PhraseTrie<LexEntry>();
  let hasUserEntries = false;
  for (const path of extra) {
    for (const e of readActorDictionary(path)) {
      hasUserEntries = true;
      trie.add(e.phrase, { ...e.entry, ...(e.capsOnly ? { capsOnly: true } : {}) }, e.prefix);
    }
  }
  for (const e of readActorDictionary(join(dir, 'named-actors.tsv'))) {
    const entry = { ...e.entry, rule: e.entry.rule.replace(/^user/, 'named') } as LexEntry;
    trie.add(e.phrase, { ...entry, ...(e.capsOnly ? { capsOnly: true } : {}) }, e.prefix);
  }
  for (const [code, name, sector, aliases] of readTsv(join(dir, 'igos.tsv'))) {
    const s = asSector(sector) ?? 'IGO';
    for (const form of [name!, ...forms(aliases)]) {
      trie.add(form, { kind: 'igo', code: code!, name: name!, sector: s, rule: `igo:${code}`, ...(isCapsForm(form) ? { capsOnly: true } : {}) });
    }
  }
  for (const [formList, sector, type] of readTsv(join(dir, 'agents.tsv'))) {
    const list = forms(formList);
    const t = type === 'ORG' || type === 'NONE' ? type : 'GROUP';
    const s = asSector(sector);
    for (const form of list) {
      trie.add(form, { kind: 'agent', lemma: list[0]!, type: t, rule: `agent:${list[0]}`, ...(s ? { sector: s } : {}) });
    }
  }
  for (const [formList, sector, flags] of readTsv(join(dir, 'roles.tsv'))) {
    const list = forms(formList);
    const s = asSector(sector);
    for (const form of list) {
      trie.add(form, { kind: 'role', title: list[0]!, bare: (flags ?? '').includes('bare'), rule: `role:${list[0]}`, ...(s ? { sector: s } : {}) });
    }
  }
  const countries = loadCountries(resourcesDir);
  for (const c of countries.all()) {
    const add = (form: string, match: CountryMatchKind): void =>
      trie.add(form, { kind: 'country', country: c, match, rule: `country-${match}:${c.iso3}`, ...(isCapsForm(form) ? { capsOnly: true } : {}) });
    add(c.name, 'name');
    for (const a of c.aliases) add(a, 'alias');
    for (const a of c.adjectives) add(a, 'adjective');
  }
  const orgHeads = new Map<string, Sector | undefined>();
  for (const [head, sector] of readTsv(join(dir, 'org-heads.tsv'))) orgHeads.set(foldSameLength(head!), asSector(sector));
  const words = (file: string): Set<string> => new Set(readLines(join(dir, file)).map((w) => foldSameLength(w.trim())));
  return {
    trie,
    countries,
    orgHeads,
    firstNames: words('first-names.txt'),
    honorifics: words('honorifics.txt'),
    speechVerbs: words('speech-verbs.txt'),
    functionWords: words('function-words.txt'),
    capitals: new Set(countries.all().flatMap((c) => (c.capital ? [foldSameLength(c.capital)] : []))),
    hasUserEntries,
  };
}
