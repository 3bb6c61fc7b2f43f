import { join } from 'node:path';
import type { PloverType } from '../../model/annotation.js';
import { readTsv } from '../../resources/lines.js';

/** A CAMEO code's PLOVER reading, from `resources/events/cameo-plover.tsv`. */
export interface CameoEntry {
  readonly type: PloverType;
  readonly mode?: string;
  readonly contexts: readonly string[];
}

/** An ACLED view row, from `resources/events/acled.tsv`. */
export interface AcledRow {
  readonly type: PloverType;
  readonly mode: string;
  readonly sectors: ReadonlySet<string> | '*';
  readonly acledType: string;
  readonly subType: string;
}

/** A re-coding rule of `resources/events/recode.tsv`. */
export interface RecodeRule {
  readonly when: 'future' | 'intent' | 'refusal' | 'threat' | 'always';
  readonly type: PloverType;
  readonly mode: string;
  readonly sectors: ReadonlySet<string> | '*';
  readonly to: { readonly type: PloverType; readonly mode?: string; readonly cameo: string };
  readonly id: string;
}

/** One cue phrase of a modality list. */
export interface ModalityPhrase {
  readonly flag: ModalityCue['flag'];
  readonly where: ModalityCue['where'];
  readonly phrase: readonly string[];
}

/** A modality cue list, from `resources/events/modality.tsv`. */
export interface ModalityCue {
  readonly flag: 'negated' | 'future' | 'hypothetical' | 'historical';
  /** Each cue as its token norms. */
  readonly phrases: readonly (readonly string[])[];
  readonly where: 'before' | 'after' | 'clause';
}

/** Everything the events stage reads besides the trigger lexicon. */
export interface EventOntology {
  readonly types: ReadonlyMap<PloverType, { readonly modes: readonly string[]; readonly recipientRequired: boolean }>;
  readonly cameo: ReadonlyMap<string, CameoEntry>;
  readonly acled: readonly AcledRow[];
  /** Context cue: exact word → contexts, and prefixes (from `word*`) → contexts. */
  readonly contextWords: ReadonlyMap<string, readonly string[]>;
  /** Prefix cues (from `word*`), indexed by their first three letters. */
  readonly contextPrefixes: ReadonlyMap<string, readonly { readonly prefix: string; readonly context: string }[]>;
  readonly contextPhrases: readonly { readonly words: readonly string[]; readonly context: string }[];
  readonly modality: readonly ModalityCue[];
  /** Modality cue phrases by their first word, and those whose first word is a suffix ("n't", "'ll"). */
  readonly modalityByWord: ReadonlyMap<string, readonly ModalityPhrase[]>;
  readonly modalityBySuffix: readonly ModalityPhrase[];
  readonly recode: readonly RecodeRule[];
  /** Instrument cues for ASSAULT modes, in file order: exact words, prefixes and phrases. */
  readonly instruments: readonly { readonly mode: string; readonly words: ReadonlySet<string>; readonly prefixes: readonly string[]; readonly phrases: readonly (readonly string[])[] }[];
}

const csv = (s: string | undefined): string[] => (s ?? '').split(',').map((x) => x.trim()).filter(Boolean);

export function loadEventOntology(resourcesDir: string): EventOntology {
  const dir = join(resourcesDir, 'events');
  const types = new Map<PloverType, { modes: string[]; recipientRequired: boolean }>();
  for (const [type, , required, modes] of readTsv(join(dir, 'types.tsv'))) {
    types.set(type as PloverType, { modes: csv(modes), recipientRequired: required === 'yes' });
  }
  const cameo = new Map<string, CameoEntry>();
  for (const [code, type, mode, contexts] of readTsv(join(dir, 'cameo-plover.tsv'))) {
    if (!code || !type) continue;
    cameo.set(code, { type: type as PloverType, ...(mode ? { mode } : {}), contexts: csv(contexts) });
  }
  const acled: AcledRow[] = readTsv(join(dir, 'acled.tsv')).map(([type, mode, sectors, acledType, subType]) => ({
    type: type as PloverType,
    mode: mode ?? '*',
    sectors: !sectors || sectors === '*' ? '*' : new Set(csv(sectors)),
    acledType: acledType ?? '',
    subType: subType ?? '',
  }));
  const contextWords = new Map<string, string[]>();
  const contextPrefixes = new Map<string, { prefix: string; context: string }[]>();
  const contextPhrases: { words: string[]; context: string }[] = [];
  for (const [context, cues] of readTsv(join(dir, 'contexts.tsv'))) {
    if (!context) continue;
    for (const cue of csv(cues)) {
      const words = cue.toLowerCase().split(/\s+/);
      if (words.length > 1) contextPhrases.push({ words, context });
      else if (cue.endsWith('*')) {
        const prefix = cue.slice(0, -1);
        const key = prefix.slice(0, 3);
        contextPrefixes.set(key, [...(contextPrefixes.get(key) ?? []), { prefix, context }]);
      }
      else contextWords.set(cue, [...(contextWords.get(cue) ?? []), context]);
    }
  }
  const modality: ModalityCue[] = readTsv(join(dir, 'modality.tsv')).map(([flag, cues, where]) => ({
    flag: flag as ModalityCue['flag'],
    phrases: csv(cues).map((c) => c.toLowerCase().replace(/n't/g, " n't").replace(/'ll/g, " 'll").split(/\s+/)),
    where: (where ?? 'before') as ModalityCue['where'],
  }));
  const recode: RecodeRule[] = readTsv(join(dir, 'recode.tsv')).map(([when, type, mode, sectors, toType, toMode, toCameo], i) => ({
    when: when as RecodeRule['when'],
    type: type as PloverType,
    mode: mode || '*',
    sectors: !sectors || sectors === '*' ? '*' : new Set(csv(sectors)),
    to: { type: toType as PloverType, ...(toMode ? { mode: toMode } : {}), cameo: toCameo ?? '' },
    id: `recode:${when}:${type}:${i + 1}`,
  }));
  const instruments = readTsv(join(dir, 'instruments.tsv')).map(([mode, cues]) => {
    const all = csv(cues).map((c) => c.toLowerCase());
    return {
      mode: mode ?? '',
      words: new Set(all.filter((c) => !c.includes(' ') && !c.endsWith('*'))),
      prefixes: all.filter((c) => !c.includes(' ') && c.endsWith('*')).map((c) => c.slice(0, -1)),
      phrases: all.filter((c) => c.includes(' ')).map((c) => c.split(/\s+/)),
    };
  });
  const modalityByWord = new Map<string, ModalityPhrase[]>();
  const modalityBySuffix: ModalityPhrase[] = [];
  for (const cue of modality) {
    for (const phrase of cue.phrases) {
      const entry = { flag: cue.flag, where: cue.where, phrase };
      if (phrase[0]!.startsWith("'") || phrase[0] === "n't") modalityBySuffix.push(entry);
      else modalityByWord.set(phrase[0]!, [...(modalityByWord.get(phrase[0]!) ?? []), entry]);
    }
  }
  return { types, cameo, acled, contextWords, contextPrefixes, contextPhrases, modality, modalityByWord, modalityBySuffix, recode, instruments };
}

/** The CAMEO entry for a code, falling back to its three-digit parent and then its root. */
export function cameoEntry(ontology: EventOntology, code: string): CameoEntry | undefined {
  return ontology.cameo.get(code) ?? ontology.cameo.get(code.slice(0, 3)) ?? ontology.cameo.get(code.slice(0, 2));
}
