/**
 * `DEBUG=chronicle:<stage>` (comma-separated, `chronicle:*` for all) prints each decision of the
 * named stages to stderr. Read once when the engine starts; a disabled printer costs nothing.
 */
const enabled = parseDebug(process.env.DEBUG ?? '');

function parseDebug(value: string): (stage: string) => boolean {
  const names = value.split(',').map((s) => s.trim()).filter((s) => s.startsWith('chronicle:'));
  if (names.includes('chronicle:*')) return () => true;
  const set = new Set(names.map((s) => s.slice('chronicle:'.length)));
  return (stage) => set.has(stage);
}

const noop = (): void => {};

export function debugFor(stage: string): (message: string | (() => string)) => void {
  if (!enabled(stage)) return noop;
  return (message) => process.stderr.write(`chronicle:${stage} ${typeof message === 'function' ? message() : message}\n`);
}
