import fc from 'fast-check';

/** Words that make the stages fire: names, places, numbers, times, quote cues. */
const WORDS = [
  'the', 'a', 'of', 'in', 'on', 'said', 'told', 'says', 'accused', 'minister', 'Minister', 'police', 'border', 'guards',
  'Lithuania', 'Belarus', 'Vilnius', 'Paris', 'Brussels', 'European', 'Union', 'EU', 'UN', 'Mr.', 'Dr.', 'U.S.', 'Smith',
  'John', 'Maria', 'today', 'yesterday', 'Monday', 'last', 'month', 'week', 'year', 'March', '3', '2021', '35', 'a dozen',
  'twelve', '4,124', '1.5', 'million', '%', 'in 2020', 'the whole of 2020', 'in recent days', 'on 3 March', 'at 9 pm',
  'migrants', 'protesters', 'troops', 'killed', 'arrested', 'met', 'will', 'not', 'denied', 'according to', 'village',
];

/** Characters that break naive text code: combining marks, zero-width, bidi controls, emoji, lone surrogates. */
const NASTY = [
  '\u0301', '\u0308', '\u0327', 'e\u0301', 'A\u030a', '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad',
  '\u202e', '\u202d', '\u200f', '\u200e', '\u061c', 'שלום', 'مرحبا', 'Ελλάδα', 'Москва', '東京', '😀', '👩‍👩‍👧', '🇱🇹',
  '🏳️‍🌈', '\ud800', '\udbff', '\udc00', '\udfff', '\ufffd', 'ﬁ', 'Å', 'Ω', '\u2028', '\u2029', '\u0085', '\u000b', '\f',
];

const PUNCTUATION = [
  '.', ',', '!', '?', ';', ':', '…', '...', '"', "'", '“', '”', '‘', '’', '«', '»', '„', '‹', '›', '(', ')', '[', ']',
  '—', '–', '-', '/', '\\', '&', '*', '#', '@', '$', '€', '£', '§', '°', '.”', '?"', '!»',
];

const SPACE = [' ', ' ', ' ', '  ', '\n', '\n\n', '\r\n', '\t', '\u00a0', '\u2009', '\u3000'];

/** One piece of text: mostly words and spaces, with punctuation, nasty characters and odd lengths mixed in. */
const piece: fc.Arbitrary<string> = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 6, arbitrary: fc.constantFrom(...SPACE) },
  { weight: 3, arbitrary: fc.constantFrom(...PUNCTUATION) },
  { weight: 2, arbitrary: fc.constantFrom(...NASTY) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 1500 }).map((n) => 'w'.repeat(n)) },
);

/** News-like nasty text, up to `maxPieces` pieces. */
export const nastyText = (maxPieces = 60): fc.Arbitrary<string> =>
  fc.array(piece, { minLength: 1, maxLength: maxPieces }).map((parts) => parts.join(''));

/** One very long sentence or one very long word. */
export const longText: fc.Arbitrary<string> = fc.oneof(
  fc.integer({ min: 200, max: 1500 }).map((n) => `${Array.from({ length: n }, (_, i) => WORDS[i % WORDS.length]).join(' ')}.`),
  fc.integer({ min: 5000, max: 40_000 }).map((n) => `The word ${'ab'.repeat(n)} was said today.`),
);

/** An ISO date the engine accepts (1800–2200), or with a time and offset. */
export const isoDate: fc.Arbitrary<string> = fc
  .tuple(fc.integer({ min: 1800, max: 2200 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }), fc.option(fc.tuple(fc.integer({ min: 0, max: 23 }), fc.constantFrom('Z', '+03:00', '-09:30', '+14:00'))))
  .map(([y, m, d, t]) => {
    const day = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
    return t ? `${day}T${String(t[0]).padStart(2, '0')}:15:00${t[1]}` : day;
  });
