/**
 * db-not-clean: Database is not in a clean state (Q237767 backup step 2; Q296787 roll-forward step 2; ese-format §1.5, §6).
 * The exact findings on the samples that trigger it and on one that does not, then the cases built from
 * synthetic dumps (test/rules/builders.ts).
 */
import { describe, expect, it } from 'vitest';
import {
  check, dbHeader, findingsOf, input, kbLogs, LOG_SIG, rulesWith,
} from './builders.js';
import { sampleFindings } from './sample-findings.js';

describe('db-not-clean on the samples', () => {
  it('2010-dirty-missing-required', () => {
    expect(sampleFindings('2010-dirty-missing-required', 'db-not-clean')).toEqual([
      {
        rule: 'db-not-clean',
        severity: 'error',
        subjects: ['Mailbox Database 1234567890.edb'],
        message: 'Mailbox Database 1234567890.edb is "Dirty Shutdown" and needs Log Required E000000008F.log … E0000000091.log (143–145, 0x8F–0x91); E0000000090.log … E0000000091.log (144–145, 0x90–0x91) are missing or cannot replay: the database cannot be made consistent.',
      },
    ]);
  });

  it('2010-dirty-with-required-logs', () => {
    expect(sampleFindings('2010-dirty-with-required-logs', 'db-not-clean')).toEqual([
      {
        rule: 'db-not-clean',
        severity: 'warning',
        subjects: ['Mailbox Database 1234567890.edb'],
        message: 'Mailbox Database 1234567890.edb is "Dirty Shutdown" (not a valid offline backup as it is) and needs Log Required E000000008F.log … E0000000091.log (143–145, 0x8F–0x91): all are present, so soft recovery can make it consistent.',
      },
    ]);
  });

  it('does not fire on 55-kb-roll-forward', () => {
    expect(sampleFindings('55-kb-roll-forward', 'db-not-clean')).toEqual([]);
  });
});

describe('db-not-clean (Q237767 backup step 2, ese-format §1.5)', () => {
  const dirty = (low: number, high: number) =>
    dbHeader({ file: 'Mailbox Database.edb', state: 'dirty', stateText: 'Dirty Shutdown', logSig: LOG_SIG, logRequired: [low, high], radix: 16 });

  it('is a warning when every Log Required generation is present, and the database rolls forward', () => {
    const report = check([input('mh.txt', [dirty(4815, 4817)]), input('logs.txt', kbLogs(4815, 4818))]);
    const [finding] = findingsOf(report, 'db-not-clean');
    expect(finding).toMatchObject({ severity: 'warning', evidence: [{ input: 'mh.txt', line: 3, text: 'State: Dirty Shutdown' }, { input: 'mh.txt', line: 4, text: 'Log Required: 4815-4817 (0x12cf-0x12d1)' }] });
    expect(report.databases[0]!.verdict).toMatchObject({ kind: 'roll-forward', replayFrom: 4815, replayThrough: 4818 });
  });

  it('is an error naming the missing generation, and the database is not restorable', () => {
    const logs = kbLogs(4815, 4818).filter((_, i) => i !== 1);
    const report = check([input('mh.txt', [dirty(4815, 4817)]), input('logs.txt', logs)]);
    const [finding] = findingsOf(report, 'db-not-clean');
    expect(finding!.severity).toBe('error');
    expect(finding!.message).toBe(
      'Mailbox Database.edb is "Dirty Shutdown" and needs Log Required Edb012cf.log … Edb012d1.log (4815–4817, 0x12CF–0x12D1); Edb012d0.log … Edb012d1.log (4816–4817, 0x12D0–0x12D1) are missing or cannot replay: the database cannot be made consistent.',
    );
    expect(report.databases[0]!.verdict.kind).toBe('not-restorable');
    expect(rulesWith(report, 'error')).toEqual(['db-not-clean', 'generation-gap']);
  });

  it('calls a Just Created database unusable', () => {
    const report = check([input('mh.txt', [dbHeader({ file: 'priv.edb', state: 'justCreated', logSig: LOG_SIG })])]);
    expect(findingsOf(report, 'db-not-clean')[0]).toMatchObject({ severity: 'error', message: 'priv.edb is in state "JustCreated": this copy cannot be used; restore a copy that was shut down cleanly.' });
    expect(report.verdict).toBe('not-restorable');
  });
});
