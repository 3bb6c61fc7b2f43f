import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Fakes } from './test-helpers.js';
import { describeEvent, runEvents } from './test-helpers.js';

const LTU = { text: 'Lithuania', type: 'COUNTRY', country: 'LTU' } as const;
const GUARDS = { text: 'Belarusian border guards', type: 'GROUP', country: 'BLR', sector: 'COP' } as const;
const MIGRANTS = { text: 'migrants', type: 'GROUP', sector: 'REF' } as const;

interface Case {
  readonly text: string;
  readonly fakes: Fakes;
  /** trigger text, type, mode, cameo, actor names (+), recipient names (+) */
  readonly expect: readonly [string, string, string | undefined, string, string, string][];
}

const CASES: readonly Case[] = [
  {
    text: 'Lithuania has accused Belarusian border guards of pushing migrants into the forest.',
    fakes: { entities: [LTU, GUARDS, MIGRANTS] },
    expect: [
      ['accused', 'ACCUSE', 'allege', '112', 'Lithuania', 'Belarusian border guards'],
      ['pushing migrants into', 'COERCE', 'deport', '174', 'Belarusian border guards', 'migrants'],
    ],
  },
  {
    text: 'A dozen guards had forced 35 migrants to cross into Varena District.',
    fakes: { entities: [{ text: 'guards', type: 'GROUP', sector: 'COP' }, MIGRANTS], places: [{ text: 'Varena District' }] },
    expect: [['forced 35 migrants to cross', 'COERCE', 'deport', '174', 'guards', 'migrants']],
  },
  {
    text: 'Forty refugees were detained by police near the river.',
    fakes: { entities: [{ text: 'refugees', type: 'GROUP', sector: 'REF' }, { text: 'police', type: 'GROUP', sector: 'COP' }] },
    expect: [['detained', 'COERCE', 'arrest', '173', 'police', 'refugees']],
  },
  {
    text: 'Estonia and Latvia signed a fisheries treaty on Monday.',
    fakes: { entities: [{ text: 'Estonia', type: 'COUNTRY', country: 'EST' }, { text: 'Latvia', type: 'COUNTRY', country: 'LVA' }] },
    expect: [['signed', 'SUPPORT', undefined, '057', 'Estonia+Latvia', '']],
  },
  {
    text: 'The ministry launched an investigation into the shooting.',
    fakes: { entities: [{ text: 'ministry', type: 'ORG', sector: 'GOV' }] },
    expect: [['launched an investigation', 'ACCUSE', 'investigate', '090', 'ministry', '']],
  },
  {
    text: 'The army imposed sanctions on Minsk after the vote.',
    fakes: { entities: [{ text: 'army', type: 'GROUP', sector: 'MIL' }], places: [{ text: 'Minsk', role: 'actor', country: 'BLR' }] },
    expect: [['imposed sanctions', 'SANCTION', 'discontinue', '163', 'army', 'Minsk']],
  },
  {
    text: 'Norway urged Sweden to reopen the crossing.',
    fakes: { entities: [{ text: 'Norway', type: 'COUNTRY', country: 'NOR' }, { text: 'Sweden', type: 'COUNTRY', country: 'SWE' }] },
    expect: [
      ['urged', 'REQUEST', undefined, '100', 'Norway', 'Sweden'],
      ['reopen', 'RETREAT', 'access', '086', 'Sweden', ''],
    ],
  },
  {
    text: 'Gunmen attacked a police station in the north.',
    fakes: { entities: [{ text: 'Gunmen', type: 'GROUP', sector: 'REB' }, { text: 'police', type: 'GROUP', sector: 'COP' }] },
    expect: [['attacked', 'ASSAULT', undefined, '180', 'Gunmen', 'police']],
  },
];

describe('events: triggers, types and participants', () => {
  for (const c of CASES) {
    it(c.text, () => {
      const { doc, events } = runEvents(c.text, c.fakes);
      assert.equal(events.length, c.expect.length, events.map((e) => describeEvent(doc, e)).join('; '));
      c.expect.forEach(([trigger, type, mode, cameo, actors, recipients], i) => {
        const e = events[i]!;
        assert.equal(doc.slice(e.trigger), trigger);
        assert.equal(e.eventType, type);
        assert.equal(e.mode, mode);
        assert.equal(e.cameo, cameo);
        assert.equal(e.actors.map((a) => a.name).join('+'), actors);
        assert.equal(e.recipients.map((a) => a.name).join('+'), recipients);
        for (const a of [...e.actors, ...e.recipients]) assert.equal(doc.slice(a.span), a.name);
      });
    });
  }
});

describe('events: negative cases', () => {
  const NONE = ['The weather was fine.', 'The Rally for Change party opened an office.', 'The attack helicopter is expensive to maintain, the report noted.'];
  it('no event in sentences without an event word', () => {
    assert.equal(runEvents(NONE[0]!).events.length, 0);
  });
  it('a capitalised trigger word inside a sentence is a name', () => {
    assert.ok(!runEvents(NONE[1]!).events.some((e) => e.eventType === 'PROTEST'));
  });
});

describe('events: auxiliary modes', () => {
  const fakes: Fakes = { entities: [{ text: 'Soldiers', type: 'GROUP', sector: 'MIL' }] };
  it('negated: "did not attack"', () => {
    const [e] = runEvents('Soldiers did not attack the village.', fakes).events;
    assert.equal(e?.eventType, 'ASSAULT');
    assert.equal(e?.negated, true);
    assert.equal(e?.future, false);
  });
  it('negated events can be dropped', () => {
    assert.equal(runEvents('Soldiers did not attack the village.', fakes, '2021-08-18', { keepNegated: false }).events.length, 0);
  });
  const MEET = 'EU interior ministers are due to meet in Brussels.';
  const MEET_FAKES: Fakes = {
    entities: [{ text: 'EU interior ministers', type: 'GROUP', igo: 'EU', sector: 'GOV' }], places: [{ text: 'Brussels', plover: 1 }],
  };
  it('future: "are due to meet" is a meeting flagged future, dated after the article, placed in Brussels', () => {
    const { doc, events } = runEvents(MEET, MEET_FAKES);
    assert.equal(events.length, 1);
    const e = events[0]!;
    assert.equal(doc.slice(e.trigger), 'meet');
    assert.equal(e.eventType, 'CONSULT');
    assert.equal(e.future, true);
    assert.equal(e.date.source, 'article-date');
    assert.ok(e.date.start >= '2021-08-18');
    assert.equal(doc.slice((doc.get(e.placeId!) as { span: { start: number; end: number } }).span), 'Brussels');
  });
  it('future: with the PLOVER convention (ploverIntent) a future meeting is AGREE', () => {
    const [e] = runEvents(MEET, MEET_FAKES, '2021-08-18', { ploverIntent: true }).events;
    assert.equal(e?.eventType, 'AGREE');
    assert.equal(e?.cameo, '036');
    assert.equal(e?.future, true);
  });
  it('future conflict is a threat: "will attack" → THREATEN violence', () => {
    const [e] = runEvents('Soldiers will attack the village.', fakes).events;
    assert.equal(e?.eventType, 'THREATEN');
    assert.equal(e?.mode, 'violence');
    assert.equal(e?.future, true);
  });
  it('refusal: "will not accept" → REJECT, not negated', () => {
    const [e] = runEvents('Norway will not accept the proposal.', { entities: [{ text: 'Norway', type: 'COUNTRY', country: 'NOR' }] }).events;
    assert.equal(e?.eventType, 'REJECT');
    assert.equal(e?.negated, false);
  });
  it('reported obligation: "X said that Y must …" → REQUEST by X of Y', () => {
    const { doc, events } = runEvents('Norway said on Monday that Sweden must close the mine.', {
      entities: [{ text: 'Norway', type: 'COUNTRY', country: 'NOR' }, { text: 'Sweden', type: 'COUNTRY', country: 'SWE' }],
    });
    const e = events.find((x) => x.eventType === 'REQUEST')!;
    assert.equal(doc.slice(e.trigger), 'said');
    assert.equal(e.actors[0]?.country, 'NOR');
    assert.equal(e.recipients[0]?.country, 'SWE');
  });
  it('hypothetical: "if" clause', () => {
    const [e] = runEvents('If soldiers attack the village, the mayor will resign.', { entities: [{ text: 'soldiers', type: 'GROUP', sector: 'MIL' }] }).events;
    assert.equal(e?.eventType, 'ASSAULT');
    assert.equal(e?.hypothetical, true);
  });
  it('historical: a dated expression years before the article', () => {
    const [e] = runEvents('Soldiers attacked the village in 2009.', {
      ...fakes, times: [{ text: '2009', value: '2009', granularity: 'year', start: '2009-01-01T00:00:00Z', end: '2010-01-01T00:00:00Z' }],
    }).events;
    assert.equal(e?.historical, true);
    assert.equal(e?.date.source, 'expression');
    assert.equal(e?.date.value, '2009');
    assert.equal(e?.date.precision, 3);
  });
});

describe('events: attributes', () => {
  it('sizes from quantities counting the actor and the recipient; place in the clause; contexts', () => {
    const { doc, events } = runEvents('A dozen guards had forced 35 migrants to cross into Varena District.', {
      entities: [{ text: 'guards', type: 'GROUP', sector: 'COP' }, MIGRANTS],
      places: [{ text: 'Varena District' }],
      quantities: [{ text: 'A dozen', value: 12, counted: 'guards', lemma: 'guard' }, { text: '35', value: 35, counted: 'migrants', lemma: 'migrant' }],
    });
    const e = events[0]!;
    assert.deepEqual(e.sizes.map((s) => [s.kind, s.value, s.lemma]), [['actor', 12, 'guard'], ['involved', 35, 'migrant']]);
    assert.equal(doc.slice((doc.get(e.placeId!) as { span: { start: number; end: number } }).span), 'Varena District');
    assert.ok(e.contexts.includes('migration'));
    assert.equal(e.acled?.type, 'Strategic developments');
  });
  it('a metonymic place is an actor, not the event location', () => {
    const { events } = runEvents('Vilnius has declared a state of emergency.', { places: [{ text: 'Vilnius', role: 'actor', country: 'LTU' }] });
    const e = events[0]!;
    assert.equal(e.eventType, 'COERCE');
    assert.equal(e.mode, 'martial-law');
    assert.equal(e.actors[0]?.country, 'LTU');
    assert.equal(e.placeId, undefined);
  });
  it('the time expression of the clause dates the event', () => {
    const { doc, events } = runEvents('The parliament voted in July to build a fence.', {
      entities: [{ text: 'parliament', type: 'ORG', sector: 'LEG' }],
      times: [{ text: 'July', value: '2021-07', granularity: 'month', start: '2021-07-01T00:00:00Z', end: '2021-08-01T00:00:00Z' }],
    });
    const e = events[0]!;
    assert.equal(doc.slice(e.trigger), 'voted in July to build');
    assert.equal(e.date.value, '2021-07');
    assert.equal(e.date.source, 'expression');
    assert.equal(e.actors[0]?.name, 'parliament');
  });
  it('killing counts are sized as dead', () => {
    const { events } = runEvents('Rebels shelled the town, killing 20 civilians.', {
      entities: [{ text: 'Rebels', type: 'GROUP', sector: 'REB' }, { text: 'civilians', type: 'GROUP', sector: 'CVL' }],
      quantities: [{ text: '20', value: 20, counted: 'civilians', lemma: 'civilian' }],
    });
    const kill = events.find((e) => e.cameo === '1823')!;
    assert.equal(kill.actors[0]?.name, 'Rebels');
    assert.deepEqual(kill.sizes.map((s) => [s.kind, s.value]), [['dead', 20]]);
  });
});

describe('events: reading across clauses and sentences', () => {
  it('a reported conflict event by another country is an accusation by the speaker', () => {
    const text = '"Latvian guards pushed the refugees back," the committee stated.';
    const { doc, events } = runEvents(text, {
      entities: [{ text: 'Latvian guards', type: 'GROUP', country: 'LVA', sector: 'COP' }, { text: 'refugees', type: 'GROUP', sector: 'REF' }],
      quotes: [{ text, content: '"Latvian guards pushed the refugees back,"', cue: 'stated', speaker: 'the committee', country: 'EST', sector: 'COP' }],
    });
    const push = events.find((e) => e.eventType === 'COERCE')!;
    assert.equal(doc.slice(push.trigger), 'pushed the refugees back');
    const accuse = events.find((e) => e.eventType === 'ACCUSE')!;
    assert.equal(accuse.provenance.rule, 'accuse:reported-conflict');
    assert.equal(doc.slice(accuse.trigger), 'stated');
    assert.equal(accuse.actors[0]?.country, 'EST');
    assert.deepEqual(accuse.recipients.map((r) => r.name), ['Latvian guards']);
  });
  it('a group named again without its country keeps the country of its earlier mention', () => {
    const { events } = runEvents('Belarusian border guards crossed the river. Later the guards detained two farmers.', {
      entities: [
        { text: 'Belarusian border guards', type: 'GROUP', country: 'BLR', sector: 'COP' },
        { text: 'guards', type: 'GROUP', sector: 'COP', after: 'Later the ' },
        { text: 'farmers', type: 'GROUP', sector: 'CVL' },
      ],
    });
    const detain = events.find((e) => e.eventType === 'COERCE')!;
    assert.equal(detain.actors[0]?.country, 'BLR');
    assert.match(detain.provenance.rule, /actor-country-from-antecedent/);
  });
  it('"demanded the withdrawal of X": X withdraws, and X is the one asked', () => {
    const { events } = runEvents('The council demanded the withdrawal of Russian troops.', {
      entities: [{ text: 'council', type: 'ORG', igo: 'UN', sector: 'IGO' }, { text: 'Russian troops', type: 'GROUP', country: 'RUS', sector: 'MIL' }],
    });
    const demand = events.find((e) => e.eventType === 'REQUEST')!;
    const retreat = events.find((e) => e.eventType === 'RETREAT')!;
    assert.equal(retreat.actors[0]?.name, 'Russian troops');
    assert.equal(demand.recipients[0]?.name, 'Russian troops');
  });
  it('the author of what is rejected is the recipient ("rejected calls by X")', () => {
    const { events } = runEvents('Norway rejected calls by Sweden for new quotas.', {
      entities: [{ text: 'Norway', type: 'COUNTRY', country: 'NOR' }, { text: 'Sweden', type: 'COUNTRY', country: 'SWE' }],
    });
    assert.equal(events[0]?.eventType, 'REJECT');
    assert.equal(events[0]?.recipients[0]?.country, 'SWE');
  });
  it('a protest with no named target is directed at its own country (marked as inferred)', () => {
    const { events } = runEvents('Farmers protested in Lyon on Monday.', {
      entities: [{ text: 'Farmers', type: 'GROUP', sector: 'CVL' }], places: [{ text: 'Lyon', country: 'FRA', plover: 1 }],
    });
    const e = events[0]!;
    assert.equal(e.eventType, 'PROTEST');
    assert.equal(e.recipients[0]?.country, 'FRA');
    assert.match(e.provenance.rule, /implicit-recipient/);
  });
  it('instruments give an assault its mode', () => {
    const [e] = runEvents('Rebels attacked the convoy with mortars.', { entities: [{ text: 'Rebels', type: 'GROUP', sector: 'REB' }] }).events;
    assert.equal(e?.mode, 'heavy-weapons');
  });
  it('phrases that only look like events are not events ("riot gear", "released a video")', () => {
    const { events } = runEvents('Officers in riot gear watched. The agency released a video of the crossing.', {});
    assert.deepEqual(events.map((e) => e.eventType), []);
  });
});

describe('events: clause details', () => {
  it('comma lists make one event with every conjunct as actor', () => {
    const { events } = runEvents('Estonia, Latvia and Poland welcomed the decision.', {
      entities: [
        { text: 'Estonia', type: 'COUNTRY', country: 'EST' }, { text: 'Latvia', type: 'COUNTRY', country: 'LVA' }, { text: 'Poland', type: 'COUNTRY', country: 'POL' },
      ],
    });
    assert.equal(events.length, 1);
    assert.deepEqual(events[0]!.actors.map((a) => a.country), ['EST', 'LVA', 'POL']);
  });
  it('"people accused of fraud" is passive: the people are accused', () => {
    const [e] = runEvents('The lawyer defended traders accused of fraud.', {
      entities: [{ text: 'lawyer', type: 'GROUP', sector: 'JUD' }, { text: 'traders', type: 'GROUP', sector: 'BUS' }],
    }).events.filter((x) => x.eventType === 'ACCUSE');
    assert.equal(e?.actors.length, 0);
    assert.equal(e?.recipients[0]?.name, 'traders');
  });
  it('an attributive participle is not an event ("into alleged crimes")', () => {
    const { events } = runEvents('Prosecutors opened an investigation into alleged crimes.', { entities: [{ text: 'Prosecutors', type: 'GROUP', sector: 'JUD' }] });
    assert.deepEqual(events.map((e) => e.eventType), ['ACCUSE']);
    assert.equal(events[0]!.mode, 'investigate');
  });
  it('troops withdrawn from a foreign country: that country is the recipient (inferred)', () => {
    const { events } = runEvents('Syria withdrew its troops from Lebanon.', {
      entities: [{ text: 'Syria', type: 'COUNTRY', country: 'SYR' }, { text: 'troops', type: 'GROUP', sector: 'MIL' }],
      places: [{ text: 'Lebanon', country: 'LBN', plover: 5 }],
    });
    const e = events[0]!;
    assert.equal(e.eventType, 'RETREAT');
    assert.equal(e.recipients[0]?.country, 'LBN');
    assert.match(e.provenance.rule, /implicit-recipient/);
  });
  it('an event with no named target is directed at the country where it happens (marked as inferred)', () => {
    const text = 'Rebels fired rockets at targets in Kandahar on Friday.';
    const places = [{ text: 'Kandahar', country: 'AFG', plover: 2 as const }];
    const { events } = runEvents(text, { entities: [{ text: 'Rebels', type: 'GROUP', sector: 'REB' }], places });
    const e = events[0]!;
    assert.equal(e.eventType, 'ASSAULT');
    assert.equal(e.recipients[0]?.country, 'AFG');
    assert.deepEqual(e.recipients[0]?.span, { start: text.indexOf('Kandahar'), end: text.indexOf('Kandahar') + 'Kandahar'.length });
    assert.match(e.provenance.rule, /recipient-from-place/);
    // a named target keeps its place: the location is not the recipient
    const named = runEvents('Rebels fired rockets at soldiers in Kandahar on Friday.', {
      entities: [{ text: 'Rebels', type: 'GROUP', sector: 'REB' }, { text: 'soldiers', type: 'GROUP', sector: 'MIL' }], places,
    }).events[0]!;
    assert.equal(named.recipients[0]?.name, 'soldiers');
    assert.doesNotMatch(named.provenance.rule, /recipient-from-place/);
  });
  it('a target group without a country takes the country of the place abroad; own forces give way to that country', () => {
    const text = 'Syrian rebels killed two reporters in Mosul on Friday.';
    const places = [{ text: 'Mosul', country: 'IRQ', plover: 2 as const }];
    const rebels = { text: 'Syrian rebels', type: 'GROUP', sector: 'REB', country: 'SYR' } as const;
    const e = runEvents(text, { entities: [rebels, { text: 'reporters', type: 'GROUP', sector: 'MED' }], places }).events[0]!;
    assert.equal(e.recipients[0]?.name, 'reporters');
    assert.equal(e.recipients[0]?.country, 'IRQ');
    assert.deepEqual(e.recipients[0]?.span, { start: text.indexOf('reporters'), end: text.indexOf('reporters') + 'reporters'.length });
    assert.match(e.provenance.rule, /recipient-country-from-place/);
    const t2 = 'Norway threatened to pull its soldiers out of Mali unless the talks resume.';
    const pulled = runEvents(t2, {
      entities: [{ text: 'Norway', type: 'COUNTRY', country: 'NOR' }, { text: 'soldiers', type: 'GROUP', sector: 'MIL' }],
      places: [{ text: 'Mali', country: 'MLI', plover: 5 }],
    }).events[0]!;
    assert.deepEqual(pulled.recipients.map((r) => [r.kind, r.country]), [['country', 'MLI']]);
    assert.deepEqual(pulled.recipients[0]?.span, { start: t2.indexOf('Mali'), end: t2.indexOf('Mali') + 4 });
    // negative: a place in the actor's own country lends nothing (the actor's country is used instead)
    const home = runEvents('French police detained two reporters in Lyon.', {
      entities: [{ text: 'French police', type: 'GROUP', sector: 'COP', country: 'FRA' }, { text: 'reporters', type: 'GROUP', sector: 'MED' }],
      places: [{ text: 'Lyon', country: 'FRA', plover: 2 }],
    }).events[0]!;
    assert.doesNotMatch(home.provenance.rule, /recipient-country-from-place/);
  });
  it('an attack with no named attacker is coded to the country where it happens (marked as inferred)', () => {
    const text = 'A roadside bomb killed three soldiers near Kirkuk on Sunday.';
    const e = runEvents(text, {
      entities: [{ text: 'soldiers', type: 'GROUP', sector: 'MIL' }], places: [{ text: 'Kirkuk', country: 'IRQ', plover: 2 }],
    }).events[0]!;
    assert.equal(e.eventType, 'ASSAULT');
    assert.deepEqual(e.actors.map((a) => [a.kind, a.country]), [['group', 'IRQ']]);
    assert.deepEqual(e.actors[0]?.span, { start: text.indexOf('Kirkuk'), end: text.indexOf('Kirkuk') + 'Kirkuk'.length });
    assert.match(e.provenance.rule, /implicit-local-actor/);
    // negative: a named attacker stays
    const named = runEvents('Gunmen killed three soldiers near Kirkuk on Sunday.', {
      entities: [{ text: 'Gunmen', type: 'GROUP', sector: 'REB' }, { text: 'soldiers', type: 'GROUP', sector: 'MIL' }],
      places: [{ text: 'Kirkuk', country: 'IRQ', plover: 2 }],
    }).events[0]!;
    assert.equal(named.actors[0]?.name, 'Gunmen');
    assert.doesNotMatch(named.provenance.rule, /implicit-local-actor/);
  });
  it('a conditional threat is aimed at the subject of its "unless"/"if" clause', () => {
    const text = 'Norway threatened to close the port unless Sweden lifts the quotas.';
    const countries = [{ text: 'Norway', type: 'COUNTRY', country: 'NOR' }, { text: 'Sweden', type: 'COUNTRY', country: 'SWE' }] as const;
    const e = runEvents(text, { entities: [...countries] }).events.find((x) => x.eventType === 'THREATEN')!;
    assert.equal(e.recipients[0]?.country, 'SWE');
    assert.deepEqual(e.recipients[0]?.span, { start: text.indexOf('Sweden'), end: text.indexOf('Sweden') + 'Sweden'.length });
    assert.match(e.provenance.rule, /recipient-condition-subject/);
    // negative: a named target of the threat is kept
    const t2 = 'Norway threatened Denmark with tariffs if Sweden lifts the quotas.';
    const kept = runEvents(t2, { entities: [...countries, { text: 'Denmark', type: 'COUNTRY', country: 'DNK' }] }).events.find((x) => x.eventType === 'THREATEN')!;
    assert.equal(kept.recipients[0]?.country, 'DNK');
    assert.doesNotMatch(kept.provenance.rule, /recipient-condition-subject/);
  });
  it('"their forces" takes the country of the owner named earlier in the sentence (marked as inferred)', () => {
    const text = 'Moldovan officials said their troops had completed the withdrawal.';
    const e = runEvents(text, {
      entities: [{ text: 'Moldovan officials', type: 'GROUP', sector: 'GOV', country: 'MDA' }, { text: 'troops', type: 'GROUP', sector: 'MIL' }],
    }).events.find((x) => x.eventType === 'RETREAT')!;
    assert.equal(e.actors[0]?.name, 'troops');
    assert.equal(e.actors[0]?.country, 'MDA');
    assert.deepEqual(e.actors[0]?.span, { start: text.indexOf('troops'), end: text.indexOf('troops') + 'troops'.length });
    assert.match(e.provenance.rule, /actor-country-from-possessive/);
    // negative: without a possessive pronoun nothing is inherited this way
    const plain = runEvents('Moldovan officials said the troops had completed the withdrawal.', {
      entities: [{ text: 'Moldovan officials', type: 'GROUP', sector: 'GOV', country: 'MDA' }, { text: 'troops', type: 'GROUP', sector: 'MIL' }],
    }).events.find((x) => x.eventType === 'RETREAT')!;
    assert.doesNotMatch(plain.provenance.rule, /actor-country-from-possessive/);
  });
});
