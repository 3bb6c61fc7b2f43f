import { join } from 'node:path';
import type { CueKind } from '../../model/annotation.js';
import type { ResourceCache } from '../../pipeline/context.js';
import { readTsv } from '../../resources/lines.js';

/** How a cue takes its content (see the header of `resources/quotes/cues.tsv`). */
export type CueFrame = 'S' | 'C' | 'Q' | 'N' | 'A' | 'I' | 'P' | 'T' | 'noun';

/** One cue as it appears in text: a form (one or more words) with its lemma, kind and frame. */
export interface CueEntry {
  readonly lemma: string;
  readonly kind: CueKind;
  readonly frame: CueFrame;
  /** Folded word forms, in order ("pointed", "out"). */
  readonly words: readonly string[];
}

/**
 * The quote rules' data: cues by their first word, and the function-word classes of
 * `resources/quotes/words.tsv`.
 *
 * @example lexicon.cues.get('said') // [{ lemma: 'say', kind: 'assert', frame: 'S', words: ['said'] }]
 */
export interface QuoteLexicon {
  readonly cues: ReadonlyMap<string, readonly CueEntry[]>;
  readonly words: ReadonlyMap<string, ReadonlySet<string>>;
  is(word: string, cls: string): boolean;
}

const KINDS = new Set(['assert', 'deny', 'accuse', 'warn', 'promise', 'statement', 'report', 'believe', 'ask', 'other']);
const FRAMES = new Set(['S', 'C', 'Q', 'N', 'A', 'I', 'P', 'T', 'noun']);

/** Regular inflections of an English verb: 3rd person, past, gerund. */
export function inflect(verb: string): string[] {
  // a one-syllable verb ending in one vowel and one consonant doubles it: "slammed", "planning"
  if (/^[^aeiou]*[aeiou][bdgklmnprt]$/.test(verb)) return [verb, `${verb}s`, `${verb}${verb.at(-1)}ed`, `${verb}${verb.at(-1)}ing`];
  if (/[^aeiou]y$/.test(verb)) return [verb, `${verb.slice(0, -1)}ies`, `${verb.slice(0, -1)}ied`, `${verb}ing`];
  if (/e$/.test(verb)) return [verb, `${verb}s`, `${verb}d`, `${verb.slice(0, -1)}ing`];
  if (/(s|sh|ch|x|z)$/.test(verb)) return [verb, `${verb}es`, `${verb}ed`, `${verb}ing`];
  return [verb, `${verb}s`, `${verb}ed`, `${verb}ing`];
}

export function loadQuoteLexicon(resources: ResourceCache): QuoteLexicon {
  return resources.get('quotes/lexicon', () => {
    const cues = new Map<string, CueEntry[]>();
    const addForm = (form: string, lemma: string, kind: CueKind, frame: CueFrame): void => {
      const words = form.split(' ');
      const list = cues.get(words[0]!) ?? [];
      if (!list.some((e) => e.words.join(' ') === form && e.frame === frame)) list.push({ lemma, kind, frame, words });
      list.sort((a, b) => b.words.length - a.words.length);
      cues.set(words[0]!, list);
    };
    for (const [lemma, kind, frame, forms] of readTsv(join(resources.dir, 'quotes/cues.tsv'))) {
      if (!lemma || !KINDS.has(kind ?? '') || !FRAMES.has(frame ?? '')) {
        throw new Error(`resources/quotes/cues.tsv: bad row "${lemma}\t${kind}\t${frame}"`);
      }
      const k = kind as CueKind;
      const f = frame as CueFrame;
      if (f === 'noun' || f === 'T') {
        // a noun and its plural: "claim", "claims"; "criticism of", "criticisms of"
        const [noun, ...rest] = lemma.split(' ');
        addForm(lemma, lemma, k, f);
        if (!noun!.endsWith('s')) addForm([`${noun}s`, ...rest].join(' '), lemma, k, f);
        continue;
      }
      if (f === 'P' || f === 'A') {
        addForm(lemma, lemma, k, f);
        continue;
      }
      const [head, ...rest] = lemma.split(' ');
      const heads = forms ? [head!, ...forms.split(',').map((s) => s.trim())] : inflect(head!);
      for (const h of heads) addForm([h, ...rest].join(' '), lemma, k, f);
    }
    const words = new Map<string, Set<string>>();
    for (const [cls, word] of readTsv(join(resources.dir, 'quotes/words.tsv'))) {
      if (!cls || !word) continue;
      let set = words.get(cls);
      if (!set) words.set(cls, (set = new Set()));
      set.add(word);
    }
    return {
      cues,
      words,
      is: (word, cls) => words.get(cls)?.has(word) ?? false,
    };
  });
}
