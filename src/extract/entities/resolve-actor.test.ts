import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { ROOT } from '../../index.js';
import type { Actor } from '../../model/actor.js';
import type { Doc } from '../../pipeline/doc.js';
import { loadActorLexicon, resolveActor, resolveActors } from './resolve-actor.js';
import { RESOURCES, runSentencesOnly, runWithPlaces } from './test-helpers.js';

const TEXT = [
  'Latvia has accused Belarusian border guards of escorting a group of migrants to the frontier.',
  'Interior Minister Jānis Ozols said the State Border Guard had detained 40 people.',
  'Riga has declared an emergency, and Ozols added that the spokesperson of the State Border Committee of Belarus denied it.',
  'Latvian and Lithuanian soldiers were sent to the border.',
].join(' ');
const PLACES = [
  { text: 'Latvia', countryIso3: 'LVA', featureCode: 'PCLI', role: 'actor' as const },
  { text: 'Riga', countryIso3: 'LVA', featureCode: 'PPLC', role: 'actor' as const },
];

const spanOf = (doc: Doc, s: string, nth = 0): { start: number; end: number } => {
  let at = -1;
  for (let n = 0; n <= nth; n++) at = doc.text.indexOf(s, at + 1);
  assert.ok(at >= 0, s);
  return { start: at, end: at + s.length };
};

const CASES: { phrase: string; nth?: number; expect: Partial<Actor> }[] = [
  { phrase: 'Latvia', expect: { kind: 'country', country: 'LVA', sector: 'GOV', metonymy: true, name: 'Latvia' } },
  { phrase: 'Belarusian border guards', expect: { kind: 'group', country: 'BLR', sector: 'COP', name: 'Belarusian border guards' } },
  { phrase: 'Interior Minister Jānis Ozols', expect: { kind: 'person', name: 'Jānis Ozols', role: 'Interior Minister', sector: 'GOV', country: 'LVA' } },
  { phrase: 'Ozols', nth: 1, expect: { kind: 'person', name: 'Jānis Ozols', role: 'Interior Minister' } },
  { phrase: 'the State Border Guard', expect: { kind: 'organisation', sector: 'COP' } },
  { phrase: 'Riga', expect: { kind: 'place', country: 'LVA', sector: 'GOV', metonymy: true } },
  { phrase: 'the spokesperson of the State Border Committee of Belarus', expect: { kind: 'person', role: 'spokesperson', organisation: 'State Border Committee', country: 'BLR' } },
  { phrase: 'a group of migrants', expect: { kind: 'group', sector: 'REF' } },
];

describe('resolveActor', () => {
  const doc = runWithPlaces(TEXT, PLACES);
  for (const c of CASES) {
    it(c.phrase, () => {
      const span = spanOf(doc, c.phrase, c.nth);
      const actor = resolveActor(doc, span);
      assert.ok(actor, `no actor for "${c.phrase}"`);
      for (const [k, v] of Object.entries(c.expect)) assert.deepEqual(actor[k as keyof Actor], v, `${k} of "${c.phrase}"`);
      assert.ok(actor.span.start >= span.start - 1 && actor.span.end <= span.end, 'evidence inside the phrase');
      assert.ok(actor.entityId?.startsWith('en'));
    });
  }

  it('coordinated phrases give one actor each', () => {
    const actors = resolveActors(doc, spanOf(doc, 'Latvian and Lithuanian soldiers'));
    assert.deepEqual(actors.map((a) => a.country), ['LVA', 'LTU']);
  });

  it('an apposed title belongs to the person', () => {
    const d = runWithPlaces('Anna Nowak, the Polish foreign minister, said the talks failed.');
    const actors = resolveActors(d, spanOf(d, 'Anna Nowak, the Polish foreign minister'));
    assert.equal(actors.length, 1);
    assert.deepEqual(pick(actors[0]), { kind: 'person', country: 'POL', sector: 'GOV' });
    assert.equal(actors[0]!.role, 'foreign minister');
  });

  it('a place later in the clause does not lend its country; a qualifying one does', () => {
    const d = runWithPlaces('EU interior ministers are due to meet in Brussels. Opposition groups in Zimbabwe protested.', [
      { text: 'Brussels', countryIso3: 'BEL', featureCode: 'PPLC' },
      { text: 'Zimbabwe', countryIso3: 'ZWE', featureCode: 'PCLI' },
    ]);
    const eu = resolveActor(d, spanOf(d, 'EU interior ministers are due to meet in Brussels'));
    assert.equal(eu?.country, undefined);
    assert.equal(eu?.igo, 'EU');
    assert.equal(resolveActor(d, spanOf(d, 'Opposition groups in Zimbabwe'))?.country, 'ZWE');
  });

  it('nothing for a phrase without actors', () => {
    assert.equal(resolveActor(doc, spanOf(doc, 'to the frontier')), undefined);
  });

  it('reads the lexicon when the entities stage did not run', () => {
    const bare = runSentencesOnly('Belarusian border guards withdrew.');
    assert.equal(resolveActor(bare, { start: 0, end: 24 }), undefined);
    const withLex = resolveActor(bare, { start: 0, end: 24 }, loadActorLexicon(RESOURCES));
    assert.equal(withLex?.country, 'BLR');
    assert.equal(withLex?.sector, 'COP');
  });

  it('a user dictionary (TSV) resolves fictional actors and wins over built-in readings', (t) => {
    const dir = mkdtempSync(join(tmpdir(), 'actors-'));
    t.after(() => rmSync(dir, { recursive: true, force: true }));
    const file = join(dir, 'extra.tsv');
    writeFileSync(file, '# name\tcode\tsector\ttype\nArnor\tARN\nArnorian\tARN\t\tNATIONALITY\nGondor Rangers\tGONMIL\n');
    const lex = loadActorLexicon(RESOURCES, [file]);
    const doc2 = runWithPlaces('Arnor accused Gondor Rangers and Arnorian police of looting.', [], [], { actorDictionaries: [file] });
    assert.deepEqual(pick(resolveActor(doc2, spanOf(doc2, 'Arnor'), lex)), { country: 'ARN', kind: 'country' });
    assert.deepEqual(pick(resolveActor(doc2, spanOf(doc2, 'Gondor Rangers'), lex)), { country: 'GON', sector: 'MIL', kind: 'organisation' });
    assert.deepEqual(pick(resolveActor(doc2, spanOf(doc2, 'Arnorian police'), lex)), { country: 'ARN', sector: 'COP', kind: 'group' });
  });

  const petr = join(ROOT, '..', 'shared', 'data', 'petrarch2', 'data', 'dictionaries');
  it('reads PETRARCH actor and agent dictionaries', { skip: existsSync(petr) ? false : 'needs ../shared' }, () => {
    const lex = loadActorLexicon(RESOURCES, [join(petr, 'PETR.Validate.actors.txt'), join(petr, 'PETR.Validate.agents.txt')]);
    const doc3 = runWithPlaces('Arnor is about to restore full diplomatic ties with Gondor.');
    assert.equal(resolveActor(doc3, spanOf(doc3, 'Arnor'), lex)?.country, 'ARN');
    assert.equal(resolveActor(doc3, spanOf(doc3, 'Gondor'), lex)?.country, 'GON');
  });
});

function pick(a: Actor | undefined): Partial<Actor> {
  return a ? { kind: a.kind, ...(a.country ? { country: a.country } : {}), ...(a.sector ? { sector: a.sector } : {}) } : {};
}
