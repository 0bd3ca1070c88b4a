/**
 * ese-header: ESE file header (ese-binary §1 (shadow header), §2 (JET_errLogFileSizeMismatch -541)).
 * No capture sample has a damaged ESE file: the findings on copies of srum-dirty-ese-files damaged
 * here as test/binary/check.test.ts damages them (through the CLI), and on the samples untouched.
 */
import { describe, expect, it } from 'vitest';
import { damagedSampleFindings, sampleFindings } from './sample-findings.js';

describe('ese-header on the samples', () => {
  it('srum-dirty-ese-files with a flipped byte in the primary database header: the shadow copy is used', () => {
    const flip = (bytes: Buffer): Buffer => {
      bytes[100] = bytes[100]! ^ 0xff;
      return bytes;
    };
    expect(damagedSampleFindings('srum-dirty-ese-files', { 'SRUDB.dat': flip }, 'ese-header')).toEqual([
      {
        rule: 'ese-header',
        severity: 'warning',
        subjects: ['SRUDB.dat'],
        message: 'the primary header of SRUDB.dat fails its checksum; its shadow copy (page 1) is good and was used.',
      },
    ]);
  });

  it('srum-dirty-ese-files with a truncated log: an error (JET_errLogFileSizeMismatch)', () => {
    expect(damagedSampleFindings('srum-dirty-ese-files', { 'SRU00051.log': (bytes) => bytes.subarray(0, 40960) }, 'ese-header')).toEqual([
      {
        rule: 'ese-header',
        severity: 'error',
        subjects: ['SRU00051.log'],
        message: 'SRU00051.log is 40960 bytes but its header says 16 sectors of 4096 bytes = 65536 (JET_errLogFileSizeMismatch, -541): a truncated or padded copy that cannot be replayed.',
      },
    ]);
  });

  it('does not fire on srum-dirty-ese-files as captured', () => {
    expect(sampleFindings('srum-dirty-ese-files', 'ese-header')).toEqual([]);
  });

  it('does not fire on 55-kb-roll-forward', () => {
    expect(sampleFindings('55-kb-roll-forward', 'ese-header')).toEqual([]);
  });
});
