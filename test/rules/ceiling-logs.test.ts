/**
 * ceiling-logs: Logs above the current log (Q296787 roll-forward step 7 (CRITICAL NOTE); Q237767 roll-forward step 5).
 * The exact findings on the samples that trigger it and on one that does not, then the cases built from
 * synthetic dumps (test/rules/builders.ts).
 */
import { describe, expect, it } from 'vitest';
import {
  check, dirListing, findingsOf, input, kbLogs, PRIV_MH, PUB_MH,
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

describe('ceiling-logs with dir listings (issue 16)', () => {
  it('2003-dir-listings: the empty E00000A5.log stands where generation 165 will be written — it goes aside with the ceiling logs', () => {
    expect(sampleFindings('2003-dir-listings', 'ceiling-logs')).toEqual([
      {
        rule: 'ceiling-logs',
        severity: 'error',
        subjects: ['E00000A5.log', 'E00000A6.log', 'E00000A7.log'],
        message:
          '3 log files above E00000A4.log (164, 0xA4) (to be renamed E00.log) must be moved aside before the database starts: E00000A5.log, E00000A6.log, E00000A7.log. E00000A5.log (dir.txt line 30, a dir listing) holds no log data but stands where the store will write generation 165: move it aside too.',
      },
    ]);
  });

  it('the plan moves the listed empty log aside (never deletes it), in the log folder', () => {
    const logs = input('logs.txt', [...kbLogs(4815, 4820), ...kbLogs(4822, 4828)]);
    const report = check([dbs, logs, dirListing('dir.txt', 'E:\\exchsrvr\\mdbdata', [['Edb012d4.log', 5242880], ['Edb012d5.log', 0], ['Edb012d6.log', 5242880]])]);
    expect(findingsOf(report, 'ceiling-logs').map((f) => f.subjects)).toEqual([
      ['Edb012d5.log', 'Edb012d6.log', 'Edb012d7.log', 'Edb012d8.log', 'Edb012d9.log', 'Edb012da.log', 'Edb012db.log', 'Edb012dc.log'],
    ]);
    expect(report.plan.find((s) => s.action === 'remove-ceiling')?.files).toEqual([
      'Edb012d5.log', 'Edb012d6.log', 'Edb012d7.log', 'Edb012d8.log', 'Edb012d9.log', 'Edb012da.log', 'Edb012db.log', 'Edb012dc.log',
    ]);
  });

  it('a clean listing of the log folder adds nothing to the ceiling', () => {
    const logs = input('logs.txt', [...kbLogs(4815, 4820), ...kbLogs(4822, 4828)]);
    const without = check([dbs, logs]);
    const report = check([dbs, logs, dirListing('dir.txt', 'E:\\exchsrvr\\mdbdata', [['Edb012d4.log', 5242880], ['Edb012d6.log', 5242880]])]);
    expect(findingsOf(report, 'ceiling-logs').map((f) => f.message)).toEqual(findingsOf(without, 'ceiling-logs').map((f) => f.message));
    expect(report.plan).toEqual(without.plan);
  });
});
