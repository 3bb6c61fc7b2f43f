/**
 * A small, fast language guess from function words and scripts. Chronicle's extractors are
 * English-only: other languages are stored and marked, not mis-processed.
 *
 * Single-letter words count only in the case their language writes them ("I" is English; "i", "w"
 * Polish; "o", "a" Romance), so an English quote in the first person is not read as Polish.
 */
const STOPWORDS: Record<string, readonly string[]> = {
  en: [
    'the', 'and', 'of', 'to', 'in', 'is', 'that', 'for', 'with', 'was', 'on', 'said', 'says', 'has', 'by', 'are',
    'from', 'have', 'it', 'its', 'not', 'this', 'be', 'been', 'were', 'will', 'would', 'but', 'he', 'she', 'his',
    'her', 'they', 'their', 'we', 'our', 'you', 'who', 'which', 'what', 'when', 'after', 'over', 'into', 'about',
    'than', 'more', 'must', 'should', 'could', 'can', 'against', 'since', 'first', 'new', 'an', 'at', 'as', 'or',
    'if', 'my', 'do', 'does', 'did', 'had', 'there', 'out', 'up', 'across', 'amid', 'I',
  ],
  de: ['der', 'die', 'und', 'das', 'ist', 'nicht', 'mit', 'den', 'von', 'zu', 'ein', 'eine', 'sich', 'auch', 'auf', 'dem', 'wird', 'hat', 'für', 'bei'],
  fr: ['le', 'la', 'les', 'et', 'des', 'est', 'une', 'que', 'pour', 'dans', 'du', 'pas', 'sur', 'qui', 'au', 'avec', 'sont', 'il', 'elle', 'a'],
  es: ['el', 'los', 'las', 'que', 'del', 'por', 'con', 'una', 'para', 'es', 'se', 'como', 'pero', 'fue', 'según', 'más', 'y', 'a'],
  it: ['il', 'che', 'di', 'della', 'per', 'non', 'una', 'sono', 'gli', 'anche', 'nel', 'alla', 'più', 'è', 'dei', 'a'],
  pt: ['o', 'os', 'que', 'não', 'uma', 'para', 'com', 'da', 'do', 'em', 'por', 'mais', 'foi', 'são', 'ao', 'a', 'na'],
  nl: ['de', 'het', 'een', 'en', 'van', 'niet', 'dat', 'met', 'zijn', 'voor', 'ook', 'op', 'werd', 'naar'],
  lt: ['ir', 'kad', 'yra', 'su', 'buvo', 'nuo', 'dėl', 'bet', 'kaip', 'iki', 'jau', 'tai', 'nes', 'apie', 'bus', 'į'],
  pl: ['i', 'w', 'z', 'nie', 'się', 'na', 'że', 'jest', 'do', 'jak', 'po', 'przez', 'oraz', 'już'],
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

/** Characters read: enough for a stable guess, few enough to stay far below a millisecond. */
const SAMPLE = 2000;
const WORD = /\p{L}+/gu;
/** Greek to Devanagari and Thai, CJK, kana, Hangul: any letter for which the script table matters. */
const NON_LATIN = /[\u0370-\u0EFF\u2E80-\u9FFF\uAC00-\uD7AF]/;

/** Up to this many words, one English function word is enough (headlines, captions). */
const SHORT_TEXT_WORDS = 15;
/** In longer texts, English function words must make up this share of the words. */
const ENGLISH_SHARE = 0.08;

const INDEX = new Map<string, string[]>();
for (const [lang, words] of Object.entries(STOPWORDS)) {
  for (const w of words) INDEX.set(w, [...(INDEX.get(w) ?? []), lang]);
}

/**
 * ISO 639-1 code of the text's most likely language, `und` when nothing decides.
 * Reads at most the first 2,000 characters. Another language wins only with at least two of its
 * function words and more than English has; ties go to English.
 *
 * @example detectLanguage('The ministry said that…') // 'en'
 * @example detectLanguage('I do not think I will run, Trump says') // 'en'
 */
export function detectLanguage(text: string): string {
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  let letters = 0;
  let words = 0;
  const scores = new Map<string, number>();
  WORD.lastIndex = 0;
  for (let m = WORD.exec(sample); m !== null; m = WORD.exec(sample)) {
    const word = m[0];
    letters += word.length;
    words++;
    const key = word.length === 1 ? word : word.toLowerCase();
    const langs = INDEX.get(key);
    if (langs) for (const lang of langs) scores.set(lang, (scores.get(lang) ?? 0) + 1);
  }
  if (letters === 0) return 'und';
  // Scripts are counted only when a letter outside the Latin blocks occurs at all.
  if (NON_LATIN.test(sample)) {
    for (const [re, lang] of SCRIPTS) {
      const n = sample.match(re)?.length ?? 0;
      if (n / letters > 0.3) return lang;
    }
  }
  const en = scores.get('en') ?? 0;
  let best = 'und';
  let bestScore = 0;
  for (const [lang, score] of scores) {
    if (lang !== 'en' && score > bestScore) [best, bestScore] = [lang, score];
  }
  if (bestScore >= 2 && bestScore > en) return best;
  if (en >= 1 && (words <= SHORT_TEXT_WORDS || en / words >= ENGLISH_SHARE)) return 'en';
  return 'und';
}
