/**
 * eseutil-reported: eseutil's stream check reports a problem (ese-format §3 (eseutil /ml <base>); Q296787 roll-forward step 8).
 * The exact findings on the samples that trigger it and on one that does not, then the cases built from
 * synthetic dumps (test/rules/builders.ts).
 */
import { describe, expect, it } from 'vitest';
import {
  check, findingsOf, input, streamCheck,
} from './builders.js';
import { sampleFindings } from './sample-findings.js';


describe('eseutil-reported on the samples', () => {
  it('2003-log-damaged', () => {
    expect(sampleFindings('2003-log-damaged', 'eseutil-reported')).toEqual([
      {
        rule: 'eseutil-reported',
        severity: 'error',
        subjects: ['E000031C.log'],
        message: 'eseutil reports for E000031C.log: ERROR: Log damaged (unusable). Last Lgpos: (0x31c,1C4,0). Error -501.',
      },
    ]);
  });

  it('does not fire on 55-kb-roll-forward', () => {
    expect(sampleFindings('55-kb-roll-forward', 'eseutil-reported')).toEqual([]);
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
