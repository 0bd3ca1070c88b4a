/**
 * log-sequence: Invalid log sequence (prev-gen time chain) (ese-binary §2 (tmPrevGen); eseutil /ml "Invalid log sequence").
 * No capture sample has a broken prev-gen chain: the findings on a copy of srum-dirty-ese-files
 * whose SRU.log is changed here as test/binary/check.test.ts changes it (through the CLI), and on
 * the samples untouched.
 */
import { describe, expect, it } from 'vitest';
import { view, xorChecksum } from '../../src/binary/bytes.js';
import { damagedSampleFindings, sampleFindings } from './sample-findings.js';

/** One second more on SRU.log's prev-gen time (byte 24), its header checksum rewritten. */
function laterPrevGen(bytes: Buffer): Buffer {
  bytes[24] = (bytes[24]! + 1) % 60;
  view(bytes).setUint32(0, xorChecksum(bytes, 0, 4096), true);
  return bytes;
}

describe('log-sequence on the samples', () => {
  it("srum-dirty-ese-files with a prev-gen time that is not the previous log's creation time", () => {
    expect(damagedSampleFindings('srum-dirty-ese-files', { 'SRU.log': laterPrevGen }, 'log-sequence')).toEqual([
      {
        rule: 'log-sequence',
        severity: 'error',
        subjects: ['SRU00051.log', 'SRU.log'],
        message:
          'Invalid log sequence: SRU.log (generation 82) says the previous generation was created 02/14/2021 02:32:44.303 UTC, but SRU00051.log (generation 81) was created 02/14/2021 02:32:43.303 UTC: they are not one sequence, and replay stops after SRU00051.log.',
      },
    ]);
  });

  it('does not fire on srum-dirty-ese-files as captured', () => {
    expect(sampleFindings('srum-dirty-ese-files', 'log-sequence')).toEqual([]);
  });

  it('does not fire on 55-kb-roll-forward', () => {
    expect(sampleFindings('55-kb-roll-forward', 'log-sequence')).toEqual([]);
  });
});
