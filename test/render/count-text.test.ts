import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countText } from '../../src/render/count-text.js';

describe('countText', () => {
  it('separates thousands as en-US does', () => {
    expect([0, 7, 999, 1000, 10_001, 100_001, 1_234_567, -4815, -1000].map(countText)).toEqual([
      '0', '7', '999', '1,000', '10,001', '100,001', '1,234,567', '-4,815', '-1,000',
    ]);
  });

  it('prints every safe integer exactly as toLocaleString("en-US")', () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer(), fc.maxSafeInteger(), fc.integer({ min: Number.MIN_SAFE_INTEGER, max: 0 }), fc.nat(99_999)), (n) => {
        expect(countText(n)).toBe(n.toLocaleString('en-US'));
      }),
      { numRuns: 500, seed: 42 },
    );
  });
});
