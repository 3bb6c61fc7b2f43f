import { readFileSync } from 'node:fs';
import type { EntityType } from '../../model/annotation.js';
import type { Sector } from '../../model/actor.js';
import { ChronicleError } from '../../errors.js';
import type { LexEntry } from './lexicon.js';


/** One phrase of a user dictionary with the reading it adds to the lexicon. */
export interface UserPhrase {
  readonly phrase: string;
  readonly entry: LexEntry;
  /** PETRARCH stem: the last word matches any word it begins ("ARGENTIN" → "Argentina"). */
  readonly prefix: boolean;
  /** Written in capitals ("EU" in a TSV file): match only capitals in the text. */
  readonly capsOnly?: boolean;
}

const SECTOR_CODES = new Set([
  'GOV', 'MIL', 'COP', 'LEG', 'JUD', 'REF', 'CVL', 'OPP', 'REB', 'MED', 'BUS',
  'EDU', 'HLH', 'IGO', 'NGO', 'REL', 'LAB', 'SPY', 'ELI', 'UNK',
]);
const TYPES = new Set<EntityType>(['PERSON', 'ORG', 'COUNTRY', 'PLACE', 'NATIONALITY', 'ROLE', 'GROUP']);

const sectorOf = (code: string): Sector | undefined => (SECTOR_CODES.has(code) ? (code as Sector) : undefined);

/**
 * Reads a CAMEO-style code ("LTU", "BLRCOP", "IGOEU", "~GOV") into country, igo and sector.
 * @example splitCode('BLRCOP') // { country: 'BLR', sector: 'COP' }
 */
export function splitCode(raw: string): { country?: string; igo?: string; sector?: Sector } {
  const code = raw.trim().toUpperCase().replace(/^~/, '');
  if (code.length === 0 || code === '---') return {};
  if (code.startsWith('IGO')) return { igo: code.slice(3) || 'IGO', sector: 'IGO' };
  const head = code.slice(0, 3);
  if (raw.trim().startsWith('~') || (code.length === 3 && sectorOf(head))) {
    const s = sectorOf(head);
    return s ? { sector: s } : {};
  }
  const sector = sectorOf(code.slice(3, 6));
  return { country: head, ...(sector ? { sector } : {}) };
}

/**
 * Reads a user actor dictionary. Two formats, told apart by content:
 *
 * - **TSV** (Chronicle's own): `name<TAB>code<TAB>sector<TAB>type`, where code is an ISO-3 country
 *   code or a CAMEO code (`BLR`, `BLRCOP`, `IGOEU`), sector and type optional.
 * - **PETRARCH/TABARI** actor and agent files: `ARNOR_ [ARN]`, `+SYNONYM` lines, `!PERSON! = MAN, MEN`
 *   substitutions, agents `FOREIGN_MINISTER {PLURAL} [~GOV]`, `<!-- -->` and `#` comments.
 */
export function readActorDictionary(path: string): UserPhrase[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8').normalize('NFC');
  } catch (error) {
    throw new ChronicleError('E_RESOURCE', `cannot read actor dictionary ${path}: ${(error as Error).message}`, { file: path });
  }
  return /^[^#\t\n]*\[[^\]\n]+\]/m.test(text) && !/\t/.test(text.split('\n').find((l) => l.trim() && !l.startsWith('#')) ?? '')
    ? parsePetrarch(text)
    : parseTsv(text, path);
}

function parseTsv(text: string, path: string): UserPhrase[] {
  const out: UserPhrase[] = [];
  text.split(/\r?\n/).forEach((line, n) => {
    if (line.trim() === '' || line.startsWith('#')) return;
    const [name, code = '', sector = '', type = ''] = line.split('\t').map((f) => f.trim());
    if (!name) throw new ChronicleError('E_RESOURCE', `actor dictionary line ${n + 1}: empty name`, { file: `${path}:${n + 1}` });
    const parts = splitCode(code);
    const s = sectorOf(sector.toUpperCase()) ?? parts.sector;
    const t = TYPES.has(type.toUpperCase() as EntityType) ? (type.toUpperCase() as EntityType) : undefined;
    out.push({ phrase: name, prefix: false, capsOnly: /^[\p{Lu}\d.\-]{1,6}$/u.test(name), entry: userEntry(name, code.toUpperCase(), { ...parts, ...(s ? { sector: s } : {}) }, t) });
  });
  return out;
}

function userEntry(name: string, code: string, parts: ReturnType<typeof splitCode>, type?: EntityType): LexEntry {
  const t: EntityType = type ?? (parts.igo ? 'ORG' : parts.sector ? (parts.country ? 'ORG' : 'GROUP') : 'COUNTRY');
  return {
    kind: 'user', name, code, type: t, rule: `user:${code || name}`,
    ...(parts.country ? { country: parts.country } : {}),
    ...(parts.igo ? { igo: parts.igo } : {}),
    ...(parts.sector ? { sector: parts.sector } : {}),
  };
}

const titleCase = (s: string): string => s.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_m, a: string, b: string) => a + b.toUpperCase());

function parsePetrarch(text: string): UserPhrase[] {
  const out: UserPhrase[] = [];
  const substitutions = new Map<string, string[]>();
  const clean = text.replace(/<!--[\s\S]*?-->/g, '\n');
  let primary: { name: string; code: string } | undefined;
  /** A name whose codes follow on their own lines (`[DZAGOV >990427]`), with its synonyms so far. */
  let pending: { name: string; forms: string[]; codes: string[] } | undefined;
  const flush = (): void => {
    if (!pending) return;
    const code = chooseCode(pending.codes);
    if (code) {
      primary = { name: pending.name, code };
      for (const form of pending.forms) for (const f of expand(form, substitutions)) out.push(phraseOf(f, pending.name, code));
    }
    pending = undefined;
  };
  for (const raw of clean.split(/\r?\n/)) {
    const line = raw.replace(/#.*$/, '').trim();
    if (!line) continue;
    const sub = /^(?<key>![A-Z]+!)\s*=\s*(?<forms>.+)$/.exec(line);
    if (sub) {
      substitutions.set(sub.groups!.key!, sub.groups!.forms!.split(',').map((f) => f.trim()).filter(Boolean));
      continue;
    }
    const codeLine = /^\[(?<code>[^\]\s]+)[^\]]*\]/.exec(line);
    if (codeLine) {
      pending?.codes.push(line.slice(1, -1).trim());
      continue;
    }
    const syn = /^\+(?<name>[^[{]+)/.exec(line);
    if (syn) {
      if (pending) pending.forms.push(syn.groups!.name!.trim());
      else if (primary) for (const form of expand(syn.groups!.name!.trim(), substitutions)) out.push(phraseOf(form, primary.name, primary.code));
      continue;
    }
    flush();
    const entry = /^(?<name>[^[{+]+?)\s*(?:\{(?<plural>[^}]*)\})?\s*\[(?<code>[^\]\s]+)[^\]]*\]/.exec(line);
    if (!entry) {
      const name = line.replace(/\s+/g, ' ').trim();
      pending = { name: titleCase(name.replace(/_/g, ' ').replace(/!/g, '').trim()), forms: [name], codes: [] };
      continue;
    }
    const name = entry.groups!.name!.trim();
    const code = entry.groups!.code!;
    const display = titleCase(name.replace(/_/g, ' ').replace(/!/g, '').trim());
    primary = { name: display, code };
    for (const form of expand(name, substitutions)) {
      out.push(phraseOf(form, display, code));
      if (code.startsWith('~') && !form.endsWith('_') && !/S$/.test(form)) out.push(phraseOf(`${form}S`, display, code));
    }
    for (const p of (entry.groups!.plural ?? '').split(',').map((f) => f.trim()).filter(Boolean)) {
      out.push(phraseOf(p, display, code));
    }
  }
  flush();
  return out;
}

/**
 * Of an actor's dated codes (`DZAELI 550101-000101`, `DZAGOV >990427`, `DZAELI`), the one news
 * most often needs: a government code of any period (office holders make the news), else the current code,
 * else the last one listed.
 */
function chooseCode(codes: readonly string[]): string | undefined {
  const parsed = codes.map((c) => {
    const [code = '', date] = c.split(/\s+/);
    return { code, current: !date || date.startsWith('>') };
  }).filter((c) => c.code);
  const current = parsed.filter((c) => c.current);
  return (parsed.find((c) => c.code.slice(3, 6) === 'GOV') ?? current[current.length - 1] ?? parsed[parsed.length - 1])?.code;
}

function expand(form: string, substitutions: ReadonlyMap<string, string[]>): string[] {
  const m = /![A-Z]+!/.exec(form);
  if (!m) return [form];
  const alternatives = substitutions.get(m[0]) ?? [];
  return alternatives.flatMap((alt) => expand(form.replace(m[0], alt), substitutions));
}

function phraseOf(form: string, name: string, code: string): UserPhrase {
  const exact = form.endsWith('_');
  const words = form.replace(/_/g, ' ').trim();
  const parts = splitCode(code);
  return {
    phrase: words,
    prefix: !exact && !code.startsWith('~') && words.length >= 4,
    entry: code.startsWith('~')
      ? { kind: 'agent', lemma: name.toLowerCase(), type: 'GROUP', rule: `user-agent:${code}`, ...(parts.sector ? { sector: parts.sector } : {}) }
      : userEntry(name, code.toUpperCase(), parts),
  };
}
