/**
 * log-sequence: Invalid log sequence (prev-gen time chain) (ese-binary §2 (tmPrevGen); eseutil /ml "Invalid log sequence").
 * The exact findings on the samples that trigger it and on one that does not.
 */
import { describe, expect, it } from 'vitest';
import { sampleFindings } from './sample-findings.js';

describe('log-sequence on the samples', () => {
  it('does not fire on 55-kb-roll-forward', () => {
    expect(sampleFindings('55-kb-roll-forward', 'log-sequence')).toEqual([]);
  });
});
