/**
 * The command line as yargs reads it (SPEC §8): `-` is standard input, at its place among the
 * inputs, whatever stands around it.
 */
import { describe, expect, it } from 'vitest';
import { parseArguments } from '../../src/cli/command-line.js';

async function inputsOf(argv: readonly string[]): Promise<readonly string[] | undefined> {
  const parsed = await parseArguments(argv);
  expect(parsed.error, argv.join(' ')).toBeUndefined();
  return parsed.args?.inputs;
}

/** Command lines and the inputs yargs must give for them, in order. */
const DASH_FORMS: readonly (readonly [readonly string[], readonly string[]])[] = [
  [['-'], ['-']],
  [['check', '-'], ['-']],
  [['check', '-', 'a.txt'], ['-', 'a.txt']],
  [['check', 'a.txt', '-'], ['a.txt', '-']],
  [['check', 'a.txt', '-', 'b.txt'], ['a.txt', '-', 'b.txt']],
  [['a.txt', '-'], ['a.txt', '-']],
  [['parse', 'a.txt', '-'], ['a.txt', '-']],
  [['check', '-', '-'], ['-', '-']],
  [['check', '--format', 'json', '-', 'a.txt', '-q'], ['-', 'a.txt']],
  [['check', '-q', 'a.txt', '-', '--format=json', '--fail-on', 'never'], ['a.txt', '-']],
  [['check', 'a.txt', '--quiet', '-', '-o', 'out.json'], ['a.txt', '-']],
  [['check', '--', '-'], ['-']],
  [['check', 'a.txt', '--', '-'], ['a.txt', '-']],
  [['--', 'a.txt', '-'], ['a.txt', '-']],
  [['parse', '-q', '-', '--', 'b.txt', '-'], ['-', 'b.txt', '-']],
];

describe('parseArguments: `-` among the inputs', () => {
  it.each(DASH_FORMS.map(([argv, inputs]) => [argv.join(' '), inputs, argv] as const))(
    '`%s` has the inputs %j',
    async (_, inputs, argv) => {
      expect(await inputsOf(argv)).toEqual(inputs);
    },
  );

  it('keeps the options around a `-`', async () => {
    const parsed = await parseArguments(['check', '-f', 'json', '-', 'a.txt', '--anchor', 'edb012cf.log', '-q']);
    expect(parsed.args).toMatchObject({ inputs: ['-', 'a.txt'], format: 'json', anchor: 'edb012cf.log', quiet: true });
  });

  it('gives a `-` after an option that takes a value to the option, whatever its spelling', async () => {
    expect((await parseArguments(['a.txt', '-o', '-'])).args).toMatchObject({ inputs: ['a.txt'], output: '-' });
    expect((await parseArguments(['a.txt', '--encoding', '-'])).args).toMatchObject({ inputs: ['a.txt'], encoding: '-' });
    expect((await parseArguments(['a.txt', '--fail-on', '-'])).error).toBe(
      'Invalid values:\n  Argument: fail-on, Given: "-", Choices: "error", "warning", "never"',
    );
  });

  it('names a `-` that is not welcome as `-`', async () => {
    expect((await parseArguments(['explain', '-530', '-'])).error).toBe('Unknown argument: -');
    expect((await parseArguments(['logname', '-'])).args).toMatchObject({ value: '-' });
  });
});

describe('parseArguments: `--` ends the options', () => {
  it('reads every word after it as an input, however it looks', async () => {
    expect(await inputsOf(['check', 'a.txt', '--', '-dash.txt', '--format', 'json', 'parse'])).toEqual([
      'a.txt',
      '-dash.txt',
      '--format',
      'json',
      'parse',
    ]);
  });

  it('gives explain, logname and collect the word after it, even one starting with -', async () => {
    expect((await parseArguments(['explain', '--', '-1018'])).args).toMatchObject({ _: ['explain'], subject: '-1018' });
    expect((await parseArguments(['logname', '--', '4815'])).args).toMatchObject({ _: ['logname'], value: '4815' });
    expect((await parseArguments(['collect', '--out-dir', 'caps', '--', '-srv'])).args).toMatchObject({ _: ['collect'], folder: '-srv', outDir: 'caps' });
    expect((await parseArguments(['explain', '--', '-1018', 'more'])).error).toBe('Unknown argument: more');
    expect((await parseArguments(['explain', '--'])).error).toBe('Not enough non-option arguments: got 0, need at least 1');
  });

  it('keeps the options before it, and the command out of the inputs', async () => {
    const parsed = await parseArguments(['--format', 'json', '--', '--help']);
    expect(parsed.output).toBe('');
    expect(parsed.args).toMatchObject({ _: [], inputs: ['--help'], format: 'json' });
  });
});

describe('parseArguments: an option given twice', () => {
  it('takes its last value, for every option that takes one', async () => {
    const parsed = await parseArguments(['check', 'a.txt', '--format', 'json', '--format', 'md', '-o', 'x.json', '-o', 'y.md', '--fail-on', 'never', '--fail-on', 'warning']);
    expect(parsed.error).toBeUndefined();
    expect(parsed.args).toMatchObject({ inputs: ['a.txt'], format: 'md', output: 'y.md', failOn: 'warning' });
  });
});
