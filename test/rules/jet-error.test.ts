/**
 * jet-error: eseutil ended with an error (Q237767 (JET error codes); ese-format §0.3, §8).
 * The exact findings on the samples that trigger it and on one that does not, then the cases built from
 * synthetic dumps (test/rules/builders.ts).
 */
import { describe, expect, it } from 'vitest';
import {
  check, errorFooter, findingsOf, input,
} from './builders.js';
import { sampleFindings } from './sample-findings.js';


describe('jet-error on the samples', () => {
  it('2003-jet-error-footer', () => {
    expect(sampleFindings('2003-jet-error-footer', 'jet-error')).toEqual([
      {
        rule: 'jet-error',
        severity: 'error',
        subjects: ['priv.edb'],
        message: 'priv.edb: error -1018 JET_errReadVerifyFailure (4294966278, 0xFFFFFC06): Checksum error on a database page. This database copy has a damaged page: restore a known-good backup and roll forward.',
      },
      {
        rule: 'jet-error',
        severity: 'error',
        subjects: ['priv1.edb'],
        message: 'priv1.edb: error -1811 JET_errFileNotFound (4294965485, 0xFFFFF8ED): File not found. A file was not found: during replay this usually means a database is not at the path recorded in the logs (pathchk). Restore it to that path (Q237767).',
      },
      {
        rule: 'jet-error',
        severity: 'error',
        subjects: ['priv1.edb'],
        message: 'priv1.edb: error -1811 JET_errFileNotFound (4294965485, 0xFFFFF8ED): File not found. A file was not found: during replay this usually means a database is not at the path recorded in the logs (pathchk). Restore it to that path (Q237767).',
      },
    ]);
  });

  it('does not fire on 55-kb-roll-forward', () => {
    expect(sampleFindings('55-kb-roll-forward', 'jet-error')).toEqual([]);
  });
});

describe('jet-error (ese-format §0.3, §8)', () => {
  it('names the error in its signed, unsigned and hex forms with its restore advice', () => {
    const report = check([input('mh.txt', [errorFooter({ code: -1811, name: 'JET_errFileNotFound', file: 'priv.edb', text: 'Operation terminated with error -1811 (JET_errFileNotFound, File not found) after 0.47 seconds.' })])]);
    const [finding] = findingsOf(report, 'jet-error');
    expect(finding!.message).toBe(
      'priv.edb: error -1811 JET_errFileNotFound (4294965485, 0xFFFFF8ED): File not found. A file was not found: during replay this usually means a database is not at the path recorded in the logs (pathchk). Restore it to that path (Q237767).',
    );
    expect(report.verdict).toBe('undetermined');
    expect(report.summary).toBe(
      'UNDETERMINED — no database or log header was captured, only an error (Operation terminated with error -1811 (JET_errFileNotFound, File not found) after 0.47 seconds.); capture eseutil /mh of each database and eseutil /ml of its logs',
    );
  });
});
