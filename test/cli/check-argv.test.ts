/**
 * The quick `check` reader gives exactly the options yargs gives, or declines and leaves the
 * command line to yargs (SPEC §9 start-up; yargs stays the source of help and usage errors).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readCheckArgv } from '../../src/cli/check-argv.js';
import { parseArguments } from '../../src/cli/command-line.js';
import { checkArguments } from '../../src/cli/main.js';

/** What yargs makes of `argv` when it is a `check` it runs; undefined for help, errors, other commands. */
async function yargsCheck(argv: readonly string[]): Promise<ReturnType<typeof checkArguments> | undefined> {
  const parsed = await parseArguments(argv);
  if (parsed.error !== undefined || parsed.output !== '' || !parsed.args) return undefined;
  if (String(parsed.args._[0] ?? 'check') !== 'check') return undefined;
  return checkArguments(parsed.args);
}

async function expectSameAsYargs(argv: readonly string[]): Promise<void> {
  const quick = readCheckArgv(argv);
  if (quick !== undefined) expect(quick, argv.join(' ')).toStrictEqual(await yargsCheck(argv));
}

const READ_QUICKLY: readonly (readonly string[])[] = [
  [],
  ['one.txt'],
  ['check', 'one.txt'],
  ['check'],
  ['priv.txt', 'logs.txt'],
  ['captures/**/*.txt', 'more?.txt', 'folder/'],
  ['4815', '0x12CF', 'a=b.txt', 'with space.txt'],
  ['one.txt', '--format', 'json'],
  ['one.txt', '-f', 'md', '-o', 'restore.md'],
  ['-f', 'html', 'one.txt', '--output', 'report.html'],
  ['check', '--format=json', '--output=out=1.json', 'one.txt'],
  ['archive', '--out-dir', 'report'],
  ['archive', '--out-dir=report', '--format', 'md'],
  ['one.txt', '--encoding', 'cp437'],
  ['one.txt', '--encoding', 'no-such-encoding'],
  ['one.txt', '--encoding=UTF-16LE'],
  ['logs.txt', '--anchor', 'edb012cf.log'],
  ['logs.txt', '--anchor', '4815'],
  ['one.txt', '--fail-on', 'never'],
  ['one.txt', '--fail-on=warning'],
  ['one.txt', '--template', 'mine.hbs', '-f', 'md'],
  ['-q', 'one.txt'],
  ['one.txt', '-q', 'two.txt'],
  ['check', 'a.txt', '-o', 'parse'],
  ['a.txt', '--format', 'json', 'b.txt', '--quiet', 'c.txt', '--fail-on', 'error'],
  ['-'],
  ['check', 'priv.txt', '-'],
  ['-', 'logs.txt', '-f', 'json'],
  ['check', 'a.txt', '-', '--quiet'],
  ['-q', '-', 'b.txt', '-'],
];

const LEFT_TO_YARGS: readonly (readonly string[])[] = [
  ['--help'],
  ['check', '--help'],
  ['-h'],
  ['--version'],
  ['check', '-V'],
  ['help'],
  ['parse', 'one.txt'],
  ['one.txt', 'check'],
  ['explain', '-530'],
  ['collect', '.', '--out-dir', 'caps'],
  ['one.txt', 'logname'],
  ['one.txt', '--format', 'pdf'],
  ['one.txt', '--format'],
  ['one.txt', '--format='],
  ['one.txt', '--format', 'json', '-f', 'md'],
  ['one.txt', '--fail-on', 'sometimes'],
  ['one.txt', '-o'],
  ['one.txt', '-o', '-'],
  ['one.txt', '--output', '--quiet'],
  ['one.txt', '--encoding'],
  ['one.txt', '--quiet', 'true'],
  ['one.txt', '-q', 'false'],
  ['one.txt', '-q', '-q'],
  ['one.txt', '--no-quiet'],
  ['one.txt', '--quiet=true'],
  ['one.txt', '-qf', 'json'],
  ['one.txt', '-f=json'],
  ['one.txt', '--outDir', 'report'],
  ['one.txt', '--fail', 'never'],
  ['one.txt', '--eseutil', 'x'],
  ['one.txt', '--', '-dash.txt'],
  ['-530'],
  [''],
  ['one.txt', '--', '-'],
  ['one.txt', '--fail-on', '-'],
  ['one.txt', '--anchor', '-'],
];

describe('readCheckArgv', () => {
  it.each(READ_QUICKLY.map((argv) => [argv.join(' ') || '(no arguments)', argv] as const))(
    'reads `%s` as yargs does',
    async (_, argv) => {
      const quick = readCheckArgv(argv);
      expect(quick).toBeDefined();
      expect(quick).toStrictEqual(await yargsCheck(argv));
    },
  );

  it.each(LEFT_TO_YARGS.map((argv) => [argv.join(' '), argv] as const))('leaves `%s` to yargs', (_, argv) => {
    expect(readCheckArgv(argv)).toBeUndefined();
  });

  it('reads the options of a one-dump check', () => {
    expect(readCheckArgv(['check', 'one.txt', '-f', 'json', '--anchor=edb012cf.log', '-q'])).toStrictEqual({
      inputs: ['one.txt'],
      format: 'json',
      output: undefined,
      outDir: undefined,
      encoding: undefined,
      anchor: 'edb012cf.log',
      failOn: 'error',
      template: undefined,
      quiet: true,
    });
  });

  it('never reads a command line otherwise than yargs (random command lines)', async () => {
    const word = fc.constantFrom(
      'check', 'parse', 'help', 'one.txt', 'b.txt', '-', '--', '', 'true', '4815', '-530', 'json', 'md', 'text', 'html',
      'never', 'warning', 'error', 'pdf', 'cp437', 'out.json', '-f', '-o', '-q', '-h', '-V', '-fq', '--format', '--output',
      '--out-dir', '--encoding', '--anchor', '--fail-on', '--template', '--quiet', '--help', '--version', '--outDir',
      '--failOn', '--format=json', '--output=a.json', '--fail-on=never', '--quiet=false', '--no-quiet', '--folder',
    );
    await fc.assert(
      fc.asyncProperty(fc.array(word, { maxLength: 7 }), async (argv) => {
        await expectSameAsYargs(argv);
      }),
      { numRuns: 500 },
    );
  });
});
