import { join } from 'node:path';
import { ROOT } from '../../index.js';
import type { Article } from '../../model/article.js';
import type { PlaceAnnotation } from '../../model/annotation.js';
import { ResourceCache } from '../../pipeline/context.js';
import type { Doc } from '../../pipeline/doc.js';
import { Pipeline } from '../../pipeline/pipeline.js';
import type { Draft, Stage } from '../../pipeline/stage.js';
import { createSentencesStage } from '../sentences/index.js';
import { createEntitiesStage } from './index.js';

export const RESOURCES = join(ROOT, 'resources');
const resources = new ResourceCache(RESOURCES);

/** A stand-in for the places stage: marks the given surface strings as places, so entity tests do not depend on the gazetteer. */
export type FakePlace = { text: string; nth?: number } & Partial<Omit<Draft<PlaceAnnotation>, 'kind' | 'span'>>;

function fakePlaces(places: readonly FakePlace[]): Stage {
  return {
    name: 'places', version: 'test', requires: ['token'], assigns: ['place'],
    run(doc, out) {
      for (const p of places) {
        let at = -1;
        for (let n = 0; n <= (p.nth ?? 0); n++) at = doc.text.indexOf(p.text, at + 1);
        if (at < 0) throw new Error(`fake place not in text: ${p.text}`);
        const { text, nth: _nth, ...rest } = p;
        out.add({
          kind: 'place', span: { start: at, end: at + text.length }, name: text, resolved: true, role: 'location',
          precision: { acled: 1, plover: 1 }, alternatives: [], provenance: { rule: 'test', confidence: 0.9 }, ...rest,
        } as Draft<PlaceAnnotation> & { kind: 'place' });
      }
    },
  };
}

/** Runs sentences, fake places and entities (and any further stages) on a text. */
export function runWithPlaces(text: string, places: readonly FakePlace[] = [], more: Stage[] = [], entityOptions: Record<string, unknown> = {}): Doc {
  const pipeline = new Pipeline(
    [createSentencesStage({}, resources), fakePlaces(places), createEntitiesStage(entityOptions, resources), ...more],
    resources,
  );
  const article: Article = { id: 't', text, publishedAt: '2021-08-18', timezone: 'UTC', lang: 'en' };
  return pipeline.run(article);
}

/** Sentences and tokens only: a document without entity annotations. */
export function runSentencesOnly(text: string): Doc {
  const pipeline = new Pipeline([createSentencesStage({}, resources)], resources);
  return pipeline.run({ id: 't', text, publishedAt: '2021-08-18', timezone: 'UTC', lang: 'en' });
}
