/**
 * path-change: Database path changes mid-stream (Q296787 roll-forward step 4 and "Dealing with Database Signature and Path Mismatches"; Q237767 roll-forward step 7 (pathchk.bat)).
 * The exact findings on the samples that trigger it and on one that does not, then the cases built from
 * synthetic dumps (test/rules/builders.ts).
 */
import { describe, expect, it } from 'vitest';
import {
  check, findingsOf, input, kbLogs, LOG_SIG, logHeader, PRIV_AT, PRIV_MH, PUB_AT, PUB_MH, rulesWith,
} from './builders.js';
import { sampleFindings } from './sample-findings.js';
import { chksig, headers, pathchk, PUB_PATH } from './kb-batch-text.js';

const edbLog = (attached = [PRIV_AT, PUB_AT]) => logHeader({ file: 'Edb.log', gen: 4829, sig: LOG_SIG, attached });

describe('path-change on the samples', () => {
  it('55-path-change', () => {
    expect(sampleFindings('55-path-change', 'path-change')).toEqual([
      {
        rule: 'path-change',
        severity: 'error',
        subjects: ['pub.edb', 'Edb012d8.log'],
        message: 'The path recorded for pub.edb changes from F:\\exchsrvr\\mdbdata\\pub.edb to G:\\exchsrvr\\mdbdata\\pub.edb in Edb012d8.log (4824, 0x12D8): replay into pub.edb stops at Edb012d7.log (4823, 0x12D7).',
      },
    ]);
  });

  it('does not fire on 55-kb-roll-forward', () => {
    expect(sampleFindings('55-kb-roll-forward', 'path-change')).toEqual([]);
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

describe('path-change from pathchk.bat\'s output alone (Q237767, issue 16)', () => {
  it('a `*****` block of `dbid path` lines that differ: replay into that database stops before the log', () => {
    const report = check([headers(), chksig(), pathchk({ 'EDB012D1.LOG': [[`      2 ${PUB_PATH}`], ['      2 U:\\exchsrvr\\MDBDATA\\PUB.EDB']] })]);
    expect(findingsOf(report, 'path-change').map((f) => [f.subjects, f.message, f.evidence])).toEqual([
      [
        ['pub.edb', 'EDB012D1.LOG'],
        'The path recorded for pub.edb changes from T:\\exchsrvr\\MDBDATA\\PUB.EDB to U:\\exchsrvr\\MDBDATA\\PUB.EDB in EDB012D1.LOG (4817, 0x12D1): replay into pub.edb stops at EDB012D0.LOG (4816, 0x12D0).',
        [
          { input: 'Database Path Check.txt', line: 4, text: '2 T:\\exchsrvr\\MDBDATA\\PUB.EDB' },
          { input: 'Database Path Check.txt', line: 18, text: '2 U:\\exchsrvr\\MDBDATA\\PUB.EDB' },
        ],
      ],
    ]);
    expect(report.databases.map((d) => [d.name, d.verdict.kind, d.verdict.replayThrough])).toEqual([['priv.edb', 'roll-forward', 4820], ['pub.edb', 'roll-forward-partial', 4816]]);
  });

  it('does not fire on `FC: no differences encountered` (55-kb-batch-files, and every log the same)', () => {
    expect(sampleFindings('55-kb-batch-files', 'path-change')).toEqual([]);
    expect(findingsOf(check([headers(), chksig(), pathchk()]), 'path-change')).toEqual([]);
  });
});
