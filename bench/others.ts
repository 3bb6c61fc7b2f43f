import type { ArticleInput } from '../src/input/article-input.js';

/** A comparison tool: loaded once (not timed), then called per article. */
export interface Other {
  readonly name: string;
  readonly what: string;
  /** Timed runs; slow tools get one. */
  readonly runs: number;
  load(): Promise<(input: ArticleInput) => unknown>;
}

/** The article date as chrono's reference instant (noon UTC, so no zone moves it to another day). */
const referenceOf = (input: ArticleInput): Date => new Date(/^\d{4}-\d{2}-\d{2}$/.test(input.date) ? `${input.date}T12:00:00Z` : input.date);

export const OTHERS: readonly Other[] = [
  {
    name: 'chrono-node',
    what: 'dates only: chrono.parse(text, article date)',
    runs: 3,
    async load() {
      const chrono = await import('chrono-node');
      return (input) => chrono.parse(input.text, referenceOf(input));
    },
  },
  {
    name: 'wink-nlp',
    what: 'full pipeline (wink-eng-lite-web-model): readDoc + entities',
    runs: 3,
    async load() {
      const { default: winkNLP } = await import('wink-nlp');
      const { default: model } = await import('wink-eng-lite-web-model');
      const nlp = winkNLP(model);
      return (input) => nlp.readDoc(input.text).entities().out();
    },
  },
  {
    name: 'compromise',
    what: 'people, places, organisations',
    runs: 1,
    async load() {
      const { default: nlp } = await import('compromise');
      return (input) => {
        const doc = nlp(input.text);
        return [doc.people().out('array'), doc.places().out('array'), doc.organizations().out('array')];
      };
    },
  },
];
