import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { ROOT } from '../index.js';
import { countMatches, parseCat, parseTimeMl, scoreTimex, timexTask, type TimexCounts } from './timex.js';

const token = (id: number, sentence: number, word: string): string => `<token t_id="${id}" sentence="${sentence}" number="${id - 1}">${word}</token>`;

/** A small CAT document written for this test: headline, dateline (the creation time), one body sentence. */
const CAT = `<?xml version="1.0" ?><Document doc_id="1" doc_name="test">
${token(1, 0, 'Ferry')}${token(2, 0, 'service')}${token(3, 0, 'resumes')}
${token(4, 1, 'May')}${token(5, 1, '4')}${token(6, 1, ',')}${token(7, 1, '2012')}
${token(8, 2, 'The')}${token(9, 2, 'ferry')}${token(10, 2, 'sailed')}${token(11, 2, 'on')}${token(12, 2, 'Thursday')}${token(13, 2, 'after')}${token(14, 2, 'two')}${token(15, 2, 'weeks')}${token(16, 2, '.')}
<Markables>
<TIMEX3 m_id="1" type="DATE" value="2012-05-04" functionInDocument="CREATION_TIME"><token_anchor t_id="4"/><token_anchor t_id="5"/><token_anchor t_id="6"/><token_anchor t_id="7"/></TIMEX3>
<TIMEX3 m_id="2" type="DATE" value="2012-05-03" functionInDocument="NONE"><token_anchor t_id="12"/></TIMEX3>
<TIMEX3 m_id="3" type="DURATION" value="P2W" functionInDocument="NONE"><token_anchor t_id="14"/><token_anchor t_id="15"/></TIMEX3>
<TIMEX3 m_id="4" type="DATE" value="2012" TAG_DESCRIPTOR="2012" functionInDocument="NONE"/>
<ENTITY_MENTION m_id="5"><token_anchor t_id="9"/></ENTITY_MENTION>
</Markables></Document>`;

const TIMEML = `<?xml version="1.0"?><TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="2012-05-04" functionInDocument="CREATION_TIME">May 4, 2012</TIMEX3></DCT>
<TEXT><s>The ferry sailed on <TIMEX3 tid="t1" type="DATE" value="2012-05-03">Thursday</TIMEX3> after <TIMEX3 tid="t2" type="DURATION" value="P2W">two weeks</TIMEX3> ashore &amp; more.</s></TEXT></TimeML>`;

const empty = (): TimexCounts => ({ gold: 0, predicted: 0, strict: 0, relaxed: 0, typeCorrect: 0, valueCorrect: 0 });

describe('timex evaluation', () => {
  it('rebuilds CAT text from tokens and reads gold spans, skipping the creation time and tokenless TIMEX3', () => {
    const doc = parseCat(CAT, 'test');
    assert.equal(doc.text, 'Ferry service resumes\nMay 4 , 2012\nThe ferry sailed on Thursday after two weeks .');
    assert.equal(doc.dct, '2012-05-04');
    assert.deepEqual(doc.gold.map((g) => [doc.text.slice(g.start, g.end), g.type, g.value]), [
      ['Thursday', 'DATE', '2012-05-03'],
      ['two weeks', 'DURATION', 'P2W'],
    ]);
    assert.deepEqual(doc.dctSpans.map((s) => doc.text.slice(s.start, s.end)), ['May 4 , 2012']);
  });

  it('reads inline TimeML', () => {
    const doc = parseTimeMl(TIMEML, 'test');
    assert.equal(doc.text, 'The ferry sailed on Thursday after two weeks ashore & more.');
    assert.equal(doc.dct, '2012-05-04');
    assert.deepEqual(doc.gold.map((g) => doc.text.slice(g.start, g.end)), ['Thursday', 'two weeks']);
  });

  it('scores strict, relaxed, type and value the TempEval-3 way', () => {
    const counts = empty();
    const gold = [
      { start: 0, end: 8, type: 'DATE', value: '2012-05-03' },
      { start: 20, end: 29, type: 'DURATION', value: 'P2W' },
      { start: 40, end: 44, type: 'DATE', value: '2011' },
    ];
    const predicted = [
      { start: 0, end: 8, type: 'DATE', value: '2012-05-03' }, // strict, right value
      { start: 16, end: 29, type: 'DURATION', value: 'P14D' }, // relaxed, wrong value
      { start: 50, end: 55, type: 'DATE', value: '2012' }, // spurious
    ];
    countMatches(gold, predicted, counts);
    const m = scoreTimex(counts);
    assert.deepEqual([counts.strict, counts.relaxed, counts.typeCorrect, counts.valueCorrect], [1, 2, 2, 1]);
    assert.equal(m.strict_p, 1 / 3);
    assert.equal(m.relaxed_r, 2 / 3);
    assert.equal(m.type_accuracy, 1);
    assert.equal(m.value_f1, 1 / 3);
    assert.equal(m.n_gold, 3);
  });

  const meantime = join(ROOT, '..', 'shared', 'data', 'meantime', 'intra-doc', 'corpus_apple');
  it('reaches the targets on the MEANTIME apple development set', { skip: existsSync(meantime) ? false : 'needs ../shared' }, async () => {
    const progress = { start() {}, tick() {}, stop() {} };
    const { metrics } = await timexTask.run(meantime, { format: 'cat' }, progress);
    assert.ok(metrics.value_f1! >= 0.8, `value F1 ${metrics.value_f1}`);
    assert.ok(metrics.relaxed_f1! >= 0.9, `relaxed F1 ${metrics.relaxed_f1}`);
    for (const key of ['strict_p', 'strict_r', 'strict_f1', 'relaxed_p', 'relaxed_r', 'relaxed_f1', 'type_accuracy', 'value_f1', 'n_gold']) {
      assert.ok(key in metrics, key);
    }
  });
});
