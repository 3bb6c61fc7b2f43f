import { createWriteStream } from 'node:fs';
import { Command } from 'commander';
import { SqliteStore } from '../../store/sqlite/sqlite-store.js';
import { dbOption, formatOption } from '../options.js';

export function exportCommand(): Command {
  return new Command('export')
    .description('write every stored article with its annotations (the show --json document), one per line or as one array')
    .addOption(dbOption())
    .addOption(formatOption(['jsonl', 'json'], 'jsonl'))
    .option('--out <file>', 'write to this file instead of standard output')
    .action(async (opts) => {
      const store = SqliteStore.open(opts.db);
      const out = opts.out ? createWriteStream(opts.out) : process.stdout;
      let failure: Error | undefined;
      out.on('error', (error) => (failure = error));
      const write = (s: string) => {
        if (failure) return Promise.reject(failure);
        return new Promise<void>((resolve) => (out.write(s) ? resolve() : out.once('drain', resolve)));
      };
      try {
        let first = true;
        if (opts.format === 'json') await write('[\n');
        for await (const article of store.articles()) {
          const line = JSON.stringify(article);
          await write(opts.format === 'json' ? `${first ? '' : ',\n'}${line}` : `${line}\n`);
          first = false;
        }
        if (opts.format === 'json') await write('\n]\n');
      } finally {
        await store.close();
        if (opts.out) await new Promise<void>((resolve) => out.end(() => resolve()));
      }
    });
}
