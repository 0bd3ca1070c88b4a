/**
 * restore-path: Path to restore each database to (Q296787 roll-forward step 4; Q237767 roll-forward step 2).
 * The exact findings on the samples that trigger it and on one that does not, then the cases built from
 * synthetic dumps (test/rules/builders.ts).
 */
import { describe, expect, it } from 'vitest';
import {
  check, dbHeader, dirListing, findingsOf, input, kbLogs, LOG_SIG, logHeader, PRIV_AT, PRIV_MH, PRIV_SIG, PUB_AT, PUB_MH,
} from './builders.js';
import { sampleFindings } from './sample-findings.js';

const EDB_LOG = logHeader({ file: 'Edb.log', gen: 4829, sig: LOG_SIG, attached: [PRIV_AT, PUB_AT] });

describe('restore-path on the samples', () => {
  it('55-kb-roll-forward', () => {
    expect(sampleFindings('55-kb-roll-forward', 'restore-path')).toEqual([
      {
        rule: 'restore-path',
        severity: 'info',
        subjects: ['priv.edb'],
        message: 'Restore priv.edb to E:\\exchsrvr\\mdbdata\\priv.edb, the path recorded in the anchor log Edb012cf.log.',
      },
      {
        rule: 'restore-path',
        severity: 'info',
        subjects: ['pub.edb'],
        message: 'Restore pub.edb to F:\\exchsrvr\\mdbdata\\pub.edb, the path recorded in the anchor log Edb012cf.log.',
      },
    ]);
  });

  it('does not fire on 55-anchor-missing', () => {
    expect(sampleFindings('55-anchor-missing', 'restore-path')).toEqual([]);
  });
});

describe('restore-path (Q296787 roll-forward step 4)', () => {
  it('uses the path recorded in the anchor log', () => {
    const report = check([input('mh.txt', [PRIV_MH, PUB_MH]), input('logs.txt', [...kbLogs(4815, 4828), EDB_LOG])]);
    expect(findingsOf(report, 'restore-path').map((f) => f.message)).toEqual([
      'Restore priv.edb to E:\\exchsrvr\\mdbdata\\priv.edb, the path recorded in the anchor log Edb012cf.log.',
      'Restore pub.edb to F:\\exchsrvr\\mdbdata\\pub.edb, the path recorded in the anchor log Edb012cf.log.',
    ]);
    expect(findingsOf(report, 'restore-path')[0]!.evidence).toEqual([{ input: 'logs.txt', line: 4, text: '1 E:\\exchsrvr\\mdbdata\\priv.edb' }]);
  });

  it('looks in generation 2 when the anchor is generation 1, which lists no database', () => {
    const db = dbHeader({ file: 'priv.edb', state: 'clean', logSig: LOG_SIG, lastConsistent: 1 });
    const logs = [
      logHeader({ file: 'Edb00001.log', gen: 1, sig: LOG_SIG, attached: [] }),
      logHeader({ file: 'Edb00002.log', gen: 2, sig: LOG_SIG, attached: [PRIV_AT] }),
      logHeader({ file: 'Edb.log', gen: 3, sig: LOG_SIG, attached: [PRIV_AT] }),
    ];
    const report = check([input('priv.txt', [db]), input('logs.txt', logs)]);
    expect(findingsOf(report, 'restore-path')[0]!.message).toBe(
      'Restore priv.edb to E:\\exchsrvr\\mdbdata\\priv.edb, the path recorded in Edb00002.log (the anchor log Edb00001.log lists no databases).',
    );
    expect(report.databases[0]!.verdict).toMatchObject({ kind: 'roll-forward', replayFrom: 1, replayThrough: 3 });
  });
});

describe('restore-path with a dir listing (issue 16): the .stm beside its .edb', () => {
  const edb = dbHeader({ file: 'E:\\exchsrvr\\mdbdata\\priv.edb', state: 'clean', dbSig: PRIV_SIG, logSig: LOG_SIG, lastConsistent: 4815, repairCount: 0 });
  const logs = input('logs.txt', [...kbLogs(4815, 4828), EDB_LOG]);

  it('an .edb whose folder a listing shows holding its .stm: restore both, each to its own path', () => {
    const report = check([input('mh.txt', [edb, PUB_MH]), logs, dirListing('dir.txt', 'E:\\exchsrvr\\mdbdata', [['priv.edb', 155197440], ['priv.stm', 8396800]])]);
    expect(findingsOf(report, 'restore-path').filter((f) => f.subjects.includes('priv.edb'))).toEqual([
      {
        rule: 'restore-path',
        severity: 'info',
        message:
          'Restore priv.edb to E:\\exchsrvr\\mdbdata\\priv.edb, the path recorded in the anchor log Edb012cf.log, and with it priv.stm, its streaming file, which the dir listing of E:\\exchsrvr\\mdbdata shows beside it (dir.txt line 9): an Exchange 2000/2003 store is both files, each to its own path (the logs record only the .edb).',
        subjects: ['priv.edb', 'priv.stm'],
        evidence: [
          { input: 'logs.txt', line: 4, text: '1 E:\\exchsrvr\\mdbdata\\priv.edb' },
          { input: 'dir.txt', line: 9, text: '10/26/2004  02:13 AM  8,396,800 priv.stm' },
        ],
        kb: 'Q296787 roll-forward step 4; Q237767 roll-forward step 2',
        stream: report.streams[0]!.id,
      },
    ]);
  });

  it('a listing of the folder without the .stm changes nothing', () => {
    const mh = input('mh.txt', [edb, PUB_MH]);
    const without = findingsOf(check([mh, logs]), 'restore-path').map((f) => f.message);
    expect(findingsOf(check([mh, logs, dirListing('dir.txt', 'E:\\exchsrvr\\mdbdata', [['priv.edb', 155197440]])]), 'restore-path').map((f) => f.message)).toEqual(without);
  });
});
