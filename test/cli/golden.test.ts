/**
 * CLI golden tests: each case is a readable Markdown file in golden/ with the command, its
 * stdout, stderr and `Exit code: N`. Review a changed golden like code; `vitest -u` rewrites them.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { sampleText } from '../support/samples.js';
import { goldenMarkdown, REPO_ROOT, runCli, type RunOptions } from './harness.js';

const OUTPUT = join(REPO_ROOT, 'test', 'cli', '__output__');

/** First 64 bytes of an ESE database: checksum, then the magic 0x89ABCDEF little-endian. */
function eseHeader(): Buffer {
  const bytes = Buffer.alloc(64);
  bytes.writeUInt32LE(0x1234abcd, 0);
  bytes.writeUInt32LE(0x89abcdef, 4);
  return bytes;
}

interface GoldenCase {
  readonly file: string;
  readonly title: string;
  readonly args: readonly string[];
  /** How stdin is shown in the command line, when the case pipes something. */
  readonly pipe?: string;
  readonly options?: () => RunOptions;
}

const COLLECT_LOGS = ['E00000A0.log', 'E00000A1.log', 'E00000A2.log', 'E00000A3.log', 'E00000A4.log', 'E00000A5.log', 'E00000A6.log', 'E00000A7.log'];

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
      stdin: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(sampleText('55-kb-roll-forward/edb-log.txt'), 'utf16le')]),
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
  // Exit codes (SPEC §8), the first that applies.
  {
    file: 'exit-3-dirty-database-alone',
    title: 'A Dirty Shutdown database header alone: undetermined, exit 3, stderr names the logs to capture',
    args: ['samples/2010-dirty-with-required-logs/db-mh.txt'],
  },
  {
    file: 'exit-1-undetermined-fail-on-warning',
    title: 'The same header with --fail-on warning: its db-not-clean warning fails the run first, exit 1',
    args: ['samples/2010-dirty-with-required-logs/db-mh.txt', '--fail-on', 'warning', '--format', 'json'],
  },
  {
    file: 'exit-0-dirty-with-its-logs',
    title: 'The Dirty Shutdown database with its Log Required logs: roll forward, exit 0',
    args: ['samples/2010-dirty-with-required-logs'],
  },
  {
    file: 'exit-1-partial-roll-forward',
    title: 'A generation gap: partial roll forward, exit 1',
    args: ['samples/55-generation-gap'],
  },
  {
    file: 'exit-2-nothing-recognized-file',
    title: 'A `dir` listing captured instead of eseutil: no report, one line, exit 2',
    args: ['test/cli/fixtures/dir-instead-of-eseutil.txt'],
  },
  {
    file: 'exit-2-empty-folder',
    title: 'A folder with no capture file in it: one line, exit 2',
    args: ['test/cli/__output__/empty-folder'],
  },
  // --anchor (the chksig use) resolved against the captured logs.
  {
    file: 'anchor-generation-hex',
    title: '--anchor as a generation in hex: the captured edb0000a.log is the anchor (Q296787 chksig)',
    args: ['samples/55-chksig-kb', '--anchor', '0xA'],
  },
  {
    file: 'anchor-other-era-spelling',
    title: '--anchor written in the Exchange 2007 spelling of a 5.5 log: the same generation',
    args: ['samples/55-chksig-kb', '--anchor', 'E000000000A.log', '--format', 'json'],
  },
  {
    file: 'anchor-not-captured',
    title: '--anchor naming a log that was not captured: a usage error listing the captured range, exit 2',
    args: ['samples/55-chksig-kb', '--anchor', 'edb00099.log'],
  },
  // "did you mean": no raw parser message.
  { file: 'typo-command', title: 'A mistyped command: did you mean explain', args: ['explian', '-1018'] },
  { file: 'typo-option', title: 'A mistyped option: did you mean --format', args: ['--frmat', 'md', 'samples/55-kb-roll-forward'] },
  { file: 'typo-format-value', title: 'A format by its long name: did you mean md', args: ['samples/55-kb-roll-forward', '--format', 'markdown'] },
  { file: 'typo-explain-unsigned', title: 'explain 501 without its sign: did you mean -501', args: ['explain', '501'] },
  {
    file: 'template-unknown-field',
    title: 'A --template with a misspelt field: the template, line, column and field, exit 2',
    args: ['samples/55-kb-roll-forward', '--template', 'test/cli/fixtures/ticket-typo.md.hbs', '--format', 'md'],
  },
  // Output.
  {
    file: 'output-format-from-extension',
    title: '-o restore.md writes Markdown (the format from the extension)',
    args: ['samples/55-kb-roll-forward', '-o', 'test/cli/__output__/restore.md'],
  },
  {
    file: 'out-dir-verdict-lines',
    title: '--out-dir prints one verdict line per report written',
    args: ['samples/2003-two-storage-groups', '--out-dir', 'test/cli/__output__/batch', '--format', 'md'],
  },
  {
    file: 'force-color',
    title: 'FORCE_COLOR=1 colours the text report even into a pipe',
    args: ['samples/55-kb-roll-forward/edb-log.txt'],
    pipe: 'FORCE_COLOR=1',
    options: () => ({ stdinIsTTY: true, env: { FORCE_COLOR: '1' } }),
  },
  {
    file: 'no-color-on-terminal',
    title: '--no-color on a terminal: plain text',
    args: ['samples/55-kb-roll-forward/edb-log.txt', '--no-color'],
    options: () => ({ stdinIsTTY: true, stdoutIsTTY: true }),
  },
  { file: 'help', title: 'Help at 80 columns: every example command whole on its line', args: ['--help'] },
  { file: 'help-collect', title: 'collect --help', args: ['collect', '--help'] },
  {
    file: 'collect-relative-eseutil',
    title: 'collect --eseutil with a path relative to the current folder (not to the database folder)',
    args: ['collect', 'test/cli/__output__/mdbdata', '--out-dir', 'test/cli/__output__/captures', '--eseutil', 'test/cli/fixtures/fake-eseutil.mjs'],
  },
];

beforeAll(() => {
  rmSync(join(OUTPUT, 'stray-binary'), { recursive: true, force: true });
  mkdirSync(join(OUTPUT, 'stray-binary'), { recursive: true });
  cpSync(join(REPO_ROOT, 'samples', '55-kb-roll-forward', 'priv-mh.txt'), join(OUTPUT, 'stray-binary', 'priv-mh.txt'));
  writeFileSync(join(OUTPUT, 'stray-binary', 'priv.edb'), eseHeader());
  for (const folder of ['empty-folder', 'batch', 'captures', 'mdbdata']) rmSync(join(OUTPUT, folder), { recursive: true, force: true });
  rmSync(join(OUTPUT, 'restore.md'), { force: true });
  mkdirSync(join(OUTPUT, 'empty-folder'));
  // A 2003 storage group's files, captured by the stand-in eseutil from samples/2003-clean-sg.
  mkdirSync(join(OUTPUT, 'mdbdata'));
  for (const file of ['priv1.edb', ...COLLECT_LOGS, 'E00.log', 'E00.chk']) writeFileSync(join(OUTPUT, 'mdbdata', file), eseHeader());
});

describe('CLI golden outputs', () => {
  it.each(CASES.map((c) => [c.file, c] as const))('%s', async (_file, golden) => {
    const run = await runCli(golden.args, golden.options?.() ?? { stdinIsTTY: true });
    const command = [golden.pipe, 'esereport', ...golden.args.map((a) => (/[\s*?]/.test(a) ? `"${a}"` : a))]
      .filter(Boolean)
      .join(' ');
    await expect(goldenMarkdown(golden.title, command, run)).toMatchFileSnapshot(join('golden', `${golden.file}.md`));
  });

  it('-o restore.md wrote the Markdown report (output-format-from-extension)', () => {
    const written = readFileSync(join(OUTPUT, 'restore.md'), 'utf8');
    expect(written.split('\n')[0]).toBe('# esereport: ROLL FORWARD');
  });

  it('--out-dir wrote the reports its verdict lines name (out-dir-verdict-lines)', () => {
    expect(readdirSync(join(OUTPUT, 'batch')).sort()).toEqual(['E00-8844201.md', 'E01-19205531.md', 'index.md']);
  });
});
