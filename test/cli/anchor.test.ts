/** `--anchor` as a file, a path, a generation or another era's log name: the same captured anchor (Q296787 chksig). */
import { describe, expect, it } from 'vitest';
import { runCli } from './harness.js';

const SAMPLE = 'samples/55-chksig-kb';

describe('--anchor', () => {
  it.each(['EDB0000A.LOG', 'D:\\exchsrvr\\mdbdata\\edb0000a.log', '10', '0xA', '0x0a', 'E000000000A.log', 'E000000A.log'])(
    '%s designates the captured edb0000a.log: the same report as --anchor edb0000a.log',
    async (anchor) => {
      const expected = await runCli([SAMPLE, '--anchor', 'edb0000a.log', '--format', 'json']);
      const run = await runCli([SAMPLE, '--anchor', anchor, '--format', 'json']);
      expect(run).toEqual(expected);
      expect(run.exitCode).toBe(1);
      const report = JSON.parse(run.stdout) as { streams: { logs: { file: string; status: string }[] }[] };
      expect(report.streams.flatMap((stream) => [...stream.logs].filter((log) => log.status === 'anchor').map((log) => log.file))).toEqual(['edb0000a.log']);
    },
  );

  it.each([
    ['99', '--anchor 99 (generation 99, 0x63) is not among the captured logs'],
    ['0x99', '--anchor 0x99 (generation 153, 0x99) is not among the captured logs'],
    ['edb.chk', '--anchor edb.chk is neither a log file name nor a generation (4815 or 0x12CF)'],
  ])('%s is a usage error listing the captured range', async (anchor, reason) => {
    expect(await runCli([SAMPLE, '--anchor', anchor])).toEqual({
      stdout: '',
      stderr: `esereport: ${reason}; captured: edb0000a.log (10) … edb.log (17); edb0000c.log (12) … edb0000e.log (14)\n`,
      exitCode: 2,
    });
  });
});
