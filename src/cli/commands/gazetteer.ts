import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Command } from 'commander';
import { ROOT } from '../../index.js';
import { defaultGazetteerPath } from '../../resources/gazetteer/gazetteer.js';
import { setupGazetteer } from '../../resources/gazetteer/setup.js';
import { importGeonames } from '../../resources/gazetteer/import.js';
import { table } from '../format.js';

/** `chronicle gazetteer build|import`: the embedded GeoNames index and its extensions. */
export function gazetteerCommand(): Command {
  const pathHelp = 'gazetteer index (default data/gazetteer.sqlite, or $CHRONICLE_GAZETTEER)';
  const command = new Command('gazetteer').description('build the embedded GeoNames index, or extend it from GeoNames dumps');
  command
    .command('build')
    .description('build the embedded index from the npm packages (cities500, admin names, countries, regions) unless a current one exists, ' +
      'then import GeoNames admin code files (admin1CodesASCII.txt, admin2Codes.txt) from --geonames once, so admin units get their GeoNames ids')
    .option('--path <path>', pathHelp)
    .option('--force', 'rebuild even when the index is current (drops earlier imports)')
    .option('--geonames <dir>', 'folder with GeoNames admin code files (default $CHRONICLE_GEONAMES, else ../shared/data/geonames when present)')
    .action(async (opts) => {
      const path = opts.path ?? defaultGazetteerPath(ROOT);
      const started = performance.now();
      const fallback = join(ROOT, '..', 'shared', 'data', 'geonames');
      const geonamesDir = opts.geonames ?? process.env.CHRONICLE_GEONAMES ?? (existsSync(fallback) ? fallback : undefined);
      const imported = await setupGazetteer({ path, resourcesDir: join(ROOT, 'resources'), force: opts.force, geonamesDir });
      for (const s of imported) process.stdout.write(`imported ${s.file}: ${s.added} of ${s.rows} rows\n`);
      process.stdout.write(`gazetteer ready at ${path} (${((performance.now() - started) / 1000).toFixed(1)} s)\n`);
    });
  command
    .command('import')
    .description('add places and names from GeoNames dumps: allCountries.txt or a country file (LT.txt), cities*.txt, admin1CodesASCII.txt / admin2Codes.txt, alternateNamesV2.txt, postal-code files')
    .argument('<files...>', 'GeoNames dump files (format detected from the name and the first row)')
    .option('--path <path>', pathHelp)
    .option('--json', 'print the summary as JSON')
    .action(async (files: string[], opts) => {
      const summaries = await importGeonames(files, { path: opts.path ?? defaultGazetteerPath(ROOT), resourcesDir: join(ROOT, 'resources') });
      if (opts.json) process.stdout.write(`${JSON.stringify(summaries)}\n`);
      else process.stdout.write(`${table(['file', 'format', 'rows', 'added', 'skipped'], summaries.map((s) => [s.file, s.format, String(s.rows), String(s.added), String(s.skipped)]), 80)}\n`);
    });
  return command;
}
