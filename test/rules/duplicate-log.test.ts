/**
 * duplicate-log: Two captures of one log disagree (Q296787 roll-forward step 5 ("Do not overwrite logs already in place… without backing them up first")).
 * The exact findings on the samples that trigger it and on one that does not, then the cases built from
 * synthetic dumps (test/rules/builders.ts).
 */
import { describe, expect, it } from 'vitest';
import {
  check, findingsOf, input, kbLogs, LOG_SIG, logHeader, OTHER_SIG, PRIV_AT, PRIV_MH, PUB_AT, PUB_MH,
} from './builders.js';
import { sampleFindings } from './sample-findings.js';

const edbLog = (gen: number, sig = LOG_SIG) => logHeader({ file: 'Edb.log', gen, sig, attached: [PRIV_AT, PUB_AT] });
const dbs = input('mh.txt', [PRIV_MH, PUB_MH]);

describe('duplicate-log on the samples', () => {
  it('55-duplicate-log', () => {
    expect(sampleFindings('55-duplicate-log', 'duplicate-log')).toEqual([
      {
        rule: 'duplicate-log',
        severity: 'warning',
        subjects: ['Edb012d5.log'],
        message: 'Edb012d5.log was captured twice with different content: lGeneration 4821 / 4821, signature Create time:8/3/1999 17:37:42 Rand:710915685 Computer: / Create time:8/3/1999 17:31:18 Rand:710538904 Computer:; the copy from tape1-logs.txt line 176 matches the anchor and is kept.',
      },
    ]);
  });

  it('does not fire on 55-kb-roll-forward', () => {
    expect(sampleFindings('55-kb-roll-forward', 'duplicate-log')).toEqual([]);
  });
});

describe('duplicate-log', () => {
  it('keeps the copy of a generation that matches the anchor signature and moves the other aside', () => {
    const foreignCopy = logHeader({ file: 'Edb012d2 (2).log', gen: 4818, sig: OTHER_SIG });
    const report = check([dbs, input('logs.txt', [...kbLogs(4815, 4828), edbLog(4829)]), input('other.txt', [foreignCopy])]);
    const [finding] = findingsOf(report, 'duplicate-log');
    expect(finding).toMatchObject({
      severity: 'warning',
      subjects: ['Edb012d2.log', 'Edb012d2 (2).log'],
      message: 'Generation Edb012d2.log (4818, 0x12D2) was captured twice: Edb012d2.log matches the anchor signature and is kept; Edb012d2 (2).log has another signature and is moved aside.',
    });
    expect(report.verdict).toBe('roll-forward');
  });

  it('keeps apart two captures of one file name that disagree', () => {
    const other = logHeader({ file: 'Edb012d2.log', gen: 4818, sig: OTHER_SIG });
    const report = check([dbs, input('logs.txt', [...kbLogs(4815, 4828), edbLog(4829)]), input('set2.txt', [other])]);
    const messages = findingsOf(report, 'duplicate-log').map((f) => f.message);
    expect(messages[0]).toBe(
      'Edb012d2.log was captured twice with different content: lGeneration 4818 / 4818, signature Create time:8/3/1999 17:37:42 Rand:710915685 Computer: / Create time:8/2/1999 16:22:38 Rand:3070420 Computer:; the copy from logs.txt line 25 matches the anchor and is kept.',
    );
  });
});
