import { Command, CommanderError } from 'commander';
import { ChronicleError } from '../errors.js';
import { annotationsCommand } from './commands/annotations.js';
import { disputesCommand } from './commands/disputes.js';
import { gazetteerCommand } from './commands/gazetteer.js';
import { evalCommand } from './commands/eval.js';
import { eventsCommand } from './commands/events.js';
import { exportCommand } from './commands/export.js';
import { ingestCommand } from './commands/ingest.js';
import { showCommand } from './commands/show.js';

const program = new Command('chronicle')
  .description('Turn dated news reports into evidenced events, places, times, quantities, quotes, claims and disputes — offline.')
  .version('0.1.0')
  .showHelpAfterError()
  .addCommand(ingestCommand())
  .addCommand(showCommand())
  .addCommand(eventsCommand())
  .addCommand(annotationsCommand('quotes', 'quote', 'list stored quotes and reported statements with their speakers'))
  .addCommand(annotationsCommand('claims', 'claim', 'list stored claims: speaker, stance and the events they assert'))
  .addCommand(disputesCommand())
  .addCommand(exportCommand())
  .addCommand(evalCommand())
  .addCommand(gazetteerCommand());

// Usage errors exit 2, like configuration errors; help and --version exit 0. Commander has
// already printed its message for its own errors.
const throwInsteadOfExit = (command: Command): void => {
  command.exitOverride();
  command.commands.forEach(throwInsteadOfExit);
};
throwInsteadOfExit(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    process.exitCode = error.exitCode === 0 ? 0 : 2;
  } else {
    process.stderr.write(`chronicle: ${error instanceof ChronicleError ? error.describe() : (error as Error).message}\n`);
    process.exitCode = 2;
  }
}
