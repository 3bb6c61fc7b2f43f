import type { Span } from './span.js';

/**
 * Sector codes, CAMEO/PLOVER style. GOV government, MIL military, COP police and border guards,
 * LEG legislature, JUD judiciary, REF refugees and migrants, CVL civilians, OPP opposition,
 * REB rebels, MED media, BUS business, EDU education, HLH health, IGO international organisation,
 * NGO non-governmental organisation, REL religious, LAB labour, SPY intelligence, ELI elites, UNK unknown.
 */
export type Sector =
  | 'GOV' | 'MIL' | 'COP' | 'LEG' | 'JUD' | 'REF' | 'CVL' | 'OPP' | 'REB' | 'MED' | 'BUS'
  | 'EDU' | 'HLH' | 'IGO' | 'NGO' | 'REL' | 'LAB' | 'SPY' | 'ELI' | 'UNK';

/**
 * A resolved participant: who acts, who is acted on, who speaks.
 * Every field the text supports carries the evidence span it came from.
 *
 * @example
 * // "Interior Minister Agnė Bilotaitė"
 * const a: Actor = {
 *   name: 'Agnė Bilotaitė', span: { start: 610, end: 642 }, country: 'LTU', sector: 'GOV',
 *   role: 'Interior Minister', kind: 'person',
 * };
 */
export interface Actor {
  /** Canonical name ("Lithuania", "Belarusian border guards", "Agnė Bilotaitė", "European Union"). */
  readonly name: string;
  /** Evidence: the mention this actor was read from. */
  readonly span: Span;
  readonly kind: 'person' | 'organisation' | 'country' | 'group' | 'place';
  /** ISO 3166-1 alpha-3 country code, when known. */
  readonly country?: string;
  /** International organisation code (EU, UN, NATO, OSCE…), when the actor is one or belongs to one. */
  readonly igo?: string;
  readonly sector?: Sector;
  /** Title or office ("Interior Minister", "spokesperson"). */
  readonly role?: string;
  /** Organisation the person speaks for ("State Border Committee"). */
  readonly organisation?: string;
  /** True when a place name stands for its government ("Vilnius has declared"). */
  readonly metonymy?: boolean;
  /** Id of the entity annotation the actor was resolved from, if any. */
  readonly entityId?: string;
}
