/**
 * log-damaged: Damaged log (ese-format §2.2, §3 (-501 JET_errLogFileCorrupt); Q296787 roll-forward step 5).
 * The exact findings on the samples that trigger it and on one that does not, then the cases built from
 * synthetic dumps (test/rules/builders.ts).
 */
import { describe, expect, it } from 'vitest';
import {
  check, findingsOf, input, kbLogs, LOG_SIG, logHeader, PRIV_AT, PRIV_MH, PUB_AT, PUB_MH,
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
