import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { probe, PROBE_CASES } from './tz-probe.fixture.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const REF = '2021-08-18'; // a Wednesday

/**
 * text, the expression's text, type, value, and (when it has one) its range start and end.
 * Every sentence is written for these tests.
 */
const CASES: [string, string, string, string, string?, string?][] = [
  ['The minister spoke today about the border.', 'today', 'DATE', '2021-08-18', '2021-08-18T00:00:00Z', '2021-08-19T00:00:00Z'],
  ['Last month, parliament voted for a fence.', 'Last month', 'DATE', '2021-07', '2021-07-01T00:00:00Z', '2021-08-01T00:00:00Z'],
  ['Officials detained 500 people in 2021.', '2021', 'DATE', '2021', '2021-01-01T00:00:00Z', '2022-01-01T00:00:00Z'],
  ['Only a dozen were caught in the whole of 2020.', 'the whole of 2020', 'DATE', '2020', '2020-01-01T00:00:00Z', '2021-01-01T00:00:00Z'],
  ['There have been several incidents in recent days.', 'recent days', 'DATE', 'PAST_REF', '2021-08-11T00:00:00Z', '2021-08-19T00:00:00Z'],
  ['The guards said on Tuesday that nobody crossed.', 'Tuesday', 'DATE', '2021-08-17'],
  ['The ministers will meet on Tuesday in the capital.', 'Tuesday', 'DATE', '2021-08-24'],
  ['Talks are scheduled for Friday.', 'Friday', 'DATE', '2021-08-20'],
  ['The agency has counted more arrivals this year.', 'this year', 'DATE', '2021'],
  ['Police arrested him last week.', 'last week', 'DATE', '2021-W32', '2021-08-09T00:00:00Z', '2021-08-16T00:00:00Z'],
  ['Clashes broke out over the weekend near the camp.', 'the weekend', 'DATE', '2021-W32-WE', '2021-08-14T00:00:00Z', '2021-08-16T00:00:00Z'],
  ['Shops were looted overnight in the old town.', 'overnight', 'TIME', '2021-08-17TNI', '2021-08-17T20:00:00Z', '2021-08-18T06:00:00Z'],
  ['Protests began earlier this month.', 'earlier this month', 'DATE', '2021-08', '2021-08-01T00:00:00Z', '2021-08-19T00:00:00Z'],
  ['The camp was open between 1 and 13 July.', '1 and 13 July', 'DATE', '2021-07-01/2021-07-13', '2021-07-01T00:00:00Z', '2021-07-14T00:00:00Z'],
  ['Prices rose from 2019 to 2021.', '2019 to 2021', 'DATE', '2019/2021', '2019-01-01T00:00:00Z', '2022-01-01T00:00:00Z'],
  ['The border will stay closed for six months.', 'six months', 'DURATION', 'P6M'],
  ['Volunteers hand out food every Tuesday.', 'every Tuesday', 'SET', 'XXXX-WXX-2'],
  ['The treaty was signed in 1995 by both sides.', '1995', 'DATE', '1995'],
  ['The fence was approved in March.', 'March', 'DATE', '2021-03'],
  ['The vote took place in December.', 'December', 'DATE', '2020-12', '2020-12-01T00:00:00Z', '2021-01-01T00:00:00Z'],
  ['The vote will take place in December.', 'December', 'DATE', '2021-12'],
  ['Tourism peaked in the summer of 2019.', 'the summer of 2019', 'DATE', '2019-SU', '2019-06-01T00:00:00Z', '2019-09-01T00:00:00Z'],
  ['A deal is expected this summer.', 'this summer', 'DATE', '2021-SU'],
  ['Sales fell in the third quarter.', 'the third quarter', 'DATE', '2021-Q3', '2021-07-01T00:00:00Z', '2021-10-01T00:00:00Z'],
  ['Talks resumed this week.', 'this week', 'DATE', '2021-W33', '2021-08-16T00:00:00Z', '2021-08-23T00:00:00Z'],
  ['The policy dates from the 1990s.', 'the 1990s', 'DATE', '199', '1990-01-01T00:00:00Z', '2000-01-01T00:00:00Z'],
  ['The talks ended at 3 p.m. without a deal.', '3 p.m.', 'TIME', '2021-08-18T15:00', '2021-08-18T15:00:00Z', '2021-08-18T16:00:00Z'],
  ['He left the country three years ago.', 'three years ago', 'DATE', '2018'],
  ['The law took effect on 5 August.', '5 August', 'DATE', '2021-08-05'],
  ['The report was published on August 5, 2020.', 'August 5, 2020', 'DATE', '2020-08-05'],
  ['The first camp opened in early 2009.', 'early 2009', 'DATE', '2009'],
  ['Yesterday the strike spread to the ports.', 'Yesterday', 'DATE', '2021-08-17'],
  ['Inflation figures are released monthly.', 'monthly', 'SET', 'P1M'],
  ['More arrivals are expected in the coming weeks.', 'the coming weeks', 'DATE', 'FUTURE_REF', '2021-08-18T00:00:00Z', '2021-09-29T00:00:00Z'],
  ['The count was published on 2021-08-10.', '2021-08-10', 'DATE', '2021-08-10'],
  ['The crossing was closed this morning.', 'this morning', 'TIME', '2021-08-18TMO', '2021-08-18T06:00:00Z', '2021-08-18T12:00:00Z'],
  ['The mayor has served for the past two decades.', 'the past two decades', 'DURATION', 'P20Y'],
  ['Rescuers searched for 48 hours.', '48 hours', 'DURATION', 'PT48H'],
  ['The law was passed two weeks ago.', 'two weeks ago', 'DATE', '2021-W31'],
  ['The site was built in the 19th century.', 'the 19th century', 'DATE', '18', '1800-01-01T00:00:00Z', '1900-01-01T00:00:00Z'],
  ['Shelters will be full by the end of the year.', 'the end of the year', 'DATE', '2021'],
  ['Turnout was lower than in the spring.', 'the spring', 'DATE', '2021-SP'],
  ['Results are due next year.', 'next year', 'DATE', '2022'],
  ['The ministers will meet on Friday at 10:30 a.m. in Brussels.', '10:30 a.m.', 'TIME', '2021-08-20T10:30', '2021-08-20T10:30:00Z', '2021-08-20T10:31:00Z'],
  ['The monitors counted them from 10 to 14 August 2021.', '10 to 14 August 2021', 'DATE', '2021-08-10/2021-08-14'],
];

/** Text that holds no temporal expression, or whose one look-alike must be left alone. */
const NEGATIVE: string[] = [
  'Theresa May said the talks were over.',
  'Officials may close the border again.',
  'Veterans March on the Capitol.',
  'Lithuania has detained 4,124 irregular migrants.',
  'The 35 migrants crossed into the district.',
  'About 2000 people marched through the city.',
  'The Daily Beast reported the story first.',
  'She was named Person of the Year by the magazine.',
  'The fall of the city shocked the region.',
  'Prices spring back when demand returns.',
  'April Ryan asked the first question.',
  'He scored twice in the first half.',
  'She tried a second time and failed.',
  'The Arab Spring changed the region.',
  'Passengers of Flight 2020 were rescued.',
  'The tickets cost 1999 euros each.',
];

describe('times: expressions against a fixed article date', () => {
  for (const [text, expression, type, value, start, end] of CASES) {
    it(`${expression} in "${text}"`, () => {
      const times = probe(text, REF, 'UTC');
      const found = times.find((t) => t.text === expression);
      assert.ok(found, `"${expression}" not found; got ${JSON.stringify(times.map((t) => t.text))}`);
      assert.equal(text.slice(found.start, found.end), expression);
      assert.equal(found.type, type);
      assert.equal(found.value, value);
      if (start) assert.deepEqual([found.range?.start, found.range?.end], [start, end]);
    });
  }
});

describe('times: negative cases', () => {
  for (const text of NEGATIVE) {
    it(text, () => assert.deepEqual(probe(text, REF, 'UTC').map((t) => t.text), []));
  }
});

describe('times: semantics', () => {
  it('keeps stated and implied fields apart', () => {
    const [t] = probe('The law took effect on 5 August.', REF, 'UTC');
    assert.deepEqual([t!.stated, t!.implied], [['month', 'day'], ['year']]);
  });
  it('marks vague ranges', () => {
    const [t] = probe('Several boats sank in recent days.', REF, 'UTC');
    assert.equal(t!.vague, true);
  });
  it('records the rule and the preposition phrase', () => {
    const [t] = probe('Officials detained 500 people in 2021.', REF, 'UTC');
    assert.equal(t!.rule, 'year');
    assert.equal(t!.phrase, 'in 2021');
  });
  it('sets mod for qualified durations and keeps the qualifier out of the span', () => {
    const [t] = probe('The ban lasted more than a week.', REF, 'UTC');
    assert.deepEqual([t!.text, t!.value, t!.mod], ['a week', 'P1W', 'MORE_THAN']);
  });
  it('reads a month a little ahead despite a past cue elsewhere in the sentence', () => {
    const [t] = probe('Analysts said the party could win the seat in November.', '2016-09-08', 'UTC');
    assert.equal(t!.value, '2016-11');
  });
  it('counts "later" from the last date named before it', () => {
    const times = probe('The plant opened in March 2015. Two years later it closed.', REF, 'UTC');
    assert.deepEqual(times.map((t) => [t.text, t.value]), [['March 2015', '2015-03'], ['Two years later', '2017']]);
  });
  it('reads "the following day" from the last date named', () => {
    const times = probe('The talks opened on 3 May 2019. The following day they collapsed.', REF, 'UTC');
    assert.deepEqual(times.map((t) => [t.text, t.value]), [['3 May 2019', '2019-05-03'], ['The following day', '2019-05-04']]);
  });
  it('resolves Easter from the calendar', () => {
    const [t] = probe('Churches will reopen at Easter.', '2021-03-20', 'UTC');
    assert.equal(t!.value, '2021-04-04');
  });
  it('reads a past-tense month name backwards across the new year', () => {
    const [t] = probe('Parliament voted on the fence in November.', '2022-01-10', 'UTC');
    assert.equal(t!.value, '2021-11');
  });
});

describe('times: the article timezone', () => {
  it('writes ranges with the zone offset (named zone)', () => {
    const [t] = probe('The minister spoke today.', REF, 'Europe/Vilnius');
    assert.deepEqual(t!.range, { start: '2021-08-18T00:00:00+03:00', end: '2021-08-19T00:00:00+03:00' });
  });
  it('writes ranges with a fixed offset', () => {
    const [t] = probe('The minister spoke today.', REF, '+05:30');
    assert.deepEqual(t!.range, { start: '2021-08-18T00:00:00+05:30', end: '2021-08-19T00:00:00+05:30' });
  });
  it('follows daylight saving inside a range', () => {
    const [t] = probe('Arrivals rose this month.', '2021-11-18', 'America/New_York');
    assert.deepEqual(t!.range, { start: '2021-11-01T00:00:00-04:00', end: '2021-12-01T00:00:00-05:00' });
  });
});

describe('times: the process timezone changes nothing', () => {
  const expected = JSON.stringify(PROBE_CASES.map(([text, date, zone]) => probe(text, date, zone)));
  for (const tz of ['UTC', 'Pacific/Kiritimati', 'America/Los_Angeles']) {
    it(`TZ=${tz}`, () => {
      const child = spawnSync(process.execPath, ['--import', 'tsx', join(HERE, 'tz-probe.fixture.ts')], {
        cwd: join(HERE, '..', '..', '..'),
        env: { ...process.env, TZ: tz },
        encoding: 'utf8',
      });
      assert.equal(child.status, 0, child.stderr);
      assert.equal(child.stdout.trim(), expected);
    });
  }
});
