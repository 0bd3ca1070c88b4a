/** Runs `main()` in-process with injected I/O, and renders a run as a readable Markdown golden. */
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { main } from '../../src/cli/main.js';
import { memorySink } from '../../src/cli/io.js';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url)).replace(/\/$/, '');

export interface CliRun {
  readonly stdout: string;
  readonly stderr: string;
  readonly exitCode: number;
}

export interface RunOptions {
  readonly stdin?: Buffer;
  readonly stdinIsTTY?: boolean;
  readonly stdoutIsTTY?: boolean;
  readonly cwd?: string;
  readonly env?: Record<string, string | undefined>;
}

export async function runCli(args: readonly string[], options: RunOptions = {}): Promise<CliRun> {
  const stdout = memorySink(options.stdoutIsTTY ?? false);
  const stderr = memorySink(false);
  const exitCode = await main(args, {
    stdin: Readable.from(options.stdin ? [options.stdin] : []),
    stdinIsTTY: options.stdinIsTTY ?? options.stdin === undefined,
    stdout,
    stderr,
    env: options.env ?? {},
    cwd: options.cwd ?? REPO_ROOT,
  });
  return { stdout: stdout.text(), stderr: stderr.text(), exitCode };
}

const fence = (text: string): string => {
  const body = text.endsWith('\n') ? text : text === '' ? '' : `${text}\n`;
  return '```\n' + body + '```';
};

/** The golden form of a run: command, stdout, stderr, exit code (as @arethetypeswrong/cli keeps them). */
export function goldenMarkdown(title: string, command: string, run: CliRun): string {
  return [
    `# ${title}`,
    '',
    '## Command',
    '',
    fence(`$ ${command}`),
    '',
    '## Stdout',
    '',
    fence(run.stdout),
    '',
    '## Stderr',
    '',
    fence(run.stderr),
    '',
    `Exit code: ${run.exitCode}`,
    '',
  ].join('\n');
}
