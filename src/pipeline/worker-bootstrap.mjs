// Entry of an engine worker thread: registers tsx's loader (workers do not inherit the
// parent's `register()` call), then runs the TypeScript worker.
import { register } from 'tsx/esm/api';

register();
await import('./engine-worker.ts');
