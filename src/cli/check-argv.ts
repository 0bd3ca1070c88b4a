/**
 * The everyday `check` command lines, read without yargs: importing and running yargs costs
 * about 180 ms, more than the whole rest of a one-dump check, which SPEC §9 wants well under
 * 0.3 s. This reader knows only plain inputs, `-` (standard input) and the documented check
 * options, and gives exactly the options yargs gives for them (test/cli/check-argv.test.ts holds
 * it to that). Anything else (help, version, another command, `--`, an unknown, negated, repeated
 * or abbreviated option, a missing or invalid value) it declines, and yargs reads the command
 * line: yargs stays the one source of help and usage errors.
 */
import type { ReportFormat } from '../render/index.js';
import { FAIL_ON_VALUES, type FailOn } from './exit-code.js';

/** `check`'s options as the command line spells them (the encoding is still its name). */
export interface CheckArguments {
  readonly inputs: readonly string[];
  readonly format?: ReportFormat;
  readonly output?: string;
  readonly outDir?: string;
  readonly encoding?: string;
  readonly anchor?: string;
  readonly failOn: FailOn;
  readonly template?: string;
  /** `--color` / `--no-color` (yargs only: this reader declines them). */
  readonly color?: boolean;
  readonly quiet: boolean;
  /** `--cases [DEPTH]` (yargs only: this reader declines it). */
  readonly cases?: number;
}

type ValueField = 'format' | 'output' | 'outDir' | 'encoding' | 'anchor' | 'failOn' | 'template';

/** The check options that take a value, by every spelling this reader accepts. */
const VALUE_OPTIONS: ReadonlyMap<string, ValueField> = new Map([
  ['--format', 'format'],
  ['-f', 'format'],
  ['--output', 'output'],
  ['-o', 'output'],
  ['--out-dir', 'outDir'],
  ['--encoding', 'encoding'],
  ['--anchor', 'anchor'],
  ['--fail-on', 'failOn'],
  ['--template', 'template'],
]);

const FORMATS: ReadonlySet<string> = new Set<ReportFormat>(['text', 'md', 'html', 'json']);
const FAIL_ON: ReadonlySet<string> = new Set<string>(FAIL_ON_VALUES);

/** Words yargs reads as a command (or as help) wherever they stand among the positionals. */
const COMMAND_WORDS: ReadonlySet<string> = new Set(['check', 'parse', 'explain', 'logname', 'collect', 'dump', 'help']);

/** A value yargs would take as it is: not missing, not empty, not an option of its own. */
function plainValue(value: string | undefined): value is string {
  return value !== undefined && value !== '' && !value.startsWith('-');
}

/** `check`'s options when this reader is sure of them; undefined means: ask yargs. */
export function readCheckArgv(argv: readonly string[]): CheckArguments | undefined {
  const inputs: string[] = [];
  const values = new Map<ValueField, string>();
  let quiet = false;
  for (let i = argv[0] === 'check' ? 1 : 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '-q' || arg === '--quiet') {
      // yargs takes a following `true` / `false` as the flag's value.
      if (quiet || argv[i + 1] === 'true' || argv[i + 1] === 'false') return undefined;
      quiet = true;
      continue;
    }
    const equals = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const name = equals > 0 ? arg.slice(0, equals) : arg;
    const field = VALUE_OPTIONS.get(name);
    if (field !== undefined) {
      const value = equals > 0 ? arg.slice(equals + 1) : argv[++i];
      if (!plainValue(value) || values.has(field)) return undefined;
      values.set(field, value);
      continue;
    }
    // `-` is an input like any other (`eseutil /ml E00.log | esereport check priv.txt -`).
    if ((arg.startsWith('-') && arg !== '-') || arg === '' || COMMAND_WORDS.has(arg)) return undefined;
    inputs.push(arg);
  }
  const format = values.get('format');
  const failOn = values.get('failOn') ?? 'error';
  if ((format !== undefined && !FORMATS.has(format)) || !FAIL_ON.has(failOn)) return undefined;
  return {
    inputs,
    format: format as ReportFormat | undefined,
    output: values.get('output'),
    outDir: values.get('outDir'),
    encoding: values.get('encoding'),
    anchor: values.get('anchor'),
    failOn: failOn as FailOn,
    template: values.get('template'),
    quiet,
  };
}
