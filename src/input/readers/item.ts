import { ChronicleError, type ErrorCode, type ErrorWhere } from '../../errors.js';
import type { ArticleInput } from '../article-input.js';

/** One article read, or why one could not be: errors name the file (and line); reading goes on. */
export type InputItem = { ok: true; input: ArticleInput } | { ok: false; error: ChronicleError };

/** An error item. */
export function fail(code: ErrorCode, message: string, where: ErrorWhere): InputItem {
  return { ok: false, error: new ChronicleError(code, message, where) };
}

/** A file-system error in words. */
export function reason(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  if (e?.code === 'ENOENT') return 'no such file or directory';
  if (e?.code === 'EACCES' || e?.code === 'EPERM') return 'permission denied';
  return e?.message ?? String(error);
}
