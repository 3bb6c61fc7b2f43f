import { createSentencesStage } from '../extract/sentences/index.js';
import { createTimesStage } from '../extract/times/index.js';
import { createPlacesStage } from '../extract/places/index.js';
import { createEventsStage } from '../extract/events/index.js';
import type { StageFactory } from './stage.js';

/**
 * Stage names usable in a pipeline config, each with its factory. Adding a stage means writing
 * its folder under `src/extract/` and one line here.
 */
export const STAGES: Readonly<Record<string, StageFactory>> = {
  sentences: createSentencesStage,
  times: createTimesStage,
  places: createPlacesStage,
  events: createEventsStage,
};
