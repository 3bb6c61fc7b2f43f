import { ChronicleError, type ErrorWhere } from '../../errors.js';
import { checkDate, type ArticleInput } from '../article-input.js';

/**
 * Checks what the engine would refuse, so a reader reports it with the file (and line) instead
 * of failing later: no text, an empty text, a missing or impossible date.
 */
export function validateInput(input: ArticleInput, where: ErrorWhere): ArticleInput {
  if (typeof input.text !== 'string') throw new ChronicleError('E_INPUT_FORMAT', 'article has no "text" string', where);
  if (input.text.trim() === '') throw new ChronicleError('E_INPUT_EMPTY', 'article text is empty', where);
  try {
    checkDate(input.date, where.file);
  } catch (error) {
    if (error instanceof ChronicleError) throw new ChronicleError(error.code, error.message, where);
    throw error;
  }
  return input;
}
