import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { UsageError } from '../../src/cli/errors.js';
import { resolveInputs } from '../../src/cli/inputs.js';
import { REPO_ROOT, runCli } from './harness.js';

let root: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'esereport-inputs-'));
  mkdirSync(join(root, 'archive', 'srv2'), { recursive: true });
  for (const file of ['archive/priv.txt', 'archive/README.md', 'archive/report.html', 'archive/expected.json', 'archive/.DS_Store', 'archive/srv2/logs.txt', 'one.txt']) {
    writeFileSync(join(root, file), 'x');
  }
});

const names = async (specs: string[], stdinIsTTY = true): Promise<string[]> =>
  (await resolveInputs(specs, { cwd: root, stdinIsTTY })).map((source) => source.name);

describe('resolveInputs', () => {
  it('walks a folder recursively, leaving out Markdown, JSON, HTML and dotfiles', async () => {
    expect(await names(['archive'])).toEqual([join('archive', 'priv.txt'), join('archive', 'srv2', 'logs.txt')]);
  });
  it('keeps files, folders, globs and - in the order given, without duplicates', async () => {
    expect(await names(['one.txt', 'archive/**/*.txt', '-', 'one.txt'])).toEqual([
      'one.txt',
      join('archive', 'priv.txt'),
      join('archive', 'srv2', 'logs.txt'),
      '<stdin>',
    ]);
  });
  it('reads standard input when no input is given and stdin is a pipe', async () => {
    expect(await names([], false)).toEqual(['<stdin>']);
  });
  it('is a usage error when no input is given and stdin is a terminal', async () => {
    await expect(resolveInputs([], { cwd: root, stdinIsTTY: true })).rejects.toThrow(UsageError);
  });
  it('names a missing file in one line', async () => {
    await expect(names(['missing.txt'])).rejects.toThrow('cannot read missing.txt: no such file or folder');
  });
  it('names a glob that matches nothing', async () => {
    await expect(names(['archive/*.log'])).rejects.toThrow('no file matches archive/*.log');
  });
});

describe.skipIf(process.platform === 'win32')('a folder holding a named pipe (FIFO)', () => {
  let folder: string;
  beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), 'esereport-fifo-'));
    copyFileSync(join(REPO_ROOT, 'samples', '2003-clean-sg', 'priv1-mh.txt'), join(folder, 'priv.txt'));
    execFileSync('mkfifo', [join(folder, 'pipe')]);
  });

  it('lists the pipe among the inputs, marked, after the files in name order', async () => {
    const sources = await resolveInputs([folder], { cwd: root, stdinIsTTY: true });
    expect(sources.map((source) => [source.name.slice(folder.length + 1), source.kind === 'file' ? source.special : undefined])).toEqual([
      ['pipe', 'a named pipe (FIFO)'],
      ['priv.txt', undefined],
    ]);
  });

  it('checks the files and names the pipe as not read, without waiting for a writer', async () => {
    const run = await runCli(['check', folder, '--format', 'json', '--fail-on', 'never']);
    const inputs = (JSON.parse(run.stdout) as { inputs: { name: string; dumps: number; problem?: string }[] }).inputs;
    const notRead = `${join(folder, 'pipe')} is a named pipe (FIFO), not a capture file: not read. Give it by name, or pipe its output into esereport.`;
    expect(inputs.map((input) => [input.name.slice(folder.length + 1), input.dumps, input.problem])).toEqual([
      ['pipe', 0, notRead],
      ['priv.txt', 1, undefined],
    ]);
    expect(run.stderr).toBe(`esereport: ${notRead}\n`);
    // A file that could not be read: the exit code says the run is incomplete.
    expect(run.exitCode).toBe(2);
  });
});
