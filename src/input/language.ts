/**
 * A small, fast language guess from function words and scripts. Chronicle's extractors are
 * English-only: other languages are stored and marked, not mis-processed.
 */
const STOPWORDS: Record<string, readonly string[]> = {
  en: ['the', 'and', 'of', 'to', 'in', 'is', 'that', 'for', 'with', 'was', 'on', 'said', 'has', 'by', 'are', 'from', 'have', 'it', 'not', 'this'],
  de: ['der', 'die', 'und', 'das', 'ist', 'nicht', 'mit', 'den', 'von', 'zu', 'ein', 'eine', 'sich', 'auch', 'auf', 'dem', 'wird'],
  fr: ['le', 'la', 'les', 'et', 'des', 'est', 'une', 'que', 'pour', 'dans', 'du', 'pas', 'sur', 'qui', 'au', 'avec', 'sont'],
  es: ['el', 'los', 'las', 'que', 'del', 'por', 'con', 'una', 'para', 'es', 'se', 'como', 'pero', 'fue', 'según', 'más'],
  it: ['il', 'che', 'di', 'della', 'per', 'non', 'una', 'sono', 'gli', 'anche', 'nel', 'alla', 'più', 'è', 'dei'],
  pt: ['o', 'os', 'que', 'não', 'uma', 'para', 'com', 'da', 'do', 'em', 'por', 'mais', 'foi', 'são', 'ao'],
  nl: ['de', 'het', 'een', 'en', 'van', 'niet', 'dat', 'met', 'zijn', 'voor', 'ook', 'op', 'werd', 'naar'],
  lt: ['ir', 'kad', 'yra', 'su', 'buvo', 'nuo', 'dėl', 'bet', 'kaip', 'iki', 'jau', 'tai', 'nes', 'apie'],
  pl: ['i', 'w', 'nie', 'się', 'na', 'że', 'jest', 'do', 'z', 'jak', 'po', 'przez', 'oraz', 'już'],
};

const SCRIPTS: readonly [RegExp, string][] = [
  [/\p{Script=Cyrillic}/gu, 'ru'],
  [/\p{Script=Arabic}/gu, 'ar'],
  [/\p{Script=Han}/gu, 'zh'],
  [/\p{Script=Hiragana}|\p{Script=Katakana}/gu, 'ja'],
  [/\p{Script=Hangul}/gu, 'ko'],
  [/\p{Script=Greek}/gu, 'el'],
  [/\p{Script=Hebrew}/gu, 'he'],
  [/\p{Script=Devanagari}/gu, 'hi'],
  [/\p{Script=Thai}/gu, 'th'],
];

const INDEX = new Map<string, string[]>();
for (const [lang, words] of Object.entries(STOPWORDS)) {
  for (const w of words) INDEX.set(w, [...(INDEX.get(w) ?? []), lang]);
}

/**
 * ISO 639-1 code of the text's most likely language, `und` when nothing decides.
 * Reads at most the first 5,000 characters.
 *
 * @example detectLanguage('The ministry said that…') // 'en'
 */
export function detectLanguage(text: string): string {
  const sample = text.slice(0, 5000);
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  if (letters === 0) return 'und';
  for (const [re, lang] of SCRIPTS) {
    const n = sample.match(re)?.length ?? 0;
    if (n / letters > 0.3) return lang;
  }
  const scores = new Map<string, number>();
  for (const word of sample.toLowerCase().match(/\p{L}+/gu) ?? []) {
    for (const lang of INDEX.get(word) ?? []) scores.set(lang, (scores.get(lang) ?? 0) + 1);
  }
  let best = 'und';
  let bestScore = 0;
  for (const [lang, score] of scores) {
    if (score > bestScore) [best, bestScore] = [lang, score];
  }
  return bestScore >= 2 ? best : 'und';
}
