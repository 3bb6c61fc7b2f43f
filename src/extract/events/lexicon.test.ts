import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { ROOT } from '../../index.js';
import { foldSameLength } from '../../text/fold.js';
import { tokenize } from '../../text/tokenize.js';
import { nounForms, verbForms } from './inflect.js';
import { loadTriggerLexicon } from './lexicon.js';
import { matchTriggers, type Tok } from './match-triggers.js';
import { cameoEntry, loadEventOntology } from './ontology.js';

const lexicon = loadTriggerLexicon(join(ROOT, 'resources'));
const ontology = loadEventOntology(join(ROOT, 'resources'));

function toks(text: string): Tok[] {
  const folded = foldSameLength(text);
  return tokenize(text).map((t) => ({ start: t.start, end: t.end, norm: folded.slice(t.start, t.end), word: t.word, cap: /\p{Lu}/u.test(text[t.start]!) }));
}

describe('inflection', () => {
  const table: [string, string[]][] = [
    ['accuse', ['accuse', 'accuses', 'accused', 'accusing']],
    ['detain', ['detain', 'detains', 'detained', 'detaining']],
    ['deny', ['deny', 'denies', 'denied', 'denying']],
    ['push', ['push', 'pushes', 'pushed', 'pushing']],
    ['flee', ['flee', 'flees', 'fleed', 'fleeing']],
  ];
  for (const [lemma, forms] of table) it(lemma, () => assert.deepEqual(verbForms(lemma), forms));
  it('nouns', () => {
    assert.deepEqual(nounForms('clash'), ['clash', 'clashes']);
    assert.deepEqual(nounForms('talks'), ['talks']);
    assert.deepEqual(nounForms('inquiry'), ['inquiry', 'inquiries']);
  });
});

describe('trigger lexicon data', () => {
  it('loads every entry', () => assert.ok(lexicon.size > 300));
  it('each entry\'s example sentence is read as that entry\'s event type', () => {
    const failures: string[] = [];
    const seen = new Set<string>();
    for (const rules of lexicon.byHead.values()) {
      for (const rule of rules) {
        if (seen.has(rule.id)) continue;
        seen.add(rule.id);
        const types = matchTriggers(toks(rule.example), lexicon).map((m) => m.rule.type);
        if (!types.includes(rule.type)) failures.push(`${rule.pattern} (${rule.type}): "${rule.example}" → ${types.join(',') || 'none'}`);
      }
    }
    assert.deepEqual(failures, []);
  });
  it('every CAMEO code of the lexicon is in the CAMEO→PLOVER table', () => {
    for (const rules of lexicon.byHead.values()) for (const r of rules) assert.ok(cameoEntry(ontology, r.cameo), `${r.pattern}: ${r.cameo}`);
  });
});
