/**
 * name-generation-mismatch: Log file name does not match its lGeneration (Q237767 Notes (renaming rules); ese-format §2.4, §7.2 (-513 JET_errLogGenerationMismatch)).
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

describe('name-generation-mismatch on the samples', () => {
  it('55-name-generation-mismatch', () => {
    expect(sampleFindings('55-name-generation-mismatch', 'name-generation-mismatch')).toEqual([
      {
        rule: 'name-generation-mismatch',
        severity: 'error',
        subjects: ['Edb012cd.log'],
        message: 'Edb012cd.log is named for generation 4813 (0x12CD) but its lGeneration is 4828 (0x12DC): rename it to Edb012dc.log or move it aside (-513 JET_errLogGenerationMismatch otherwise).',
      },
    ]);
  });

  it('does not fire on 55-kb-roll-forward', () => {
    expect(sampleFindings('55-kb-roll-forward', 'name-generation-mismatch')).toEqual([]);
  });
});

describe('name-generation-mismatch (ese-format §2.4, -513)', () => {
  it('reports a log whose name differs from its lGeneration, without stopping replay', () => {
    const misnamed = logHeader({ file: 'Edb012e0.log', gen: 4817, sig: LOG_SIG, attached: [PRIV_AT, PUB_AT] });
    const report = check([dbs, input('logs.txt', [...kbLogs(4815, 4816), misnamed, ...kbLogs(4818, 4828), edbLog(4829)])]);
    const [finding] = findingsOf(report, 'name-generation-mismatch');
    expect(finding).toMatchObject({
      severity: 'error',
      subjects: ['Edb012e0.log'],
      message: 'Edb012e0.log is named for generation 4832 (0x12E0) but its lGeneration is 4817 (0x12D1): rename it to Edb012d1.log or move it aside (-513 JET_errLogGenerationMismatch otherwise).',
    });
    expect(report.verdict).toBe('roll-forward');
    expect(report.plan.find((s) => s.action === 'rename')?.text).toBe('Rename Edb012e0.log to the name its lGeneration 4817 gives (the captures do not show the transaction log folder, so no command is printed: do it by hand there).');
  });
});
