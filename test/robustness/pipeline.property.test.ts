import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { ChronicleError, createEngine } from '../../src/index.js';
import { isoDate, longText, nastyText } from './arbitraries.js';
import { checkSpans } from './spans.js';

/** Issue 7: whatever text comes in, every stage's spans lie inside it and the evidence is the slice. */
const engine = createEngine();
const stages = engine.pipeline.stages.map((s) => s.name).join(', ');

/** Processes, or returns the ChronicleError an empty text earns; any other failure fails the property. */
function run(text: string, date: string): { json: ReturnType<typeof engine.process>; serialised: string } | undefined {
  try {
    const json = engine.process({ text, date });
    return { json, serialised: JSON.stringify(json) };
  } catch (error) {
    if (error instanceof ChronicleError && error.code === 'E_INPUT_EMPTY' && text.normalize('NFC').trim() === '') return undefined;
    throw error;
  }
}

function checkOutput(json: ReturnType<typeof engine.process>): void {
  const text = json.article.text;
  checkSpans(json, text);
  const ids = new Set<string>();
  for (const key of ['sentences', 'entities', 'times', 'quantities', 'places', 'quotes', 'events', 'claims', 'contradictions'] as const) {
    for (const a of json[key] as { id: string; provenance: { rule: string; confidence: number; stage: string } }[]) {
      assert.ok(!ids.has(a.id), `duplicate id ${a.id}`);
      ids.add(a.id);
      assert.equal(typeof a.provenance.rule, 'string');
      assert.ok(a.provenance.confidence >= 0 && a.provenance.confidence <= 1, `${a.id}: confidence ${a.provenance.confidence}`);
    }
  }
}

describe(`pipeline on nasty input (stages: ${stages})`, () => {
  it('spans inside the text, evidence equals the slice, ids unique, provenance valid', () => {
    fc.assert(
      fc.property(nastyText(60), isoDate, (text, date) => {
        const out = run(text, date);
        if (out) checkOutput(out.json);
      }),
      { numRuns: 150, seed: 4242 },
    );
  });

  it('every annotation of every stage, tokens included, has its span inside the text', () => {
    fc.assert(
      fc.property(nastyText(60), (text) => {
        if (text.normalize('NFC').trim() === '') return;
        const { doc } = engine.analyse({ text, date: '2021-08-18' });
        for (const a of doc.annotations()) {
          assert.ok(a.span.start >= 0 && a.span.start <= a.span.end && a.span.end <= doc.text.length, `${a.id} ${JSON.stringify(a.span)}`);
          assert.ok(a.provenance.stage && a.provenance.version, `${a.id} has no stage provenance`);
        }
      }),
      { numRuns: 100, seed: 606 },
    );
  });

  const edges: [string, string][] = [
    ['no sentences: punctuation only', '... !!! ??? — “ ” ;;'],
    ['zero-width characters only', '\u200b\u200c\u200d\u2060'],
    ['a single emoji', '👩‍👩‍👧'],
    ['lone surrogates between words', 'The minister\ud800 said\udfff today that 35 migrants crossed.'],
    ['right-to-left override inside a quote', '"We will\u202e not leave," the mayor of Vilnius said on Monday.'],
    ['combining marks on every letter', 'T\u0301h\u0301e\u0301 p\u0308o\u0308l\u0308i\u0308c\u0308e\u0308 said.'],
    ['one sentence of 5,000 words', `${'the border guards said that '.repeat(1000)}.`],
    ['a 100,000-character word', `Officials said ${'x'.repeat(100_000)} today.`],
    ['quotes never closed', '“He said “they said “we said'],
    ['dates at the edges', 'On 1 January 1800 and on 31 December 2200, and in the year 9999, nothing happened.'],
  ];
  for (const [name, text] of edges) {
    it(`edge case: ${name}`, () => {
      for (const date of ['2021-08-18', '1800-01-01', '2200-12-31T23:59:00+14:00']) {
        const out = run(text, date);
        if (out) checkOutput(out.json);
      }
    });
  }

  it('very long sentences and words', () => {
    fc.assert(
      fc.property(longText, (text) => {
        const out = run(text, '2021-08-18');
        if (out) checkOutput(out.json);
      }),
      { numRuns: 12, seed: 7 },
    );
  });

  it('the same input gives byte-identical JSON twice', () => {
    fc.assert(
      fc.property(nastyText(40), isoDate, (text, date) => {
        assert.equal(run(text, date)?.serialised, run(text, date)?.serialised);
      }),
      { numRuns: 60, seed: 99 },
    );
  });

  it('the stored text is the NFC of the input', () => {
    fc.assert(
      fc.property(nastyText(30), (text) => {
        const out = run(text, '2024-01-01');
        if (out) assert.equal(out.json.article.text, text.normalize('NFC'));
      }),
      { numRuns: 60, seed: 5 },
    );
  });
});
