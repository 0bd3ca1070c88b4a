import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { UsageError } from '../../src/cli/errors.js';
import { resolveInputs } from '../../src/cli/inputs.js';

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
