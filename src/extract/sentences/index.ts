import { join } from 'node:path';
import { readLines } from '../../resources/lines.js';
import type { Stage, StageFactory } from '../../pipeline/stage.js';
import { foldSameLength } from '../../text/fold.js';
import { tokenize } from '../../text/tokenize.js';
import { sentenceBreaks } from './breaks.js';

export const SENTENCES_VERSION = '1.0.0';

/** Shared by every token draft (the pipeline maps it to one frozen provenance). */
const TOKEN_PROVENANCE = Object.freeze({ rule: 'token', confidence: 1 });

/**
 * Sentences and tokens. A sentence ends at `.`, `!` or `?` (with any closing quotes) before a
 * capital, digit or quote, unless the full stop belongs to a known abbreviation; a line break
 * always ends one (headlines, datelines), a blank line also starts a new paragraph.
 */
export const createSentencesStage: StageFactory = (_options, resources): Stage => {
  const abbreviations = resources.get(
    'lexicon/abbreviations',
    () => new Set(readLines(join(resources.dir, 'lexicon/abbreviations.txt')).map((a) => a.toLowerCase())),
  );
  return {
    name: 'sentences',
    version: SENTENCES_VERSION,
    requires: [],
    assigns: ['sentence', 'token'],
    run(doc, out) {
      const text = doc.text;
      const folded = foldSameLength(text);
      const tokens = tokenize(text);
      const breaks = sentenceBreaks(text, tokens, abbreviations);
      let sentence = 0;
      let paragraph = 0;
      let first = 0;
      for (let b = 0; b < breaks.length; b++) {
        const last = breaks[b]!.last;
        const span = { start: tokens[first]!.start, end: tokens[last]!.end };
        out.add({ kind: 'sentence', span, index: sentence, paragraph, provenance: { rule: breaks[b]!.rule, confidence: 0.95 } });
        for (let i = first; i <= last; i++) {
          const t = tokens[i]!;
          out.add({
            kind: 'token',
            span: { start: t.start, end: t.end },
            index: i,
            sentence,
            norm: folded.slice(t.start, t.end),
            word: t.word,
            provenance: TOKEN_PROVENANCE,
          });
        }
        if (breaks[b]!.paragraphAfter) paragraph++;
        sentence++;
        first = last + 1;
      }
    },
  };
};
