import { join } from 'node:path';
import { ROOT } from '../../index.js';
import type { Actor } from '../../model/actor.js';
import type { EntityType, EventAnnotation } from '../../model/annotation.js';
import { ResourceCache } from '../../pipeline/context.js';
import type { Doc } from '../../pipeline/doc.js';
import { Pipeline } from '../../pipeline/pipeline.js';
import type { Stage } from '../../pipeline/stage.js';
import { createSentencesStage } from '../sentences/index.js';
import { createEventsStage, type EventsOptions } from './index.js';

/** A hand-made entity: the text it covers (first occurrence after `after`, if given) and its reading. */
export interface FakeEntity {
  readonly text: string;
  readonly type: EntityType;
  readonly name?: string;
  readonly country?: string;
  readonly igo?: string;
  readonly sector?: Actor['sector'];
  readonly after?: string;
}
export interface FakePlace { readonly text: string; readonly name?: string; readonly role?: 'location' | 'actor'; readonly plover?: 1 | 2 | 3 | 4 | 5; readonly country?: string }
export interface FakeTime { readonly text: string; readonly value: string; readonly granularity: 'day' | 'month' | 'year'; readonly start: string; readonly end: string }
export interface FakeQuantity { readonly text: string; readonly value: number; readonly counted?: string; readonly lemma?: string }
export interface FakeQuote { readonly text: string; readonly content: string; readonly cue: string; readonly speaker: string; readonly country: string; readonly sector?: Actor['sector'] }
export interface Fakes {
  readonly entities?: readonly FakeEntity[];
  readonly places?: readonly FakePlace[];
  readonly times?: readonly FakeTime[];
  readonly quantities?: readonly FakeQuantity[];
  readonly quotes?: readonly FakeQuote[];
}

const resources = new ResourceCache(join(ROOT, 'resources'));

function find(text: string, needle: string, after?: string): { start: number; end: number } {
  const from = after ? text.indexOf(after) + after.length : 0;
  const start = text.indexOf(needle, Math.max(0, from));
  if (start < 0) throw new Error(`"${needle}" not in test text`);
  return { start, end: start + needle.length };
}

/** A stage standing in for times, places, entities, quantities and quotes: emits the given annotations. */
function fakeStage(fakes: Fakes): Stage {
  return {
    name: 'fake', version: '0', requires: ['sentence'], assigns: ['time', 'place', 'entity', 'quantity', 'quote'],
    run(doc, out) {
      const text = doc.text;
      for (const e of fakes.entities ?? []) {
        out.add({
          kind: 'entity', span: find(text, e.text, e.after), type: e.type, name: e.name ?? e.text,
          ...(e.country ? { country: e.country } : {}), ...(e.igo ? { igo: e.igo } : {}), ...(e.sector ? { sector: e.sector } : {}),
          provenance: { rule: 'fake', confidence: 1 },
        });
      }
      for (const p of fakes.places ?? []) {
        const span = find(text, p.text);
        const role = p.role ?? 'location';
        out.add({
          kind: 'place', span, name: p.name ?? p.text, resolved: true, precision: { acled: 1, plover: p.plover ?? 3 }, alternatives: [], role,
          ...(p.country ? { countryIso3: p.country } : {}),
          ...(role === 'actor' ? { actor: { name: p.name ?? p.text, span, kind: 'country', country: p.country ?? 'UNK', sector: 'GOV', metonymy: true } } : {}),
          provenance: { rule: 'fake', confidence: 1 },
        });
      }
      for (const t of fakes.times ?? []) {
        out.add({
          kind: 'time', span: find(text, t.text), timexType: 'DATE', value: t.value, granularity: t.granularity, stated: [], implied: [],
          range: { start: t.start, end: t.end }, provenance: { rule: 'fake', confidence: 1 },
        });
      }
      for (const q of fakes.quotes ?? []) {
        const span = find(text, q.text);
        const speakerSpan = find(text, q.speaker);
        out.add({
          kind: 'quote', span, quoteType: 'direct', content: find(text, q.content), cue: find(text, q.cue), cueLemma: q.cue, cueKind: 'assert',
          speaker: { name: q.speaker, span: speakerSpan, kind: 'organisation', country: q.country, ...(q.sector ? { sector: q.sector } : {}) },
          provenance: { rule: 'fake', confidence: 1 },
        });
      }
      for (const q of fakes.quantities ?? []) {
        const span = find(text, q.text);
        const counted = q.counted ? { ...find(text, q.counted, q.text), lemma: q.lemma ?? q.counted } : undefined;
        out.add({
          kind: 'quantity', span, value: q.value, approximate: false, comparator: '=', ...(counted ? { counted } : {}),
          provenance: { rule: 'fake', confidence: 1 },
        });
      }
    },
  };
}

/** Runs sentences → fake earlier stages → events on `text` dated `date`. */
export function runEvents(text: string, fakes: Fakes = {}, date = '2021-08-18', options: EventsOptions = {}): { doc: Doc; events: readonly EventAnnotation[] } {
  const pipeline = new Pipeline([createSentencesStage({}, resources), fakeStage(fakes), createEventsStage(options as Record<string, unknown>, resources)], resources);
  const doc = pipeline.run({ id: 't', text, publishedAt: date, timezone: 'UTC' });
  return { doc, events: doc.all('event') };
}

/** A compact line per event for assertions and debugging. */
export function describeEvent(doc: Doc, e: EventAnnotation): string {
  const names = (list: readonly Actor[]) => list.map((a) => a.name).join('+');
  return `${doc.slice(e.trigger)}:${e.eventType}${e.mode ? `/${e.mode}` : ''}:${e.cameo} ${names(e.actors)}>${names(e.recipients)}`;
}
