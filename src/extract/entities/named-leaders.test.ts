import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { resolveActor } from './resolve-actor.js';
import { runWithPlaces } from './test-helpers.js';

/** Leaders and single-country ethnic groups listed in resources/actors/named-actors.tsv resolve to their country (leaders by surname or full name). */
const CASES: readonly { text: string; phrase: string; country: string | undefined; name?: string }[] = [
  { text: 'President Putin warned the neighbours on Tuesday.', phrase: 'President Putin', country: 'RUS', name: 'Putin' },
  { text: 'Earlier, Barack Obama spoke with the envoys.', phrase: 'Barack Obama', country: 'USA', name: 'Barack Obama' },
  { text: 'Chancellor Angela Merkel said the deal was fair.', phrase: 'Chancellor Angela Merkel', country: 'DEU', name: 'Angela Merkel' },
  { text: 'Sergei Lavrov met his counterpart.', phrase: 'Sergei Lavrov', country: 'RUS', name: 'Sergei Lavrov' },
  { text: 'Yoruba leaders met in the city.', phrase: 'Yoruba leaders', country: 'NGA' },
  // negative: a surname that is not in the list gets no country from it
  { text: 'President Okonkwo Adeyemi visited the port.', phrase: 'President Okonkwo Adeyemi', country: undefined },
];

describe('named leaders', () => {
  for (const c of CASES) {
    it(c.text, () => {
      const doc = runWithPlaces(c.text);
      const at = c.text.indexOf(c.phrase);
      const actor = resolveActor(doc, { start: at, end: at + c.phrase.length });
      assert.ok(actor, `no actor for "${c.phrase}"`);
      assert.equal(actor.country, c.country);
      if (c.name || !c.country) assert.equal(actor.kind, 'person');
      else assert.equal(actor.span.start >= at && actor.span.end <= at + c.phrase.length, true, 'evidence inside the phrase');
      if (c.name) {
        assert.equal(actor.name, c.name);
        assert.equal(doc.text.slice(actor.span.start, actor.span.end).endsWith(c.name), true, 'evidence span ends with the name');
      }
    });
  }
});
