import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { QuoteAnnotation } from '../../model/annotation.js';
import type { Doc } from '../../pipeline/doc.js';
import { runQuotes } from './test-helpers.js';

interface Expect {
  speaker?: string;
  cue?: string;
  content: string;
  type?: QuoteAnnotation['quoteType'];
}

function view(doc: Doc): Expect[] {
  return doc.all('quote').map((q) => ({
    ...(q.speaker ? { speaker: doc.slice(q.speaker.span) } : {}),
    ...(q.cue ? { cue: doc.slice(q.cue) } : {}),
    content: (q.parts ?? [q.content]).map((p) => doc.slice(p)).join(' || '),
    type: q.quoteType,
  }));
}

const CASES: [string, Expect[]][] = [
  ['“The bridge will reopen in May,” said Mayor Tomas Ruiz.', [{ speaker: 'Mayor Tomas Ruiz', cue: 'said', content: '“The bridge will reopen in May,”', type: 'direct' }]],
  ['"The bridge will reopen in May," Ruiz said on Tuesday.', [{ speaker: 'Ruiz', cue: 'said', content: '"The bridge will reopen in May,"', type: 'direct' }]],
  ["'We are not leaving,' the union leader said.", [{ speaker: 'the union leader', cue: 'said', content: "'We are not leaving,'", type: 'direct' }]],
  ['« We will stay here until the end », the prefect said in a statement.', [{ speaker: 'the prefect', cue: 'said in a statement', content: '« We will stay here until the end »', type: 'direct' }]],
  ['The port authority said that two ships had been turned away.', [{ speaker: 'The port authority', cue: 'said', content: 'that two ships had been turned away', type: 'indirect' }]],
  ['The mayor says the river has never been this high.', [{ speaker: 'The mayor', cue: 'says', content: 'the river has never been this high', type: 'indirect' }]],
  ['According to the fire service, three houses burned down.', [{ speaker: 'the fire service', cue: 'According to', content: 'three houses burned down', type: 'indirect' }]],
  ['Three houses burned down, according to the fire service.', [{ speaker: 'the fire service', cue: 'according to', content: 'Three houses burned down', type: 'indirect' }]],
  ['The opposition accused the governor of hiding the report.', [{ speaker: 'The opposition', cue: 'accused', content: 'the governor of hiding the report', type: 'indirect' }]],
  ['The company denied any wrongdoing.', [{ speaker: 'The company', cue: 'denied', content: 'any wrongdoing', type: 'indirect' }]],
  ['The dam is safe, engineers said.', [{ speaker: 'engineers', cue: 'said', content: 'The dam is safe', type: 'indirect' }]],
  ['Hugh Rennick, a local doctor, said the clinic was overwhelmed.', [{ speaker: 'Hugh Rennick, a local doctor,', cue: 'said', content: 'the clinic was overwhelmed', type: 'indirect' }]],
  ['The minister said the plan was "a reckless gamble with public money".', [{ speaker: 'The minister', cue: 'said', content: 'the plan was "a reckless gamble with public money"', type: 'mixed' }]],
  ['“We lost everything,” she said, “and nobody came to help.”', [{ speaker: 'she', cue: 'said', content: '“We lost everything,” || “and nobody came to help.”', type: 'direct' }]],
  ['"We cannot accept this," said Health Minister Lena Ortiz said in a statement.', [{ speaker: 'Health Minister Lena Ortiz', cue: 'said', content: '"We cannot accept this,"', type: 'direct' }]],
  ['The interior ministry released figures on Monday, noting that arrivals had doubled.', [{ speaker: 'The interior ministry', cue: 'noting', content: 'that arrivals had doubled', type: 'indirect' }]],
  ['"We will appeal," Ruiz said before adding: "The ruling is wrong."', [
    { speaker: 'Ruiz', cue: 'said', content: '"We will appeal,"', type: 'direct' },
    { speaker: 'Ruiz', cue: 'adding', content: '"The ruling is wrong."', type: 'direct' },
  ]],
  ['Asked about the delay, the mayor said, "The works will end in May."', [
    { cue: 'Asked', content: 'about the delay', type: 'indirect' },
    { speaker: 'the mayor', cue: 'said', content: '"The works will end in May."', type: 'direct' },
  ]],
  ['The spokesman warned that the border would close.', [{ speaker: 'The spokesman', cue: 'warned', content: 'that the border would close', type: 'indirect' }]],
  // a second speaker's clause ends the first content (issue #5)
  ['Ruiz said the works would end in May, but he noted that the budget had doubled.', [
    { speaker: 'Ruiz', cue: 'said', content: 'the works would end in May', type: 'indirect' },
    { speaker: 'he', cue: 'noted', content: 'that the budget had doubled', type: 'indirect' },
  ]],
  ['Officials said the dam held — and the engineers warned that it might not hold again.', [
    { speaker: 'Officials', cue: 'said', content: 'the dam held', type: 'indirect' },
    { speaker: 'the engineers', cue: 'warned', content: 'that it might not hold again', type: 'indirect' },
  ]],
  // nested sources, subjects and complements (issue #5)
  ['Ruiz said the bridge was safe, according to a council official.', [
    { speaker: 'a council official', cue: 'according to', content: 'Ruiz said the bridge was safe', type: 'indirect' },
    { speaker: 'Ruiz', cue: 'said', content: 'the bridge was safe', type: 'indirect' },
  ]],
  ['Last week in an interview with Radio Norland he blasted the council for its silence.', [{ speaker: 'he', cue: 'blasted', content: 'the council for its silence', type: 'indirect' }]],
  ['Marta Berg says the mayor promised help and said she would wait.', [
    { speaker: 'Marta Berg', cue: 'says', content: 'the mayor promised help', type: 'indirect' },
    { speaker: 'Marta Berg', cue: 'said', content: 'she would wait', type: 'indirect' },
  ]],
  ['Asked why the plan leaves out fathers, the minister replied, "It is meant for mothers."', [
    { cue: 'Asked', content: 'why the plan leaves out fathers', type: 'indirect' },
    { speaker: 'the minister', cue: 'replied', content: '"It is meant for mothers."', type: 'direct' },
  ]],
  ['"We are in a critical situation," Chancellor Vera Holm told reporters after the meeting that was held on a boat.', [{ speaker: 'Chancellor Vera Holm', cue: 'told', content: '"We are in a critical situation,"', type: 'direct' }]],
  ['The businessman says of the mayor, “If she gets the chance, she will sell the port.”', [{ speaker: 'The businessman', cue: 'says', content: '“If she gets the chance, she will sell the port.”', type: 'direct' }]],
  ['On the broadcast of “Morning Talk,” Governor Ana Ruiz said the levee would hold.', [{ speaker: 'Governor Ana Ruiz', cue: 'said', content: 'the levee would hold', type: 'indirect' }]],
  ['But Mr. Grassley and Mr. Leahy say other changes are needed.', [{ speaker: 'Mr. Grassley and Mr. Leahy', cue: 'say', content: 'other changes are needed', type: 'indirect' }]],
  ['Some believe the levee will hold.', [{ speaker: 'Some', cue: 'believe', content: 'the levee will hold', type: 'indirect' }]],
  ['The rifles, which he said were at his side, were never found.', [{ speaker: 'he', cue: 'said', content: 'which he said were at his side', type: 'indirect' }]],
  ['Farmers are slamming the ministry for its silence.', [{ speaker: 'Farmers', cue: 'slamming', content: 'the ministry for its silence', type: 'indirect' }]],
  ['The mayor is describing the flood as “a warning”.', [{ speaker: 'The mayor', cue: 'describing', content: 'the flood as “a warning”', type: 'indirect' }]],
  ['He’s claiming that the levee was never inspected.', [{ speaker: 'He', cue: 'claiming', content: 'that the levee was never inspected', type: 'indirect' }]],
  ['The council, which denied any role in the sale, met on Monday.', [{ speaker: 'which', cue: 'denied', content: 'any role in the sale', type: 'indirect' }]],
  ['Mayor Ana Ruiz on Tuesday said that the levee would hold.', [{ speaker: 'Mayor Ana Ruiz', cue: 'said', content: 'that the levee would hold', type: 'indirect' }]],
  ['On Saturday at the regional party convention in the old town hall Sen. Ana Ruiz (D-NM) said the levee would hold.', [{ speaker: 'Sen. Ana Ruiz (D-NM)', cue: 'said', content: 'the levee would hold', type: 'indirect' }]],
  ['According to early results of a survey conducted for the regional council by the university in March, most residents want a new bridge.', [
    { speaker: 'early results of a survey conducted for the regional council by the university in March', cue: 'According to', content: 'most residents want a new bridge', type: 'indirect' },
  ]],
  ['About 4 in 10 say the levee should be raised.', [{ speaker: 'About 4 in 10', cue: 'say', content: 'the levee should be raised', type: 'indirect' }]],
  ["The new rules are ''deeply unfair,'' said Ana Ruiz, a council member.", [{ speaker: 'Ana Ruiz, a council member', cue: 'said', content: "The new rules are ''deeply unfair,''", type: 'mixed' }]],
  ['WASHINGTON — Senator Ana Ruiz defended the bill on Monday, saying the levee needed money.', [
    { speaker: 'WASHINGTON — Senator Ana Ruiz', cue: 'defended', content: 'the bill on Monday', type: 'indirect' },
    { speaker: 'Senator Ana Ruiz', cue: 'saying', content: 'the levee needed money', type: 'indirect' },
  ]],
  ['The council blasted the plan, which it said runs the risk of flooding the valley.', [
    { speaker: 'The council', cue: 'blasted', content: 'the plan', type: 'indirect' },
    { speaker: 'it', cue: 'said', content: 'which it said runs the risk of flooding the valley', type: 'indirect' },
  ]],
  ['“We cannot afford it,” Ruiz said, adding later, “The levee comes first.”', [
    { speaker: 'Ruiz', cue: 'said', content: '“We cannot afford it,”', type: 'direct' },
    { speaker: 'Ruiz', cue: 'adding', content: '“The levee comes first.”', type: 'direct' },
  ]],
  ['“Why is the bank not broken up?” Senator Vera Holm demanded.', [{ speaker: 'Senator Vera Holm', cue: 'demanded', content: '“Why is the bank not broken up?”', type: 'direct' }]],
  ["''The plan is fiscally responsible,'' Ana Ruiz, director of the regional transport office and a professor at the technical university in the capital, said of the proposal.", [
    { speaker: 'Ana Ruiz, director of the regional transport office and a professor at the technical university in the capital,', cue: 'said', content: "''The plan is fiscally responsible,''", type: 'direct' },
  ]],
  ['Ruiz went on to say that the levee was weak.', [{ speaker: 'Ruiz', cue: 'say', content: 'that the levee was weak', type: 'indirect' }]],
  // adjectives of judging after "be"
  ['Farmers have long been critical of the new dam.', [{ speaker: 'Farmers', cue: 'critical of', content: 'the new dam', type: 'indirect' }]],
  // clauses with speakers of their own
  ['While many farmers have criticised the dam, many said Monday that the levee must stay.', [
    { speaker: 'many farmers', cue: 'criticised', content: 'the dam', type: 'indirect' },
    { speaker: 'many', cue: 'said', content: 'that the levee must stay', type: 'indirect' },
  ]],
  ['The mayor answered questions about the flood, when she claimed the levee had held.', [
    { speaker: 'The mayor', cue: 'answered', content: 'questions about the flood', type: 'indirect' },
    { speaker: 'she', cue: 'claimed', content: 'the levee had held', type: 'indirect' },
  ]],
  ['The engineer cited a study proving “the levee is old.”“The levee will fail,” Ruiz wrote.', [
    { speaker: 'The engineer', cue: 'cited', content: 'a study proving “the levee is old.”', type: 'mixed' },
    { speaker: 'Ruiz', cue: 'wrote', content: '“The levee will fail,”', type: 'direct' },
  ]],
  ['Ruiz corrected the minister by tweeting that the levee was old.', [{ speaker: 'Ruiz', cue: 'tweeting', content: 'that the levee was old', type: 'indirect' }]],
  ['Mayor Ana Ruiz told the council that the levee would hold.', [{ speaker: 'Mayor Ana Ruiz', cue: 'told', content: 'that the levee would hold', type: 'indirect' }]],
  // a question put to someone, whoever asked it
  ['When asked whether the levee would hold, the mayor said it would.', [
    { cue: 'asked', content: 'whether the levee would hold', type: 'indirect' },
    { speaker: 'the mayor', cue: 'said', content: 'it would', type: 'indirect' },
  ]],
  ['Asked about the ferry, the captain declined to comment.', [
    { cue: 'Asked', content: 'about the ferry', type: 'indirect' },
    { speaker: 'the captain', cue: 'declined', content: 'to comment', type: 'indirect' },
  ]],
  // appositives: several segments, but a long first segment is a clause
  ['Lea Berg, 59, of Ashton, Md., who watched the vote on a screen, said the levee would hold.', [
    { speaker: 'Lea Berg, 59, of Ashton, Md., who watched the vote on a screen,', cue: 'said', content: 'the levee would hold', type: 'indirect' },
  ]],
  ["The minister's refusal to answer did not go over well with the council members, and the meeting ended early, said one source in the room.", [
    { speaker: 'one source', cue: 'said', content: "The minister's refusal to answer did not go over well with the council members, and the meeting ended early", type: 'indirect' },
  ]],
  // participle clauses take the sentence's subject
  ['The real estate tycoon blasted the plan, calling it a disaster.', [
    { speaker: 'The real estate tycoon', cue: 'blasted', content: 'the plan', type: 'indirect' },
    { speaker: 'The real estate tycoon', cue: 'calling', content: 'it a disaster', type: 'indirect' },
  ]],
  ['Speaking on Sunday, Ruiz said the levee would hold.', [{ speaker: 'Ruiz', cue: 'said', content: 'the levee would hold', type: 'indirect' }]],
  ['The ferry had been late all week, a port spokesman told The Coastal Herald on Monday.', [
    { speaker: 'a port spokesman', cue: 'told', content: 'The ferry had been late all week', type: 'indirect' },
  ]],
  // the subject of "seem" is judged, not judging; a person may still be the one who holds the view
  ['The levee seems to be failing.', [{ cue: 'seems', content: 'to be failing', type: 'indirect' }]],
  ['Ruiz seems to think the levee will hold.', [{ speaker: 'Ruiz', cue: 'seems', content: 'to think the levee will hold', type: 'indirect' }]],
  // "that" relatives: the noun before it is the source mention
  ['The plan angered farmers that oppose the dam.', [{ speaker: 'farmers', cue: 'oppose', content: 'the dam', type: 'indirect' }]],
  // "In a statement, X condemned …": the sentence has its own speaker
  ['In a statement, the ministry condemned the blockade.', [{ speaker: 'the ministry', cue: 'condemned', content: 'the blockade', type: 'indirect' }]],
  ['The two mayors clashed over the levee, each saying the other had cut its budget.', [{ speaker: 'each', cue: 'saying', content: 'the other had cut its budget', type: 'indirect' }]],
  ['Chastened by the floods, Ruiz released a plan, promising to raise the levee.', [{ speaker: 'Ruiz', cue: 'promising', content: 'to raise the levee', type: 'indirect' }]],
  ['The ferry will stop running, according to the port authority, ending a service of sixty years.', [
    { speaker: 'the port authority', cue: 'according to', content: 'The ferry will stop running', type: 'indirect' },
  ]],
  // topic nouns with a possessor or a voicing verb
  ["Nobody liked the mayor's attacks on the council.", [{ speaker: 'the mayor', cue: 'attacks on', content: 'the council', type: 'indirect' }]],
  ['Engineers raised questions about the levee.', [{ speaker: 'Engineers', cue: 'questions about', content: 'the levee', type: 'indirect' }]],
  ['A 2014 study found the levee was too low.', [{ speaker: 'A 2014 study', cue: 'found', content: 'the levee was too low', type: 'indirect' }]],
  // a passive names no source
  ['One voter in nine is expected to vote by mail.', [{ cue: 'expected', content: 'to vote by mail', type: 'indirect' }]],
  // a sentence closing with its own speaker holds the attribution inside it
  ['The council called for the ferry to be stopped, sources said.', [
    { speaker: 'sources', cue: 'said', content: 'The council called for the ferry to be stopped', type: 'indirect' },
    { speaker: 'The council', cue: 'called for', content: 'the ferry to be stopped', type: 'indirect' },
  ]],
  ['Ruiz said: "The levee held," adding that the river had fallen.', [
    { speaker: 'Ruiz', cue: 'said', content: '"The levee held,"', type: 'direct' },
    { speaker: 'Ruiz', cue: 'adding', content: 'that the river had fallen', type: 'indirect' },
  ]],
  ['The governor, who in 2010 said the levee was safe, resigned.', [{ speaker: 'who', cue: 'said', content: 'the levee was safe', type: 'indirect' }]],
  ['The floods are fueling worries that the levee will fail.', []],
  ['The levee is too low, farmers said on Friday, as the river rose.', [{ speaker: 'farmers', cue: 'said', content: 'The levee is too low', type: 'indirect' }]],
  ['But in recent days, aides to the mayor say, the river has risen.', [{ speaker: 'aides to the mayor', cue: 'say', content: 'But in recent days || the river has risen', type: 'indirect' }]],
  ["The plan sends a message that the priority ''is the levee,'' Mr. Ruiz said.", [{ speaker: 'Mr. Ruiz', cue: 'said', content: "The plan sends a message that the priority ''is the levee,''", type: 'mixed' }]],
  ['The levee would hold through the winter, but for some, the river would rise, said Ruiz.', [{ speaker: 'Ruiz', cue: 'said', content: 'The levee would hold through the winter, but for some, the river would rise', type: 'indirect' }]],
  ['Farmers whose fields were flooded say the levee failed.', [{ speaker: 'Farmers whose fields were flooded', cue: 'say', content: 'the levee failed', type: 'indirect' }]],
  ["Residents living near the river say they're afraid.", [{ speaker: 'Residents living near the river', cue: 'say', content: "they're afraid", type: 'indirect' }]],
  ["''The ferry will run,'' the harbour spokesman, Ola Berg, said on Thursday.", [{ speaker: 'the harbour spokesman, Ola Berg,', cue: 'said', content: "''The ferry will run,''", type: 'direct' }]],
  ['Ruiz wrote to her 2,000 followers, “The ferry runs again,” and shared a photo.', [{ speaker: 'Ruiz', cue: 'wrote', content: '“The ferry runs again,”', type: 'direct' }]],
  ['The mayor called the plan “a disgrace,” and threatened to sue.', [
    { speaker: 'The mayor', cue: 'called', content: 'the plan “a disgrace,”', type: 'mixed' },
    { speaker: 'The mayor', cue: 'threatened', content: 'to sue', type: 'indirect' },
  ]],
  ['“Will the ferry run?” Ruiz told the Coastal Herald in an interview aired on Monday.', [{ speaker: 'Ruiz', cue: 'told', content: '“Will the ferry run?”', type: 'direct' }]],
  ['The ministry informed the committee that the crossing was closed.', [{ speaker: 'The ministry', cue: 'informed', content: 'that the crossing was closed', type: 'indirect' }]],
  // a hearsay adverb attributes its clause to someone unnamed
  ['The council is reportedly closing the ferry.', [{ cue: 'reportedly', content: 'The council is reportedly closing the ferry', type: 'indirect' }]],
  ['Ruiz reportedly said the ferry would close.', [{ speaker: 'Ruiz', cue: 'said', content: 'the ferry would close', type: 'indirect' }]],
  ['The ferry was insured for two million euros in 2011, records show.', [{ speaker: 'records', cue: 'show', content: 'The ferry was insured for two million euros in 2011', type: 'indirect' }]],
  // a poll opening the sentence is its source
  ['In a new poll by the university, the ferry leads the bridge by ten points.', [{ speaker: 'a new poll by the university', cue: 'In', content: 'the ferry leads the bridge by ten points', type: 'indirect' }]],
  // a statement noun with its possessor
  ["Nobody liked the ministry's claim that the levee held.", [{ speaker: 'the ministry', cue: 'claim', content: 'that the levee held', type: 'indirect' }]],
  // parenthetical "as" clauses
  ['As Mayor Ana Ruiz put it, the levee is older than the town.', [{ speaker: 'Mayor Ana Ruiz', cue: 'put it', content: 'the levee is older than the town', type: 'indirect' }]],
  ['The levee, as engineers pointed out, is older than the town.', [{ speaker: 'engineers', cue: 'pointed out', content: 'The levee, as engineers pointed out, is older than the town', type: 'indirect' }]],
  ['The levee will fail, as engineers warned.', [{ speaker: 'engineers', cue: 'warned', content: 'The levee will fail', type: 'indirect' }]],
  // a quote signed with a dash and a name ending the line (issue #5)
  ['Readers answered.\n“The bridge must reopen. We wait every day.” ― Carla Mendes\n“Nobody listens to us.” -- Piotr Nowak.\n', [
    { speaker: 'Carla Mendes', cue: '―', content: '“The bridge must reopen. We wait every day.”', type: 'direct' },
    { speaker: 'Piotr Nowak', cue: '--', content: '“Nobody listens to us.”', type: 'direct' },
  ]],
  ['Readers answered.\n”The ferry is late every day.” ― Lea Berg\n', [{ speaker: 'Lea Berg', cue: '―', content: '”The ferry is late every day.”', type: 'direct' }]],
];

describe('quotes: speaker, cue and content spans', () => {
  for (const [text, expected] of CASES) {
    it(text, () => assert.deepEqual(view(runQuotes(text)), expected));
  }
});

describe('quotes: negative cases', () => {
  const NEGATIVE = [
    'The so-called "experts" arrived late.',
    'She starred in "The Long Night" in 2019.',
    'The state of the roads is poor.',
    'Reports of flooding reached the capital.',
    'The village is called Lipno.',
    'Let me say this again.',
    'The ministry informed the border committee.',
    'The council backed out of the deal.',
    'Floods continue in the valley.',
    'The mayor was charged with fraud.',
    'Police found the body near the levee.',
    'The new rules are strict and the lists are long.',
    'Questions about the levee remain.',
    'The critical of the two bridges was closed.',
    'The ministry did not respond to requests for comment.',
    // only verbs of saying stand after what was said
    'The plan drew praise, the mayor welcomed.',
    'It was a hard year, you know.',
    'The bridge was described as unsafe.',
    'Residents finally had their say in the vote.',
    // a dash inside a line is not a signature
    '“Not now” — that was the answer the villagers got, and it came late.',
  ];
  for (const text of NEGATIVE) it(text, () => assert.deepEqual(view(runQuotes(text)), []));
});

describe('quotes: across sentences and paragraphs', () => {
  it('links a quote standing alone to the cue after it, and a pronoun to the earlier speaker', () => {
    const text = 'Mayor Tomas Ruiz visited the site. “The water rose in minutes.” Ruiz added. “We were lucky,” he said.';
    const doc = runQuotes(text);
    const qs = doc.all('quote');
    assert.deepEqual(view(doc), [
      { speaker: 'Ruiz', cue: 'added', content: '“The water rose in minutes.”', type: 'direct' },
      { speaker: 'he', cue: 'said', content: '“We were lucky,”', type: 'direct' },
    ]);
    assert.equal(qs[0]!.speakerKey, qs[1]!.speakerKey);
  });

  it('reads a quote over two paragraphs whose opening mark repeats', () => {
    const text = 'The governor spoke at length.\n\n“The first part of the plan is done.\n\n“The second part starts next year,” she said.';
    const q = runQuotes(text).all('quote');
    assert.equal(q.length, 1);
    assert.equal(text.slice(q[0]!.content.start, q[0]!.content.end), '“The first part of the plan is done.\n\n“The second part starts next year,”');
  });

  it('gives a quote continued in the next paragraph the mention of its speaker (issue #5)', () => {
    const text = '“The river rose in minutes,” Mayor Tomas Ruiz said.\n\n“Nobody was hurt,” he added.\n\n“We moved everyone out before dawn.”';
    const doc = runQuotes(text);
    const qs = doc.all('quote');
    assert.equal(qs.length, 3);
    assert.equal(qs[2]!.provenance.rule, 'continuation');
    assert.equal(doc.slice(qs[2]!.content), '“We moved everyone out before dawn.”');
    assert.deepEqual(qs[2]!.speaker!.span, qs[1]!.speaker!.span);
    assert.equal(qs[2]!.speaker!.span.start, text.indexOf('he added'));
    assert.equal(qs[2]!.speakerKey, qs[0]!.speakerKey);
  });

  it('gives "the statement added" and "it stated" to the organisation that issued the statement', () => {
    const text = "Norland's coast guard released a video of the rescue.\n\n“Our crews saved forty people,” it stated.\n\n“The search goes on,” the statement added.";
    const doc = runQuotes(text, [{ text: "Norland's coast guard", type: 'ORG', name: 'Norland Coast Guard', country: 'NRL', sector: 'COP' }]);
    const qs = doc.all('quote');
    assert.equal(qs.length, 2);
    for (const q of qs) {
      assert.equal(q.speaker?.name, 'Norland Coast Guard');
      assert.equal(q.speaker?.country, 'NRL');
    }
    assert.equal(qs[0]!.speakerKey, qs[1]!.speakerKey);
    assert.equal(doc.slice(qs[1]!.speaker!.span), 'the statement');
  });

  it('reads "who" as the speaker mention and the name before it as the speaker', () => {
    const doc = runQuotes('The plan won support from Anna Berg, who declared on Friday, “This is the right moment to act.”');
    const [q] = doc.all('quote');
    assert.equal(doc.slice(q!.speaker!.span), 'who');
    assert.equal(q!.speaker!.name, 'Anna Berg');
    assert.equal(doc.slice(q!.content), '“This is the right moment to act.”');
  });

  it('reads "which" as the mention of what it stands for, and does not give "it" to it', () => {
    const text = 'The ministry released a video, which does not show the officers.\n\n“We will respond,” it stated.';
    const doc = runQuotes(text);
    const qs = doc.all('quote');
    assert.equal(qs.length, 2);
    assert.equal(doc.slice(qs[0]!.speaker!.span), 'which');
    assert.equal(doc.slice(qs[0]!.content), 'the officers');
    assert.notEqual(qs[0]!.speaker!.name, 'which');
    assert.equal(qs[1]!.speaker?.name, 'ministry');
    assert.notEqual(qs[1]!.speakerKey, qs[0]!.speakerKey);
  });

  it('takes role and country from entity annotations, and a short name later as the same speaker', () => {
    const text = 'Foreign Minister Marta Kowalska said the talks had failed. Kowalska added that new talks were planned.';
    const doc = runQuotes(text, [
      { text: 'Foreign Minister', type: 'ROLE', name: 'Foreign Minister', sector: 'GOV' },
      { text: 'Marta Kowalska', type: 'PERSON', name: 'Marta Kowalska', role: 'Foreign Minister', country: 'POL', sector: 'GOV' },
      { text: 'Kowalska', nth: 2, type: 'PERSON', name: 'Kowalska' },
    ]);
    const [a, b] = doc.all('quote');
    assert.equal(a!.speaker?.name, 'Marta Kowalska');
    assert.equal(a!.speaker?.role, 'Foreign Minister');
    assert.equal(a!.speaker?.country, 'POL');
    assert.equal(b!.speakerKey, a!.speakerKey);
    assert.equal(b!.speaker?.country, 'POL');
    assert.equal(doc.slice(b!.content), 'that new talks were planned');
  });
});

describe('quotes: definite descriptions with their own country', () => {
  const ENTITIES = [
    { text: 'Norlandic fisheries ministry', type: 'ORG', name: 'Norlandic fisheries ministry', country: 'NRL', sector: 'GOV' },
    { text: 'Norlandic', type: 'NATIONALITY', name: 'Norland', country: 'NRL' },
  ] as const;

  it('does not link "the Velorian fisheries ministry" to an earlier ministry of another country', () => {
    const text = 'The Norlandic fisheries ministry said the trawlers had left. Velor disputed this. "Norlandic boats emptied our nets and sailed home," the Velorian fisheries ministry said.';
    const doc = runQuotes(text, [
      ...ENTITIES,
      { text: 'Velor', type: 'COUNTRY', name: 'Velor', country: 'VLR' },
      { text: 'Velorian fisheries ministry', type: 'ORG', name: 'Velorian fisheries ministry', country: 'VLR', sector: 'GOV' },
      { text: 'Velorian', type: 'NATIONALITY', name: 'Velor', country: 'VLR' },
    ]);
    const qs = doc.all('quote');
    const last = qs[qs.length - 1]!;
    assert.equal(doc.slice(last.speaker!.span), 'the Velorian fisheries ministry');
    assert.equal(last.speaker!.span.start, text.indexOf('the Velorian'));
    assert.equal(last.speaker!.name, 'Velorian fisheries ministry');
    assert.equal(last.speaker!.country, 'VLR');
    assert.notEqual(last.speakerKey, qs[0]!.speakerKey);
  });

  it('still links a description of the same country, and a bare "the ministry"', () => {
    const text = 'The Norlandic fisheries ministry said the trawlers had left. "We counted every boat," the ministry said. "None stayed," the Norlandic ministry said.';
    const doc = runQuotes(text, [...ENTITIES, { text: 'Norlandic', nth: 2, type: 'NATIONALITY', name: 'Norland', country: 'NRL' }]);
    const qs = doc.all('quote');
    assert.equal(qs.length, 3);
    assert.deepEqual(qs.map((q) => doc.slice(q.speaker!.span)), ['The Norlandic fisheries ministry', 'the ministry', 'the Norlandic ministry']);
    for (const q of qs) assert.equal(q.speakerKey, qs[0]!.speakerKey);
  });
});

describe('quotes: transcripts (issue #5)', () => {
  it('reads each labelled turn, over the paragraphs that repeat its opening mark, and skips stage notes', () => {
    const text = 'Partial transcript:\n\n"HOST: Will the bridge reopen?\n\n"MAYOR: It will. The works end in May.\n\n"The budget is safe.\n\n"(CROSSTALK.)\n\n"HOST: Thank you.';
    const doc = runQuotes(text);
    assert.deepEqual(view(doc), [
      { speaker: 'HOST', cue: ':', content: 'Will the bridge reopen?', type: 'direct' },
      { speaker: 'MAYOR', cue: ':', content: 'It will. The works end in May. || The budget is safe.', type: 'direct' },
      { speaker: 'HOST', cue: ':', content: 'Thank you.', type: 'direct' },
    ]);
    const mayor = doc.all('quote')[1]!;
    assert.equal(mayor.speaker!.span.start, text.indexOf('MAYOR'));
    assert.equal(mayor.cue!.start, text.indexOf('MAYOR') + 5);
  });

  it('continues an unmarked turn over paragraphs only while the transcript goes on', () => {
    const text = 'HOST: Did you know?\n\nMAYOR: No.\n\nI learned it later.\n\nHOST: When?\n\nMAYOR: In May.\n\nThe interview ended there.';
    assert.deepEqual(view(runQuotes(text)).map((q) => [q.speaker, q.content]), [
      ['HOST', 'Did you know?'],
      ['MAYOR', 'No. || I learned it later.'],
      ['HOST', 'When?'],
      ['MAYOR', 'In May.'],
    ]);
  });

  it('does not make speakers of "Q" and "A"', () => {
    const doc = runQuotes('Q: Did you know?\n\nA: No.\n\nQ: When?');
    assert.equal(doc.all('quote').filter((q) => q.provenance.rule === 'transcript-turn').length, 0);
  });
});

describe('quotes: headline labels (issue #5)', () => {
  it('reads a name the entities stage does not know, and no rubric', () => {
    const qs = view(runQuotes('Ola Berg: Ferry Will Run\n\nCorrection: An earlier version misspelled the ferry.\n\nThe ferry ran.'));
    assert.deepEqual(qs, [{ speaker: 'Ola Berg', cue: ':', content: 'Ferry Will Run', type: 'indirect' }]);
  });

  it('reads a role before a name, or a document, as a label before a quote', () => {
    const text = 'Polls were close.\n\nRegional pollster Ola Berg: “The ferry vote is tight.”\n\nThe report: “Turnout fell.”\n\nRuiz said in a statement: “We won.”';
    assert.deepEqual(view(runQuotes(text)), [
      { speaker: 'Regional pollster Ola Berg', cue: ':', content: '“The ferry vote is tight.”', type: 'direct' },
      { speaker: 'The report', cue: ':', content: '“Turnout fell.”', type: 'direct' },
      { speaker: 'Ruiz', cue: 'said in a statement', content: '“We won.”', type: 'direct' },
    ]);
  });

  it('reads a name, a colon and a quote inside a sentence, not an addressee or a byline', () => {
    const text = 'The result does not surprise harbour master Ola Berg: “Ferries always run late in winter.”\n\nRuiz later told Radio Norland: “We will run more ferries.”';
    const doc = runQuotes(text);
    const qs = doc.all('quote');
    assert.equal(qs.length, 2);
    assert.equal(doc.slice(qs[0]!.speaker!.span), 'Ola Berg');
    assert.equal(doc.slice(qs[0]!.content), '“Ferries always run late in winter.”');
    assert.equal(qs[0]!.provenance.rule, 'name-colon-quote');
    assert.equal(doc.slice(qs[1]!.speaker!.span), 'Ruiz');
    assert.equal(doc.slice(qs[1]!.cue!), 'told');
  });

  it('reads a surname label when the article names the person in full', () => {
    const text = 'Berg: Ferry Will Run Through Winter\n\nHarbour master Ola Berg said the ferry would run.';
    const qs = view(runQuotes(text));
    assert.deepEqual(qs[0], { speaker: 'Berg', cue: ':', content: 'Ferry Will Run Through Winter', type: 'indirect' });
  });

  it('reads a label naming someone, not a rubric', () => {
    const text = 'Ruiz: Levee Will Hold Through Winter\n\nThe Latest: Levee Holds Through The Night\n\nThe river fell on Monday.';
    const doc = runQuotes(text, [{ text: 'Ruiz', type: 'PERSON', name: 'Ana Ruiz' }]);
    assert.deepEqual(view(doc), [{ speaker: 'Ruiz', cue: ':', content: 'Levee Will Hold Through Winter', type: 'indirect' }]);
  });
});

describe('quotes: title-case headlines (issue #5)', () => {
  it('reads a capitalised cue in a headline line, and not in running text', () => {
    const text = 'Mayor Ana Ruiz Says The Levee Will Hold Through Winter\n\nThe river Says nothing to the town, the ferryman joked.';
    const doc = runQuotes(text);
    const qs = view(doc);
    assert.deepEqual(qs[0], { speaker: 'Mayor Ana Ruiz', cue: 'Says', content: 'The Levee Will Hold Through Winter', type: 'indirect' });
    assert.ok(!qs.some((q) => q.cue === 'Says' && q.speaker === 'The river'));
  });
});
