import type { EvalTask } from './task.js';
import { timexTask } from './timex.js';
import { geoparseTask } from './geoparse.js';
import { petrarchTask } from './petrarch.js';
import { ploverTask } from './plover.js';
import { attributionTask } from './attribution.js';

/** Evaluation tasks by name; each lives in its own file under `src/eval/`. */
export const EVAL_TASKS: readonly EvalTask[] = [timexTask, geoparseTask, ploverTask, petrarchTask, attributionTask];
