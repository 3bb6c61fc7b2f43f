import { join } from 'node:path';
import { ChronicleError } from '../../errors.js';
import type { PloverType } from '../../model/annotation.js';
import { readLines, readTsv } from '../../resources/lines.js';
import { nounForms, verbForms } from './inflect.js';

/** One element of a trigger pattern: the word forms it accepts, and whether a gap may precede it. */
export interface PatternElement {
  readonly forms: ReadonlySet<string>;
  readonly gapBefore: boolean;
}

/**
 * A compiled entry of `resources/events/triggers.tsv`.
 * @example { id: 'trigger:push…across', pattern: 'push … across', pos: 'v', type: 'COERCE', mode: 'deport', cameo: '174', … }
 */
export interface TriggerRule {
  readonly id: string;
  readonly pattern: string;
  readonly pos: 'v' | 'n';
  readonly type: PloverType;
  readonly mode?: string;
  readonly cameo: string;
  readonly contexts: readonly string[];
  readonly example: string;
  readonly elements: readonly PatternElement[];
}

/** The trigger lexicon, indexed by every form of each entry's head word. */
export interface TriggerLexicon {
  readonly byHead: ReadonlyMap<string, readonly TriggerRule[]>;
  /** Forms that are past participles (regular `-ed` or listed irregular), for passive voice. */
  readonly participles: ReadonlySet<string>;
  /** Phrases that are not events ("riot gear", "released a video"), by head form. */
  readonly blockers: ReadonlyMap<string, readonly (readonly PatternElement[])[]>;
  readonly size: number;
}

const TYPES = new Set<string>([
  'AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST',
  'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT',
]);
/** Function words are never inflected ("a" must not become "as"). */
const FUNCTION_WORDS = new Set(
  'a an the of to into across in on at by for with from back out up down off over about upon against under through its their his her'.split(' '),
);
const GAP = /^(?:…|\.\.\.)$/;

/** Reads `irregular-verbs.tsv` and `triggers.tsv` from a resources folder and compiles the index. */
export function loadTriggerLexicon(resourcesDir: string): TriggerLexicon {
  const irregular = new Map<string, string[]>();
  const participles = new Set<string>();
  for (const [lemma, forms] of readTsv(join(resourcesDir, 'events/irregular-verbs.tsv'))) {
    if (!lemma) continue;
    const list = (forms ?? '').split(',').map((f) => f.trim()).filter(Boolean);
    irregular.set(lemma, [...(irregular.get(lemma) ?? []), ...list]);
    for (const f of list) if (!f.endsWith('ing') && !f.endsWith('s')) participles.add(f);
  }
  const path = join(resourcesDir, 'events/triggers.tsv');
  const byHead = new Map<string, TriggerRule[]>();
  let size = 0;
  for (const line of readLines(path)) {
    const [pattern, pos, type, mode, cameo, contexts, example] = line.split('\t').map((f) => f.trim());
    if (!pattern || (pos !== 'v' && pos !== 'n') || !type || !TYPES.has(type) || !cameo) {
      throw new ChronicleError('E_RESOURCE', `bad trigger entry: ${line}`, { file: path });
    }
    const elements = compilePattern(pattern, pos, irregular);
    const rule: TriggerRule = {
      id: `trigger:${pattern.replace(/\s+/g, '_')}:${pos}`,
      pattern,
      pos,
      type: type as PloverType,
      ...(mode ? { mode } : {}),
      cameo,
      contexts: (contexts ?? '').split(',').map((c) => c.trim()).filter(Boolean),
      example: example ?? '',
      elements,
    };
    for (const form of elements[0]!.forms) {
      let list = byHead.get(form);
      if (!list) byHead.set(form, (list = []));
      list.push(rule);
    }
    size++;
  }
  for (const list of byHead.values()) list.sort((a, b) => b.elements.length - a.elements.length);
  const blockers = new Map<string, PatternElement[][]>();
  for (const line of readLines(join(resourcesDir, 'events/not-triggers.tsv'))) {
    const [pattern, pos] = line.split('\t').map((f) => f.trim());
    if (!pattern) continue;
    const elements = compilePattern(pattern, pos === 'n' ? 'n' : 'v', irregular);
    for (const form of elements[0]!.forms) {
      let list = blockers.get(form);
      if (!list) blockers.set(form, (list = []));
      list.push(elements);
    }
  }
  return { byHead, participles, blockers, size };
}

function compilePattern(pattern: string, pos: 'v' | 'n', irregular: ReadonlyMap<string, string[]>): PatternElement[] {
  const words = pattern.toLowerCase().split(/\s+/);
  const elements: PatternElement[] = [];
  let gap = false;
  for (const word of words) {
    if (GAP.test(word)) {
      gap = true;
      continue;
    }
    const head = elements.length === 0;
    const forms = new Set<string>();
    for (const alt of word.split('|')) {
      const plus = alt.endsWith('+');
      const w = plus ? alt.slice(0, -1) : alt;
      if (head && pos === 'v' && !FUNCTION_WORDS.has(w)) for (const f of verbForms(w, irregular.get(w))) forms.add(f);
      else if (head && pos === 'n' && words.length === 1) for (const f of nounForms(w)) forms.add(f);
      else if (plus) for (const f of [...nounForms(w), ...verbForms(w, irregular.get(w))]) forms.add(f);
      else forms.add(w);
    }
    elements.push({ forms, gapBefore: gap });
    gap = false;
  }
  return elements;
}
