/**
 * The characters a regular expression can start a match with, read from its source: lets the stage
 * try, at a given position, only the rules that could match there. Understands the subset the time
 * patterns use (literals, escapes, classes, groups, lookarounds, alternation, quantifiers); anything
 * else makes the answer "any character", which is always safe.
 *
 * @example firstChars('\\b(?:the\\s+)?(?<d>\\d+)') // { any: false, chars: Set { 't', '0', … '9' } }
 */
export interface FirstChars {
  readonly any: boolean;
  readonly chars: ReadonlySet<string>;
}

interface Part {
  any: boolean;
  chars: Set<string>;
  nullable: boolean;
}

const DIGITS = '0123456789';
const SPACE = ' \t\n\r\f\v\u00a0';
const WORD = `abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_${DIGITS}`;

export function firstChars(source: string): FirstChars {
  const state = { i: 0 };
  const part = alternation(source, state);
  return { any: part.any || part.nullable || state.i < source.length, chars: part.chars };
}

function alternation(src: string, st: { i: number }): Part {
  const out: Part = { any: false, chars: new Set(), nullable: false };
  for (;;) {
    const seq = sequence(src, st);
    out.any ||= seq.any;
    for (const c of seq.chars) out.chars.add(c);
    out.nullable ||= seq.nullable;
    if (src[st.i] !== '|') return out;
    st.i++;
  }
}

function sequence(src: string, st: { i: number }): Part {
  const out: Part = { any: false, chars: new Set(), nullable: true };
  while (st.i < src.length && src[st.i] !== '|' && src[st.i] !== ')') {
    const atom = readAtom(src, st);
    const quantifier = /^(?:[?*]|\{0(?:,\d*)?\})\??/.exec(src.slice(st.i));
    const plus = quantifier ? undefined : /^(?:\+|\{\d+(?:,\d*)?\})\??/.exec(src.slice(st.i));
    if (quantifier) st.i += quantifier[0].length;
    else if (plus) st.i += plus[0].length;
    const nullable = atom.nullable || quantifier !== null;
    if (out.nullable) {
      out.any ||= atom.any;
      for (const c of atom.chars) out.chars.add(c);
      out.nullable = nullable;
    }
  }
  return out;
}

function readAtom(src: string, st: { i: number }): Part {
  const c = src[st.i]!;
  const chars = (s: string): Part => ({ any: false, chars: new Set(s.toLowerCase() + s.toUpperCase()), nullable: false });
  if (c === '\\') {
    const e = src[st.i + 1]!;
    st.i += 2;
    if (e === 'b' || e === 'B') return { any: false, chars: new Set(), nullable: true };
    if (e === 'd') return chars(DIGITS);
    if (e === 's') return chars(SPACE);
    if (e === 'w') return chars(WORD);
    if (/[a-zA-Z0-9]/.test(e)) return { any: true, chars: new Set(), nullable: false };
    return chars(e);
  }
  if (c === '[') {
    const end = classEnd(src, st.i);
    const body = src.slice(st.i + 1, end);
    st.i = end + 1;
    return body.startsWith('^') ? { any: true, chars: new Set(), nullable: false } : chars(expandClass(body));
  }
  if (c === '(') {
    const look = /^\(\?(?:<?[=!])/.exec(src.slice(st.i));
    const named = /^\(\?(?::|<[A-Za-z]\w*>)/.exec(src.slice(st.i));
    st.i += look ? look[0].length : named ? named[0].length : 1;
    const inner = alternation(src, st);
    st.i++; // ')'
    return look ? { any: false, chars: new Set(), nullable: true } : inner;
  }
  st.i++;
  if (c === '.') return { any: true, chars: new Set(), nullable: false };
  if (c === '^' || c === '$') return { any: false, chars: new Set(), nullable: true };
  return chars(c);
}

function classEnd(src: string, start: number): number {
  let i = start + 1;
  if (src[i] === '^') i++;
  if (src[i] === ']') i++;
  while (i < src.length && src[i] !== ']') i += src[i] === '\\' ? 2 : 1;
  return i;
}

function expandClass(body: string): string {
  let out = '';
  for (let i = 0; i < body.length; i++) {
    let c = body[i]!;
    if (c === '\\') {
      const e = body[++i]!;
      c = e === 'd' ? DIGITS : e === 's' ? SPACE : e === 'w' ? WORD : e;
      out += c;
      continue;
    }
    if (body[i + 1] === '-' && i + 2 < body.length) {
      const to = body[i + 2]!;
      for (let code = c.charCodeAt(0); code <= to.charCodeAt(0); code++) out += String.fromCharCode(code);
      i += 2;
      continue;
    }
    out += c;
  }
  return out;
}
