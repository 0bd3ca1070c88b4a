/**
 * anchor-log: Anchor log of each database (Q296787 roll-forward step 2; Q237767 roll-forward step 1).
 * The exact findings on the samples that trigger it and on one that does not, then the cases built from
 * synthetic dumps (test/rules/builders.ts).
 */
import { describe, expect, it } from 'vitest';
import {
  check, dbHeader, findingsOf, input, kbLogs, LOG_SIG, logHeader, PRIV_AT, PRIV_MH, PUB_AT,
} from './builders.js';
import { sampleFindings } from './sample-findings.js';

const EDB_LOG = logHeader({ file: 'Edb.log', gen: 4829, sig: LOG_SIG, attached: [PRIV_AT, PUB_AT] });

describe('anchor-log on the samples', () => {
  it('55-kb-roll-forward', () => {
    expect(sampleFindings('55-kb-roll-forward', 'anchor-log')).toEqual([
      {
        rule: 'anchor-log',
        severity: 'info',
        subjects: ['priv.edb'],
        message: 'priv.edb: Last Consistent (4815,7337,362) is in generation 4815 → anchor log Edb012cf.log (4815, 0x12CF).',
      },
      {
        rule: 'anchor-log',
        severity: 'info',
        subjects: ['pub.edb'],
        message: 'pub.edb: Last Consistent (4815,7337,400) is in generation 4815 → anchor log Edb012cf.log (4815, 0x12CF).',
      },
      {
        rule: 'anchor-log',
        severity: 'info',
        subjects: ['priv.edb', 'pub.edb'],
        message: 'Low anchor of the Edb log stream (signature 8/3/1999 17:37:42, Rand 710915685): Edb012cf.log (4815, 0x12CF) (priv.edb, pub.edb); replay of the stream starts there.',
      },
    ]);
  });

  it('55-mixed-anchors', () => {
    expect(sampleFindings('55-mixed-anchors', 'anchor-log')).toEqual([
      {
        rule: 'anchor-log',
        severity: 'info',
        subjects: ['priv.edb'],
        message: 'priv.edb: Last Consistent (4801,6120,88) is in generation 4801 → anchor log Edb012c1.log (4801, 0x12C1).',
      },
      {
        rule: 'anchor-log',
        severity: 'info',
        subjects: ['pub.edb'],
        message: 'pub.edb: Last Consistent (4815,7337,410) is in generation 4815 → anchor log Edb012cf.log (4815, 0x12CF).',
      },
      {
        rule: 'anchor-log',
        severity: 'info',
        subjects: ['pub.edb'],
        message: 'Low anchor of the Edb log stream (signature 8/3/1999 17:37:42, Rand 710915685): Edb012cf.log (4815, 0x12CF) (pub.edb); replay of the stream starts there. priv.edb replays no log and does not count for it.',
      },
    ]);
  });

  it('does not fire on 2003-jet-error-footer', () => {
    expect(sampleFindings('2003-jet-error-footer', 'anchor-log')).toEqual([]);
  });
});

describe('anchor-log (Q296787 roll-forward step 2)', () => {
  it('names the anchor of a clean database in decimal, hex and file name, citing Last Consistent', () => {
    const report = check([input('priv.txt', [PRIV_MH]), input('logs.txt', [...kbLogs(4815, 4828), EDB_LOG])]);
    const [finding] = findingsOf(report, 'anchor-log');
    expect(finding).toMatchObject({
      severity: 'info',
      subjects: ['priv.edb'],
      message: 'priv.edb: Last Consistent (4815,7337,362) is in generation 4815 → anchor log Edb012cf.log (4815, 0x12CF).',
      evidence: [
        { input: 'priv.txt', line: 4, text: 'Last Consistent (4815,7337,362)  8/6/1999 20:46:33' },
        { input: 'logs.txt', line: 2, text: 'lGeneration (4815)' },
      ],
    });
    expect(report.databases[0]!.anchor).toEqual({ generation: 4815, hex: '12CF', file: 'Edb012cf.log' });
  });

  it('takes the low end of Log Required as the anchor of a dirty database', () => {
    const dirty = dbHeader({ file: 'Mailbox Database.edb', state: 'dirty', stateText: 'Dirty Shutdown', logSig: LOG_SIG, logRequired: [4816, 4817], radix: 16 });
    const report = check([input('mh.txt', [dirty]), input('logs.txt', kbLogs(4815, 4818))]);
    expect(report.databases[0]!.anchor?.generation).toBe(4816);
    expect(findingsOf(report, 'anchor-log')[0]!.message).toBe('Mailbox Database.edb: Log Required 4816-4817 starts at anchor log Edb012d0.log (4816, 0x12D0).');
  });

  it('names the low anchor of a stream when its databases have different anchors', () => {
    const pubOlder = dbHeader({ file: 'pub.edb', state: 'clean', logSig: LOG_SIG, lastConsistent: 4817 });
    const report = check([input('mh.txt', [PRIV_MH, pubOlder]), input('logs.txt', [...kbLogs(4815, 4828), EDB_LOG])]);
    const low = findingsOf(report, 'anchor-log').find((f) => f.message.startsWith('Low anchor'));
    expect(low?.message).toBe('Low anchor of the Edb log stream (signature 8/3/1999 17:37:42, Rand 710915685): Edb012cf.log (4815, 0x12CF) (priv.edb); replay of the stream starts there.');
    expect(report.streams[0]!.lowAnchor).toEqual({ generation: 4815, hex: '12CF', file: 'Edb012cf.log' });
  });
});
