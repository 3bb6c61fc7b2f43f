/**
 * Closed word classes the events stage reads clauses with. These are grammar, not domain
 * vocabulary, so they live here rather than in `resources/`.
 */
const set = (s: string): ReadonlySet<string> => new Set(s.split(/\s+/).filter(Boolean));

/** Determiners and possessives: a trigger word after one of these is a noun ("the attack"). */
export const DETERMINERS = set("the a an this these those its their his her our my your every each any some no another all many several most both such 's ' s");
/** Prepositions that open a phrase (a subject segment that starts with one is not a subject). */
export const PREPOSITIONS = set(
  'of in on at by for with from to into onto across over under near against toward towards upon about after before during since until between among through via within without along around beside despite amid amidst outside inside per like',
);
/** Prepositions whose object can be the recipient of an event. */
export const RECIPIENT_PREPOSITIONS = set('with to against on upon at toward towards from over for between');
/** Prepositions that name a beneficiary or partner: their named actor beats a generic object. */
export const BENEFICIARY_PREPOSITIONS = set('to for with');
/** Words that can sit between a subject and its verb: auxiliaries, modals, negation, frequent adverbs. */
export const AUXILIARIES = set(
  "is are was were be been being am 's 're has have had having 've 'd will would shall should can could may might must do does did 'll not never also still already again reportedly allegedly now then just recently later finally once jointly to about due expected set going able likely unlikely soon first last even further yet both all repeatedly openly publicly formally officially effectively willing ready prepared plans plan planned planning intends intend intended wants want wanted hopes hope hoped determined eager keen decided decides try tries tried trying attempt attempted attempting seek seeks sought seeking continue continues continued continuing begin began begins start started starts threatens",
);
export const BE_FORMS = set("is are was were be been being am 's 're get gets got gotten getting");
/** Words that open a subordinate or relative clause. */
export const SUBORDINATORS = set(
  'that which who whom whose while whereas because although though after before when whenever since until unless if where as so whether',
);
export const RELATIVES = set('who which that whom');
/** Words that join conjuncts of a compound actor. */
export const CONJUNCTIONS = set('and or');
/** Punctuation that ends a clause for the purpose of finding its participants. */
export const STRONG_PUNCT = set('; : ( ) [ ] " “ ” « » — –');
/** Verbs that carry a noun trigger ("held talks", "launched an attack", "staged a protest"). */
export const SUPPORT_VERBS = set(
  'launch launched launches launching carry carried carries carrying stage staged stages staging hold held holds holding conduct conducted conducts conducting mount mounted mounts mounting begin began begun begins beginning start started starts starting continue continued continues continuing organize organized organise organised organizes organises lead led leads leading order ordered orders ordering announce announced announces make made makes making open opened opens opening complete completed completes completing speed speeded sped speeds resume resumed resumes resuming accelerate accelerated declare declared declares end ended ends step stepped intensify intensified',
);
/** Verbs that report what someone says or concludes: "X said (that) Y must …" is a request by X of Y. */
export const SPEECH_VERBS = set(
  'say said says saying tell told tells stated announce announced announces reported claim claimed claims add added adds noted declare declared declares conclude concluded concludes reiterate reiterated reiterates insist insisted insists stress stressed stresses argue argued argues repeated wrote',
);
/** Modals of obligation: in a clause reported by a speech verb they make a request. */
export const OBLIGATION = set('must should');
