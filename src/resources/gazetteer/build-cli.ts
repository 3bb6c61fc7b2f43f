import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../../index.js';
import { defaultGazetteerPath, ensureGazetteer } from './gazetteer.js';

/** `npm run gazetteer:build`: (re)builds the embedded gazetteer from the npm packages. */
const path = defaultGazetteerPath(ROOT);
const started = Date.now();
rmSync(path, { force: true });
ensureGazetteer(path, join(ROOT, 'resources'));
console.log(`gazetteer built at ${path} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
