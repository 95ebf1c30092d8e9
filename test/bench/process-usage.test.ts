import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { REPORT_USAGE, readUsage } from '../../bench/process-usage.ts';

const MIB = 1024 * 1024;
const HELD_MIB = 300;
// A parent that holds 300 MiB and then starts a small Node process the way the bench starts `liuhen pdf`.
const PARENT = `
const { spawnSync } = require('node:child_process');
const held = Buffer.alloc(${HELD_MIB} * ${MIB}, 1);
const child = spawnSync(process.execPath, ['--import', process.argv[1], '-e', '0'], { encoding: 'utf8' });
process.stdout.write(child.stderr + ' held ' + held.length);
`;

describe('process usage as the bench reports it', () => {
  it("reports a child's own peak memory, not its large parent's", () => {
    const parent = spawnSync(process.execPath, ['-e', PARENT, REPORT_USAGE], { encoding: 'utf8' });
    expect(parent.status, parent.stderr).toBe(0);
    const usage = readUsage(parent.stdout);
    // An empty Node process peaks near 50 MiB; the parent held 300.
    expect(usage.peakKib / 1024).toBeGreaterThan(10);
    expect(usage.peakKib / 1024).toBeLessThan(HELD_MIB / 2);
    expect(usage.cpuMs).toBeGreaterThan(0);
  });

  it('names a run that did not report its usage', () => {
    const run = spawnSync(process.execPath, ['-e', '0'], { encoding: 'utf8' });
    expect(() => readUsage(run.stderr)).toThrow(/did not report/);
  });
});
