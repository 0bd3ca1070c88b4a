import { describe, expect, it } from 'vitest';
import {
  check, checkpoint, checksum, dbHeader, errorFooter, findingsOf, input, kbLogs, LOG_SIG, logHeader, OTHER_SIG, PRIV_AT, PRIV_MH, PUB_AT, PUB_MH, rulesWith, streamCheck,
} from './builders.js';

const edbLog = logHeader({ file: 'Edb.log', gen: 4829, sig: LOG_SIG, attached: [PRIV_AT, PUB_AT] });
const dbs = input('mh.txt', [PRIV_MH, PUB_MH]);
const logs = input('logs.txt', [...kbLogs(4815, 4828), edbLog]);

describe('checkpoint-present (Q296787 roll-forward step 9)', () => {
  it('is an error when the checkpoint points past the low anchor, and the plan moves it away', () => {
    const report = check([dbs, logs, input('chk.txt', [checkpoint({ gen: 4829, sig: LOG_SIG, directory: 'E:\\exchsrvr\\mdbdata' })])]);
    const [finding] = findingsOf(report, 'checkpoint-present');
    expect(finding).toMatchObject({
      severity: 'error',
      subjects: ['edb.chk'],
      message: 'edb.chk checkpoint (4829,8924,112) points to Edb.log (4829, 0x12DD), past the low anchor Edb012cf.log (4815, 0x12CF): replay would start there and skip needed logs. Move E:\\exchsrvr\\mdbdata\\edb.chk away before starting.',
      evidence: [{ input: 'chk.txt', line: 2, text: 'Checkpoint (4829,8924,112)' }],
    });
    expect(report.verdict).toBe('roll-forward');
    expect(report.plan.find((s) => s.action === 'move-checkpoint')?.text).toBe('Move the checkpoint file edb.chk out of the working path E:\\exchsrvr\\mdbdata (Q296787 step 9):\ncd /d "E:\\exchsrvr\\mdbdata"\nif not exist aside md aside\nmove "edb.chk" aside\\');
  });

  it('is a warning when the checkpoint is at the anchor', () => {
    const report = check([dbs, logs, input('chk.txt', [checkpoint({ gen: 4815, sig: LOG_SIG })])]);
    expect(findingsOf(report, 'checkpoint-present').map((f) => f.severity)).toEqual(['warning']);
  });
});

describe('log-truncation (Q296787 backup step 6)', () => {
  it('names the logs below the checkpoint that may be removed once the restore has replayed them and they are backed up', () => {
    const report = check([dbs, input('logs.txt', [...kbLogs(4812, 4828), edbLog]), input('chk.txt', [checkpoint({ gen: 4829, sig: LOG_SIG })])]);
    expect(findingsOf(report, 'log-truncation')).toMatchObject([
      {
        severity: 'info',
        message: 'Checkpoint (4829,8924,112) is in Edb.log (4829, 0x12DD): after the restore has replayed them, the numbered logs up to Edb012dc.log (4828, 0x12DC) may be removed once backed up; captured: Edb012cc.log … Edb012dc.log (17 logs).',
      },
    ]);
    expect(findingsOf(report, 'log-truncation')[0]!.subjects).toHaveLength(17);
    expect(report.streams[0]!.logs.slice(0, 4).map((l) => l.status)).toEqual(['before-anchor', 'before-anchor', 'before-anchor', 'anchor']);
    expect(report.plan.find((s) => s.action === 'truncate-logs')?.files).toHaveLength(17);
  });
});

describe('circular-logging (Q237767 "Point in Time")', () => {
  it('makes roll-forward impossible', () => {
    const circular = [10, 11].map((g) => logHeader({ file: `E000000${g.toString(16).toUpperCase()}.log`, gen: g, sig: LOG_SIG, attached: [PRIV_AT], circular: true, radix: 16 }));
    const db = dbHeader({ file: 'priv.edb', state: 'clean', logSig: LOG_SIG, lastConsistent: 10, radix: 16 });
    const report = check([input('mh.txt', [db]), input('logs.txt', circular)]);
    const [finding] = findingsOf(report, 'circular-logging');
    expect(finding).toMatchObject({
      severity: 'error',
      subjects: ['E000000A.log', 'E000000B.log'],
      evidence: [{ input: 'logs.txt', line: 6, text: 'Circular Logging Flag (current file): on' }, { input: 'logs.txt', line: 13, text: 'Circular Logging Flag (current file): on' }],
    });
    expect(report.databases[0]!.verdict).toMatchObject({ kind: 'point-in-time', reasons: ['circular-logging'] });
    expect(report.plan.map((s) => s.action)).toEqual(['caution', 'stop-service', 'move-aside', 'move-checkpoint', 'restore-database', 'start-service']);
  });
});

describe('page-checksum (Q296787 backup step 6, esefile)', () => {
  it('makes a copy with bad checksums not restorable, and leaves uninitialized pages alone', () => {
    const report = check([dbs, logs, input('esefile.txt', [checksum({ file: 'priv.edb', bad: 2, wrong: 0 }), checksum({ file: 'pub.edb', bad: 0, wrong: 0 })])]);
    expect(findingsOf(report, 'page-checksum')).toMatchObject([
      {
        severity: 'error',
        subjects: ['priv.edb'],
        message: 'priv.edb: 2 bad checksums, 0 wrong page numbers in 23042 pages: this copy is damaged; restore a known-good backup and roll forward.',
        evidence: [{ input: 'esefile.txt', line: 2, text: 'bad checksums: 2' }, { input: 'esefile.txt', line: 4, text: 'wrong page numbers: 0' }, { input: 'esefile.txt', line: 1, text: 'checksum of priv.edb' }],
      },
    ]);
    expect(report.databases.map((d) => d.verdict.kind)).toEqual(['not-restorable', 'roll-forward']);
    expect(report.verdict).toBe('not-restorable');
  });
});

describe('eseutil-reported (ese-format §3)', () => {
  it('reports every ERROR and Missing line of eseutil /ml E00', () => {
    const check1 = streamCheck({
      baseName: 'E00',
      logs: [
        { file: 'D:\\Logs\\E0000000001.log', ok: true },
        { file: 'D:\\Logs\\E0000000003.log', ok: false, errors: ['ERROR: Missing log file(s). Log file is generation 3 (0x3), but expected generation is 2 (0x2).'] },
      ],
      missing: [{ first: 2, last: 2, text: 'Missing log file: E0000000002.log' }],
    });
    const report = check([input('ml-e00.txt', [check1])]);
    expect(findingsOf(report, 'eseutil-reported').map((f) => [f.severity, f.message, f.evidence[0]!.line])).toEqual([
      ['error', 'eseutil reports for E0000000003.log: ERROR: Missing log file(s). Log file is generation 3 (0x3), but expected generation is 2 (0x2).', 4],
      ['error', 'eseutil reports for base name E00: Missing log file: E0000000002.log', 5],
    ]);
  });
});

describe('jet-error (ese-format §0.3, §8)', () => {
  it('names the error in its signed, unsigned and hex forms with its restore advice', () => {
    const report = check([input('mh.txt', [errorFooter({ code: -1811, name: 'JET_errFileNotFound', file: 'priv.edb', text: 'Operation terminated with error -1811 (JET_errFileNotFound, File not found) after 0.47 seconds.' })])]);
    const [finding] = findingsOf(report, 'jet-error');
    expect(finding!.message).toBe(
      'priv.edb: error -1811 JET_errFileNotFound (4294965485, 0xFFFFF8ED): File not found. A file was not found: during replay this usually means a database is not at the path recorded in the logs (pathchk). Restore it to that path (Q237767).',
    );
    expect(report.verdict).toBe('undetermined');
    expect(report.summary).toBe(
      'UNDETERMINED — no database or log header was captured, only an error (Operation terminated with error -1811 (JET_errFileNotFound, File not found) after 0.47 seconds.); capture eseutil /mh of each database and eseutil /ml of its logs',
    );
  });
});

describe('reserved-logs (Q296787 backup step 5)', () => {
  it('lists reserve and temporary logs as never replayed, outside every stream', () => {
    const report = check([dbs, input('logs.txt', [...kbLogs(4815, 4828), edbLog, logHeader({ file: 'Res1.log', sig: LOG_SIG }), logHeader({ file: 'Res2.log', sig: LOG_SIG })])]);
    expect(findingsOf(report, 'reserved-logs')).toMatchObject([{ severity: 'info', subjects: ['Res1.log', 'Res2.log'], message: 'Res1.log, Res2.log are reserve or temporary logs: never backed up nor replayed.' }]);
    expect(report.streams[0]!.logs.some((l) => l.file === 'Res1.log')).toBe(false);
  });
});

describe('unrecognized-input (SPEC §3)', () => {
  it('reports the unrecognized line ranges of each input', () => {
    const report = check([input('paste.txt', [PRIV_MH], [{ startLine: 20, endLine: 22, text: 'thanks for any help\nJoe\n' }, { startLine: 30, endLine: 30, text: 'sent from my phone' }])]);
    expect(findingsOf(report, 'unrecognized-input')).toMatchObject([
      {
        severity: 'warning',
        subjects: ['paste.txt'],
        message: 'paste.txt: 4 lines not recognized (lines 20–22, 30).',
        evidence: [{ input: 'paste.txt', line: 20, text: 'thanks for any help' }, { input: 'paste.txt', line: 30, text: 'sent from my phone' }],
      },
    ]);
    expect(report.inputs).toEqual([{ name: 'paste.txt', dumps: 1, unrecognized: 2, encoding: 'utf-8' }]);
  });
});

describe('two storage groups in one capture', () => {
  it('keeps streams of different signatures and base names apart, each with its own verdict', () => {
    const priv2 = dbHeader({ file: 'priv2.edb', state: 'clean', logSig: OTHER_SIG, lastConsistent: 5 });
    const e01 = [5, 6].map((g) => logHeader({ file: `E010000${g}.log`, gen: g, sig: OTHER_SIG }));
    const report = check([dbs, input('all.txt', [...kbLogs(4815, 4828, { sig: LOG_SIG }), edbLog, ...e01, logHeader({ file: 'E01.log', gen: 7, sig: OTHER_SIG })]), input('mh2.txt', [priv2])]);
    expect(report.streams.map((s) => [s.id, s.databases])).toEqual([['Edb-710915685', ['priv.edb', 'pub.edb']], ['E01-3070420', ['priv2.edb']]]);
    expect(report.databases.map((d) => d.verdict.kind)).toEqual(['roll-forward', 'roll-forward', 'roll-forward']);
    expect(rulesWith(report, 'error')).toEqual([]);
  });
});
