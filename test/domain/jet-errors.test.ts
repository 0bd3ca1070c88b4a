import { describe, expect, it } from 'vitest';
import { findJetError, jetCodeForms, parseJetCode } from '../../src/domain/jet-errors.js';

describe('JET error codes (ese-format §8, Q237767)', () => {
  it('reads every numeric form and the name of -530 as the same code', () => {
    for (const form of ['-530', '4294966766', '0xfffffdee', '0xFFFFFDEE', 'JET_errBadLogSignature']) {
      expect(parseJetCode(form)).toBe(-530);
    }
  });

  it('prints the three forms the KB lists for -1811', () => {
    expect(jetCodeForms(-1811)).toEqual({ signed: -1811, unsigned: 4294965485, hex: '0xFFFFF8ED' });
  });

  it('knows the ESE97 name of -550', () => {
    expect(parseJetCode('JET_errDatabaseInconsistent')).toBe(-550);
    expect(findJetError(-550)?.name).toBe('JET_errDatabaseDirtyShutdown');
  });

  it('rejects text that is not a code', () => {
    expect(parseJetCode('hello')).toBeUndefined();
    expect(parseJetCode('99999999999')).toBeUndefined();
  });
});
