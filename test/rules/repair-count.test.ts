/**
 * repair-count: Full backup due after repair or defrag (Q183380; Q259851 (Repair Count)).
 * The exact findings on the samples that trigger it and on one that does not, then the cases built from
 * synthetic dumps (test/rules/builders.ts).
 */
import { describe, expect, it } from 'vitest';
import {
  check, dbHeader, findingsOf, input, kbLogs, LOG_SIG, logHeader, PRIV_AT, PUB_AT,
} from './builders.js';
import { sampleFindings } from './sample-findings.js';

const edbLog = (attached = [PRIV_AT, PUB_AT]) => logHeader({ file: 'Edb.log', gen: 4829, sig: LOG_SIG, attached });

describe('repair-count on the samples', () => {
  it('2003-repaired-zero-consistent', () => {
    expect(sampleFindings('2003-repaired-zero-consistent', 'repair-count')).toEqual([
      {
        rule: 'repair-count',
        severity: 'warning',
        subjects: ['priv1.edb'],
        message: 'priv1.edb Repair Count is 1: eseutil /p was run on it; take a full backup as soon as it runs again.',
      },
    ]);
  });

  it('does not fire on 55-kb-roll-forward', () => {
    expect(sampleFindings('55-kb-roll-forward', 'repair-count')).toEqual([]);
  });
});

describe('repair-count (Q183380)', () => {
  it('warns when eseutil /p was run on the database', () => {
    const repaired = dbHeader({ file: 'priv.edb', state: 'clean', logSig: LOG_SIG, lastConsistent: 4815, repairCount: 1 });
    const report = check([input('mh.txt', [repaired]), input('logs.txt', [...kbLogs(4815, 4828), edbLog()])]);
    expect(findingsOf(report, 'repair-count')).toEqual([
      {
        rule: 'repair-count', severity: 'warning', kb: 'Q183380; Q259851 (Repair Count)', stream: 'Edb-710915685', subjects: ['priv.edb'],
        message: 'priv.edb Repair Count is 1: eseutil /p was run on it; take a full backup as soon as it runs again.',
        evidence: [{ input: 'mh.txt', line: 5, text: 'Repair Count: 1' }],
      },
    ]);
  });
});
