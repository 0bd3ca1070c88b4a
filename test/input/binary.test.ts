import { describe, expect, it } from 'vitest';
import { detectBinary, eseBinaryMessage, eseFileRole, hasEseMagic } from '../../src/input/binary.js';

/** First bytes of an ESE file: checksum, then 0x89ABCDEF little-endian. */
const ESE_HEAD = Buffer.from([0x12, 0x34, 0x56, 0x78, 0xef, 0xcd, 0xab, 0x89, 0, 0, 0, 0, 0x20, 0x06, 0, 0]);

describe('hasEseMagic', () => {
  it('finds 0x89ABCDEF little-endian at offset 4', () => {
    expect(hasEseMagic(ESE_HEAD)).toBe(true);
  });
  it('does not find it in text', () => {
    expect(hasEseMagic(Buffer.from('Initiating FILE DUMP mode...'))).toBe(false);
  });
});

describe('eseFileRole', () => {
  it.each([
    ['D:\\MDBDATA\\PRIV.EDB', 'database'],
    ['priv1.stm', 'database'],
    ['ntds.dit', 'database'],
    ['E00000012CF.log', 'log'],
    ['V01.jtx', 'log'],
    ['E00.chk', 'checkpoint'],
    ['edb.jcp', 'checkpoint'],
    ['mystery.bin', undefined],
  ])('%s is a %s file', (name, role) => {
    expect(eseFileRole(name)).toBe(role);
  });
});

describe('detectBinary', () => {
  it('answers a database given by mistake with the /mh command to run', () => {
    expect(detectBinary(ESE_HEAD, 'priv.edb')).toEqual({
      kind: 'ese-binary',
      message:
        'priv.edb is an ESE database file, not a text capture: run `eseutil /mh priv.edb` and pass its output to esereport (`eseutil /mh priv.edb | esereport`).',
    });
  });

  it('answers a log with /ml and a checkpoint with /mk', () => {
    expect(detectBinary(ESE_HEAD, 'edb012cf.log')?.message).toContain('`eseutil /ml edb012cf.log`');
    expect(detectBinary(ESE_HEAD, 'E00.chk')?.message).toContain('`eseutil /mk E00.chk`');
  });

  it('names all three commands when the extension does not tell the role', () => {
    expect(eseBinaryMessage('<stdin>')).toBe(
      '<stdin> is an ESE file (database, log or checkpoint), not a text capture: run `eseutil /mh <stdin>` for a database, `eseutil /ml <stdin>` for a log or `eseutil /mk <stdin>` for a checkpoint, and pass its output to esereport.',
    );
  });

  it('quotes a path with spaces in the command', () => {
    expect(eseBinaryMessage('C:\\Exchange Server\\priv.edb')).toContain('`eseutil /mh "C:\\Exchange Server\\priv.edb"`');
  });

  it('calls a file with NUL bytes that UTF-16 does not explain "not a text capture"', () => {
    expect(detectBinary(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 0x08, 0]), 'logs.zip')).toEqual({
      kind: 'binary',
      message: 'logs.zip is a binary file, not a text capture of eseutil, esentutl or esefile output.',
    });
  });

  it('accepts UTF-16LE text with and without BOM', () => {
    expect(detectBinary(Buffer.from('\ufeffState: Consistent', 'utf16le'), 'a.txt')).toBeUndefined();
    expect(detectBinary(Buffer.from('State: Consistent', 'utf16le'), 'a.txt')).toBeUndefined();
  });

  it('accepts text with tabs, form feeds and ANSI escapes', () => {
    expect(detectBinary(Buffer.from('a\tb\f\x1b[0m\r\n'), 'a.txt')).toBeUndefined();
  });
});
