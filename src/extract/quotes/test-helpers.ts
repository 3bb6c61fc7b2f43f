import { join } from 'node:path';
import { ROOT } from '../../index.js';
import type { EntityAnnotation, EventAnnotation } from '../../model/annotation.js';
import { ResourceCache } from '../../pipeline/context.js';
import type { Doc } from '../../pipeline/doc.js';
import { Pipeline } from '../../pipeline/pipeline.js';
import type { Draft, Stage } from '../../pipeline/stage.js';
import { createSentencesStage } from '../sentences/index.js';
import { createClaimsStage } from '../claims/index.js';
import { createContradictionsStage } from '../contradictions/index.js';
import { createQuotesStage } from './index.js';

const resources = new ResourceCache(join(ROOT, 'resources'));

/** An entity the fake entities stage emits at the first occurrence of `text` (or the nth). */
export type FakeEntity = { text: string; nth?: number } & Omit<Draft<EntityAnnotation>, 'kind' | 'span' | 'provenance'>;
/** An event the fake events stage emits, its trigger at the first occurrence of `trigger`. */
export type FakeEvent = { trigger: string; nth?: number } & Partial<Omit<Draft<EventAnnotation>, 'kind' | 'span' | 'trigger'>>;

function find(text: string, needle: string, nth = 1): { start: number; end: number } {
  let at = -1;
  for (let i = 0; i < nth; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`"${needle}" not in test text`);
  }
  return { start: at, end: at + needle.length };
}

const fake = (name: string, kind: 'place' | 'entity' | 'event', requires: Stage['requires'], run: Stage['run']): Stage => ({ name, version: '0', requires, assigns: [kind], run });

/** Runs sentences → (fake places, entities) → quotes [→ fake events → claims → contradictions]. */
export function runQuotes(text: string, entities: readonly FakeEntity[] = [], events?: readonly FakeEvent[]): Doc {
  const stages: Stage[] = [
    createSentencesStage({}, resources),
    fake('places', 'place', [], () => {}),
    fake('entities', 'entity', ['token'], (doc, out) => {
      for (const { text: t, nth, ...e } of [...entities].sort((a, b) => find(text, a.text, a.nth).start - find(text, b.text, b.nth).start)) {
        out.add({ kind: 'entity', span: find(doc.text, t, nth), ...e, provenance: { rule: 'test', confidence: 1 } } as Draft<EntityAnnotation>);
      }
    }),
    createQuotesStage({}, resources),
  ];
  if (events) {
    stages.push(
      fake('events', 'event', ['quote'], (doc, out) => {
        for (const { trigger, nth, ...e } of events) {
          const span = find(doc.text, trigger, nth);
          out.add({
            kind: 'event', span, trigger: span, eventType: 'COERCE', contexts: [], actors: [], recipients: [], sizes: [],
            date: { value: '2021-08-18', start: '2021-08-18T00:00:00Z', end: '2021-08-19T00:00:00Z', precision: 1, source: 'article-date' },
            negated: false, hypothetical: false, future: false, historical: false,
            ...e,
            provenance: { rule: 'test', confidence: 1 },
          } as Draft<EventAnnotation>);
        }
      }),
      createClaimsStage({}, resources),
      createContradictionsStage({}, resources),
    );
  }
  return new Pipeline(stages, resources).run({ id: 'test', text, publishedAt: '2024-03-05', timezone: 'UTC' });
}
