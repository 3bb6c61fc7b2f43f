import type { EntityType } from '../../model/annotation.js';
import type { Sector } from '../../model/actor.js';

/**
 * An entity found in a sentence, by token positions `[i, j)`, before it becomes an annotation.
 * `anaphor` marks "its border guards", "the country's parliament": the country is the one the
 * article is about so far, filled in by the stage.
 */
export interface Found {
  type: EntityType;
  i: number;
  j: number;
  name: string;
  country?: string;
  igo?: string;
  sector?: Sector;
  role?: string;
  rule: string;
  confidence: number;
  anaphor?: boolean;
}

/** Drops the leading article of a phrase used as a name ("the interior ministry" → "interior ministry"). */
export const cleanName = (s: string): string => s.replace(/\s+/g, ' ').replace(/^(?:the|The|THE)\s+/, '').trim();
