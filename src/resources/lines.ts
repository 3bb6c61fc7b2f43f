import { readFileSync } from 'node:fs';
import { ChronicleError } from '../errors.js';

/**
 * Reads a data file of `resources/`: one entry per line, `#` starts a comment line, blank lines
 * are skipped. Tab-separated files come back as arrays of fields.
 *
 * @example readLines('resources/lexicon/abbreviations.txt') // ['mr.', 'mrs.', …]
 */
export function readLines(path: string): string[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new ChronicleError('E_RESOURCE', `cannot read resource ${path}: ${(error as Error).message}`, { file: path });
  }
  return text
    .normalize('NFC')
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '' && !line.startsWith('#'));
}

/** Tab-separated rows of a resource file (comments and blank lines skipped). */
export function readTsv(path: string): string[][] {
  return readLines(path).map((line) => line.split('\t').map((f) => f.trim()));
}
