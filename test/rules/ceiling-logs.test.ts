/**
 * ceiling-logs: Logs above the current log (Q296787 roll-forward step 7 (CRITICAL NOTE); Q237767 roll-forward step 5).
 * The exact findings on the samples that trigger it and on one that does not, then the cases built from
 * synthetic dumps (test/rules/builders.ts).
 */
import { describe, expect, it } from 'vitest';
import {
  check, findingsOf, input, kbLogs, PRIV_MH, PUB_MH,
} from './builders.js';
import { sampleFindings } from './sample-findings.js';

const dbs = input('mh.txt', [PRIV_MH, PUB_MH]);

describe('ceiling-logs on the samples', () => {
  it('55-no-edb-log-ceiling', () => {
    expect(sampleFindings('55-no-edb-log-ceiling', 'ceiling-logs')).toEqual([
      {
        rule: 'ceiling-logs',
        severity: 'error',
        subjects: ['Edb012d6.log', 'Edb012d7.log', 'Edb012d8.log', 'Edb012d9.log', 'Edb012da.log'],
        message: '5 logs above Edb012d4.log (4820, 0x12D4) (to be renamed Edb.log) must be moved aside before the database starts: Edb012d6.log, Edb012d7.log, Edb012d8.log, Edb012d9.log, Edb012da.log.',
      },
    ]);
  });

  it('does not fire on 55-kb-roll-forward', () => {
    expect(sampleFindings('55-kb-roll-forward', 'ceiling-logs')).toEqual([]);
  });
});

describe('ceiling-logs (Q296787 roll-forward step 7 CRITICAL NOTE)', () => {
  it('lists the logs above the renamed current log with their lGeneration lines', () => {
    const report = check([dbs, input('logs.txt', [...kbLogs(4815, 4818), ...kbLogs(4820, 4821)])]);
    const [finding] = findingsOf(report, 'ceiling-logs');
    expect(finding!.message).toBe(
      '2 logs above Edb012d2.log (4818, 0x12D2) (to be renamed Edb.log) must be moved aside before the database starts: Edb012d4.log, Edb012d5.log.',
    );
    expect(finding!.evidence.map((e) => e.text)).toEqual(['lGeneration (4820)', 'lGeneration (4821)']);
  });
});
