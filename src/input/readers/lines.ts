import { bomEncoding } from './decode.js';

/** One line of a stream: its 1-based number and text, or `tooLong` when it was dropped unread. */
export type StreamLine = { readonly line: number; readonly text: string; readonly tooLong?: false } |
  { readonly line: number; readonly tooLong: true; readonly bytes: number };

/**
 * Splits a byte stream into lines with bounded memory: a line longer than `maxLineBytes` is
 * skipped to its end and reported as `tooLong`, never held whole (length counted in UTF-16 code
 * units, close to bytes for news text). UTF-8 (with or without BOM)
 * and UTF-16 with a BOM are decoded; invalid UTF-8 becomes U+FFFD for the caller to judge.
 *
 * @example for await (const l of streamLines(createReadStream('feed.jsonl'), 5e6)) …
 */
export async function* streamLines(stream: AsyncIterable<Uint8Array | string>, maxLineBytes: number): AsyncGenerator<StreamLine> {
  let decoder: TextDecoder | undefined;
  let parts: string[] = [];
  let size = 0;
  let dropping = false;
  let line = 1;
  for await (const chunk of stream) {
    const bytes: Uint8Array = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    decoder ??= new TextDecoder(bomEncoding(bytes) ?? 'utf-8', { fatal: false, ignoreBOM: false });
    const text = decoder.decode(bytes, { stream: true });
    let from = 0;
    for (let nl = text.indexOf('\n', from); nl >= 0; nl = text.indexOf('\n', from)) {
      const piece = text.slice(from, nl);
      from = nl + 1;
      if (dropping || size + piece.length > maxLineBytes) {
        yield { line, tooLong: true, bytes: size + piece.length };
      } else {
        parts.push(piece);
        yield { line, text: parts.join('') };
      }
      parts = [];
      size = 0;
      dropping = false;
      line++;
    }
    const tail = text.slice(from);
    size += tail.length;
    if (dropping || size > maxLineBytes) {
      dropping = true;
      parts = [];
    } else if (tail) {
      parts.push(tail);
    }
  }
  const last = decoder?.decode() ?? '';
  if (!dropping) parts.push(last);
  size += last.length;
  if (dropping) yield { line, tooLong: true, bytes: size };
  else if (parts.join('') !== '') yield { line, text: parts.join('') };
}
