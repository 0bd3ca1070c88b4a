/**
 * The built command as users run it: package.json's bin (the bundle in dist/bundle/ of the e2e
 * build, test/support/e2e-build.ts), spawned (SPEC §8–§9).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeArchive } from '../bench/generate.mjs';
import { e2eBuild } from '../support/e2e.js';
import { sampleBytes, sampleText } from '../support/samples.js';
import { REPO_ROOT } from './harness.js';

const BIN = e2eBuild().bin;
const TRACE = join(REPO_ROOT, 'test', 'cli', 'fixtures', 'trace-imports.mjs');
const TRACE_WORKERS = join(REPO_ROOT, 'test', 'cli', 'fixtures', 'trace-workers.mjs');

/** Runs the bin; returns its output and the packages it loaded from node_modules. */
function spawnBin(args: readonly string[], input?: Buffer): { stdout: string; stderr: string; status: number | null; packages: string[] } {
  const traceFile = join(mkdtempSync(join(tmpdir(), 'esereport-trace-')), 'packages.txt');
  const run = spawnSync(process.execPath, ['--import', TRACE, BIN, ...args], {
    cwd: REPO_ROOT,
    input: input ?? Buffer.alloc(0),
    env: { ...process.env, TRACE_IMPORTS_FILE: traceFile, NO_COLOR: '1' },
  });
  const packages = existsSync(traceFile) ? [...new Set(readFileSync(traceFile, 'utf8').split('\n').filter(Boolean))].sort() : [];
  return { stdout: run.stdout.toString('utf8'), stderr: run.stderr.toString('utf8'), status: run.status, packages };
}

describe('the esereport command (dist/bundle/esereport.js)', () => {
  it('prints the package.json version and loads no package at all', () => {
    const run = spawnBin(['--version']);
    const manifest = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(run).toMatchObject({ stdout: `${manifest.version}\n`, stderr: '', status: 0 });
    expect(run.packages).toEqual([]);
  });

  it('answers logname 4815 without chevrotain, handlebars or even yargs', () => {
    const run = spawnBin(['logname', '4815']);
    expect(run.stdout.split('\n')[1]).toBe('  Exchange 5.5:             Edb012cf.log');
    expect(run.status).toBe(0);
    expect(run.packages).toEqual([]);
  });

  it('explains -530 without loading any package', () => {
    const run = spawnBin(['explain', '-530']);
    expect(run.stdout.split('\n')[0]).toBe('JET_errBadLogSignature (-530)');
    expect(run.packages).toEqual([]);
  });

  it('loads yargs for --help, but neither the parser nor the templates', () => {
    const run = spawnBin(['--help']);
    expect(run.stdout).toContain('esereport logname <value>');
    expect(run.packages).toContain('yargs'); // the trace sees what loads
    expect(run.packages).not.toContain('chevrotain');
    expect(run.packages).not.toContain('handlebars');
  });

  it('checks one capture as JSON without yargs or handlebars, which it does not need', () => {
    const run = spawnBin(['check', 'samples/55-kb-roll-forward/edb-log.txt', '--format', 'json', '--fail-on', 'never']);
    expect(run.status).toBe(0);
    expect((JSON.parse(run.stdout) as { inputs: unknown[] }).inputs).toHaveLength(1);
    // The bundle inlines chevrotain and lodash-es (rolldown.config.mjs): nothing of them loads from node_modules.
    expect(run.packages).not.toContain('chevrotain');
    expect(run.packages).not.toContain('lodash-es');
    expect(run.packages).not.toContain('yargs');
    expect(run.packages).not.toContain('handlebars');
  });

  it('loads handlebars for a Markdown report', () => {
    const run = spawnBin(['check', 'samples/55-kb-roll-forward/edb-log.txt', '--format', 'md', '--fail-on', 'never']);
    expect(run.status).toBe(0);
    expect(run.packages).toContain('handlebars');
  });

  it('parses a large archive with its bundled parse workers, and gives the one-thread report', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'esereport-bundle-workers-'));
    const archive = join(dir, 'logs.txt');
    // Over the 16 MB at which one file is cut into parts for the workers (src/cli/read-inputs.ts).
    await writeArchive(archive, 'modern', 10_500);
    const traceFile = join(dir, 'workers.txt');
    const run = (workers: string) =>
      spawnSync(process.execPath, ['--import', TRACE_WORKERS, BIN, 'check', archive, '--format', 'json'], {
        cwd: REPO_ROOT,
        maxBuffer: 64 * 1024 * 1024,
        env: { ...process.env, ESEREPORT_WORKERS: workers, TRACE_WORKERS_FILE: traceFile, NO_COLOR: '1' },
      });
    const parallel = run('2');
    const traced = readFileSync(traceFile, 'utf8').trim().split('\n').sort();
    const workerFile = join(dirname(BIN), 'parse-worker.js');
    expect(traced).toEqual([`online ${workerFile}`, `online ${workerFile}`, `started ${workerFile}`, `started ${workerFile}`]);
    rmSync(traceFile);
    const single = run('0');
    expect(existsSync(traceFile)).toBe(false);
    expect(parallel.status).toBe(1);
    expect(parallel.stderr.toString('utf8')).toBe('');
    const report = JSON.parse(parallel.stdout.toString('utf8')) as { verdict: string; logs: unknown[] };
    expect(report.verdict).toBe('roll-forward');
    expect(parallel.stdout.equals(single.stdout)).toBe(true);
    rmSync(dir, { recursive: true, force: true });
  });

  it('exits 2 with one line for a missing file, without a stack trace', () => {
    const run = spawnBin(['no-such-capture.txt']);
    expect(run).toMatchObject({ stdout: '', stderr: 'esereport: cannot read no-such-capture.txt: no such file or folder\n', status: 2 });
  });

  it('ends quietly when the reader closes the pipe (`| head`), without an EPIPE stack trace', () => {
    const samples = join(REPO_ROOT, 'samples');
    const run = spawnSync('sh', ['-c', `"${process.execPath}" "${BIN}" parse "${samples}" | head -c 10`], { cwd: REPO_ROOT, env: { ...process.env, NO_COLOR: '1' } });
    expect(run.stdout.toString('utf8')).toBe('{"schemaVe');
    // The run goes on to its end: its notes on stderr, no EPIPE error.
    expect(run.stderr.toString('utf8')).toBe(
      ('esereport: samples/srum-dirty-ese-files/SRUDB.jfm is an ESE flush map (file type 7): not a log, not needed for a restore (skipped).\n' +
        'esereport: samples/srum-dirty-ese-files/SRUtmp.log is zero-filled: a pre-created reserve or tmp log with no header yet, never replayed (skipped).\n' +
        'esereport: samples/wrong-file-binary/priv.edb is an ESE database file whose header cannot be read: neither the header (page 0) nor its shadow copy (page 1) passes its checksum at any page size from 2 KiB to 32 KiB (JET_errReadVerifyFailure). `eseutil /mh samples/wrong-file-binary/priv.edb` on Windows shows what eseutil makes of it.\n').replaceAll('samples/', `${samples}/`),
    );
  });

  it.each([
    ['samples/55-anchor-missing', 1],
    ['samples/55-kb-roll-forward', 0],
    ['samples/2010-dirty-with-required-logs/db-mh.txt', 3],
  ] as const)('`esereport %s | head -c 1` exits with the run\'s own code, %i, every time', (input, code) => {
    const line = `"${process.execPath}" "${BIN}" ${input} --format json | head -c 1 >/dev/null; echo "\${PIPESTATUS[0]}"`;
    const codes = Array.from({ length: 4 }, () => spawnSync('bash', ['-c', line], { cwd: REPO_ROOT, env: { ...process.env, NO_COLOR: '1' } }).stdout.toString('utf8'));
    expect(codes).toEqual(Array.from({ length: 4 }, () => `${code}\n`));
  });

  it('reads a PowerShell 5.1 pipe (UTF-16LE with BOM) on stdin', () => {
    const capture = sampleText('55-kb-roll-forward/edb-log.txt');
    const run = spawnBin(['parse'], Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(capture, 'utf16le')]));
    expect(run.status).toBe(0);
    const ast = JSON.parse(run.stdout) as { inputs: { name: string; encoding: string; dumps: { kind: string }[] }[] };
    expect(ast.inputs.map((input) => [input.name, input.encoding, input.dumps.map((dump) => dump.kind)])).toEqual([
      ['<stdin>', 'utf-16le', ['logHeader']],
    ]);
  });

  it('reads `-` at its place among the inputs: the logs piped from eseutil after the database header', () => {
    const folder = join('samples', '2010-dirty-with-required-logs');
    const run = spawnBin(['check', join(folder, 'db-mh.txt'), '-', '--format', 'json'], sampleBytes('2010-dirty-with-required-logs/logs.txt'));
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout) as { verdict: string; inputs: unknown[] };
    expect(report.inputs).toEqual([
      { name: join(folder, 'db-mh.txt'), dumps: 1, unrecognized: 0, encoding: 'utf-8' },
      { name: '<stdin>', dumps: 4, unrecognized: 0, encoding: 'utf-8' },
    ]);
    expect(report.verdict).toBe('roll-forward');
    expect(run.packages).not.toContain('yargs');
  });
});
