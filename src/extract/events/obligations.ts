import type { TriggerRule } from './lexicon.js';
import type { TriggerMatch } from './match-triggers.js';
import { subjectBefore, type Participants, type SentenceView } from './participants.js';
import { AUXILIARIES, OBLIGATION, SPEECH_VERBS, STRONG_PUNCT } from './words.js';

/** The rule behind "X said (that) Y must …": a request by X of Y (CAMEO 100). */
export const OBLIGATION_RULE: TriggerRule = {
  id: 'request:reported-obligation',
  pattern: '<speech verb> (that) X must|should',
  pos: 'v',
  type: 'REQUEST',
  cameo: '100',
  contexts: [],
  example: 'Russia said on Tuesday that Sudan must return the helicopter.',
  elements: [],
};

const MAX_BACK = 5;

/**
 * Finds reported obligations: a clause with "must"/"should" whose subject Y names an actor, reported
 * by a speech verb whose own subject X names another ("The ministry declared that Minsk must stop").
 * Returns each as a match on the speech verb with its participants.
 */
export function reportedObligations(view: SentenceView): { match: TriggerMatch; participants: Participants }[] {
  const { toks } = view;
  const out: { match: TriggerMatch; participants: Participants }[] = [];
  for (let o = 1; o < toks.length; o++) {
    if (!OBLIGATION.has(toks[o]!.norm)) continue;
    let b = o - 1;
    while (b >= 0 && !SPEECH_VERBS.has(toks[b]!.norm) && toks[b]!.norm !== 'that' && toks[b]!.norm !== ',' && !STRONG_PUNCT.has(toks[b]!.norm) && o - b < 12) b--;
    if (b < 0 || b === o - 1) continue;
    const recipients = view.resolve(view.doc, { start: toks[b + 1]!.start, end: toks[o - 1]!.end });
    if (recipients.length === 0) continue;
    let sv = b;
    while (sv >= 0 && !SPEECH_VERBS.has(toks[sv]!.norm) && b - sv <= MAX_BACK) sv--;
    if (sv < 0 || !SPEECH_VERBS.has(toks[sv]!.norm)) continue;
    let j = sv - 1;
    while (j >= 0 && AUXILIARIES.has(toks[j]!.norm)) j--;
    const subject = subjectBefore(view, j, j + 1);
    if (subject.actors.length === 0) continue;
    out.push({
      match: { rule: OBLIGATION_RULE, head: sv, indices: [sv], last: sv },
      participants: {
        actors: subject.actors,
        recipients,
        ...(subject.region ? { actorRegion: subject.region } : {}),
        recipientRegion: [b + 1, o - 1],
        clauseStart: subject.start,
        clauseEnd: o,
        verbGroupStart: j + 1,
        passive: false,
        how: 'reported-obligation',
      },
    });
  }
  return out;
}
