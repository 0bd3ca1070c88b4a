/**
 * The command line (SPEC §8). yargs only parses and prints help; the commands are plain async
 * functions loaded on demand, so `--version` and `logname` start without the parser, the
 * template engine or even yargs (SPEC §9). All I/O comes in through `io`; the exit code goes out as a value.
 */
import type YargsFactory from 'yargs';
import type { EncodingName } from '../ast/types.js';
import { ENCODING_NAMES, parseEncodingName } from '../input/encodings.js';
import type { ReportFormat } from '../render/index.js';
import { InternalError, UsageError } from './errors.js';
import { FAIL_ON_VALUES, type ExitCode, type FailOn } from './exit-code.js';
import type { CliIo } from './io.js';
import { packageVersion } from './version.js';

export { nodeIo } from './io.js';
export type { CliIo } from './io.js';

const FORMATS: readonly ReportFormat[] = ['text', 'md', 'html', 'json'];

/** Help text width: fixed, so help reads the same everywhere (and in golden tests). */
const HELP_WIDTH = 100;

interface ParsedArguments {
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
  readonly subject?: string;
  readonly value?: string;
  readonly folder?: string;
  readonly eseutil?: string;
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
    .option('format', { alias: 'f', describe: 'report format (default text; html with --out-dir)', choices: FORMATS })
    .option('output', { alias: 'o', describe: 'write the report to FILE (atomically)', type: 'string', requiresArg: true })
    .option('anchor', { describe: 'the anchor log of a chain checked without database header (chksig edb012cf.log)', type: 'string', requiresArg: true })
    .option('fail-on', { describe: 'exit 1 when a finding is at least this severe', choices: FAIL_ON_VALUES, default: 'error' })
    .option('template', { describe: 'render with your own Handlebars template FILE', type: 'string', requiresArg: true });
}

function buildParser(yargs: Yargs): Builder {
  return yargs()
    .scriptName('esereport')
    .locale('en')
    .detectLocale(false)
    .exitProcess(false)
    .strict()
    .parserConfiguration({ 'parse-positional-numbers': false })
    .usage('esereport: can this offline ESE backup be restored and rolled forward, and how?')
    .command(['check [inputs..]', '$0 [inputs..]'], 'analyze captures: verdict, findings, restore plan (default command)', (y) =>
      reportOptions(inputOptions(y))
        .option('out-dir', { describe: 'batch: one report per log stream plus an index, in DIR', type: 'string', requiresArg: true })
        .example('eseutil /ml edb012cf.log | esereport', 'check one log header piped from eseutil')
        .example('esereport priv.txt logs.txt', 'check a database header against its logs')
        .example('esereport "captures/**/*.txt" --format md -o restore.md', 'a Markdown report for the ticket')
        .example('esereport archive --out-dir report', 'batch: report/index.html and one report per stream')
        .example('esereport logs.txt --anchor edb012cf.log', 'chksig: check a chain from a given anchor log'),
    )
    .command('parse [inputs..]', 'the captures as a JSON syntax tree: every dump, field and unrecognized line', (y) =>
      inputOptions(y)
        .option('format', { alias: 'f', describe: 'output format', choices: ['json'], default: 'json' })
        .option('output', { alias: 'o', describe: 'write the JSON to FILE (atomically)', type: 'string', requiresArg: true })
        .example('esereport parse priv.txt > priv.ast.json', 'every dump, field and unrecognized line of priv.txt'),
    )
    .command('explain <subject>', 'a JET error in any form, or a rule id, explained for a restore', (y) =>
      y
        .positional('subject', { describe: 'JET error code or name, or rule id', type: 'string' })
        .example('esereport explain -530', 'JET_errBadLogSignature: what it means for the restore')
        .example('esereport explain 4294966766', 'the same error as a service reports it')
        .example('esereport explain 0xFFFFFDEE', 'the same error in hex')
        .example('esereport explain JET_errFileNotFound', 'by name')
        .example('esereport explain anchor-missing', 'what a rule checks and what to do'),
    )
    .command('logname <value>', 'a log generation ↔ its file name in every Exchange era', (y) =>
      y
        .positional('value', { describe: 'generation (4815 or 0x12CF) or log file name', type: 'string' })
        .example('esereport logname 4815', 'Edb012cf.log, E00012CF.log, E00000012CF.log')
        .example('esereport logname 0x12CF', 'the same generation in hex')
        .example('esereport logname E00000012CF.log', 'generation 4815 (0x12CF)'),
    )
    .command('collect <folder>', 'on the server: run eseutil on a folder\'s ESE files, store the captures, check them', (y) =>
      reportOptions(y)
        .positional('folder', { describe: 'folder with the databases, logs and checkpoint', type: 'string' })
        .option('out-dir', { describe: 'folder for the captures (never the source folder)', type: 'string', demandOption: true, requiresArg: true })
        .option('eseutil', { describe: 'eseutil (or esentutl) program to run', type: 'string', default: 'eseutil' })
        .option('encoding', { describe: 'encoding of eseutil\'s output instead of detection', type: 'string' })
        .option('quiet', { alias: 'q', describe: 'no notes or progress bar on stderr', type: 'boolean', default: false })
        .example('esereport collect D:\\MDBDATA --out-dir C:\\captures', 'captures every header, then the report')
        .example('esereport collect . --out-dir ..\\caps --eseutil "C:\\Program Files\\Exchsrvr\\bin\\eseutil.exe"', 'with an explicit eseutil'),
    )
    .version(packageVersion())
    .alias('version', 'V')
    .help()
    .alias('help', 'h')
    .epilogue('Exit codes: 0 no finding at or above --fail-on; 1 findings at or above it; 2 usage error, unreadable input or nothing recognized.')
    .wrap(HELP_WIDTH) as Builder;
}

/** yargs parses synchronously (no command handlers): arguments, or the text it printed (help, version, error). */
function parseArguments(
  yargs: Yargs,
  argv: readonly string[],
): { args?: ParsedArguments; output: string; error?: string } {
  let outcome: { args?: ParsedArguments; output: string; error?: string } = { output: '' };
  buildParser(yargs).parse([...argv], {}, (error, args, output) => {
    outcome = error ? { output, error: error.message } : { args: args as unknown as ParsedArguments, output };
  });
  return outcome;
}

function encodingOption(text: string | undefined): EncodingName | undefined {
  if (text === undefined) return undefined;
  const encoding = parseEncodingName(text);
  if (!encoding) throw new UsageError(`unknown --encoding ${text}: use ${ENCODING_NAMES.join(', ')}`);
  return encoding;
}

async function dispatch(args: ParsedArguments, io: CliIo): Promise<ExitCode> {
  const command = String(args._[0] ?? 'check');
  switch (command) {
    case 'logname': {
      const { lognameText } = await import('./commands/logname.js');
      await io.stdout.write(lognameText(args.value ?? ''));
      return 0;
    }
    case 'explain': {
      const { explainText } = await import('./commands/explain.js');
      await io.stdout.write(await explainText(args.subject ?? ''));
      return 0;
    }
    case 'parse': {
      const { runParse } = await import('./commands/parse.js');
      return runParse(
        {
          inputs: args.inputs ?? [],
          format: args.format,
          output: args.output,
          encoding: encodingOption(args.encoding),
          quiet: args.quiet === true,
        },
        io,
      );
    }
    case 'collect': {
      const { runCollect } = await import('./commands/collect.js');
      return runCollect(
        {
          folder: args.folder ?? '.',
          outDir: args.outDir ?? '',
          eseutil: args.eseutil ?? 'eseutil',
          format: args.format,
          output: args.output,
          encoding: encodingOption(args.encoding),
          anchor: args.anchor,
          failOn: args.failOn ?? 'error',
          quiet: args.quiet === true,
        },
        io,
      );
    }
    default: {
      const { runCheck } = await import('./commands/check.js');
      return runCheck(
        {
          inputs: args.inputs ?? [],
          format: args.format,
          output: args.output,
          outDir: args.outDir,
          encoding: encodingOption(args.encoding),
          anchor: args.anchor,
          failOn: args.failOn ?? 'error',
          template: args.template,
          quiet: args.quiet === true,
        },
        io,
      );
    }
  }
}

/**
 * `--version`, `logname <value>` and `explain <code>` answer before yargs is even loaded: they
 * are what an administrator types mid-restore, and loading yargs alone costs more than the rest
 * of start-up (SPEC §9). Anything else, `--help` included, goes through yargs.
 */
async function quickAnswer(argv: readonly string[], io: CliIo): Promise<ExitCode | undefined> {
  if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
    await io.stdout.write(`${packageVersion()}\n`);
    return 0;
  }
  if (argv.length === 2 && argv[0] === 'logname' && !argv[1]!.startsWith('-')) {
    const { lognameText } = await import('./commands/logname.js');
    await io.stdout.write(lognameText(argv[1]!));
    return 0;
  }
  // `-530` is a code, not an option; any other leading `-` is left to yargs.
  if (argv.length === 2 && argv[0] === 'explain' && (!argv[1]!.startsWith('-') || /^-\d+$/.test(argv[1]!))) {
    const { explainText } = await import('./commands/explain.js');
    await io.stdout.write(await explainText(argv[1]!));
    return 0;
  }
  return undefined;
}

/** Runs esereport with `argv` (without node and the script); returns the exit code. */
export async function main(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  try {
    const answered = await quickAnswer(argv, io);
    if (answered !== undefined) return answered;
  } catch (error) {
    return reportError(error, io);
  }
  const { default: yargs } = await import('yargs');
  const parsed = parseArguments(yargs, argv);
  if (parsed.error !== undefined) {
    // yargs spreads some messages over lines (`Invalid values:\n  Argument: …`): one line.
    const message = parsed.error.replace(/\s*\n\s*/g, ' ');
    await io.stderr.write(`esereport: ${message} (see esereport --help)\n`);
    return 2;
  }
  if (parsed.output !== '' || !parsed.args) {
    // --help or --version: yargs produced the text.
    await io.stdout.write(`${parsed.output}\n`);
    return 0;
  }
  try {
    return await dispatch(parsed.args, io);
  } catch (error) {
    return reportError(error, io);
  }
}

/** A usage error is its one line; an internal error is one line too, never a stack trace. */
async function reportError(error: unknown, io: CliIo): Promise<ExitCode> {
  if (error instanceof UsageError) {
    await io.stderr.write(`esereport: ${error.message}\n`);
  } else if (error instanceof InternalError) {
    await io.stderr.write(`esereport: ${error.message}\n`);
    const cause = error.cause;
    if (io.env.ESEREPORT_DEBUG && cause instanceof Error && cause.stack) await io.stderr.write(`${cause.stack}\n`);
  } else {
    const message = error instanceof Error ? error.message : String(error);
    await io.stderr.write(`esereport: internal error: ${message}\n`);
    // ESEREPORT_DEBUG=1 shows the stack for a bug report.
    if (io.env.ESEREPORT_DEBUG && error instanceof Error && error.stack) await io.stderr.write(`${error.stack}\n`);
  }
  return 2;
}
