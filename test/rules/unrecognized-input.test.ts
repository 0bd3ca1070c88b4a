/**
 * unrecognized-input: Input text not recognized (SPEC §3).
 * The exact findings on the samples that trigger it and on one that does not, then the cases built from
 * synthetic dumps (test/rules/builders.ts).
 */
import { describe, expect, it } from 'vitest';
import {
  check, findingsOf, input, PRIV_MH,
} from './builders.js';
import { sampleFindings } from './sample-findings.js';

describe('unrecognized-input on the samples', () => {
  it('messy-web-paste', () => {
    expect(sampleFindings('messy-web-paste', 'unrecognized-input')).toEqual([
      {
        rule: 'unrecognized-input',
        severity: 'warning',
        subjects: ['forum-post.txt'],
        message: 'forum-post.txt: 14 lines not recognized (lines 1–7, 103, 123, 399, 455, 487–489).',
      },
    ]);
  });

  it('does not fire on 55-kb-roll-forward', () => {
    expect(sampleFindings('55-kb-roll-forward', 'unrecognized-input')).toEqual([]);
  });
});

describe('unrecognized-input (SPEC §3)', () => {
  it('reports the unrecognized line ranges of each input', () => {
    const report = check([input('paste.txt', [PRIV_MH], [{ startLine: 20, endLine: 22, text: 'thanks for any help\nJoe\n' }, { startLine: 30, endLine: 30, text: 'sent from my phone' }])]);
    expect(findingsOf(report, 'unrecognized-input')).toMatchObject([
      {
        severity: 'warning',
        subjects: ['paste.txt'],
        message: 'paste.txt: 4 lines not recognized (lines 20–22, 30).',
        evidence: [{ input: 'paste.txt', line: 20, text: 'thanks for any help' }, { input: 'paste.txt', line: 30, text: 'sent from my phone' }],
      },
    ]);
    expect(report.inputs).toEqual([{ name: 'paste.txt', dumps: 1, unrecognized: 2, encoding: 'utf-8' }]);
  });
});
