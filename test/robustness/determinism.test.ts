import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, it } from 'node:test';

/** Issue 7: the same input and pipeline version give byte-identical JSON, across runs and timezones. */
const SCRIPT = join(import.meta.dirname, 'print-json.ts');
/** Separate processes (so also separate runs), zones far apart and with odd offsets. */
const ZONES = ['UTC', 'Pacific/Kiritimati', 'America/St_Johns'];

function output(tz: string): string {
  const r = spawnSync(process.execPath, ['--import', 'tsx', SCRIPT], { env: { ...process.env, TZ: tz }, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  assert.equal(r.status, 0, r.stderr);
  return r.stdout;
}

describe('determinism', () => {
  it('byte-identical JSON across runs and under different TZ', () => {
    const first = output(ZONES[0]!);
    assert.ok(first.split('\n').filter((l) => l.startsWith('{')).length >= 8, first.slice(0, 500));
    for (const tz of ZONES.slice(1)) assert.equal(output(tz), first, `output differs under TZ=${tz}`);
  });
});
