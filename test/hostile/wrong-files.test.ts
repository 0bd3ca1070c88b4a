/**
 * Wrong files and vanishing files, through the whole `main()`: a binary ESE database, log or
 * checkpoint is answered with the eseutil command to run; any other binary is "not a text
 * capture"; a folder entry that cannot be read (a folder named like a capture, a link to a file
 * that is gone) is reported by name and the rest of the folder is still checked.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../cli/harness.js';
import { samplePath } from '../support/samples.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'esereport-hostile-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** An ESE file header: checksum, then the magic 0x89ABCDEF little-endian at offset 4. */
function eseBinary(size = 8192): Buffer {
  const bytes = Buffer.alloc(size);
  bytes.writeUInt32LE(0x12345678, 0);
  bytes.writeUInt32LE(0x89abcdef, 4);
  for (let i = 8; i < size; i++) bytes[i] = (i * 31) % 256;
  return bytes;
}

const SAMPLE_LOG = samplePath('55-kb-roll-forward/edb-log.txt');

describe('a binary ESE file given instead of its eseutil output', () => {
  it.each([
    ['priv.edb', 'eseutil /mh priv.edb'],
    ['EDB012CF.LOG', 'eseutil /ml EDB012CF.LOG'],
    ['edb.chk', 'eseutil /mk edb.chk'],
  ])('%s is named with the command %s, and exit 2', async (file, command) => {
    writeFileSync(join(dir, file), eseBinary());
    const run = await runCli([file], { cwd: dir });
    expect(run.exitCode).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(`esereport: ${file} is an ESE`);
    expect(run.stderr).toContain(`\`${command}\``);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('beside a real capture: named on stderr, listed in the JSON report, and the capture is still checked', async () => {
    writeFileSync(join(dir, 'priv.edb'), eseBinary());
    copyFileSync(SAMPLE_LOG, join(dir, 'edb-log.txt'));
    const run = await runCli(['check', 'priv.edb', 'edb-log.txt', '--format', 'json'], { cwd: dir });
    expect(run.exitCode).not.toBe(2);
    const report = JSON.parse(run.stdout) as { inputs: { name: string; problem?: string }[] };
    expect(report.inputs.map((input) => [input.name, input.problem])).toEqual([
      ['priv.edb', 'priv.edb is an ESE database file whose header cannot be read: its format version 0x553617f8 is none that ESE writes (0x620 since ESE97; 0x500, 0x400, 0x1 before). `eseutil /mh priv.edb` on Windows shows what eseutil makes of it.'],
      ['edb-log.txt', undefined],
    ]);
    expect(run.stderr).toContain('`eseutil /mh priv.edb`');
  });
});

describe('other binaries', () => {
  it.each([
    ['a PNG', Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex')],
    ['a ZIP', Buffer.concat([Buffer.from('PK\x03\x04', 'latin1'), Buffer.alloc(300, 0)])],
    ['random bytes with NULs', Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256))],
  ])('%s is "not a text capture", exit 2', async (_, bytes) => {
    writeFileSync(join(dir, 'thing.bin'), bytes);
    const run = await runCli(['thing.bin'], { cwd: dir });
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toContain('thing.bin');
    expect(run.stderr).toContain('not a text capture');
  });
});

describe('a folder with entries that cannot be read', () => {
  it('a folder named like a capture (through a link), and a link to a file that vanished: both reported, the rest checked', async () => {
    const folder = join(dir, 'captures');
    mkdirSync(folder);
    mkdirSync(join(dir, 'elsewhere.txt'));
    copyFileSync(SAMPLE_LOG, join(folder, 'edb-log.txt'));
    symlinkSync(join(dir, 'elsewhere.txt'), join(folder, 'looks-like-a-file.txt'));
    symlinkSync(join(dir, 'deleted.txt'), join(folder, 'vanished.txt'));
    const run = await runCli(['check', 'captures', '--format', 'json'], { cwd: dir });
    expect(run.exitCode).toBe(2);
    const report = JSON.parse(run.stdout) as { inputs: { name: string; problem?: string }[]; streams: unknown[] };
    expect(report.inputs.map((input) => [input.name, input.problem])).toEqual([
      [join('captures', 'edb-log.txt'), undefined],
      [join('captures', 'looks-like-a-file.txt'), 'cannot read captures/looks-like-a-file.txt: it is a folder'],
      [join('captures', 'vanished.txt'), 'cannot read captures/vanished.txt: no such file'],
    ]);
    expect(report.streams.length).toBeGreaterThan(0);
    expect(run.stderr).toContain('cannot read captures/looks-like-a-file.txt: it is a folder');
    expect(run.stderr).toContain('cannot read captures/vanished.txt: no such file');
  });

  it('a file that vanishes after the folder was listed is reported, and the next input still read', async () => {
    // The race: resolveInputs lists the folder, then the file is deleted before it is read.
    const folder = join(dir, 'captures');
    mkdirSync(folder);
    copyFileSync(SAMPLE_LOG, join(folder, 'a.txt'));
    copyFileSync(SAMPLE_LOG, join(folder, 'b.txt'));
    const { resolveInputs } = await import('../../src/cli/inputs.js');
    const sources = await resolveInputs(['captures'], { cwd: dir, stdinIsTTY: true });
    rmSync(join(folder, 'a.txt'));
    const { checkCaptures } = await import('../../src/cli/commands/check.js');
    const { memorySink } = await import('../../src/cli/io.js');
    const io = { stdin: (async function* () {})(), stdinIsTTY: true, stdout: memorySink(), stderr: memorySink(), env: {}, cwd: dir };
    const { report, results } = await checkCaptures(sources, { quiet: true }, io);
    expect(results.map((result) => [result.name, result.problem?.kind, result.dumps])).toEqual([
      [join('captures', 'a.txt'), 'unreadable', 0],
      [join('captures', 'b.txt'), undefined, 1],
    ]);
    expect(report.inputs.map((input) => input.name)).toEqual([join('captures', 'a.txt'), join('captures', 'b.txt')]);
  });

  it('an empty file beside a capture is listed as empty and does not fail the run', async () => {
    writeFileSync(join(dir, 'empty.txt'), '');
    copyFileSync(SAMPLE_LOG, join(dir, 'edb-log.txt'));
    const run = await runCli(['check', 'empty.txt', 'edb-log.txt', '--format', 'json'], { cwd: dir });
    expect(run.exitCode).not.toBe(2);
    const report = JSON.parse(run.stdout) as { inputs: { name: string; problem?: string }[] };
    expect(report.inputs.map((input) => [input.name, input.problem])).toEqual([
      ['empty.txt', 'empty.txt is empty.'],
      ['edb-log.txt', undefined],
    ]);
    expect(readFileSync(join(dir, 'empty.txt'), 'utf8')).toBe('');
  });
});
