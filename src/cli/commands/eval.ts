import { Command } from 'commander';
import { SingleBar, Presets } from 'cli-progress';
import { ChronicleError } from '../../errors.js';
import { EVAL_TASKS } from '../../eval/registry.js';
import type { EvalProgress } from '../../eval/task.js';

/** `chronicle eval <task> <path>`: one subcommand per registered evaluation task. */
export function evalCommand(): Command {
  const command = new Command('eval')
    .description('score Chronicle on a public gold set; --json prints the metrics as one JSON object')
    .addHelpText('after', `\nTasks:\n${EVAL_TASKS.map((t) => `  ${t.name.padEnd(12)} ${t.summary}`).join('\n') || '  (none registered)'}\n`);
  for (const task of EVAL_TASKS) {
    const sub = new Command(task.name).description(task.summary).argument('<path>', 'gold file or directory');
    for (const o of task.options ?? []) sub.option(o.flags, o.description, o.default);
    const declared = (flag: string) => (task.options ?? []).some((o) => o.flags.split(/[ ,]/).includes(flag));
    if (!declared('--limit')) sub.option('--limit <n>', 'score only the first n documents');
    if (!declared('--json')) sub.option('--json', 'print only the metrics, as one JSON object');
    sub.action(async (path: string, opts) => {
      const result = await task.run(path, opts, progressBar(!opts.json));
      process.stdout.write(opts.json ? `${JSON.stringify(result.metrics)}\n` : `${result.report.join('\n')}\n`);
    });
    command.addCommand(sub);
  }
  command.argument('[task]').action((name?: string) => {
    if (name) throw new ChronicleError('E_EVAL', `unknown evaluation task "${name}" (known: ${EVAL_TASKS.map((t) => t.name).join(', ')})`);
    command.help();
  });
  return command;
}

function progressBar(enabled: boolean): EvalProgress {
  if (!enabled || !process.stderr.isTTY) return { start() {}, tick() {}, stop() {} };
  const bar = new SingleBar({ format: 'eval {bar} {value}/{total} documents', stream: process.stderr, hideCursor: true }, Presets.shades_classic);
  return { start: (total) => bar.start(total, 0), tick: (n = 1) => bar.increment(n), stop: () => bar.stop() };
}
