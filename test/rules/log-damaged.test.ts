/**
 * log-damaged: Damaged log (ese-format §2.2, §3 (-501 JET_errLogFileCorrupt); Q296787 roll-forward step 5).
 * The exact findings on the samples that trigger it and on one that does not, then the cases built from
 * synthetic dumps (test/rules/builders.ts).
 */
import { describe, expect, it } from 'vitest';
import {
  check, dirListing, findingsOf, input, kbLogs, LOG_SIG, logHeader, PRIV_AT, PRIV_MH, PUB_AT, PUB_MH,
} from './builders.js';
import { sampleFindings } from './sample-findings.js';

const edbLog = (gen: number, sig = LOG_SIG) => logHeader({ file: 'Edb.log', gen, sig, attached: [PRIV_AT, PUB_AT] });
const dbs = input('mh.txt', [PRIV_MH, PUB_MH]);

describe('log-damaged on the samples', () => {
  it('2003-log-damaged', () => {
    expect(sampleFindings('2003-log-damaged', 'log-damaged')).toEqual([
      {
        rule: 'log-damaged',
        severity: 'error',
        subjects: ['E000031C.log'],
        message: 'E000031C.log (796, 0x31C) is damaged: CORRUPTION DETECTED in log file: E000031C.log; replay stops at E000031B.log (795, 0x31B).',
      },
    ]);
  });

  it('does not fire on 55-kb-roll-forward', () => {
    expect(sampleFindings('55-kb-roll-forward', 'log-damaged')).toEqual([]);
  });
});

describe('log-damaged (ese-format §2.2, §3)', () => {
  it('stops replay before a damaged log', () => {
    const damaged = logHeader({ file: 'Edb012d5.log', gen: 4821, sig: LOG_SIG, attached: [PRIV_AT, PUB_AT], damaged: true });
    const report = check([dbs, input('logs.txt', [...kbLogs(4815, 4820), damaged, ...kbLogs(4822, 4828), edbLog(4829)])]);
    const [finding] = findingsOf(report, 'log-damaged');
    expect(finding).toMatchObject({
      severity: 'error',
      subjects: ['Edb012d5.log'],
      message: 'Edb012d5.log (4821, 0x12D5) is damaged: ERROR: Log damaged (unusable). Last Lgpos: (0x12d5,1F,0). Error -501.; replay stops at Edb012d4.log (4820, 0x12D4).',
    });
    expect(report.databases[0]!.verdict).toMatchObject({ kind: 'roll-forward-partial', replayThrough: 4820, reasons: ['log-damaged'] });
    expect(report.databases[0]!.verdict.explanation).toBe('priv.edb replays Edb012cf.log (4815) through Edb012d4.log (4820); Edb012d5.log (4821) is damaged, 8 later logs cannot replay.');
  });
});

describe('log-damaged from a dir listing (issue 16): a dumped log whose file has the wrong size', () => {
  const logs = input('logs.txt', [...kbLogs(4815, 4828), edbLog(4829)]);
  const listing = (size: number) => dirListing('dir.txt', 'E:\\exchsrvr\\mdbdata', [['Edb.log', 5242880], ['Edb012d4.log', 5242880], ['Edb012d5.log', size], ['Edb012d6.log', 5242880]]);

  it('names the size, the listing line and where replay stops; the verdict is a partial roll-forward', () => {
    const report = check([dbs, logs, listing(2_097_152)]);
    expect(findingsOf(report, 'log-damaged')).toEqual([
      {
        rule: 'log-damaged',
        severity: 'error',
        message:
          'Edb012d5.log (4821, 0x12D5) has 2,097,152 bytes in the dir listing of E:\\exchsrvr\\mdbdata (dir.txt line 10), not the 5,242,880 bytes of the other logs of this stream: eseutil refuses a log of the wrong size (-541 JET_errLogFileSizeMismatch, ese-format §7.2); replay stops at Edb012d4.log (4820, 0x12D4). Find a good copy of it in another log backup.',
        subjects: ['Edb012d5.log'],
        evidence: [
          { input: 'dir.txt', line: 10, text: '10/26/2004  02:13 AM  2,097,152 Edb012d5.log' },
          { input: 'logs.txt', line: 49, text: 'Log file: Edb012d5.log' },
        ],
        kb: 'ese-format §2.2, §3 (-501 JET_errLogFileCorrupt); Q296787 roll-forward step 5',
        stream: report.streams[0]!.id,
      },
    ]);
    expect(report.verdict).toBe('roll-forward-partial');
    expect(report.databases.map((d) => [d.name, d.verdict.replayThrough])).toEqual([['priv.edb', 4820], ['pub.edb', 4820]]);
  });

  it('does not fire when the listing shows every log at its size', () => {
    const report = check([dbs, logs, listing(5_242_880)]);
    expect(findingsOf(report, 'log-damaged')).toEqual([]);
    expect(report.verdict).toBe('roll-forward');
  });
});
