import { describe, expect, it } from 'vitest';
import type { RuleMeta } from '../../src/rules/types.js';
import { runCli } from './harness.js';

const BAD_LOG_SIGNATURE = [
  'JET_errBadLogSignature (-530)',
  '  Signed:    -530',
  '  Unsigned:  4294966766',
  '  Hex:       0xFFFFFDEE',
  '  Meaning:   Bad signature for a log file',
  "  Restore:   A log does not belong to the anchor log's stream (chksig/sigchk). Remove every log whose signature differs from the anchor log; nothing after it replays.",
  '',
].join('\n');

describe('esereport explain', () => {
  it.each(['-530', '4294966766', '0xFFFFFDEE', '0xfffffdee', 'JET_errBadLogSignature'])(
    'explains %s as JET_errBadLogSignature with its three numeric forms (Q237767)',
    async (form) => {
      expect(await runCli(['explain', form])).toEqual({ stdout: BAD_LOG_SIGNATURE, stderr: '', exitCode: 0 });
    },
  );

  it('takes the code after `--`, as commands that read negative numbers often ask', async () => {
    expect(await runCli(['explain', '--', '-530'])).toEqual({ stdout: BAD_LOG_SIGNATURE, stderr: '', exitCode: 0 });
  });

  it('names the ESE97 alias of -550', async () => {
    const run = await runCli(['explain', 'JET_errDatabaseInconsistent']);
    expect(run.stdout.split('\n').slice(0, 2)).toEqual(['JET_errDatabaseDirtyShutdown (-550)', '  Also:      JET_errDatabaseInconsistent']);
  });

  it('explains -1811 as event logs show it, 4294965485', async () => {
    expect((await runCli(['explain', '4294965485'])).stdout.split('\n')[0]).toBe('JET_errFileNotFound (-1811)');
  });

  it('knows the positive warning 585', async () => {
    expect((await runCli(['explain', '585'])).stdout.split('\n')[0]).toBe('JET_wrnCommittedLogFilesLost (585)');
  });

  it('answers a code it does not know with its forms, exit 2 and one line', async () => {
    expect(await runCli(['explain', '-12345'])).toEqual({
      stdout: '',
      stderr: 'esereport: -12345 (4294954951, 0xFFFFCFC7) is not one of the JET errors esereport knows (the errors that matter to a restore)\n',
      exitCode: 2,
    });
  });

  it('answers a word that is neither code nor rule with exit 2 and one line', async () => {
    const run = await runCli(['explain', 'checksig']);
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toBe(
      'esereport: checksig is neither a JET error (-1811, 4294965485, 0xFFFFF8ED, JET_errFileNotFound) nor a rule id (anchor-missing, generation-gap…)\n',
    );
  });
});

describe('esereport explain <rule id>', () => {
  it('gives the rule title, severity, KB step, what it checks and the remedy (src/rules/meta.ts)', async () => {
    const specifier = '../../src/rules/meta.js';
    const { RULE_META } = (await import(specifier)) as { RULE_META: Record<string, RuleMeta> };
    const meta = RULE_META['anchor-missing']!;
    const run = await runCli(['explain', 'anchor-missing']);
    expect(run).toEqual({
      stdout: [
        `anchor-missing: ${meta.title}`,
        '  Severity:  error',
        `  KB:        ${meta.kb}`,
        `  Checks:    ${meta.description}`,
        `  Remedy:    ${meta.remedy}`,
        '',
      ].join('\n'),
      stderr: '',
      exitCode: 0,
    });
  });

  it('accepts a rule id in any case', async () => {
    expect((await runCli(['explain', 'Generation-Gap'])).stdout.split(':')[0]).toBe('generation-gap');
  });
});
