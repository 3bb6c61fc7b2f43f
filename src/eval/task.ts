/**
 * One evaluation: scores Chronicle on a public gold set. `chronicle eval <name> <path>` runs it;
 * with `--json` the CLI prints `metrics` as one JSON object (fractions 0..1 unless a key names a unit).
 *
 * @example
 * const task: EvalTask = {
 *   name: 'timex', summary: 'TIMEX3 extraction and normalisation (TempEval-3 scoring)',
 *   options: [{ flags: '--format <format>', description: 'cat | timeml', default: 'cat' }],
 *   async run(path, options) { … return { metrics: { value_f1: 0.81, n_gold: 160 }, report: ['…'] }; },
 * };
 */
export interface EvalTask {
  readonly name: string;
  readonly summary: string;
  readonly options?: readonly { readonly flags: string; readonly description: string; readonly default?: string }[];
  run(path: string, options: Readonly<Record<string, string | boolean | undefined>>, progress: EvalProgress): Promise<EvalResult>;
}

export interface EvalResult {
  /** Keys as named by the issue that asks for the evaluation. */
  readonly metrics: Readonly<Record<string, number>>;
  /** Human-readable lines: a table of the metrics and how the scoring was done. */
  readonly report: readonly string[];
}

/** Progress on long evaluations (a bar on a terminal, nothing otherwise). */
export interface EvalProgress {
  start(total: number): void;
  tick(n?: number): void;
  stop(): void;
}
