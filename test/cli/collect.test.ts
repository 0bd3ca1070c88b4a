import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { plannedRuns } from '../../src/cli/commands/collect.js';
import { REPO_ROOT, runCli } from './harness.js';

const FAKE_ESEUTIL = join(REPO_ROOT, 'test', 'cli', 'fixtures', 'fake-eseutil.mjs');
const LOGS = ['E00000A0.log', 'E00000A1.log', 'E00000A2.log', 'E00000A3.log', 'E00000A4.log', 'E00000A5.log', 'E00000A6.log', 'E00000A7.log'];

/** An ESE file as far as anyone looking at its first bytes can tell. */
function eseFile(): Buffer {
  const bytes = Buffer.alloc(4096, 0x5a);
  bytes.writeUInt32LE(0x89abcdef, 4);
  return bytes;
}

let root: string;
let mdbdata: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'esereport-collect-'));
  mdbdata = join(root, 'mdbdata');
  mkdirSync(mdbdata);
  for (const file of ['priv1.edb', ...LOGS, 'E00.log', 'E00.chk', 'Res1.log']) writeFileSync(join(mdbdata, file), eseFile());
  writeFileSync(join(mdbdata, 'notes.txt'), 'restore on Monday');
});

describe('plannedRuns', () => {
  it('runs /mh on databases, /ml on numbered logs by generation then the current log, /mk on the checkpoint', () => {
    expect(plannedRuns(['E00.log', 'E00000A1.log', 'Res1.log', 'E00.chk', 'E00000A0.log', 'priv1.stm', 'priv1.edb', 'E00tmp.log', 'x.txt'])).toEqual([
      { file: 'priv1.edb', mode: '/mh' },
      { file: 'priv1.stm', mode: '/mh' },
      { file: 'E00000A0.log', mode: '/ml' },
      { file: 'E00000A1.log', mode: '/ml' },
      { file: 'E00.log', mode: '/ml' },
      { file: 'E00.chk', mode: '/mk' },
    ]);
  });
});

describe('esereport collect', () => {
  it('stores one UTF-8 capture per ESE file in --out-dir and leaves the originals as they were', async () => {
    const captures = join(root, 'captures');
    const run = await runCli(['collect', mdbdata, '--out-dir', captures, '--eseutil', FAKE_ESEUTIL, '--format', 'json', '--quiet'], { cwd: root });
    expect(run.stderr).toBe('');
    expect(readdirSync(captures).sort()).toEqual(
      ['E00.chk.txt', 'E00.log.txt', ...LOGS.map((log) => `${log}.txt`), 'priv1.edb.txt'].sort(),
    );
    const expected = execFileSync(FAKE_ESEUTIL, ['/ml', join(mdbdata, 'E00000A3.log')]).toString('latin1');
    expect(readFileSync(join(captures, 'E00000A3.log.txt'), 'utf8')).toBe(expected);
    for (const file of readdirSync(mdbdata)) {
      if (file !== 'notes.txt') expect(readFileSync(join(mdbdata, file)).equals(eseFile())).toBe(true);
    }
    expect(readdirSync(mdbdata).sort()).toEqual(['E00.chk', 'E00.log', ...LOGS, 'Res1.log', 'notes.txt', 'priv1.edb'].sort());
    const report = JSON.parse(run.stdout) as { verdict: string; databases: { name: string; verdict: { kind: string } }[] };
    expect(report.verdict).toBe('roll-forward');
    expect(run.exitCode).toBe(0);
  });

  it('never writes into the source folder', async () => {
    expect(await runCli(['collect', 'mdbdata', '--out-dir', 'mdbdata/caps', '--eseutil', FAKE_ESEUTIL], { cwd: root })).toEqual({
      stdout: '',
      stderr: 'esereport: --out-dir mdbdata/caps is inside mdbdata: captures are never written into the source folder\n',
      exitCode: 2,
    });
    expect(readdirSync(mdbdata)).not.toContain('caps');
  });

  it('says in one line when eseutil cannot be found', async () => {
    expect(await runCli(['collect', 'mdbdata', '--out-dir', 'caps', '--eseutil', 'no-such-eseutil'], { cwd: root })).toEqual({
      stdout: '',
      stderr: 'esereport: cannot run no-such-eseutil: not found (run collect on the Exchange server, or pass --eseutil PATH)\n',
      exitCode: 2,
    });
  });

  it('runs a relative --eseutil PATH from the current folder, not from the database folder, and names the folder read', async () => {
    const captures = join(root, 'captures');
    const run = await runCli(['collect', mdbdata, '--out-dir', captures, '--eseutil', 'test/cli/fixtures/fake-eseutil.mjs', '--format', 'json'], { cwd: REPO_ROOT });
    expect(run.stderr).toBe(`esereport: read 11 files in ${mdbdata} with test/cli/fixtures/fake-eseutil.mjs, captures written to ${captures}; the plan's files are those in ${mdbdata}\n`);
    expect((JSON.parse(run.stdout) as { verdict: string }).verdict).toBe('roll-forward');
    expect(run.exitCode).toBe(0);
  });

  it('writes -o restore.md as Markdown, the format from the extension', async () => {
    const run = await runCli(['collect', 'mdbdata', '--out-dir', 'captures', '--eseutil', FAKE_ESEUTIL, '-o', 'restore.md', '--quiet'], { cwd: root });
    expect([run.stdout, run.stderr, run.exitCode]).toEqual(['', '', 0]);
    expect(readFileSync(join(root, 'restore.md'), 'utf8').split('\n')[0]).toBe('# esereport: ROLL FORWARD');
  });

  it('requires --out-dir', async () => {
    const run = await runCli(['collect', 'mdbdata'], { cwd: root });
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toBe('esereport: --out-dir is required (see esereport --help)\n');
  });
});
