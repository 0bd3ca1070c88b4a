/**
 * anchor-missing: Anchor log is missing (Q296787 roll-forward step 3 (IMPORTANT); Q237767 roll-forward step 1).
 * The exact findings on the samples that trigger it and on one that does not, then the cases built from
 * synthetic dumps (test/rules/builders.ts).
 */
import { describe, expect, it } from 'vitest';
import {
  check, findingsOf, input, kbLogs, LOG_SIG, logHeader, PRIV_AT, PRIV_MH, PUB_AT,
} from './builders.js';
import { sampleFindings } from './sample-findings.js';

const EDB_LOG = logHeader({ file: 'Edb.log', gen: 4829, sig: LOG_SIG, attached: [PRIV_AT, PUB_AT] });

describe('anchor-missing on the samples', () => {
  it('55-anchor-missing', () => {
    expect(sampleFindings('55-anchor-missing', 'anchor-missing')).toEqual([
      {
        rule: 'anchor-missing',
        severity: 'error',
        subjects: ['priv.edb', 'EDB00AAA.log'],
        message: 'priv.edb needs anchor log EDB00AAA.log (2730, 0xAAA); it is not among the 9 logs captured (EDB00AAD.LOG, EDB00AAE.LOG, EDB00AAF.LOG, … EDB.LOG (9 files)): no log may be replayed; point-in-time restore only.',
      },
      {
        rule: 'anchor-missing',
        severity: 'error',
        subjects: ['pub.edb', 'EDB00AAA.log'],
        message: 'pub.edb needs anchor log EDB00AAA.log (2730, 0xAAA); it is not among the 9 logs captured (EDB00AAD.LOG, EDB00AAE.LOG, EDB00AAF.LOG, … EDB.LOG (9 files)): no log may be replayed; point-in-time restore only.',
      },
    ]);
  });

  it('does not fire on 55-kb-roll-forward', () => {
    expect(sampleFindings('55-kb-roll-forward', 'anchor-missing')).toEqual([]);
  });
});

describe('anchor-missing (Q296787 roll-forward step 3 IMPORTANT)', () => {
  it('is an error and a point-in-time verdict when the logs start above the anchor', () => {
    const report = check([input('priv.txt', [PRIV_MH]), input('logs.txt', [...kbLogs(4817, 4828), EDB_LOG])]);
    const [finding] = findingsOf(report, 'anchor-missing');
    expect(finding).toMatchObject({ severity: 'error', subjects: ['priv.edb', 'Edb012cf.log'] });
    expect(finding!.message).toBe(
      'priv.edb needs anchor log Edb012cf.log (4815, 0x12CF); it is not among the 13 logs captured (Edb012d1.log, Edb012d2.log, Edb012d3.log, … Edb.log (13 files)): no log may be replayed; point-in-time restore only.',
    );
    expect(finding!.evidence).toEqual([{ input: 'priv.txt', line: 4, text: 'Last Consistent (4815,7337,362)  8/6/1999 20:46:33' }]);
    expect(report.databases[0]!.verdict).toMatchObject({ kind: 'point-in-time', reasons: ['anchor-missing'] });
  });

  it('reports an --anchor file that was not captured', () => {
    const report = check([input('logs.txt', kbLogs(4815, 4816))], { anchorFile: 'edb0000a.log' });
    expect(findingsOf(report, 'anchor-missing')[0]!.message).toBe('--anchor edb0000a.log is not among the logs captured: no log may be replayed from it.');
    expect(report.verdict).toBe('point-in-time');
  });

  it('is undetermined, not an error, when no log was captured at all', () => {
    const report = check([input('priv.txt', [PRIV_MH])]);
    expect(findingsOf(report, 'anchor-missing')).toEqual([]);
    expect(report.databases[0]!.verdict).toEqual({
      kind: 'undetermined',
      label: 'UNDETERMINED',
      reasons: [],
      explanation: 'priv.edb: no log was captured; capture eseutil /ml of its anchor log Edb012cf.log (4815, 0x12CF) and every later log.',
    });
  });
});
