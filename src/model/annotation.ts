import type { Actor } from './actor.js';
import type { Provenance } from './provenance.js';
import type { Span } from './span.js';

/** Fields every annotation has. `id` is assigned by the pipeline (`<prefix><n>`, e.g. `tm3`). */
interface Base<K extends string> {
  readonly id: string;
  readonly kind: K;
  /** Evidence: the text this annotation was read from. */
  readonly span: Span;
  readonly provenance: Provenance;
}

/** @example { kind: 'sentence', index: 0, paragraph: 0, span: { start: 0, end: 137 } } */
export interface SentenceAnnotation extends Base<'sentence'> {
  readonly index: number;
  readonly paragraph: number;
}

/**
 * A word or punctuation token. Tokens are recomputed, not stored or printed by default.
 * @example { kind: 'token', index: 4, sentence: 0, norm: 'border', word: true }
 */
export interface TokenAnnotation extends Base<'token'> {
  readonly index: number;
  readonly sentence: number;
  /** Lower-cased, diacritics removed ("Šalčininkai" → "salcininkai"). */
  readonly norm: string;
  /** False for punctuation and symbols. */
  readonly word: boolean;
}

/**
 * PERSON, ORG (named organisation), COUNTRY, PLACE (other toponyms), NATIONALITY (demonyms and
 * adjectives), ROLE (titles and offices), GROUP (agent nouns naming a collective: "border guards",
 * "migrants", "police", "protesters", with a sector and, when modified, a country).
 */
export type EntityType = 'PERSON' | 'ORG' | 'COUNTRY' | 'PLACE' | 'NATIONALITY' | 'ROLE' | 'GROUP';

/**
 * A named mention and, where the text allows, what it refers to.
 * @example { kind: 'entity', type: 'NATIONALITY', name: 'Belarusian', country: 'BLR' }
 */
export interface EntityAnnotation extends Base<'entity'> {
  readonly type: EntityType;
  /** Canonical name ("Belarus" for "Belarusian", "European Union" for "EU"). */
  readonly name: string;
  readonly country?: string;
  readonly igo?: string;
  readonly sector?: Actor['sector'];
  /** For PERSON: the title preceding or apposed to the name. */
  readonly role?: string;
}

export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';
export type TimeGranularity =
  | 'second' | 'minute' | 'hour' | 'day' | 'week' | 'month' | 'season' | 'quarter' | 'half'
  | 'year' | 'decade' | 'century' | 'vague';

/**
 * A temporal expression normalised against the article date (TIMEX3 values).
 * @example
 * // "Last month" in an article of 2021-08-18
 * { kind: 'time', timexType: 'DATE', value: '2021-07', granularity: 'month',
 *   stated: ['relative-month'], implied: ['year', 'month'],
 *   range: { start: '2021-07-01T00:00:00Z', end: '2021-08-01T00:00:00Z' } }
 */
export interface TimeAnnotation extends Base<'time'> {
  readonly timexType: TimexType;
  /** TIMEX3 value: `2021-08-18`, `2021-07`, `2021-W33`, `2021-SU`, `P3D`, `XXXX-07-13`, `PAST_REF`… */
  readonly value: string;
  readonly granularity: TimeGranularity;
  /** TIMEX3 mod where relevant (APPROX, START, END, MID, BEFORE, AFTER…). */
  readonly mod?: string;
  /** Calendar fields the text states (`year`, `month`, `day`, `weekday`, `hour`…). */
  readonly stated: readonly string[];
  /** Calendar fields taken from the article date. */
  readonly implied: readonly string[];
  /** Concrete `[start, end)` as ISO date-times with offset, for filtering; absent for durations and sets. */
  readonly range?: { readonly start: string; readonly end: string };
  /** True for vague spans such as "in recent days" (range is then a bounded guess). */
  readonly vague?: boolean;
  /** The expression with the preposition that introduces it ("in 2021", "since March", "over the weekend"): how an event relates to the time. */
  readonly phrase?: Span;
}

/**
 * A number with what it counts.
 * @example
 * // "a dozen guards"
 * { kind: 'quantity', value: 12, approximate: false, counted: { start: 95, end: 101, lemma: 'guard' } }
 */
export interface QuantityAnnotation extends Base<'quantity'> {
  readonly value: number;
  /** "about", "more than", "dozens of" make it approximate. */
  readonly approximate: boolean;
  /** `>`, `<`, `>=`, `<=`, `~` or `=`. */
  readonly comparator: '=' | '>' | '<' | '>=' | '<=' | '~';
  /** Unit for measures (`percent`, `km`, `USD`…); absent for counts. */
  readonly unit?: string;
  /** The noun the number counts, with its lemma ("migrants" → "migrant"). */
  readonly counted?: Span & { readonly lemma: string };
  /** A year or date the count is qualified by ("4,124 … in 2021") — id of a time annotation. */
  readonly timeId?: string;
}

/** ACLED geo-precision: 1 exact town, 2 near a town / small region, 3 larger region. */
export type AcledPrecision = 1 | 2 | 3;
/** PLOVER location precision 1..5: 1 exact point … 5 country or larger. */
export type PloverPrecision = 1 | 2 | 3 | 4 | 5;

/** An administrative division in a place's chain. */
export interface AdminUnit {
  readonly code: string;
  readonly name: string;
  readonly geonameId?: number;
}

/**
 * A toponym resolved against GeoNames.
 * @example
 * // "Šalčininkai District"
 * { kind: 'place', name: 'Šalčininkai District Municipality', geonameId: 864520, featureClass: 'A',
 *   featureCode: 'ADM2', countryIso2: 'LT', countryIso3: 'LTU', lat: 54.3, lon: 25.38,
 *   precision: { acled: 3, plover: 3 }, role: 'location', resolved: true }
 */
export interface PlaceAnnotation extends Base<'place'> {
  /** The resolved GeoNames name, or the surface name when unresolved. */
  readonly name: string;
  readonly resolved: boolean;
  readonly geonameId?: number;
  readonly featureClass?: string;
  readonly featureCode?: string;
  readonly countryIso2?: string;
  readonly countryIso3?: string;
  readonly admin1?: AdminUnit;
  readonly admin2?: AdminUnit;
  readonly lat?: number;
  readonly lon?: number;
  readonly population?: number;
  readonly precision: { readonly acled: AcledPrecision; readonly plover: PloverPrecision };
  /** Other candidates considered, best first, with scores. */
  readonly alternatives: readonly { geonameId: number; name: string; countryIso2?: string; score: number }[];
  /**
   * `location`: where something is or happens. `actor`: the name stands for a government or
   * organisation (metonymy: "Vilnius has declared", "sanctions on Minsk"). `demonym`: an adjective
   * ("Lithuanian territory") naming the place.
   */
  readonly role: 'location' | 'actor' | 'demonym';
  /** Set when role is `actor`: who the name stands for. */
  readonly actor?: Actor;
}

export type CueKind =
  | 'assert' | 'deny' | 'accuse' | 'warn' | 'promise' | 'statement' | 'report' | 'believe' | 'ask' | 'other';

/**
 * A quote or reported statement with its speaker.
 * `span` covers the whole attribution (speaker, cue, content).
 * @example
 * { kind: 'quote', quoteType: 'direct', content: { start: 520, end: 610 }, cue: { start: 612, end: 616 },
 *   cueLemma: 'say', cueKind: 'assert', speaker: { name: 'Agnė Bilotaitė', role: 'Interior Minister', … } }
 */
export interface QuoteAnnotation extends Base<'quote'> {
  readonly quoteType: 'direct' | 'indirect' | 'mixed';
  readonly content: Span;
  /** When the content is split by the speaker and cue ("“A,” she said, “B.”"): its parts; `content` covers them. */
  readonly parts?: readonly Span[];
  readonly cue?: Span;
  readonly cueLemma?: string;
  readonly cueKind: CueKind;
  readonly speaker?: Actor;
  /** Stable per-article speaker key: the same speaker across the article shares it. */
  readonly speakerKey?: string;
}

/**
 * What a source asserts, denies or accuses someone of, linked to the events the content holds.
 * @example { kind: 'claim', stance: 'accuse', speaker: { name: 'Lithuania', country: 'LTU' }, eventIds: ['ev2'] }
 */
export interface ClaimAnnotation extends Base<'claim'> {
  readonly quoteId?: string;
  readonly speaker: Actor;
  readonly speakerKey: string;
  readonly cue?: Span;
  readonly content: Span;
  readonly stance: 'assert' | 'deny' | 'accuse';
  readonly eventIds: readonly string[];
}

/**
 * Two sources giving incompatible versions of the same happening.
 * @example { kind: 'contradiction', reason: 'actor-recipient-swap', sides: [{ claimId: 'cl1', … }, { claimId: 'cl4', … }] }
 */
export interface ContradictionAnnotation extends Base<'contradiction'> {
  readonly reason: 'actor-recipient-swap' | 'denial' | 'count-mismatch';
  readonly sides: readonly {
    readonly claimId?: string;
    readonly eventId?: string;
    readonly speaker: Actor;
    readonly evidence: Span;
  }[];
  /** One sentence a person can read: "Lithuania says BLR COP pushed REF; Belarus says LTU COP pushed REF". */
  readonly summary: string;
}

/** The 16 PLOVER event types. */
export type PloverType =
  | 'AGREE' | 'CONSULT' | 'SUPPORT' | 'CONCEDE' | 'COOPERATE' | 'AID' | 'RETREAT' | 'REQUEST'
  | 'ACCUSE' | 'REJECT' | 'THREATEN' | 'PROTEST' | 'SANCTION' | 'MOBILIZE' | 'COERCE' | 'ASSAULT';

export type SizeKind = 'dead' | 'injured' | 'arrested' | 'involved' | 'actor';

/**
 * Who did what to whom, where, when, how many.
 * `span` is the clause the event was read from; `trigger` the word(s) that name the action.
 * @example
 * // "a dozen guards had forced 35 migrants to cross into … Šalčininkai District"
 * { kind: 'event', eventType: 'COERCE', mode: 'expel', contexts: ['migration'], cameo: '174',
 *   actors: [{ name: 'Belarusian border guards', country: 'BLR', sector: 'COP' }],
 *   recipients: [{ name: 'migrants', sector: 'REF' }], placeId: 'pl4',
 *   sizes: [{ kind: 'involved', value: 35, quantityId: 'q2' }, { kind: 'actor', value: 12, quantityId: 'q1' }] }
 */
export interface EventAnnotation extends Base<'event'> {
  readonly eventType: PloverType;
  readonly mode?: string;
  readonly contexts: readonly string[];
  /** CAMEO code beside the PLOVER type ("112", "174"). */
  readonly cameo?: string;
  /** ACLED-style view. */
  readonly acled?: { readonly type: string; readonly subType: string };
  readonly trigger: Span;
  readonly actors: readonly Actor[];
  readonly recipients: readonly Actor[];
  readonly placeId?: string;
  readonly timeId?: string;
  /** The event's date: from an attached time expression, else the article date at lower precision. */
  readonly date: {
    readonly value: string;
    readonly start: string;
    readonly end: string;
    /** ACLED time precision: 1 day, 2 week/month-ish, 3 month or coarser. */
    readonly precision: 1 | 2 | 3;
    readonly source: 'expression' | 'article-date';
  };
  readonly sizes: readonly {
    readonly kind: SizeKind;
    readonly value: number;
    readonly quantityId: string;
    readonly lemma?: string;
  }[];
  readonly negated: boolean;
  readonly hypothetical: boolean;
  readonly future: boolean;
  readonly historical: boolean;
}

/** Every annotation kind Chronicle produces. */
export type Annotation =
  | SentenceAnnotation | TokenAnnotation | EntityAnnotation | TimeAnnotation | QuantityAnnotation
  | PlaceAnnotation | QuoteAnnotation | ClaimAnnotation | ContradictionAnnotation | EventAnnotation;

export type AnnotationKind = Annotation['kind'];

/** Maps a kind to its annotation type: `AnnotationOf<'time'>` is `TimeAnnotation`. */
export type AnnotationOf<K extends AnnotationKind> = Extract<Annotation, { kind: K }>;

/** Id prefixes, one per kind. */
export const ID_PREFIX: Record<AnnotationKind, string> = {
  sentence: 's', token: 'tk', entity: 'en', time: 'tm', quantity: 'q', place: 'pl',
  quote: 'qt', claim: 'cl', contradiction: 'ct', event: 'ev',
};
