import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { detectLanguage } from './language.js';

describe('detectLanguage', () => {
  const cases: [string, string][] = [
    ['The interior ministry said on Monday that the border would stay closed.', 'en'],
    ['Ferry operator cancels crossings as gale hits the coast', 'en'],
    ['Storm of the decade', 'en'],
    ['Senator says party must do more on housing', 'en'],
    // first-person quotes: "I" and "do" must not make English Polish or Portuguese
    ['"I do not think I will stand," the mayor says', 'en'],
    ['Governor: I do it my way', 'en'],
    ['Die Regierung hat am Montag beschlossen, die Grenze zu schließen.', 'de'],
    ['Le gouvernement a décidé de fermer la frontière avec la Belgique.', 'fr'],
    ['El gobierno decidió cerrar la frontera con Portugal el lunes.', 'es'],
    ['Il governo ha deciso di chiudere la frontiera per una settimana, anche se non è chiaro.', 'it'],
    ['O governo decidiu fechar a fronteira com a Espanha na segunda-feira.', 'pt'],
    ['De regering heeft het besluit genomen en de grens is niet open.', 'nl'],
    ['Rząd zdecydował w poniedziałek, że zamknie granicę z Niemcami.', 'pl'],
    ['Vyriausybė nusprendė, kad siena bus uždaryta iki rudens.', 'lt'],
    ['Правительство закрыло границу в понедельник.', 'ru'],
    ['الحكومة أغلقت الحدود يوم الاثنين', 'ar'],
    ['政府周一关闭了边境。', 'zh'],
  ];
  for (const [text, lang] of cases) {
    it(`${lang}: ${text}`, () => assert.equal(detectLanguage(text), lang));
  }

  const undecided: string[] = ['', '12345 678', '!!! ???', 'Zxqv Wplm Trkk', 'Trump wins Iowa'];
  for (const text of undecided) {
    it(`und: ${JSON.stringify(text)}`, () => assert.equal(detectLanguage(text), 'und'));
  }

  for (const text of ['George W. Bush visits Warsaw', "Mayor O'Neill opens a park", 'Spain votes: se acabó']) {
    it(`English names with single letters are not taken for another language: ${text}`, () => {
      assert.ok(['en', 'und'].includes(detectLanguage(text)));
    });
  }

  it('a long text in a language without a word list is not taken for English', () => {
    const swedish = 'Regeringen beslutade på måndagen att gränsen ska stängas under hela sommaren, enligt ministern. '.repeat(10);
    assert.notEqual(detectLanguage(swedish), 'en');
  });

  it('an English article quoting a foreign phrase stays English', () => {
    const text = 'The minister said the decision was final. "C\'est la vie," he told reporters in Paris, and he left.';
    assert.equal(detectLanguage(text), 'en');
  });

  it('reads only the first 2,000 characters', () => {
    const text = `${'The ministry said that it was ready. '.repeat(200)}${'Die Regierung hat das nicht gesagt. '.repeat(500)}`;
    assert.equal(detectLanguage(text), 'en');
  });
});
