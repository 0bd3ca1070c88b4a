import { describe, expect, it } from 'vitest';
import {
  check, dbHeader, findingsOf, input, kbLogs, LOG_SIG, logHeader, PRIV_AT, PRIV_MH, PUB_AT, PUB_MH, rulesWith, sig,
} from './builders.js';

const edbLog = (attached = [PRIV_AT, PUB_AT]) => logHeader({ file: 'Edb.log', gen: 4829, sig: LOG_SIG, attached });
const DEFRAGGED = sig('8/9/1999 2:15:3', 811223344);

describe('db-signature-mismatch (Q237767 roll-forward step 6)', () => {
  it('compares the DB Signature with the one the anchor log records and gives point-in-time', () => {
    const priv = dbHeader({ file: 'priv.edb', state: 'clean', dbSig: DEFRAGGED, logSig: LOG_SIG, lastConsistent: 4815 });
    const report = check([input('mh.txt', [priv, PUB_MH]), input('logs.txt', [...kbLogs(4815, 4828), edbLog()])]);
    const [finding] = findingsOf(report, 'db-signature-mismatch');
    expect(finding).toMatchObject({
      severity: 'error',
      subjects: ['priv.edb', 'Edb012cf.log'],
      message: 'priv.edb DB Signature Create time:8/9/1999 2:15:3 Rand:811223344 Computer: differs from the signature Edb012cf.log records for E:\\exchsrvr\\mdbdata\\priv.edb (Create time:8/3/1999 17:37:44 Rand:710961251 Computer:): no log may be replayed into this copy; point-in-time restore only.',
      evidence: [
        { input: 'mh.txt', line: 2, text: 'DB Signature: Create time:8/9/1999 2:15:3 Rand:811223344 Computer:' },
        { input: 'logs.txt', line: 5, text: 'Signature: Create time:8/3/1999 17:37:44 Rand:710961251 Computer:' },
      ],
    });
    expect(report.databases.map((d) => d.verdict.kind)).toEqual(['point-in-time', 'roll-forward']);
    expect(report.verdict).toBe('point-in-time');
  });
});

describe('db-signature-change (Q183380, Q296787 "Dealing with … Mismatches")', () => {
  const newPriv = { ...PRIV_AT, sig: DEFRAGGED };
  const logs = input('logs.txt', [...kbLogs(4815, 4821), ...kbLogs(4822, 4828, { attached: [newPriv, PUB_AT] }), edbLog([newPriv, PUB_AT])]);
  const report = check([input('mh.txt', [PRIV_MH, PUB_MH]), logs]);

  it('stops replay into the defragmented database at the log before the change', () => {
    const [finding] = findingsOf(report, 'db-signature-change');
    expect(finding).toMatchObject({
      severity: 'error',
      subjects: ['priv.edb', 'Edb012d6.log'],
      message: 'The signature Edb012d6.log (4822, 0x12D6) records for priv.edb changes from Create time:8/3/1999 17:37:44 Rand:710961251 Computer: to Create time:8/9/1999 2:15:3 Rand:811223344 Computer: (offline defrag or repair): replay into priv.edb stops at Edb012d5.log (4821, 0x12D5); take a full backup after every defrag or repair.',
    });
    expect(report.databases.map((d) => [d.name, d.verdict.kind, d.verdict.replayThrough])).toEqual([
      ['priv.edb', 'roll-forward-partial', 4821],
      ['pub.edb', 'roll-forward', 4829],
    ]);
    expect(report.streams[0]!.events).toEqual([
      { generation: 4822, kind: 'db-signature-change', database: 'priv.edb', from: 'Create time:8/3/1999 17:37:44 Rand:710961251 Computer:', to: 'Create time:8/9/1999 2:15:3 Rand:811223344 Computer:' },
    ]);
  });

  it('also asks for a full backup (repair-count warning) and puts it in the plan', () => {
    expect(rulesWith(report, 'warning')).toEqual(['repair-count']);
    expect(findingsOf(report, 'repair-count')[0]!.message).toBe('priv.edb was defragmented or repaired offline (its signature changes in Edb012d6.log): take a full backup after the restore.');
    expect(report.plan[report.plan.length - 1]).toMatchObject({ action: 'backup', files: ['priv.edb'] });
  });

  it('keeps every log because pub.edb still replays through Edb.log', () => {
    expect(findingsOf(report, 'current-log')).toEqual([]);
    expect(findingsOf(report, 'ceiling-logs')).toEqual([]);
  });
});

describe('path-change (Q237767 pathchk.bat)', () => {
  it('stops replay into the moved database at the log before the new path', () => {
    const movedPub = { ...PUB_AT, path: 'G:\\exchsrvr\\mdbdata\\pub.edb' };
    const logs = input('logs.txt', [...kbLogs(4815, 4823), ...kbLogs(4824, 4828, { attached: [PRIV_AT, movedPub] }), edbLog([PRIV_AT, movedPub])]);
    const report = check([input('mh.txt', [PRIV_MH, PUB_MH]), logs]);
    const [finding] = findingsOf(report, 'path-change');
    expect(finding).toMatchObject({
      severity: 'error',
      subjects: ['pub.edb', 'Edb012d8.log'],
      message: 'The path recorded for pub.edb changes from F:\\exchsrvr\\mdbdata\\pub.edb to G:\\exchsrvr\\mdbdata\\pub.edb in Edb012d8.log (4824, 0x12D8): replay into pub.edb stops at Edb012d7.log (4823, 0x12D7).',
      evidence: [
        { input: 'logs.txt', line: 6, text: '2 F:\\exchsrvr\\mdbdata\\pub.edb' },
        { input: 'logs.txt', line: 78, text: '2 G:\\exchsrvr\\mdbdata\\pub.edb' },
      ],
    });
    expect(report.databases.map((d) => [d.name, d.verdict.kind, d.verdict.replayThrough, d.verdict.reasons])).toEqual([
      ['priv.edb', 'roll-forward', 4829, []],
      ['pub.edb', 'roll-forward-partial', 4823, ['path-change']],
    ]);
    expect(rulesWith(report, 'error')).toEqual(['path-change']);
  });

  it('finds path changes in logs alone (pathchk without /mh)', () => {
    const moved = { ...PUB_AT, path: 'G:\\exchsrvr\\mdbdata\\pub.edb' };
    const report = check([input('logs.txt', [...kbLogs(10, 11), ...kbLogs(12, 13, { attached: [PRIV_AT, moved] })])], { anchorFile: 'Edb0000a.log' });
    expect(findingsOf(report, 'path-change').map((f) => f.subjects)).toEqual([['pub.edb', 'Edb0000c.log']]);
  });
});

describe('repair-count (Q183380)', () => {
  it('warns when eseutil /p was run on the database', () => {
    const repaired = dbHeader({ file: 'priv.edb', state: 'clean', logSig: LOG_SIG, lastConsistent: 4815, repairCount: 1 });
    const report = check([input('mh.txt', [repaired]), input('logs.txt', [...kbLogs(4815, 4828), edbLog()])]);
    expect(findingsOf(report, 'repair-count')).toEqual([
      {
        rule: 'repair-count', severity: 'warning', kb: 'Q183380; Q259851 (Repair Count)', stream: 'Edb-710915685', subjects: ['priv.edb'],
        message: 'priv.edb Repair Count is 1: eseutil /p was run on it; take a full backup as soon as it runs again.',
        evidence: [{ input: 'mh.txt', line: 5, text: 'Repair Count: 1' }],
      },
    ]);
  });
});
