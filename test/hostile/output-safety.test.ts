/**
 * Output safety through main(): `-o` and `--out-dir` write through a temporary file and a rename
 * (no half report, no temporary left behind), refuse to write over an input (exit 2, the input
 * untouched), and a failing output is one `esereport:` line with exit 2.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../cli/harness.js';
import { samplePath, sampleText } from '../support/samples.js';

const SAMPLE_LOG = samplePath('55-kb-roll-forward/edb-log.txt');
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'esereport-out-'));
  copyFileSync(SAMPLE_LOG, join(dir, 'edb-log.txt'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const original = sampleText('55-kb-roll-forward/edb-log.txt');

describe('-o FILE', () => {
  it('replaces an existing report whole, and leaves no temporary file', async () => {
    writeFileSync(join(dir, 'report.json'), 'the old report');
    const run = await runCli(['check', 'edb-log.txt', '--format', 'json', '-o', 'report.json'], { cwd: dir });
    expect(run.exitCode).not.toBe(2);
    expect(run.stdout).toBe('');
    expect((JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')) as { inputs: { name: string }[] }).inputs[0]!.name).toBe('edb-log.txt');
    expect(readdirSync(dir).sort()).toEqual(['edb-log.txt', 'report.json']);
  });

  it.each([
    ['check', ['check', 'edb-log.txt', '-o', 'edb-log.txt']],
    ['check through another spelling of the path', ['check', 'edb-log.txt', '-o', './sub/../edb-log.txt']],
    ['parse', ['parse', 'edb-log.txt', '-o', 'edb-log.txt']],
    ['check of a folder', ['check', '.', '--format', 'md', '-o', 'edb-log.txt']],
  ])('refuses to write over its input (%s): exit 2, the input untouched', async (_, args) => {
    mkdirSync(join(dir, 'sub'));
    const run = await runCli(args, { cwd: dir });
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toMatch(/^esereport: refusing to write the report over the input .*edb-log\.txt: choose another output file\n$/);
    expect(readFileSync(join(dir, 'edb-log.txt'), 'utf8')).toBe(original);
    expect(readdirSync(dir).sort()).toEqual(['edb-log.txt', 'sub']);
  });

  it('an output that cannot be written (its folder is a file): one line saying so, exit 2, nothing left behind', async () => {
    writeFileSync(join(dir, 'not-a-folder'), 'x');
    const run = await runCli(['check', 'edb-log.txt', '-o', 'not-a-folder/report.txt'], { cwd: dir });
    expect(run.exitCode).toBe(2);
    // Bug 4: this was `esereport: internal error: EEXIST: file already exists, mkdir '…/not-a-folder'`.
    expect(run.stderr).toBe(`esereport: cannot write ${join(dir, 'not-a-folder/report.txt')}: a part of its folder path is a file\n`);
    expect(readdirSync(dir).sort()).toEqual(['edb-log.txt', 'not-a-folder']);
  });
});

describe('--out-dir DIR', () => {
  it('refuses when a report it would write is one of the inputs (an index.json given as input)', async () => {
    mkdirSync(join(dir, 'out'));
    writeFileSync(join(dir, 'out', 'index.json'), original);
    const run = await runCli(['check', 'edb-log.txt', 'out/index.json', '--format', 'json', '--out-dir', 'out'], { cwd: dir });
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toContain('refusing to write the report over the input out/index.json');
    expect(readFileSync(join(dir, 'out', 'index.json'), 'utf8')).toBe(original);
    expect(readdirSync(join(dir, 'out'))).toEqual(['index.json']);
  });

  it('writes every report with no temporary file left', async () => {
    const run = await runCli(['check', 'edb-log.txt', '--out-dir', 'out', '--format', 'html'], { cwd: dir });
    expect(run.exitCode).not.toBe(2);
    const written = readdirSync(join(dir, 'out'));
    expect(written).toContain('index.html');
    expect(written.filter((name) => name.endsWith('.tmp') || name.startsWith('.'))).toEqual([]);
  });
});

describe('bug 4: an output that cannot be written was reported as an internal error', () => {
  it('a folder as the -o target: "it is a folder", exit 2, and no temporary file left', async () => {
    mkdirSync(join(dir, 'report.md'));
    const run = await runCli(['check', 'edb-log.txt', '--format', 'md', '-o', 'report.md'], { cwd: dir });
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toBe(`esereport: cannot write ${join(dir, 'report.md')}: it is a folder\n`);
    expect(readdirSync(dir).sort()).toEqual(['edb-log.txt', 'report.md']);
    expect(readdirSync(join(dir, 'report.md'))).toEqual([]);
  });
});
