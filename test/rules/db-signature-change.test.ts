/**
 * db-signature-change: Database signature changes mid-stream (Q183380; Q296787 "Dealing with Database Signature and Path Mismatches"; Q237767 roll-forward step 6).
 * The exact findings on the samples that trigger it and on one that does not, then the cases built from
 * synthetic dumps (test/rules/builders.ts).
 */
import { describe, expect, it } from 'vitest';
import {
  check, findingsOf, input, kbLogs, LOG_SIG, logHeader, PRIV_AT, PRIV_MH, PUB_AT, PUB_MH, rulesWith, sig,
} from './builders.js';
import { sampleFindings } from './sample-findings.js';
import { headers, pathchk, sigchk, SIG_PUB } from './kb-batch-text.js';

const edbLog = (attached = [PRIV_AT, PUB_AT]) => logHeader({ file: 'Edb.log', gen: 4829, sig: LOG_SIG, attached });
const DEFRAGGED = sig('8/9/1999 2:15:3', 811223344);

describe('db-signature-change on the samples', () => {
  it('55-db-signature-change-defrag', () => {
    expect(sampleFindings('55-db-signature-change-defrag', 'db-signature-change')).toEqual([
      {
        rule: 'db-signature-change',
        severity: 'error',
        subjects: ['priv.edb', 'Edb012d6.log'],
        message: 'The signature Edb012d6.log (4822, 0x12D6) records for priv.edb changes from Create time:8/3/1999 17:37:44 Rand:710961251 Computer: to Create time:8/7/1999 13:52:9 Rand:711402531 Computer: (offline defrag or repair): replay into priv.edb stops at Edb012d5.log (4821, 0x12D5); take a full backup after every defrag or repair.',
      },
    ]);
  });

  it('does not fire on 55-kb-roll-forward', () => {
    expect(sampleFindings('55-kb-roll-forward', 'db-signature-change')).toEqual([]);
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

describe('db-signature-change from sigchk.bat\'s output alone (Q237767, issue 16)', () => {
  it('fc\'s block starts at the anchor\'s third line: the log signature matched, dbid 2\'s signature changed', () => {
    const report = check([headers(), sigchk({ 'EDB012D1.LOG': [[`      ${SIG_PUB}`], ['      Signature: Create time:8/9/1999 10:1:2 Rand:711234567 Computer:']] }), pathchk()]);
    expect(findingsOf(report, 'db-signature-change').map((f) => [f.subjects, f.message, f.evidence.map((e) => `${e.input}:${e.line}`)])).toEqual([
      [
        ['pub.edb', 'EDB012D1.LOG'],
        'The signature EDB012D1.LOG (4817, 0x12D1) records for pub.edb changes from Create time:8/3/1999 17:37:47 Rand:710954626 Computer: to Create time:8/9/1999 10:1:2 Rand:711234567 Computer: (offline defrag or repair): replay into pub.edb stops at EDB012D0.LOG (4816, 0x12D0); take a full backup after every defrag or repair.',
        ['Log Signature Check.txt:3', 'Log Signature Check.txt:19'],
      ],
    ]);
    expect(findingsOf(report, 'log-signature-mismatch')).toEqual([]);
  });
});
