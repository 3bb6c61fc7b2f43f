/**
 * English word forms for lexicon lemmas, so a data file can say "accuse" and match "accused".
 * Regular rules only; irregular forms come from `resources/events/irregular-verbs.tsv`.
 *
 * @example verbForms('accuse') // ['accuse', 'accuses', 'accused', 'accusing']
 * @example verbForms('carry')  // ['carry', 'carries', 'carried', 'carrying']
 */
export function verbForms(lemma: string, irregular?: readonly string[]): string[] {
  const forms = new Set<string>([lemma, ...(irregular ?? [])]);
  const last = lemma.slice(-1);
  const beforeLast = lemma.slice(-2, -1);
  const vowel = (c: string): boolean => 'aeiou'.includes(c);
  if (/(?:s|x|z|ch|sh|o)$/.test(lemma)) forms.add(`${lemma}es`);
  else if (last === 'y' && !vowel(beforeLast)) forms.add(`${lemma.slice(0, -1)}ies`);
  else forms.add(`${lemma}s`);
  if (last === 'e') {
    forms.add(`${lemma}d`);
    forms.add(lemma.endsWith('ee') ? `${lemma}ing` : `${lemma.slice(0, -1)}ing`);
  } else if (last === 'y' && !vowel(beforeLast)) {
    forms.add(`${lemma.slice(0, -1)}ied`);
    forms.add(`${lemma}ing`);
  } else {
    forms.add(`${lemma}ed`);
    forms.add(`${lemma}ing`);
  }
  return [...forms];
}

/** Singular and plural of a noun. @example nounForms('talks') // ['talks'] ; nounForms('clash') // ['clash', 'clashes'] */
export function nounForms(lemma: string): string[] {
  if (lemma.endsWith('s') && !lemma.endsWith('ss')) return [lemma];
  if (/(?:s|x|z|ch|sh)$/.test(lemma)) return [lemma, `${lemma}es`];
  if (/[^aeiou]y$/.test(lemma)) return [lemma, `${lemma.slice(0, -1)}ies`];
  return [lemma, `${lemma}s`];
}

/** Past participles among generated forms: regular `-ed` and the listed irregular ones. */
export function isParticipleForm(form: string, irregular: ReadonlySet<string>): boolean {
  return form.endsWith('ed') || irregular.has(form);
}
