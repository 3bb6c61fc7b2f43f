import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { ROOT } from '../index.js';
import { foldSameLength } from '../text/fold.js';
import { loadCountries } from './countries.js';

const table = loadCountries(join(ROOT, 'resources'));

test('countries: every ISO 3166-1 row has codes, a GeoNames id and a continent', () => {
  assert.ok(table.all().length >= 249);
  for (const c of table.all()) {
    assert.match(c.iso2, /^[A-Z]{2}$/);
    assert.match(c.iso3, /^[A-Z]{3}$/);
    assert.ok(c.geonameId > 0, c.iso2);
    assert.match(c.continent, /^(AF|AN|AS|EU|NA|OC|SA)$/);
  }
});

test('countries: lookup by name, alias and demonym, folded', () => {
  const cases: [string, string][] = [
    ['Lithuania', 'LTU'], ['Lithuanian', 'LTU'], ['Lithuanians', 'LTU'], ['U.S.', 'USA'], ['US', 'USA'],
    ['USA', 'USA'], ['America', 'USA'], ['United States of America', 'USA'], ['UK', 'GBR'], ['Britain', 'GBR'],
    ['Great Britain', 'GBR'], ['British', 'GBR'], ['Belarusian', 'BLR'], ['Iraqi', 'IRQ'], ['Turkish', 'TUR'],
    ['Côte d’Ivoire', 'CIV'], ['Cote d\'Ivoire', 'CIV'], ['Czech Republic', 'CZE'], ['Burma', 'MMR'],
  ];
  for (const [name, iso3] of cases) assert.equal(table.lookup(foldSameLength(name))?.iso3, iso3, name);
  assert.equal(table.lookup('paris'), undefined);
  assert.equal(table.match('lithuanian')?.kind, 'adjective');
});

test('countries: codes and capitals', () => {
  const lt = table.byIso2('LT')!;
  assert.deepEqual([lt.iso3, lt.geonameId, lt.capital, lt.capitalGeonameId, lt.continent], ['LTU', 597427, 'Vilnius', 593116, 'EU']);
  assert.equal(table.byIso3('blr')?.capitalGeonameId, 625144);
  assert.equal(table.byIso2('BE')?.capitalGeonameId, 2800866);
  assert.equal(table.byGeonameId(630336)?.iso2, 'BY');
});
