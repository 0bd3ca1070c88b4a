/**
 * db-log-signature-mismatch: Database Log Signature differs from the logs' signature (Q296787 roll-forward step 3; Q237767 roll-forward step 6).
 * The exact findings on the samples that trigger it and on one that does not, then the cases built from
 * synthetic dumps (test/rules/builders.ts).
 */
import { describe, expect, it } from 'vitest';
import {
  check, dbHeader, findingsOf, input, kbLogs, LOG_SIG, logHeader, OTHER_SIG, PRIV_AT, PRIV_SIG, PUB_AT,
} from './builders.js';
import { sampleFindings } from './sample-findings.js';

const EDB_LOG = logHeader({ file: 'Edb.log', gen: 4829, sig: LOG_SIG, attached: [PRIV_AT, PUB_AT] });

describe('db-log-signature-mismatch on the samples', () => {
  it('55-db-log-signature-mismatch', () => {
    expect(sampleFindings('55-db-log-signature-mismatch', 'db-log-signature-mismatch')).toEqual([
      {
        rule: 'db-log-signature-mismatch',
        severity: 'error',
        subjects: ['priv.edb', 'Edb012cf.log'],
        message: 'priv.edb Log Signature Create time:8/2/1999 16:22:38 Rand:3070420 Computer: differs from the signature of Edb012cf.log (Create time:8/3/1999 17:37:42 Rand:710915685 Computer:): these logs belong to another database; point-in-time restore only.',
      },
    ]);
  });

  it('does not fire on 55-kb-roll-forward', () => {
    expect(sampleFindings('55-kb-roll-forward', 'db-log-signature-mismatch')).toEqual([]);
  });
});

describe('db-log-signature-mismatch (Q296787 roll-forward step 3)', () => {
  it('compares the Log Signature with the only captured stream and gives point-in-time', () => {
    const foreignDb = dbHeader({ file: 'priv.edb', state: 'clean', dbSig: PRIV_SIG, logSig: OTHER_SIG, lastConsistent: 4815 });
    const report = check([input('priv.txt', [foreignDb]), input('logs.txt', [...kbLogs(4815, 4828), EDB_LOG])]);
    const [finding] = findingsOf(report, 'db-log-signature-mismatch');
    expect(finding).toMatchObject({
      severity: 'error',
      subjects: ['priv.edb', 'Edb012cf.log'],
      evidence: [
        { input: 'priv.txt', line: 6, text: 'Log Signature: Create time:8/2/1999 16:22:38 Rand:3070420 Computer:' },
        { input: 'logs.txt', line: 3, text: 'Signature: Create time:8/3/1999 17:37:42 Rand:710915685 Computer:' },
      ],
    });
    expect(report.databases[0]!.verdict).toMatchObject({ kind: 'point-in-time', reasons: ['db-log-signature-mismatch'] });
  });

  it('treats padded and unpadded dates of one signature as equal (ese-format §0.6)', () => {
    const padded = { ...LOG_SIG, createTime: '08/03/1999 17:37:42', text: 'Create time:08/03/1999 17:37:42 Rand:710915685 Computer:' };
    const db = dbHeader({ file: 'priv.edb', state: 'clean', logSig: padded, lastConsistent: 4815 });
    const report = check([input('priv.txt', [db]), input('logs.txt', [...kbLogs(4815, 4828), EDB_LOG])]);
    expect(findingsOf(report, 'db-log-signature-mismatch')).toEqual([]);
    expect(report.databases[0]!.verdict.kind).toBe('roll-forward');
  });
});
