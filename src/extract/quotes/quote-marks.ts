/**
 * A stretch of text between quotation marks, marks included. A quote that runs over several
 * paragraphs (each opening with the mark, none but the last closing) is one region.
 *
 * @example findQuoteRegions('He said: “Yes.”') // [{ start: 9, end: 15, closed: true, paragraphs: 1 }]
 */
export interface QuoteRegion {
  readonly start: number;
  readonly end: number;
  /** False when the paragraph (and the text) ended before a closing mark. */
  readonly closed: boolean;
  readonly paragraphs: number;
}

/** Character codes that may be quotation marks: " ' ` “ ” „ ‘ ’ « ». */
const MARK_CODES = new Set([0x22, 0x27, 0x60, 0x201c, 0x201d, 0x201e, 0x2018, 0x2019, 0xab, 0xbb]);

type Family = 'double' | 'single' | 'guillemet' | 'ptb';

const LETTER = /[\p{L}\p{N}]/u;
const SPACE_OR_OPEN = /[\s([{\u2014\u2013-]/u;

function isLetter(c: string | undefined): boolean {
  return c !== undefined && LETTER.test(c);
}

function opensAfter(c: string | undefined): boolean {
  return c === undefined || SPACE_OR_OPEN.test(c) || c === '"' || c === '“';
}

/** The opening mark's family if a quote may open at `i`, else undefined. */
function openerAt(text: string, i: number): { family: Family; width: number } | undefined {
  const c = text[i]!;
  const prev = text[i - 1];
  const next = text[i + 1];
  if (c === '“' || c === '„') return { family: 'double', width: 1 };
  if (c === '"' && next !== undefined && !/\s/.test(next)) return { family: 'double', width: 1 };
  if (c === '«') return { family: 'guillemet', width: 1 };
  if (c === '`' && next === '`') return { family: 'ptb', width: 2 };
  // two apostrophes as an opening mark (''Quote,'' he said), as some wires print it
  if (c === "'" && next === "'" && opensAfter(prev) && text[i + 2] !== undefined && !/\s/.test(text[i + 2]!)) return { family: 'ptb', width: 2 };
  if ((c === '‘' || c === "'") && opensAfter(prev) && (isLetter(next) || next === '"' || next === '“')) {
    return { family: 'single', width: 1 };
  }
  return undefined;
}

function closesAt(text: string, i: number, family: Family): number {
  const c = text[i]!;
  const next = text[i + 1];
  switch (family) {
    case 'double':
      return c === '”' || c === '"' || (c === '“' && text[i - 1] !== ' ') ? 1 : 0;
    case 'guillemet':
      return c === '»' ? 1 : 0;
    case 'ptb':
      return c === "'" && next === "'" ? 2 : 0;
    case 'single':
      return (c === '’' || c === "'") && !isLetter(next) && text[i - 1] !== ' ' ? 1 : 0;
  }
}

/** Where the paragraph that starts at `i` (after a blank line) has its first visible character. */
function firstVisible(text: string, i: number): number {
  while (i < text.length && /\s/.test(text[i]!)) i++;
  return i;
}

/**
 * Finds top-level quoted regions in one linear pass. Marks nested inside an open quote are part
 * of it. A quote left open at a paragraph end continues when the next paragraph opens with a
 * mark of the same family (the newspaper convention for long quotes); otherwise it ends there.
 */
export function findQuoteRegions(text: string): QuoteRegion[] {
  const regions: QuoteRegion[] = [];
  let open: { family: Family; start: number; paragraphs: number } | undefined;
  let lastVisible = -1;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // fast path: letters, digits and spaces can neither open nor close a quote
    if (code !== 10 && !MARK_CODES.has(code)) {
      if (code > 32 && code !== 160) lastVisible = i;
      continue;
    }
    const c = text[i]!;
    if (c === '\n') {
      let j = i + 1;
      while (j < text.length && (text[j] === ' ' || text[j] === '\t' || text[j] === '\r')) j++;
      if (text[j] === '\n' && open) {
        const k = firstVisible(text, j);
        const reopen = k < text.length ? openerAt(text, k) : undefined;
        if (reopen && reopen.family === open.family) {
          open.paragraphs++;
          i = k + reopen.width - 1;
          continue;
        }
        regions.push({ start: open.start, end: lastVisible + 1, closed: false, paragraphs: open.paragraphs });
        open = undefined;
      }
      continue;
    }
    if (!/\s/.test(c)) lastVisible = i;
    if (open) {
      if (i === open.start) continue;
      const w = closesAt(text, i, open.family);
      if (w > 0) {
        regions.push({ start: open.start, end: i + w, closed: true, paragraphs: open.paragraphs });
        open = undefined;
        i += w - 1;
        lastVisible = i;
      }
      continue;
    }
    const o = openerAt(text, i);
    if (o) {
      open = { family: o.family, start: i, paragraphs: 1 };
      i += o.width - 1;
    }
  }
  if (open) regions.push({ start: open.start, end: lastVisible + 1, closed: false, paragraphs: open.paragraphs });
  return regions;
}
