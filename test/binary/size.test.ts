/**
 * A database's cost does not depend on its size (SPEC §3: only the two header pages are read):
 * a 4 GB sparse copy of a real database is checked as fast as the real one, by the same reader
 * that check, parse and dump use, and never handed to the workers that cut large captures.
 */
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, statSync, ftruncateSync, writeSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { readEseFile } from '../../src/binary/read-file.js';
import { runCli } from '../cli/harness.js';
import { BELKASOFT_DIRTY } from './fixtures.js';

const FOUR_GB = 4 * 1024 * 1024 * 1024;
const work = mkdtempSync(join(tmpdir(), 'esereport-sparse-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

it('a 4 GB sparse database: its header read in milliseconds, the verdict of the real set', async () => {
  const database = join(work, 'SRUDB.dat');
  const fd = openSync(database, 'w');
  writeSync(fd, readFileSync(join(BELKASOFT_DIRTY, 'SRUDB.dat')).subarray(0, 65536));
  ftruncateSync(fd, FOUR_GB);
  closeSync(fd);
  expect(statSync(database).size).toBe(FOUR_GB);
  for (const name of ['SRU.chk', 'SRU00051.log', 'SRU.log']) copyFileSync(join(BELKASOFT_DIRTY, name), join(work, name));

  const started = performance.now();
  const read = readEseFile(database, 'SRUDB.dat');
  expect(performance.now() - started).toBeLessThan(200);
  expect(read?.kind).toBe('database');
  expect(read?.lines).toContain('            State: Dirty Shutdown');

  const run = await runCli(['check', work, '--format', 'json'], { env: { ESEREPORT_WORKERS: '2' } });
  const report = JSON.parse(run.stdout) as { verdict: string; databases: { name: string; verdict: { replayFrom: number } }[] };
  expect(report.verdict).toBe('roll-forward');
  expect(report.databases.map((d) => [d.name, d.verdict.replayFrom])).toEqual([['SRUDB.dat', 81]]);
});
