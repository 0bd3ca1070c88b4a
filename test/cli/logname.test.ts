import { describe, expect, it } from 'vitest';
import { parseGeneration } from '../../src/cli/commands/logname.js';
import { runCli } from './harness.js';

describe('esereport logname', () => {
  it('gives the three era names and the hex of generation 4815 (KB Q296787)', async () => {
    expect(await runCli(['logname', '4815'])).toEqual({
      stdout: [
        'Generation 4815 (0x12CF)',
        '  Exchange 5.5:             Edb012cf.log',
        '  Exchange 2000/2003:       E00012CF.log',
        '  Exchange 2007 and later:  E00000012CF.log',
        '',
      ].join('\n'),
      stderr: '',
      exitCode: 0,
    });
  });

  it('reads 0x12CF as the same generation', async () => {
    expect((await runCli(['logname', '0x12CF'])).stdout).toBe((await runCli(['logname', '4815'])).stdout);
  });

  it('turns a 5-digit and an 8-digit name back into generation 4815', async () => {
    expect((await runCli(['logname', 'Edb012cf.log'])).stdout).toBe('Edb012cf.log is log generation 4815 (0x12CF) of stream Edb\n');
    expect((await runCli(['logname', 'E00000012CF.log'])).stdout).toBe('E00000012CF.log is log generation 4815 (0x12CF) of stream E00\n');
  });

  it('says the current log carries its generation only in its header', async () => {
    expect((await runCli(['logname', 'E00.log'])).stdout).toBe(
      'E00.log is the current log of stream E00: its generation is not in its name. Run `eseutil /ml E00.log` and read lGeneration; it must be the highest numbered generation + 1.\n',
    );
  });

  it('has no 5-digit name past 0xFFFFF', async () => {
    expect((await runCli(['logname', '1048576'])).stdout).toContain('Exchange 2007 and later:  E0000100000.log');
    expect((await runCli(['logname', '1048576'])).stdout).toContain('Exchange 5.5:             (none: past 0xFFFFF');
  });

  it('answers something that is neither with exit 2 and one line', async () => {
    expect(await runCli(['logname', 'priv.edb'])).toEqual({
      stdout: '',
      stderr: 'esereport: priv.edb is neither a log generation (4815, 0x12CF) nor a log file name (Edb012cf.log, E00000012CF.log)\n',
      exitCode: 2,
    });
  });
});

describe('parseGeneration', () => {
  it('reads decimal and 0x-prefixed hex, nothing else', () => {
    expect(parseGeneration('4815')).toBe(4815);
    expect(parseGeneration('0x12cf')).toBe(4815);
    expect(parseGeneration('12CF')).toBeUndefined();
  });
});
