import { decodeText } from './decode.js';
import { sniffFormat } from './detect.js';
import { fail, type InputItem } from './item.js';
import { readJsonl } from './jsonl.js';
import { JSON_FILE_FACTOR, maxBytesOf, type ReadOptions } from './options.js';
import { parseWhole, readBounded } from './whole.js';

/** Standard input: JSON Lines are streamed; other formats are read whole, up to the size limit. */
export async function* readStdin(options: ReadOptions): AsyncGenerator<InputItem> {
  const stream = (options.stdin ?? process.stdin) as AsyncIterable<Uint8Array | string>;
  const iterator = stream[Symbol.asyncIterator]();
  const first = await iterator.next();
  if (first.done) {
    yield fail('E_INPUT_EMPTY', 'standard input is empty', { file: '-' });
    return;
  }
  const head = typeof first.value === 'string' ? first.value : Buffer.from(first.value).toString('utf8', 0, 512);
  const forced = options.format && options.format !== 'auto' ? options.format : undefined;
  const format = forced ?? sniffFormat(head);
  const rest: AsyncIterable<Uint8Array | string> = {
    async *[Symbol.asyncIterator]() {
      yield first.value;
      for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
    },
  };
  if (format === 'jsonl') {
    yield* readJsonl(rest, '-', options);
    return;
  }
  const max = maxBytesOf(options) * (format === 'json' ? JSON_FILE_FACTOR : 1);
  const bytes = await readBounded(rest, max);
  if (!bytes) {
    yield fail('E_INPUT_TOO_LARGE', `standard input exceeds the limit of ${max} bytes`, { file: '-' });
    return;
  }
  yield* parseWhole(decodeText(bytes, '-'), format, '-', options);
}

