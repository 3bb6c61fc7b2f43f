import { ChronicleError } from '../../errors.js';

/** Above this share of C0 control characters (other than tab, line and page breaks) a file is binary. */
const CONTROL_SHARE = 0.01;
/** Up to this share of invalid UTF-8 sequences, they are kept as U+FFFD (a truncated or stray byte). */
const STRAY_SHARE = 0.001;

const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
const UTF8_LOOSE = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false });
const UTF16LE = new TextDecoder('utf-16le', { ignoreBOM: false });
const UTF16BE = new TextDecoder('utf-16be', { ignoreBOM: false });
/** Windows-1252 0x80–0x9F (Node's decoder of that name reads them as Latin-1 control codes). */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** The encoding a byte-order mark announces, if any. */
export function bomEncoding(bytes: Uint8Array): Encoding | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

/**
 * Bytes of a text file to a string. UTF-8 (BOM stripped) and UTF-16 with a BOM are decoded; NUL
 * bytes or many control characters mean binary (E_INPUT_BINARY); invalid UTF-8 is kept as U+FFFD
 * when it is a stray byte or two, read as Windows-1252 when the file is otherwise clean text
 * (old Latin-1 pages), and refused as binary otherwise.
 *
 * @example decodeText(readFileSync('a.txt'), 'a.txt') // 'Lithuania has accused…'
 */
export function decodeText(bytes: Uint8Array, file: string): string {
  const bom = bomEncoding(bytes);
  if (bom === 'utf-16le') return checkControls(UTF16LE.decode(bytes), file);
  if (bom === 'utf-16be') return checkControls(UTF16BE.decode(bytes), file);
  const nul = bytes.indexOf(0);
  if (nul >= 0) throw new ChronicleError('E_INPUT_BINARY', `binary file: NUL byte at offset ${nul}`, { file });
  try {
    return checkControls(UTF8.decode(bytes), file);
  } catch (error) {
    if (error instanceof ChronicleError) throw error;
  }
  const loose = UTF8_LOOSE.decode(bytes);
  let invalid = 0;
  for (let i = loose.indexOf('\uFFFD'); i >= 0; i = loose.indexOf('\uFFFD', i + 1)) invalid++;
  if (invalid <= Math.max(1, loose.length * STRAY_SHARE)) return checkControls(loose, file);
  const latin = decodeCp1252(bytes);
  if (controlShare(latin) <= CONTROL_SHARE / 10) return latin;
  throw new ChronicleError('E_INPUT_BINARY', `not text: ${invalid} invalid UTF-8 sequences in ${bytes.length} bytes`, { file });
}

function checkControls(text: string, file: string): string {
  const share = controlShare(text);
  if (share > CONTROL_SHARE) {
    throw new ChronicleError('E_INPUT_BINARY', `binary file: ${(share * 100).toFixed(1)}% control characters`, { file });
  }
  return text;
}

const CONTROL = /[\u0000-\u0008\u000B\u000E-\u001F\u007F]/g;

function controlShare(text: string): number {
  if (text.length === 0) return 0;
  const sample = text.length > 200_000 ? text.slice(0, 200_000) : text;
  return (sample.match(CONTROL)?.length ?? 0) / sample.length;
}

function decodeCp1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    parts.push(String.fromCharCode(...chunk.map((b) => b)).replace(/[\u0080-\u009F]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]!));
  }
  return parts.join('');
}
