/**
 * `npm run bench [-- --limit N] [-- --json]`: throughput (articles/s, MB/s) and peak memory of
 * the whole Chronicle pipeline on real news texts (PolNeAR train, dated from its metadata), with
 * and without storing into a temporary SQLite file; each stage timed alone; and, on the same
 * texts, chrono-node, wink-nlp and compromise, printed as ratios to Chronicle.
 * Texts are read before timing: the figures are processing (and storing), not disk reads.
 */
import { rmSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createEngine, ROOT } from '../src/index.js';
import { readInputs } from '../src/input/read-inputs.js';
import { loadPolnear } from './corpus.js';
import { measure, round, type Measure } from './measure.js';
import { OTHERS } from './others.js';
import { measureStageAlone, measureStages, type StageMeasure } from './stages.js';

const RUNS = 3;
const WARMUP = 50;
/** Issue targets: the whole pipeline with storage, and per stage. */
const TARGETS = { pipelineWithStore: 500, places: 2000 };

const { values } = parseArgs({
  options: { limit: { type: 'string', default: '400' }, json: { type: 'boolean', default: false } },
});
const limit = Number(values.limit);
if (!Number.isInteger(limit) || limit <= 0) {
  console.error(`--limit must be a positive integer, not "${values.limit}"`);
  process.exit(2);
}
const log = (line: string) => {
  if (!values.json) console.log(line);
};

const polnear = join(ROOT, '..', 'shared', 'data', 'polnear');
const corpus = loadPolnear(polnear, limit);
if (!corpus || corpus.inputs.length === 0) {
  console.log(`bench skipped: needs ${polnear} (train/text and metadata-train-dev.tsv), which is absent here`);
  process.exit(0);
}
const { inputs, bytes } = corpus;
const load = { cores: availableParallelism(), loadAverage1m: round(loadavg()[0]!, 1) };
log(`machine: ${load.cores} cores, load average ${load.loadAverage1m} at start (figures fall when other work shares the cores)`);
log(`corpus: ${inputs.length} PolNeAR train articles, ${round(bytes / 1e6, 2)} MB (${corpus.dir})`);

const startupStart = performance.now();
const engine = createEngine();
engine.process(inputs[0]!);
const startupMs = Math.round(performance.now() - startupStart);
log(`engine: ${engine.pipeline.version}, stages ${engine.pipeline.stages.map((s) => s.name).join(' → ')}; start-up ${startupMs} ms (resources loaded once)`);

const measures: Measure[] = [];
const progress = (m: Measure) => {
  measures.push(m);
  log(`  measured ${m.name}: ${m.articlesPerSec} articles/s`);
};
progress(await measure('chronicle', inputs, bytes, (input) => engine.process(input), { runs: RUNS, warmup: WARMUP }));

progress(await measureReading());
const stored = await measureWithStore();
if (stored) progress(stored);
const chronicleMaxRssMb = Math.round(process.resourceUsage().maxRSS / 1e3);

const stages = measureStages(engine.pipeline, inputs, RUNS);
const alone = engine.pipeline.stages
  .map((s) => measureStageAlone(engine.pipeline, inputs, s.name, RUNS))
  .filter((m): m is StageMeasure => m !== undefined);

const others: (Measure & { what: string })[] = [];
for (const other of OTHERS) {
  try {
    const run = await other.load();
    const m = await measure(other.name, inputs, bytes, run, { runs: other.runs, warmup: Math.min(WARMUP, 20) });
    others.push({ ...m, what: other.what });
    log(`  measured ${m.name}: ${m.articlesPerSec} articles/s`);
  } catch (error) {
    log(`  ${other.name} not measured: ${(error as Error).message}`);
  }
}

report();

/** The readers alone: `readInputs` over the same files as plain text (dated by the options, as the CLI's --date would). */
async function measureReading(): Promise<Measure> {
  const paths = inputs.map((input) => join(corpus!.dir, input.origin!));
  return measure('reading (readInputs)', [paths], bytes, async (batch) => {
    for await (const item of readInputs(batch, { date: '2016-01-01', format: 'text' })) if (!item.ok) throw item.error;
  }, { runs: RUNS, warmup: 0 }).then((m) => ({
    ...m,
    articles: inputs.length,
    articlesPerSec: round((inputs.length / m.medianMs) * 1000),
  }));
}

/** The pipeline plus `saveArticle` into a fresh temporary SQLite file per run, when the store exists. */
async function measureWithStore(): Promise<Measure | undefined> {
  let SqliteStore: { open(path: string): { saveArticle(json: unknown): Promise<unknown>; close(): Promise<void> } };
  try {
    ({ SqliteStore } = await import('../src/store/sqlite/sqlite-store.js'));
  } catch (error) {
    log(`  with store: not measured (src/store/sqlite not loadable: ${(error as Error).message})`);
    return undefined;
  }
  const dir = mkdtempSync(join(tmpdir(), 'chronicle-bench-'));
  let store: ReturnType<typeof SqliteStore.open> | undefined;
  let n = 0;
  try {
    return await measure('chronicle + sqlite store', inputs, bytes, (input) => store!.saveArticle(engine.process(input)), {
      runs: RUNS,
      warmup: WARMUP,
      setup: () => {
        store = SqliteStore.open(join(dir, `bench-${n++}.db`));
      },
      teardown: async () => {
        await store?.close();
      },
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function report(): void {
  const chronicle = measures[0]!;
  const withStore = measures.find((m) => m.name.includes('store'));
  const reading = measures.find((m) => m.name.startsWith('reading'));
  const chrono = others.find((o) => o.name === 'chrono-node');
  // Stage targets compare a stage in its own loop with the other tools, which run in their own loops.
  const times = alone.find((s) => s.name === 'times');
  const places = alone.find((s) => s.name === 'places');
  const targets = {
    pipelineWithStore: withStore ? { target: TARGETS.pipelineWithStore, articlesPerSec: withStore.articlesPerSec, met: withStore.articlesPerSec >= TARGETS.pipelineWithStore } : undefined,
    places: places ? { target: TARGETS.places, articlesPerSec: places.articlesPerSec, met: places.articlesPerSec >= TARGETS.places } : undefined,
    times: times && chrono ? { target: chrono.articlesPerSec, articlesPerSec: times.articlesPerSec, met: times.articlesPerSec >= chrono.articlesPerSec } : undefined,
  };
  if (values.json) {
    const ratio = (o: Measure) => round(chronicle.articlesPerSec / o.articlesPerSec, 2);
    console.log(JSON.stringify({
      corpus: { articles: inputs.length, bytes, dir: corpus!.dir },
      machine: { ...load, loadAverage1mAtEnd: round(loadavg()[0]!, 1) },
      pipeline: { version: engine.pipeline.version, stages: engine.pipeline.describe(), startupMs },
      chronicle: { ...chronicle, maxRssMb: chronicleMaxRssMb },
      ...(withStore ? { chronicleWithStore: withStore } : {}),
      ...(reading ? { reading } : {}),
      stages,
      stagesAlone: alone,
      others: others.map((o) => ({ ...o, chronicleRatio: ratio(o) })),
      targets,
    }, null, 2));
    return;
  }
  const row = (cells: (string | number)[]) => console.log(cells.map((c, i) => String(c)[i === 0 ? 'padEnd' : 'padStart'](i === 0 ? 26 : 12)).join(''));
  console.log(`machine load average now ${round(loadavg()[0]!, 1)} on ${load.cores} cores`);
  console.log('');
  row(['', 'articles/s', 'MB/s', 'median ms', 'peak RSS MB', 'errors']);
  for (const m of measures) row([m.name, m.articlesPerSec, m.mbPerSec, m.medianMs, m.peakRssMb, m.errors]);
  console.log(`chronicle peak RSS (process max so far, before other tools were loaded): ${chronicleMaxRssMb} MB`);
  console.log('');
  console.log('each step alone, interleaved on the same articles (median of runs):');
  row(['step', 'articles/s', 'ms', 'share']);
  for (const s of stages) row([s.version ? `${s.name}@${s.version}` : s.name, s.articlesPerSec, s.medianMs, `${Math.round(s.share * 100)}%`]);
  const stepsMs = stages.reduce((sum, s) => sum + s.medianMs, 0);
  console.log(`  sum of steps ${stepsMs} ms (${round((inputs.length / stepsMs) * 1000)} articles/s) against ${chronicle.medianMs} ms for engine.process: a large gap means other load on the machine`);
  console.log('');
  console.log('each stage alone, in a loop of its own over documents prepared by the earlier stages (as the other tools are measured):');
  row(['stage', 'articles/s', 'ms', '']);
  for (const s of alone) row([`${s.name}@${s.version}`, s.articlesPerSec, s.medianMs, '']);
  console.log('');
  console.log('other tools on the same texts (ratio = Chronicle articles/s ÷ tool articles/s; >1: Chronicle faster):');
  row(['tool', 'articles/s', 'MB/s', 'ratio', 'runs', 'peak RSS MB']);
  for (const o of others) row([o.name, o.articlesPerSec, o.mbPerSec, `${round(chronicle.articlesPerSec / o.articlesPerSec, 2)}×`, o.runsMs.length, o.peakRssMb]);
  for (const o of others) console.log(`  ${o.name}: ${o.what}`);
  console.log('');
  console.log('targets:');
  const line = (name: string, t: { target: number; articlesPerSec: number; met: boolean } | undefined) =>
    console.log(`  ${name.padEnd(34)} ${t ? `${t.articlesPerSec} articles/s vs ${t.target}: ${t.met ? 'met' : 'NOT met'}` : 'not measured'}`);
  line('whole pipeline with store ≥ 500/s', targets.pipelineWithStore);
  line('places stage ≥ 2,000/s', targets.places);
  line('times stage ≥ chrono-node', targets.times);
}
