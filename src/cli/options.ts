import { Option } from 'commander';

/** `--db PATH`, shared by every command that reads or writes the store. */
export const dbOption = () =>
  new Option('--db <path>', 'SQLite store file').default(process.env.CHRONICLE_DB ?? './chronicle.db');

/** `--format`, with the formats a command supports. */
export const formatOption = (formats: readonly string[], fallback: string) =>
  new Option('--format <format>', `output format: ${formats.join(', ')}`).choices(formats).default(fallback);
