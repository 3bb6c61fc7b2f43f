import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { ROOT } from '../index.js';
import type { QuoteAnnotation } from '../model/annotation.js';
import { attributionTask, isDirect, matchOneToOne, parseBratAttributions, predictedAttributions } from './attribution.js';

const ANN = [
  'T1\tSource 0 8\tThe mayor',
  'T2\tCue 9 13\tsaid',
  'T3\tContent 14 30;35 40\tthe bridge is safe',
  'T4\tAttribution 9 13\tsaid',
  'E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1',
  'T5\tCue 50 62\taccording to',
  'T6\tContent 63 70\tsomething',
  'T7\tAttribution-no-source 50 62\taccording to',
  'E2\tAttribution-no-source:T7 Content:T6 Cue:T5',
  'a continuation line of a multi-line span',
].join('\n');

describe('attribution evaluation', () => {
  it('parses brat attributions, covering discontinuous fragments', () => {
    assert.deepEqual(parseBratAttributions(ANN), [
      { content: { start: 14, end: 40 }, source: { start: 0, end: 8 }, cue: { start: 9, end: 13 }, contentParts: [{ start: 14, end: 30 }, { start: 35, end: 40 }] },
      { content: { start: 63, end: 70 }, cue: { start: 50, end: 62 } },
    ]);
  });

  it('matches one-to-one, largest overlap first', () => {
    const ov = (a: { start: number; end: number }, b: { start: number; end: number }) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
    assert.equal(matchOneToOne([{ start: 0, end: 10 }, { start: 20, end: 30 }], [{ start: 5, end: 25 }], ov), 1);
    assert.equal(matchOneToOne([{ start: 0, end: 10 }], [{ start: 10, end: 20 }], ov), 0);
  });

  it('calls a content direct when 90% of it is inside quotation marks', () => {
    assert.equal(isDirect({ start: 0, end: 20 }, [{ start: 0, end: 19 }]), true);
    assert.equal(isDirect({ start: 0, end: 20 }, [{ start: 0, end: 10 }]), false);
    assert.equal(isDirect([{ start: 0, end: 10 }, { start: 30, end: 40 }], [{ start: 0, end: 10 }, { start: 30, end: 40 }]), true);
  });

  it('scores a continued quote with the speaker mention of the quote it continues (issue #5)', () => {
    const quote = (rule: string, content: { start: number; end: number }, speaker?: { start: number; end: number }) =>
      ({ kind: 'quote', content, cue: { start: content.start, end: content.start }, provenance: { rule }, ...(speaker ? { speaker: { span: speaker } } : {}) }) as unknown as QuoteAnnotation;
    assert.deepEqual(predictedAttributions([quote('continuation', { start: 40, end: 60 }, { start: 0, end: 4 }), quote('continuation', { start: 70, end: 80 })]), [
      { content: { start: 40, end: 60 }, source: { start: 0, end: 4 } },
      { content: { start: 70, end: 80 } },
    ]);
  });

  const dev = join(ROOT, '..', 'shared', 'data', 'polnear', 'dev');
  it('runs on PolNeAR dev', { skip: existsSync(dev) ? false : 'needs ../shared' }, async () => {
    const r = await attributionTask.run(dev, { format: 'brat', limit: '10' }, { start() {}, tick() {}, stop() {} });
    for (const k of ['source_exact_f1', 'source_overlap_f1', 'cue_exact_f1', 'cue_overlap_f1', 'content_exact_f1', 'content_overlap_f1', 'attribution_f1', 'direct_attribution_f1']) {
      assert.ok(r.metrics[k]! >= 0 && r.metrics[k]! <= 1, k);
    }
    assert.ok(r.metrics.n_gold! > 0);
  });
});
