/** Letters that NFD does not decompose but readers treat as their base letter. */
const EXTRA: Record<string, string> = {
  ł: 'l', Ł: 'l', ø: 'o', Ø: 'o', đ: 'd', Đ: 'd', ħ: 'h', ı: 'i', ß: 's', æ: 'a', Æ: 'a', œ: 'o', Œ: 'o',
  '’': "'", '‘': "'", '“': '"', '”': '"', '–': '-', '—': '-',
};

const cache = new Map<string, string>();

function foldChar(c: string): string {
  let out = cache.get(c);
  if (out !== undefined) return out;
  out = EXTRA[c] ?? c.normalize('NFD').charAt(0).toLowerCase();
  if (out.length !== 1) out = c;
  cache.set(c, out);
  return out;
}

/**
 * Lower-cases and strips diacritics **without changing the length**, so offsets found in the
 * folded copy are offsets into the original ("Šalčininkai" → "salcininkai", "U.S." → "u.s.").
 * Curly quotes and dashes fold to their ASCII forms.
 *
 * @example foldSameLength('Agnė Bilotaitė’s') // 'agne bilotaite\'s'
 */
export function foldSameLength(text: string): string {
  let ascii = true;
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) > 127) {
      ascii = false;
      break;
    }
  }
  if (ascii) return text.toLowerCase();
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    out += code < 128 ? text[i]!.toLowerCase() : code >= 0xd800 && code <= 0xdfff ? text[i] : foldChar(text[i]!);
  }
  return out;
}
