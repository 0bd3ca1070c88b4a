/**
 * db-signature-mismatch: DB Signature differs from the one the anchor log records (Q237767 roll-forward step 6; Q296787 "Dealing with Database Signature and Path Mismatches").
 * The exact findings on the samples that trigger it and on one that does not, then the cases built from
 * synthetic dumps (test/rules/builders.ts).
 */
import { describe, expect, it } from 'vitest';
import {
  check, dbHeader, findingsOf, input, kbLogs, LOG_SIG, logHeader, PRIV_AT, PUB_AT, PUB_MH, sig,
} from './builders.js';
import { sampleFindings } from './sample-findings.js';
import { headers, pathchk, sigchk } from './kb-batch-text.js';

const edbLog = (attached = [PRIV_AT, PUB_AT]) => logHeader({ file: 'Edb.log', gen: 4829, sig: LOG_SIG, attached });
const DEFRAGGED = sig('8/9/1999 2:15:3', 811223344);

describe('db-signature-mismatch on the samples', () => {
  it('55-db-signature-mismatch', () => {
    expect(sampleFindings('55-db-signature-mismatch', 'db-signature-mismatch')).toEqual([
      {
        rule: 'db-signature-mismatch',
        severity: 'error',
        subjects: ['priv.edb', 'Edb012cf.log'],
        message: 'priv.edb DB Signature Create time:8/7/1999 1:14:52 Rand:711306417 Computer: differs from the signature Edb012cf.log records for E:\\exchsrvr\\mdbdata\\priv.edb (Create time:8/3/1999 17:37:44 Rand:710961251 Computer:): no log may be replayed into this copy; point-in-time restore only.',
      },
    ]);
  });

  it('does not fire on 55-kb-roll-forward', () => {
    expect(sampleFindings('55-kb-roll-forward', 'db-signature-mismatch')).toEqual([]);
  });
});

describe('db-signature-mismatch (Q237767 roll-forward step 6)', () => {
  it('compares the DB Signature with the one the anchor log records and gives point-in-time', () => {
    const priv = dbHeader({ file: 'priv.edb', state: 'clean', dbSig: DEFRAGGED, logSig: LOG_SIG, lastConsistent: 4815 });
    const report = check([input('mh.txt', [priv, PUB_MH]), input('logs.txt', [...kbLogs(4815, 4828), edbLog()])]);
    const [finding] = findingsOf(report, 'db-signature-mismatch');
    expect(finding).toMatchObject({
      severity: 'error',
      subjects: ['priv.edb', 'Edb012cf.log'],
      message: 'priv.edb DB Signature Create time:8/9/1999 2:15:3 Rand:811223344 Computer: differs from the signature Edb012cf.log records for E:\\exchsrvr\\mdbdata\\priv.edb (Create time:8/3/1999 17:37:44 Rand:710961251 Computer:): no log may be replayed into this copy; point-in-time restore only.',
      evidence: [
        { input: 'mh.txt', line: 2, text: 'DB Signature: Create time:8/9/1999 2:15:3 Rand:811223344 Computer:' },
        { input: 'logs.txt', line: 5, text: 'Signature: Create time:8/3/1999 17:37:44 Rand:710961251 Computer:' },
      ],
    });
    expect(report.databases.map((d) => d.verdict.kind)).toEqual(['point-in-time', 'roll-forward']);
    expect(report.verdict).toBe('point-in-time');
  });
});

describe('db-signature-mismatch from sigchk.bat\'s and pathchk.bat\'s anchor lines (Q237767, issue 16)', () => {
  it('the anchor\'s second `Signature:` is dbid 1\'s; pathchk\'s `1 T:\\…\\PRIV.EDB` names it', () => {
    const report = check([headers({ privDbSignature: 'Signature: Create time:8/3/1999 17:37:45 Rand:710999999 Computer:' }), sigchk(), pathchk()]);
    expect(findingsOf(report, 'db-signature-mismatch').map((f) => [f.subjects, f.message, f.evidence.map((e) => `${e.input}:${e.line}`)])).toEqual([
      [
        ['priv.edb', 'edb012cf.log'],
        'priv.edb DB Signature Create time:8/3/1999 17:37:45 Rand:710999999 Computer: differs from the signature edb012cf.log records for T:\\exchsrvr\\MDBDATA\\PRIV.EDB (Create time:8/3/1999 17:37:44 Rand:710961251 Computer:): no log may be replayed into this copy; point-in-time restore only.',
        ['console.txt:6', 'Log Signature Check.txt:2'],
      ],
    ]);
    expect(report.databases.map((d) => [d.name, d.verdict.kind])).toEqual([['priv.edb', 'point-in-time'], ['pub.edb', 'roll-forward']]);
  });

  it('does not fire when the anchor\'s lines match the DB Signatures (55-kb-batch-files)', () => {
    expect(sampleFindings('55-kb-batch-files', 'db-signature-mismatch')).toEqual([]);
    expect(findingsOf(check([headers(), sigchk(), pathchk()]), 'db-signature-mismatch')).toEqual([]);
  });
});
