/**
 * circular-logging: Circular logging is on (Q237767 "Point in Time" restoration; Q296787 "Before You Begin"; ese-format §2.4).
 * The exact findings on the samples that trigger it and on one that does not, then the cases built from
 * synthetic dumps (test/rules/builders.ts).
 */
import { describe, expect, it } from 'vitest';
import {
  check, dbHeader, findingsOf, input, LOG_SIG, logHeader, PRIV_AT,
} from './builders.js';
import { sampleFindings } from './sample-findings.js';


describe('circular-logging on the samples', () => {
  it('2003-circular-logging', () => {
    expect(sampleFindings('2003-circular-logging', 'circular-logging')).toEqual([
      {
        rule: 'circular-logging',
        severity: 'error',
        subjects: ['E00004BF.log', 'E00004C0.log', 'E00.log'],
        message: 'Circular logging is on in 3 logs of the E00 log stream (signature 11/02/2003 16:51:49, Rand 606486607) (E00004BF.log, E00004C0.log, E00.log): priv1.edb cannot be rolled forward; point-in-time restore only.',
      },
    ]);
  });

  it('2003-circular-past-files', () => {
    expect(sampleFindings('2003-circular-past-files', 'circular-logging')).toEqual([
      {
        rule: 'circular-logging',
        severity: 'info',
        subjects: ['E0000A10.log', 'E0000A11.log', 'E0000A12.log', 'E0000A13.log', 'E00.log'],
        message: "Circular Logging Flag (past files) is on in 5 logs of the E00 log stream (signature 04/11/2004 09:14:27, Rand 48807125) (E0000A10.log, E0000A11.log, E0000A12.log, … E00.log (5 files)): circular logging was on at some time in this stream's history, but these logs were written with it off (current file: off), so it does not stop replay.",
      },
    ]);
  });

  it('does not fire on 55-kb-roll-forward', () => {
    expect(sampleFindings('55-kb-roll-forward', 'circular-logging')).toEqual([]);
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
