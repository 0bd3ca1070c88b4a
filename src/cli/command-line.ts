/**
 * The command line as yargs defines it (SPEC §8): commands, options, help and usage errors.
 * yargs is the source of truth for every invocation; it is loaded only when main() needs it,
 * because importing it costs more than the rest of a one-dump check (SPEC §9).
 */
import type YargsFactory from 'yargs';
import { ENCODING_NAMES } from '../input/encodings.js';
import type { ReportFormat } from '../render/index.js';
import { FAIL_ON_VALUES, type FailOn } from './exit-code.js';
import { packageVersion } from './version.js';

const FORMATS: readonly ReportFormat[] = ['text', 'md', 'html', 'json'];

/**
 * Help text width: fixed, so help reads the same everywhere (and in golden tests), and 80
 * columns, the narrowest console an administrator has (cmd.exe's default window).
 */
export const HELP_WIDTH = 80;

/**
 * Examples, each command on a line of its own with its description indented below: yargs'
 * `.example()` puts them in two columns and breaks a long command mid-line, which cannot be
 * copied. Every command here fits in HELP_WIDTH (test/cli/help.test.ts holds it to that).
 */
export const EXAMPLES: Readonly<Record<string, readonly (readonly [command: string, description: string])[]>> = {
  check: [
    ['eseutil /ml edb012cf.log | esereport', 'check one log header piped from eseutil'],
    ['esereport priv.txt logs.txt', 'check a database header against its logs'],
    ['esereport "captures/**/*.txt" -o restore.md', 'a Markdown report for the ticket (the format from the extension)'],
    ['esereport archive --out-dir report', 'batch: report/index.html and one report per stream, a verdict line each'],
    ['esereport tickets --cases --out-dir report', 'each subfolder a case of its own: a report each, report/index.html'],
    ['esereport logs.txt --anchor edb012cf.log', 'chksig: check a chain from a given anchor log (or --anchor 4815, 0x12CF)'],
  ],
  parse: [['esereport parse priv.txt > priv.ast.json', 'every dump, field and unrecognized line of priv.txt']],
  explain: [
    ['esereport explain -530', 'JET_errBadLogSignature: what it means for the restore'],
    ['esereport explain 4294966766', 'the same error as a service reports it'],
    ['esereport explain 0xFFFFFDEE', 'the same error in hex'],
    ['esereport explain JET_errFileNotFound', 'by name'],
    ['esereport explain anchor-missing', 'what a rule checks and what to do'],
  ],
  logname: [
    ['esereport logname 4815', 'Edb012cf.log, E00012CF.log, E00000012CF.log'],
    ['esereport logname 0x12CF', 'the same generation in hex'],
    ['esereport logname E00000012CF.log', 'generation 4815 (0x12CF)'],
  ],
  collect: [
    ['esereport collect D:\\MDBDATA --out-dir C:\\captures', 'captures every header, then the report'],
    ['esereport collect . --out-dir ..\\caps --eseutil C:\\exchsrvr\\bin\\eseutil.exe', 'with an explicit eseutil (a relative PATH is from the current folder)'],
  ],
};

export const EXIT_CODES =
  'Exit codes (the first that applies): 2 usage error, unreadable input or nothing recognized; 0 with --fail-on never; 1 a verdict worse than roll forward, or a finding at or above --fail-on (default error); 3 undetermined: the captures do not decide (stderr names the capture to add); 0 otherwise.';

function examplesText(command: string): string {
  return ['Examples:', ...EXAMPLES[command]!.flatMap(([line, description]) => [`  ${line}`, `      ${description}`])].join('\n');
}

/** A command's examples, then the exit codes (every command that reads captures has them). */
function epilogue(command: string): string {
  return `${examplesText(command)}\n\n${EXIT_CODES}`;
}

export interface ParsedArguments {
  readonly _: readonly (string | number)[];
  readonly inputs?: readonly string[];
  readonly format?: ReportFormat;
  readonly output?: string;
  readonly outDir?: string;
  readonly encoding?: string;
  readonly anchor?: string;
  readonly failOn?: FailOn;
  readonly template?: string;
  readonly quiet?: boolean;
  readonly color?: boolean;
  readonly subject?: string;
  readonly value?: string;
  readonly folder?: string;
  readonly eseutil?: string;
  readonly cases?: number;
  readonly files?: readonly string[];
}

type Yargs = typeof YargsFactory;
type Builder = ReturnType<Yargs>;

function inputOptions(y: Builder): Builder {
  return y
    .positional('inputs', {
      describe: 'capture files, folders (recursive), globs (* ? **) or - for standard input',
      type: 'string',
      array: true,
    })
    .option('encoding', {
      describe: `input encoding instead of detection (${ENCODING_NAMES.join(', ')})`,
      type: 'string',
    })
    .option('quiet', { alias: 'q', describe: 'no notes or progress bar on stderr', type: 'boolean', default: false });
}

function reportOptions(y: Builder): Builder {
  return y
    .option('format', { alias: 'f', describe: 'report format (default text; from the extension of -o FILE; html with --out-dir)', choices: FORMATS, requiresArg: true })
    .option('output', { alias: 'o', describe: 'write the report to FILE (atomically)', type: 'string', requiresArg: true })
    .option('anchor', { describe: 'the anchor log of a chain checked without database header (chksig edb012cf.log): a captured log\'s name in any era, or its generation (4815, 0x12CF)', type: 'string', requiresArg: true })
    .option('fail-on', { describe: 'exit 1 when a finding is at least this severe; never: exit 0 unless a usage error', choices: FAIL_ON_VALUES, default: 'error', requiresArg: true })
    .option('template', { describe: 'render with your own Handlebars template FILE', type: 'string', requiresArg: true })
    .option('color', { describe: 'colour in the text report, or --no-color (default: on a terminal; FORCE_COLOR, NO_COLOR)', type: 'boolean' });
}

function buildParser(yargs: Yargs): Builder {
  return yargs()
    .scriptName('esereport')
    .locale('en')
    .detectLocale(false)
    .exitProcess(false)
    .strict()
    // The words after `--` come back on their own (in `--`), not mixed into `_` with the command.
    .parserConfiguration({ 'parse-positional-numbers': false, 'populate--': true })
    .usage('esereport: can this offline ESE backup be restored and rolled forward, and how?')
    .command(['check [inputs..]', '$0 [inputs..]'], 'analyze captures: verdict, findings, restore plan (default command)', (y) =>
      reportOptions(inputOptions(y))
        .option('out-dir', { describe: 'batch: a report per log stream (per case with --cases) and an index in DIR', type: 'string', requiresArg: true })
        .option('cases', { describe: 'archive of independent cases: each folder DEPTH levels below an input folder (default 1) is checked on its own', type: 'number' })
        .epilogue(epilogue('check')),
    )
    .command('parse [inputs..]', 'the captures as a JSON syntax tree: every dump, field and unrecognized line', (y) =>
      inputOptions(y)
        .option('format', { alias: 'f', describe: 'output format', choices: ['json'], default: 'json' })
        .option('output', { alias: 'o', describe: 'write the JSON to FILE (atomically)', type: 'string', requiresArg: true })
        .epilogue(epilogue('parse')),
    )
    .command('explain <subject>', 'a JET error in any form, or a rule id, explained for a restore', (y) =>
      y
        .positional('subject', { describe: 'JET error code or name, or rule id', type: 'string' })
        .epilogue(examplesText('explain')),
    )
    .command('logname <value>', 'a log generation ↔ its file name in every Exchange era', (y) =>
      y
        .positional('value', { describe: 'generation (4815 or 0x12CF) or log file name', type: 'string' })
        .epilogue(examplesText('logname')),
    )
    .command('dump <files..>', 'an .edb/.log/.chk header printed as eseutil /mh, /ml or /mk would, read from the file itself', (y) =>
      y.positional('files', { describe: 'ESE databases, logs or checkpoints', type: 'string', array: true }),
    )
    .command('collect <folder>', 'on the server: run eseutil on a folder\'s ESE files, store the captures, check them', (y) =>
      reportOptions(y)
        .positional('folder', { describe: 'folder with the databases, logs and checkpoint', type: 'string' })
        .option('out-dir', { describe: 'folder for the captures (never the source folder)', type: 'string', demandOption: true, requiresArg: true })
        .option('eseutil', { describe: 'eseutil (or esentutl) program to run; a relative PATH is from the current folder', type: 'string', default: 'eseutil' })
        .option('encoding', { describe: 'encoding of eseutil\'s output instead of detection', type: 'string' })
        .option('quiet', { alias: 'q', describe: 'no notes or progress bar on stderr', type: 'boolean', default: false })
        .epilogue(epilogue('collect')),
    )
    .version(packageVersion())
    .alias('version', 'V')
    .help()
    .alias('help', 'h')
    .wrap(HELP_WIDTH) as Builder;
}

export interface ParseOutcome {
  readonly args?: ParsedArguments;
  /** What yargs printed: help or version text, or the usage shown with an error. */
  readonly output: string;
  readonly error?: string;
}

/**
 * `-` names standard input among the inputs (SPEC §8), but yargs re-reads its positionals as
 * `--inputs WORD` and drops a WORD that starts with `-`: `check a.txt -` read only a.txt. So
 * yargs sees each `-` word as this stand-in instead, which no real command line can hold (the
 * operating system passes arguments as C strings, without NUL), and gives it back as `-`.
 * An option that takes a value then takes a following `-` as its value, whichever its spelling:
 * yargs did so for `-o -` and `--output -` already, and now `--fail-on -` is an invalid value
 * instead of `--fail-on` ignored and the `-` lost.
 */
const DASH_STAND_IN = '\0';

function withDash(value: unknown): unknown {
  if (value === DASH_STAND_IN) return '-';
  return Array.isArray(value) ? value.map(withDash) : value;
}

function withDashes(args: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(args).map(([key, value]) => [key, withDash(value)]));
}

/** yargs' messages name a given value as it is (`Unknown argument: -`) or quoted as JSON (`Given: "-"`). */
function messageWithDash(message: string): string {
  return message.replaceAll(JSON.stringify(DASH_STAND_IN).slice(1, -1), '-').replaceAll(DASH_STAND_IN, '-');
}

/**
 * `--` ends the options: every word after it is an input, so `check -- -dash.txt` reads a file
 * named `-dash.txt`, and `-` is still standard input (as `cat -- -` reads it). yargs keeps those
 * words out of the positionals (they were lost in `_`); they follow the other inputs.
 */
function withInputsAfterOptions({ '--': afterOptions, ...args }: Record<string, unknown>): Record<string, unknown> {
  if (!Array.isArray(afterOptions)) return args;
  return { ...args, inputs: [...(Array.isArray(args.inputs) ? args.inputs : []), ...afterOptions] };
}

/**
 * `explain`, `logname` and `collect` take one word, required: yargs checks it is there before
 * `--` words could be moved into it, so `explain -- -1018` failed with "Not enough non-option
 * arguments". For these commands each word after `--` goes to yargs as a positional, marked with
 * this prefix (which no real command line holds) so that a leading `-` is not read as an option;
 * the mark is taken off after parsing.
 */
const AFTER_DASHES = '\u0001';
const ONE_WORD_COMMANDS: ReadonlySet<string> = new Set(['explain', 'logname', 'collect']);

function markedAfterDashes(words: readonly string[]): readonly string[] {
  const end = words.indexOf('--');
  if (end < 0) return words;
  const command = words.slice(0, end).find((word) => !word.startsWith('-'));
  if (command === undefined || !ONE_WORD_COMMANDS.has(command)) return words;
  return [...words.slice(0, end), ...words.slice(end + 1).map((word) => AFTER_DASHES + word)];
}

function unmarked(value: unknown): unknown {
  if (typeof value === 'string') return value.startsWith(AFTER_DASHES) ? value.slice(AFTER_DASHES.length) : value;
  return Array.isArray(value) ? value.map(unmarked) : value;
}

function withoutMarks(args: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(args).map(([key, value]) => [key, unmarked(value)]));
}

/**
 * An option given twice takes its last value, as in most commands: yargs gives a list
 * (`--format json --format md` → `['json', 'md']`), which no option but the inputs expects.
 */
function lastOfRepeated(args: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(args).map(([key, value]) => [key, key !== 'inputs' && key !== 'files' && key !== '_' && Array.isArray(value) ? value.at(-1) : value]));
}

/**
 * `--cases [DEPTH]`: the depth is optional, and yargs would take the next word as it (`--cases
 * archive` read `archive` as a number). A `--cases` not followed by a whole number is given to
 * yargs as `--cases=1`, the default depth; `--cases 2` and `--cases=2` stay as they are.
 */
function withCaseDepth(words: readonly string[]): string[] {
  const end = words.indexOf('--');
  return words.map((word, i) => (word === '--cases' && (end < 0 || i < end) && !/^\d+$/.test(words[i + 1] ?? '') ? '--cases=1' : word));
}

/** yargs parses synchronously (no command handlers): arguments, or the text it printed (help, version, error). */
export async function parseArguments(argv: readonly string[]): Promise<ParseOutcome> {
  const { default: yargs } = await import('yargs');
  let outcome: ParseOutcome = { output: '' };
  const words = markedAfterDashes(withCaseDepth(argv).map((word) => (word === '-' ? DASH_STAND_IN : word)));
  buildParser(yargs).parse([...words], {}, (error, args, output) => {
    outcome = error
      ? { output: messageWithDash(output).replaceAll(AFTER_DASHES, ''), error: messageWithDash(error.message).replaceAll(AFTER_DASHES, '') }
      : { args: lastOfRepeated(withInputsAfterOptions(withoutMarks(withDashes(args as Record<string, unknown>)))) as unknown as ParsedArguments, output };
  });
  return outcome;
}
