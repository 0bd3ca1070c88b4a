/**
 * The command line (SPEC §8). yargs only parses and prints help (src/cli/command-line.ts); the
 * commands are plain async functions loaded on demand, so `--version`, `logname` and an everyday
 * `check` start without yargs, and each loads only what it needs (SPEC §9). All I/O comes in
 * through `io`; the exit code goes out as a value.
 */
import type { EncodingName } from '../ast/types.js';
import { ENCODING_NAMES, parseEncodingName } from '../input/encodings.js';
import { readCheckArgv, type CheckArguments } from './check-argv.js';
import { parseArguments, type ParsedArguments } from './command-line.js';
import { InternalError, UsageError } from './errors.js';
import type { ExitCode } from './exit-code.js';
import type { CliIo } from './io.js';
import { usageMessage } from './usage-messages.js';
import { packageVersion } from './version.js';

export { nodeIo } from './io.js';
export type { CliIo } from './io.js';

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
    case 'dump': {
      const { runDump } = await import('./commands/dump.js');
      return runDump(args.files ?? [], io);
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
          ...(args.color !== undefined ? { color: args.color } : {}),
          quiet: args.quiet === true,
        },
        io,
      );
    }
    default:
      return check(checkArguments(args), io);
  }
}

/** `check`'s options out of what yargs parsed (the quick reader must give the same). */
export function checkArguments(args: ParsedArguments): CheckArguments {
  return {
    inputs: args.inputs ?? [],
    format: args.format,
    output: args.output,
    outDir: args.outDir,
    encoding: args.encoding,
    anchor: args.anchor,
    failOn: args.failOn ?? 'error',
    template: args.template,
    ...(args.color !== undefined ? { color: args.color } : {}),
    quiet: args.quiet === true,
    ...(args.cases !== undefined ? { cases: args.cases } : {}),
  };
}

async function check(args: CheckArguments, io: CliIo): Promise<ExitCode> {
  const { runCheck } = await import('./commands/check.js');
  return runCheck({ ...args, encoding: encodingOption(args.encoding) }, io);
}

/**
 * `--version`, `logname <value>`, `explain <code>` and an everyday `check` answer before yargs
 * is even loaded: they are what an administrator types mid-restore, and loading yargs alone
 * costs more than the rest of start-up (SPEC §9). Anything else, `--help` included, goes
 * through yargs.
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
  const checkArgv = readCheckArgv(argv);
  if (checkArgv) return check(checkArgv, io);
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
  const parsed = await parseArguments(argv);
  if (parsed.error !== undefined) {
    // yargs' message in esereport's words, one line, with "did you mean" when a word is close.
    await io.stderr.write(`esereport: ${usageMessage(parsed.error, argv)} (see esereport --help)\n`);
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
