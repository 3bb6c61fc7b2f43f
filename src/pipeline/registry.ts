import { createSentencesStage } from '../extract/sentences/index.js';
import { createTimesStage } from '../extract/times/index.js';
import { createPlacesStage } from '../extract/places/index.js';
import { createEntitiesStage } from '../extract/entities/index.js';
import { createQuantitiesStage } from '../extract/quantities/index.js';
import { createQuotesStage } from '../extract/quotes/index.js';
import { createEventsStage } from '../extract/events/index.js';
import { createClaimsStage } from '../extract/claims/index.js';
import { createContradictionsStage } from '../extract/contradictions/index.js';
import type { StageFactory } from './stage.js';

/**
 * Stage names usable in a pipeline config, each with its factory. Adding a stage means writing
 * its folder under `src/extract/` and one line here.
 */
export const STAGES: Readonly<Record<string, StageFactory>> = {
  sentences: createSentencesStage,
  times: createTimesStage,
  places: createPlacesStage,
  entities: createEntitiesStage,
  quantities: createQuantitiesStage,
  quotes: createQuotesStage,
  events: createEventsStage,
  claims: createClaimsStage,
  contradictions: createContradictionsStage,
};
