/**
 * `esereport check` on folders of real ESE files (test/fixtures/ese-binary/) and on damaged
 * copies derived here from their bytes: flipped header bytes, a truncated log, a missing
 * generation, another log signature, a broken prev-gen chain, a log under another generation's
 * name, an old format. The rules run unchanged on the dumps the bytes give.
 */
import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { view, xorChecksum } from '../../src/binary/bytes.js';
import { runCli } from '../cli/harness.js';
import { BELKASOFT_CLEAN, BELKASOFT_DIRTY, RATHBUN_CLEAN } from './fixtures.js';

interface Report {
  readonly verdict: string;
  readonly databases: readonly { readonly name: string; readonly verdict: { readonly kind: string; readonly replayFrom?: number; readonly replayThrough?: number; readonly explanation: string } }[];
  readonly findings: readonly { readonly rule: string; readonly severity: string; readonly message: string; readonly subjects: readonly string[] }[];
  readonly inputs: readonly { readonly name: string; readonly dumps: number; readonly problem?: string }[];
}

async function check(folder: string): Promise<{ report: Report; stderr: string; exitCode: number }> {
  const run = await runCli(['check', folder, '--format', 'json']);
  return { report: JSON.parse(run.stdout) as Report, stderr: run.stderr, exitCode: run.exitCode };
}

const rules = (report: Report): string[] => report.findings.map((f) => `${f.rule}:${f.severity}`);

const work = mkdtempSync(join(tmpdir(), 'esereport-binary-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
let copies = 0;
/** A fresh copy of a real set to damage. */
function copyOf(folder: string): string {
  const target = join(work, `set${++copies}`);
  cpSync(folder, target, { recursive: true });
  return target;
}
function flip(bytes: Buffer, at: number, mask: number): void {
  bytes[at] = bytes[at]! ^ mask;
}
/** Changes bytes of a file, then (unless `keepChecksum`) rewrites the header checksum at `headerAt`. */
function patch(path: string, edit: (bytes: Buffer) => void, header?: { at: number; length: number }): void {
  const bytes = readFileSync(path);
  edit(bytes);
  if (header) view(bytes).setUint32(header.at, xorChecksum(bytes, header.at, header.length), true);
  writeFileSync(path, bytes);
}

describe('the real sets', () => {
  it('the dirty set with its required log present: soft recovery through SRU00051.log', async () => {
    const { report } = await check(BELKASOFT_DIRTY);
    expect(report.verdict).toBe('roll-forward');
    expect(report.databases.map((d) => [d.name, d.verdict.kind, d.verdict.replayFrom, d.verdict.replayThrough])).toEqual([['SRUDB.dat', 'roll-forward', 81, 82]]);
    expect(rules(report)).toEqual([
      'db-not-clean:warning', 'checkpoint-present:warning', 'anchor-log:info', 'restore-path:info', 'log-truncation:info', 'circular-logging:info', 'circular-logging:info',
    ]);
    expect(report.findings[0]!.message).toContain('all are present, so soft recovery can make it consistent');
    // Reserve, tmp and flush map files are recognized and skipped with the reason, never taken for logs.
    const skipped = report.inputs.filter((i) => i.dumps === 0).map((i) => [i.name.split('/').pop(), i.problem]);
    expect(skipped.map(([name]) => name)).toEqual(['SRUDB.jfm', 'SRUres00001.jrs', 'SRUres00002.jrs', 'SRUtmp.log']);
  });

  it('the repaired database with a zeroed log signature cannot roll forward, and says why', async () => {
    const { report } = await check(BELKASOFT_CLEAN);
    expect(report.verdict).toBe('point-in-time');
    const anchor = report.findings.find((f) => f.rule === 'anchor-missing')!;
    expect(anchor.severity).toBe('error');
    expect(anchor.message).toBe(
      'SRUDB.dat Last Consistent is (0x0,0,0): it was repaired (eseutil /p) or never shut down cleanly with a log stream, and no log can replay into it (Q183380); point-in-time restore only.',
    );
    expect(rules(report)).toContain('repair-count:warning');
  });

  it('a clean set with every log: no byte finding', async () => {
    const { report } = await check(RATHBUN_CLEAN);
    expect(rules(report).filter((r) => r.startsWith('log-sequence') || r.startsWith('ese-header'))).toEqual([]);
    const random = report.inputs.find((i) => i.name.endsWith('srures00002.jrs'))!;
    expect(random.dumps).toBe(0);
  });
});

it('ESE files and eseutil captures mix in one run', async () => {
  const { report } = await check(BELKASOFT_DIRTY);
  const run = await runCli(['check', BELKASOFT_DIRTY, 'samples/2010-dirty-with-required-logs', '--format', 'json']);
  const mixed = JSON.parse(run.stdout) as Report;
  expect(mixed.databases.map((d) => [d.name, d.verdict.kind]).sort()).toEqual([
    ['Mailbox Database 1234567890.edb', 'roll-forward'],
    ['SRUDB.dat', 'roll-forward'],
  ]);
  expect(mixed.databases.find((d) => d.name === 'SRUDB.dat')!.verdict).toEqual(report.databases[0]!.verdict);
});

describe('damaged copies derived from the real bytes', () => {
  it('a flipped byte in the primary database header: the shadow is used, a warning', async () => {
    const set = copyOf(BELKASOFT_DIRTY);
    patch(join(set, 'SRUDB.dat'), (b) => (flip(b, 100, 0xff)));
    const { report } = await check(set);
    expect(report.verdict).toBe('roll-forward');
    const note = report.findings.filter((f) => f.rule === 'ese-header');
    expect(note.map((f) => [f.severity, f.message])).toEqual([
      ['warning', 'the primary header of SRUDB.dat fails its checksum; its shadow copy (page 1) is good and was used.'],
    ]);
  });

  it('flipped bytes in both database header copies: the file is named unreadable with the reason', async () => {
    const set = copyOf(BELKASOFT_DIRTY);
    patch(join(set, 'SRUDB.dat'), (b) => {
      flip(b, 100, 0xff);
      flip(b, 4096 + 100, 0xff);
    });
    const { report, stderr } = await check(set);
    expect(report.databases).toEqual([]);
    expect(stderr).toContain(
      'SRUDB.dat is an ESE database file whose header cannot be read: neither the header (page 0) nor its shadow copy (page 1) passes its checksum at any page size from 2 KiB to 32 KiB (JET_errReadVerifyFailure).',
    );
  });

  it('a flipped byte in the primary checkpoint copy: the shadow copy at 4096 is used', async () => {
    const set = copyOf(BELKASOFT_DIRTY);
    patch(join(set, 'SRU.chk'), (b) => (flip(b, 14, 0x01)));
    const { report } = await check(set);
    expect(report.findings.filter((f) => f.rule === 'ese-header').map((f) => f.message)).toEqual([
      'the primary copy of SRU.chk fails its checksum; its shadow copy (bytes 4096-8191) is good and was used.',
    ]);
    expect(report.findings.find((f) => f.rule === 'checkpoint-present')!.message).toContain('(0x51,9,0)');
  });

  it('a truncated log: its size against the header sector count (JET_errLogFileSizeMismatch)', async () => {
    const set = copyOf(BELKASOFT_DIRTY);
    truncateSync(join(set, 'SRU00051.log'), 40960);
    const { report, exitCode } = await check(set);
    const size = report.findings.filter((f) => f.rule === 'ese-header');
    expect(size.map((f) => [f.severity, f.message])).toEqual([
      [
        'error',
        'SRU00051.log is 40960 bytes but its header says 16 sectors of 4096 bytes = 65536 (JET_errLogFileSizeMismatch, -541): a truncated or padded copy that cannot be replayed.',
      ],
    ]);
    expect(exitCode).toBe(1);
    // ESE refuses to replay it: the dirty database's one required log is gone.
    expect(report.databases.map((d) => [d.verdict.kind, d.verdict.explanation])).toEqual([
      ['not-restorable', 'SRUDB.dat is "Dirty Shutdown" and needs SRU00051.log (81, 0x51); SRU00051.log (81) is damaged, so it cannot be made consistent.'],
    ]);
  });

  it('a flipped byte in a log header (not shadowed): the log is unreadable, its generation missing', async () => {
    const set = copyOf(BELKASOFT_DIRTY);
    patch(join(set, 'SRU00051.log'), (b) => (flip(b, 200, 0xff)));
    const { report, stderr } = await check(set);
    expect(stderr).toContain('SRU00051.log is an ESE log file whose header cannot be read: the log header (bytes 0-4095, not shadowed) fails its checksum, so the log cannot be replayed.');
    expect(report.verdict).toBe('not-restorable');
  });

  it('a missing generation in a chain of logs (no database: the chksig use): the gap is found', async () => {
    const set = copyOf(RATHBUN_CLEAN);
    for (const name of ['SRU00006.log', 'SRUDB.dat', 'SRU.chk']) rmSync(join(set, name));
    const { report } = await check(set);
    const gap = report.findings.find((f) => f.rule === 'generation-gap');
    expect(gap?.severity).toBe('error');
    expect(gap?.message).toContain('SRU00006.log');
  });

  it('another log signature on the required log: the dirty database cannot be made consistent', async () => {
    const set = copyOf(BELKASOFT_DIRTY);
    patch(join(set, 'SRU00051.log'), (b) => view(b).setUint32(44, 12345, true), { at: 0, length: 4096 });
    const { report } = await check(set);
    expect(rules(report).slice(0, 2)).toEqual(['db-not-clean:error', 'log-signature-mismatch:error']);
    expect(report.findings[1]!.message).toContain('SIGNATURE MATCHING FAILED for SRU00051.log (81, 0x51)');
    expect(report.databases.map((d) => d.verdict.kind)).toEqual(['not-restorable']);
  });

  it("a prev-gen time that is not the previous log's creation time: Invalid log sequence", async () => {
    const set = copyOf(BELKASOFT_DIRTY);
    patch(join(set, 'SRU.log'), (b) => (b[24] = (b[24]! + 1) % 60), { at: 0, length: 4096 });
    const { report } = await check(set);
    // Replay stops after SRU00051.log: it holds everything committed (Log Committed 0-81).
    expect(report.databases.map((d) => [d.verdict.kind, d.verdict.replayFrom, d.verdict.replayThrough])).toEqual([['roll-forward', 81, 81]]);
    expect(rules(report)).toContain('current-log:error');
    const sequence = report.findings.filter((f) => f.rule === 'log-sequence');
    expect(sequence.map((f) => [f.severity, f.subjects, f.message])).toEqual([
      [
        'error',
        ['SRU00051.log', 'SRU.log'],
        'Invalid log sequence: SRU.log (generation 82) says the previous generation was created 02/14/2021 02:32:44.303 UTC, but SRU00051.log (generation 81) was created 02/14/2021 02:32:43.303 UTC: they are not one sequence, and replay stops after SRU00051.log.',
      ],
    ]);
  });

  it('a log under the name of another generation: generation against the file name', async () => {
    const set = copyOf(RATHBUN_CLEAN);
    rmSync(join(set, 'SRU00004.log'));
    renameSync(join(set, 'SRU00005.log'), join(set, 'SRU00004.log'));
    const { report } = await check(set);
    expect(rules(report)).toContain('name-generation-mismatch:error');
  });

  it('an old format is named, not misread', async () => {
    const set = copyOf(BELKASOFT_DIRTY);
    patch(join(set, 'SRUDB.dat'), (b) => view(b).setUint32(8, 0x500, true));
    const { stderr } = await check(set);
    expect(stderr).toContain('SRUDB.dat is an old-format ESE database: a JET 500 (Exchange 4.0/5.0) database (format 0x500): ESE cannot open it (JET_errDatabase500Format)');
  });
});
