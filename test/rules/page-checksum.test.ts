/**
 * page-checksum: Page checksum errors (Q296787 backup step 6 (esefile); Q237767 backup step 7; ese-format §5).
 * The exact findings on the samples that trigger it and on one that does not, then the cases built from
 * synthetic dumps (test/rules/builders.ts).
 */
import { describe, expect, it } from 'vitest';
import {
  check, checksum, findingsOf, input, kbLogs, LOG_SIG, logHeader, PRIV_AT, PRIV_MH, PUB_AT, PUB_MH,
} from './builders.js';
import { sampleFindings } from './sample-findings.js';

const edbLog = logHeader({ file: 'Edb.log', gen: 4829, sig: LOG_SIG, attached: [PRIV_AT, PUB_AT] });
const dbs = input('mh.txt', [PRIV_MH, PUB_MH]);
const logs = input('logs.txt', [...kbLogs(4815, 4828), edbLog]);

describe('page-checksum on the samples', () => {
  it('55-esefile-bad-checksums', () => {
    expect(sampleFindings('55-esefile-bad-checksums', 'page-checksum')).toEqual([
      {
        rule: 'page-checksum',
        severity: 'error',
        subjects: ['priv.edb'],
        message: 'priv.edb: 2 bad checksums, 0 wrong page numbers in 245760 pages, 2 page error lines: this copy is damaged; restore a known-good backup and roll forward.',
      },
    ]);
  });

  it('does not fire on 55-kb-roll-forward', () => {
    expect(sampleFindings('55-kb-roll-forward', 'page-checksum')).toEqual([]);
  });
});

describe('page-checksum (Q296787 backup step 6, esefile)', () => {
  it('makes a copy with bad checksums not restorable, and leaves uninitialized pages alone', () => {
    const report = check([dbs, logs, input('esefile.txt', [checksum({ file: 'priv.edb', bad: 2, wrong: 0 }), checksum({ file: 'pub.edb', bad: 0, wrong: 0 })])]);
    expect(findingsOf(report, 'page-checksum')).toMatchObject([
      {
        severity: 'error',
        subjects: ['priv.edb'],
        message: 'priv.edb: 2 bad checksums, 0 wrong page numbers in 23042 pages: this copy is damaged; restore a known-good backup and roll forward.',
        evidence: [{ input: 'esefile.txt', line: 2, text: 'bad checksums: 2' }, { input: 'esefile.txt', line: 4, text: 'wrong page numbers: 0' }, { input: 'esefile.txt', line: 1, text: 'checksum of priv.edb' }],
      },
    ]);
    expect(report.databases.map((d) => d.verdict.kind)).toEqual(['not-restorable', 'roll-forward']);
    expect(report.verdict).toBe('not-restorable');
  });
});
