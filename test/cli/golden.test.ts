/**
 * CLI golden tests: each case is a readable Markdown file in golden/ with the command, its
 * stdout, stderr and `Exit code: N`. Review a changed golden like code; `vitest -u` rewrites them.
 */
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { goldenMarkdown, REPO_ROOT, runCli, type RunOptions } from './harness.js';

const OUTPUT = join(REPO_ROOT, 'test', 'cli', '__output__');

/** First 64 bytes of an ESE database: checksum, then the magic 0x89ABCDEF little-endian. */
function eseHeader(): Buffer {
  const bytes = Buffer.alloc(64);
  bytes.writeUInt32LE(0x1234abcd, 0);
  bytes.writeUInt32LE(0x89abcdef, 4);
  return bytes;
}

const sample = (path: string): Buffer => readFileSync(join(REPO_ROOT, 'samples', path));

interface GoldenCase {
  readonly file: string;
  readonly title: string;
  readonly args: readonly string[];
  /** How stdin is shown in the command line, when the case pipes something. */
  readonly pipe?: string;
  readonly options?: () => RunOptions;
}

const CASES: readonly GoldenCase[] = [
  { file: 'version', title: 'The version from package.json', args: ['--version'] },
  { file: 'logname-generation', title: 'logname: generation 4815 in every era (Q296787)', args: ['logname', '4815'] },
  { file: 'logname-hex', title: 'logname: the same generation written in hex', args: ['logname', '0x12CF'] },
  { file: 'logname-file', title: 'logname: an Exchange 2007 log name back to its generation', args: ['logname', 'E00000012CF.log'] },
  { file: 'explain-signed', title: 'explain: a JET error as eseutil prints it', args: ['explain', '-530'] },
  { file: 'explain-unsigned', title: 'explain: the same error as a service reports it', args: ['explain', '4294966766'] },
  { file: 'explain-hex', title: 'explain: the same error in hex (Q237767 writes 0xfffffdee)', args: ['explain', '0xfffffdee'] },
  { file: 'explain-name', title: 'explain: an error by name', args: ['explain', 'JET_errFileNotFound'] },
  { file: 'explain-rule', title: 'explain: a rule id', args: ['explain', 'anchor-missing'] },
  { file: 'explain-unknown', title: 'explain: something esereport does not know', args: ['explain', 'JET_errNoSuchThing'] },
  { file: 'missing-file', title: 'A missing input file: one line, exit 2', args: ['samples/55-kb-roll-forward/priv.txt'] },
  {
    file: 'refuse-overwrite-input',
    title: 'Refusing to write the report over an input',
    args: ['samples/55-kb-roll-forward/priv-mh.txt', '-o', 'samples/55-kb-roll-forward/priv-mh.txt'],
  },
  { file: 'usage-error', title: 'An unknown format: one line, exit 2', args: ['--format', 'pdf', 'samples'] },
  { file: 'no-input-on-terminal', title: 'No input and stdin is a terminal', args: [], options: () => ({ stdinIsTTY: true }) },
  {
    file: 'stdin-ese-binary',
    title: 'An ESE database piped in by mistake',
    args: [],
    pipe: 'type priv.edb |',
    options: () => ({ stdin: eseHeader(), stdinIsTTY: false }),
  },
  {
    file: 'folder-with-stray-binary',
    title: 'A folder with a capture and a stray database file',
    args: ['test/cli/__output__/stray-binary', '--format', 'md'],
  },
  {
    file: 'stdin-utf16le',
    title: 'PowerShell 5.1 pipe: UTF-16LE with BOM on stdin',
    args: ['--format', 'md'],
    pipe: 'Get-Content edb-log.txt |',
    options: () => ({
      stdin: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(sample('55-kb-roll-forward/edb-log.txt').toString('utf8'), 'utf16le')]),
      stdinIsTTY: false,
    }),
  },
  {
    file: 'check-kb-roll-forward',
    title: 'check: the KB example, every log present (text report)',
    args: ['samples/55-kb-roll-forward'],
  },
  {
    file: 'check-anchor-missing-fail-on-never',
    title: 'check --fail-on never: errors reported, exit 0',
    args: ['samples/55-anchor-missing', '--fail-on', 'never', '--format', 'md'],
  },
];

beforeAll(() => {
  rmSync(join(OUTPUT, 'stray-binary'), { recursive: true, force: true });
  mkdirSync(join(OUTPUT, 'stray-binary'), { recursive: true });
  cpSync(join(REPO_ROOT, 'samples', '55-kb-roll-forward', 'priv-mh.txt'), join(OUTPUT, 'stray-binary', 'priv-mh.txt'));
  writeFileSync(join(OUTPUT, 'stray-binary', 'priv.edb'), eseHeader());
});

describe('CLI golden outputs', () => {
  it.each(CASES.map((c) => [c.file, c] as const))('%s', async (_file, golden) => {
    const run = await runCli(golden.args, golden.options?.() ?? { stdinIsTTY: true });
    const command = [golden.pipe, 'esereport', ...golden.args.map((a) => (/[\s*?]/.test(a) ? `"${a}"` : a))]
      .filter(Boolean)
      .join(' ');
    await expect(goldenMarkdown(golden.title, command, run)).toMatchFileSnapshot(join('golden', `${golden.file}.md`));
  });
});
