import type { ActorLexicon } from './lexicon.js';
import { reading, type Mention } from './mentions.js';
import type { SentenceView } from './sentence-view.js';

/** A capitalised run read as a named organisation or a person, with the cue that decided it. */
export interface NameHit {
  /** TITLE: a capitalised title with no name after it ("Vice Foreign Minister"), kept whole. */
  readonly type: 'PERSON' | 'ORG' | 'TITLE';
  readonly i: number;
  readonly j: number;
  readonly rule: string;
  readonly confidence: number;
  /** A title right before the name ("Interior Minister" Agnė Bilotaitė). */
  readonly title?: Mention;
  /** Where the full title starts when capitalised words precede the title word ("Planning and Investment Minister"). */
  readonly titleStart?: number;
  /** Where the full title ends when words follow the title word ("Minister for Interior"). */
  readonly titleEnd?: number;
}

/** People named earlier in the article, by folded full name and by folded surname. */
export type KnownPersons = ReadonlyMap<string, unknown>;

const CONNECTORS = new Set(['of', 'for', 'and', 'the', 'on', 'de', 'van', 'von', 'der', 'den', 'bin', 'ibn', 'al', 'el', 'da', 'del', 'di', 'du', 'la', 'le', 'dos', 'das']);
const NAME_PARTICLES = new Set(['de', 'van', 'von', 'der', 'den', 'bin', 'ibn', 'al', 'el', 'da', 'del', 'di', 'du', 'la', 'le', 'dos', 'das']);
/** Second words of portfolios after "Minister of": "Foreign Affairs", "Homeland Security". */
const TITLE_TAILS = new Set(['affairs', 'security', 'development', 'defence', 'defense', 'trade', 'justice', 'relations', 'policy', 'health', 'finance', 'planning', 'economy']);
const CONTRACTION = /^i$|'(?:ve|ll|re|d|m|t)$/;
const AUX = new Set(['has', 'had', 'have', 'also', 'later', 'then', 'further', 'previously', 'earlier', 'again']);

/**
 * Finds capitalised runs ("State Border Committee", "Interior Minister Agnė Bilotaitė",
 * "said Anna Nowak") and reads each as an ORG (it ends in an organisation head word), a titled
 * PERSON, or a PERSON with a cue: honorific, title, verb of saying, known first name, apposed
 * title, or an earlier mention of the same person. Runs with no cue are left alone.
 */
export function namesOf(v: SentenceView, lex: ActorLexicon, mentions: readonly Mention[], known: KnownPersons): NameHit[] {
  const owner: number[] = new Array<number>(v.length).fill(-1);
  mentions.forEach((m, n) => {
    for (let k = m.i; k < m.j; k++) owner[k] = n;
  });
  const mentionAt = (k: number): Mention | undefined => (owner[k]! >= 0 ? mentions[owner[k]!] : undefined);
  const plain = (k: number): boolean => {
    if (k < 0 || k >= v.length || !v.cap[k] || lex.functionWords.has(v.norms[k]!) || CONTRACTION.test(v.norms[k]!)) return false;
    const m = mentionAt(k);
    return !m || (!m.place && m.entries.every((e) => e.kind === 'agent' || e.kind === 'role'));
  };
  const strict = (k: number): boolean => plain(k) || (minorPlace(mentionAt(k)) && (plain(k - 1) || plain(k + 1)));
  const loose = (k: number): boolean => strict(k) || (v.cap[k]! && !!mentionAt(k)?.place) || reading(mentionAt(k), 'country') !== undefined;
  const out: NameHit[] = [];
  let k = 0;
  while (k < v.length) {
    if (!loose(k)) {
      k++;
      continue;
    }
    const [a, b] = extend(v, k, loose);
    k = b;
    const org = orgRun(v, lex, a, b, strict);
    if (org) {
      out.push(org);
      continue;
    }
    for (let s = a; s < b; ) {
      if (!strict(s)) {
        s++;
        continue;
      }
      const [sa, sb] = extend(v, s, strict, (k) => !!reading(mentionAt(k), 'role'));
      s = sb;
      const hit = readRun(v, lex, mentions, owner, known, sa, sb);
      if (hit) out.push(hit);
    }
  }
  return out;
}

/** A one-word place the gazetteer found that is no country, region or capital: inside a name it is part of the name ("Tran Xuan Gia"). */
function minorPlace(m: Mention | undefined): boolean {
  if (!m?.place || m.j - m.i !== 1 || m.entries.length > 0 || m.place.role !== 'location') return false;
  const code = m.place.featureCode ?? '';
  return !code.startsWith('PCL') && code !== 'ADM1' && code !== 'PPLC' && (m.place.population ?? 0) < 100_000;
}

/**
 * The run of name-like tokens from `k`, joined by connectors ("of", "for") and initials ("W.");
 * "and" does not join two titled names ("Governor Bush and Senator Rubio").
 */
function extend(v: SentenceView, k: number, ok: (k: number) => boolean, isTitle?: (k: number) => boolean): [number, number] {
  let b = k + 1;
  let titled = isTitle?.(k) ?? false;
  for (;;) {
    if (b < v.length && ok(b)) {
      titled ||= isTitle?.(b) ?? false;
      b++;
    } else if (b + 1 < v.length && CONNECTORS.has(v.norms[b]!) && !v.cap[b] && ok(b + 1) && !(titled && v.norms[b] === 'and')) b += 2;
    else if (b + 1 < v.length && v.norms[b] === '.' && v.ends[b - 1]! - v.starts[b - 1]! === 1 && ok(b + 1)) b += 2;
    else break;
  }
  return [k, b];
}

/** A run ending in an organisation head word ("Nigerian Union of Teachers", "State Border Committee"). */
function orgRun(v: SentenceView, lex: ActorLexicon, a: number, b: number, strict: (k: number) => boolean): NameHit | undefined {
  let headAt = -1;
  for (let k = a; k < b; k++) {
    if (strict(k) && lex.orgHeads.has(v.norms[k]!) && (k === b - 1 || v.norms[k + 1] === 'of' || v.norms[k + 1] === 'for')) headAt = k;
  }
  if (headAt < 0 || (b - a === 1 && a === 0)) return undefined;
  return { type: 'ORG', i: a, j: b, rule: 'org-head', confidence: 0.8 };
}

function readRun(
  v: SentenceView, lex: ActorLexicon, mentions: readonly Mention[], owner: readonly number[], known: KnownPersons, a: number, b: number,
): NameHit | undefined {
  let titleEnd = -1;
  let titleMention: Mention | undefined;
  for (let k = a; k < b; k++) {
    if (owner[k]! >= 0 && reading(mentions[owner[k]!], 'role')) {
      titleMention = mentions[owner[k]!]!;
      titleEnd = titleMention.j;
    }
  }
  if (titleEnd > a && titleEnd < b && (v.norms[titleEnd] === 'of' || v.norms[titleEnd] === 'for')) {
    let j = titleEnd + (v.norms[titleEnd + 1] === 'the' ? 2 : 1) + 1;
    if (TITLE_TAILS.has(v.norms[j] ?? '') && j < b) j++;
    if (j >= b) return { type: 'TITLE', i: a, j: b, rule: 'title-run', confidence: 0.8, title: titleMention!, titleStart: a, titleEnd: b };
    titleEnd = j;
  }
  if (titleEnd > a && titleEnd < b) {
    for (let k = titleEnd; k < b; k++) if (owner[k]! >= 0 && !minorPlace(mentions[owner[k]!])) return undefined;
    const title = titleMention!;
    const titleStart = headline(v) ? title.i : a;
    return personIf(v, owner, titleEnd, b, { type: 'PERSON', i: titleEnd, j: b, rule: 'person-after-title', confidence: 0.85, title, titleStart, titleEnd });
  }
  if (titleEnd > a) {
    const title = titleMention!;
    return title.i > a && !headline(v) ? { type: 'TITLE', i: a, j: titleEnd, rule: 'title-run', confidence: 0.8, title, titleStart: a, titleEnd } : undefined;
  }
  for (let k = a; k < b; k++) if (owner[k]! >= 0 && !minorPlace(mentions[owner[k]!])) return undefined;
  for (let k = b - 2; k > a; k--) {
    if (lex.firstNames.has(v.norms[k]!) && !lex.firstNames.has(v.norms[k - 1]!)) {
      a = k;
      break;
    }
  }
  if (b - a > 2 && headline(v) && lex.firstNames.has(v.norms[a]!)) b = v.norms[a + 2] === '.' || v.ends[a + 1]! - v.starts[a + 1]! === 1 ? Math.min(b, a + 4) : a + 2;
  const before = a > 0 ? v.norms[a - 1]! : '';
  const titleBefore = a > 0 && owner[a - 1]! >= 0 ? mentions[owner[a - 1]!] : undefined;
  if (titleBefore && reading(titleBefore, 'role') && titleBefore.j === a) {
    return personIf(v, owner, a, b, { type: 'PERSON', i: a, j: b, rule: 'person-after-title', confidence: 0.8, title: titleBefore });
  }
  const hon = before === '.' && a > 1 ? v.norms[a - 2]! : before;
  if (lex.honorifics.has(hon)) return { type: 'PERSON', i: a, j: b, rule: 'person-honorific', confidence: 0.9 };
  const folded = v.norms.slice(a, b).join(' ');
  if (known.has(folded)) return { type: 'PERSON', i: a, j: b, rule: 'person-coref', confidence: 0.8 };
  if (v.upper[a] && b - a === 1) return undefined;
  const verbBefore = lex.speechVerbs.has(before) || (before === ',' && a > 1 && lex.speechVerbs.has(v.norms[a - 2]!));
  let after = b;
  while (after < v.length && AUX.has(v.norms[after]!)) after++;
  const verbAfter = after < v.length && lex.speechVerbs.has(v.norms[after]!);
  if (verbBefore || verbAfter) return { type: 'PERSON', i: a, j: b, rule: verbBefore ? 'person-said-before' : 'person-said-after', confidence: 0.75 };
  if (b - a >= 2 && lex.firstNames.has(v.norms[a]!)) return { type: 'PERSON', i: a, j: b, rule: 'person-first-name', confidence: 0.75 };
  if (v.norms[b] === ',' && b - a >= 2) {
    let q = b + 1;
    while (q < v.length && (v.norms[q] === 'the' || v.norms[q] === 'a' || v.norms[q] === "'s" || (owner[q]! >= 0 && !reading(mentions[owner[q]!], 'role')))) q++;
    if (q < v.length && owner[q]! >= 0 && reading(mentions[owner[q]!], 'role')) {
      return { type: 'PERSON', i: a, j: b, rule: 'person-apposition', confidence: 0.75 };
    }
  }
  return undefined;
}

/** A headline in title case ("How Trump Could Become President"): capitals say nothing there. */
function headline(v: SentenceView): boolean {
  let words = 0;
  let caps = 0;
  for (let k = 0; k < v.length; k++) {
    if (!v.word[k] || v.norms[k]!.length < 4) continue;
    words++;
    if (v.cap[k]) caps++;
  }
  return words >= 4 && caps / words > 0.7;
}

/** A name after a title must look like one: no particles at its edges. */
function personIf(v: SentenceView, _owner: readonly number[], i: number, j: number, hit: NameHit): NameHit | undefined {
  if (CONNECTORS.has(v.norms[i]!) || NAME_PARTICLES.has(v.norms[j - 1]!)) return undefined;
  return hit;
}
