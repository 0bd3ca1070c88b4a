/**
 * ese-header: ESE file header (ese-binary §1 (shadow header), §2 (JET_errLogFileSizeMismatch -541)).
 * The exact findings on the samples that trigger it and on one that does not.
 */
import { describe, expect, it } from 'vitest';
import { sampleFindings } from './sample-findings.js';

describe('ese-header on the samples', () => {
  it('does not fire on 55-kb-roll-forward', () => {
    expect(sampleFindings('55-kb-roll-forward', 'ese-header')).toEqual([]);
  });
});
