import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import {
  checkUtf8,
  chooseSingleByteEncoding,
  decodeBytes,
  detectEncoding,
  detectUtf16ByNuls,
  incompleteUtf8Tail,
  parseEncodingName,
} from '../../src/input/decode.js';

const LINE = 'Database: D:\\Données\\priv.edb\r\n';

describe('detectEncoding', () => {
  it('reads a UTF-8 BOM as utf-8 with a 3-byte mark', () => {
    expect(detectEncoding(Buffer.from('\ufeffState: Consistent', 'utf8'))).toEqual({ encoding: 'utf-8', bomLength: 3 });
  });

  it('reads the FF FE mark of a PowerShell 5.1 redirection as utf-16le', () => {
    expect(detectEncoding(Buffer.from('\ufeffState: Consistent', 'utf16le'))).toEqual({ encoding: 'utf-16le', bomLength: 2 });
  });

  it('reads the FE FF mark as utf-16be', () => {
    expect(detectEncoding(Buffer.from([0xfe, 0xff, 0, 0x41, 0, 0x42]))).toEqual({ encoding: 'utf-16be', bomLength: 2 });
  });

  it('recognizes UTF-16LE without a BOM from the NUL in every odd byte', () => {
    expect(detectEncoding(Buffer.from('lGeneration: 4815 (0x12CF)', 'utf16le'))).toEqual({ encoding: 'utf-16le', bomLength: 0 });
  });

  it('recognizes UTF-16BE without a BOM from the NUL in every even byte', () => {
    const le = Buffer.from('lGeneration: 4815', 'utf16le');
    expect(detectEncoding(Buffer.from(le).swap16())).toEqual({ encoding: 'utf-16be', bomLength: 0 });
  });

  it('takes valid UTF-8 without BOM as utf-8', () => {
    expect(detectEncoding(Buffer.from(LINE, 'utf8')).encoding).toBe('utf-8');
  });

  it('takes pure ASCII as utf-8', () => {
    expect(detectEncoding(Buffer.from('State: Dirty Shutdown\r\n')).encoding).toBe('utf-8');
  });

  it('takes a cmd capture with é as 0x82 for cp850', () => {
    expect(detectEncoding(iconv.encode(LINE, 'cp850')).encoding).toBe('cp850');
  });

  it('takes a Notepad ANSI capture with é as 0xE9 for windows-1252', () => {
    expect(detectEncoding(iconv.encode(LINE, 'windows1252')).encoding).toBe('windows-1252');
  });
});

describe('chooseSingleByteEncoding', () => {
  it('prefers windows-1252 for a right single quote between letters (0x92)', () => {
    expect(chooseSingleByteEncoding(Buffer.from('the log doesn\x92t match', 'latin1'))).toBe('windows-1252');
  });

  it('prefers an OEM page for box-drawing progress bars', () => {
    expect(chooseSingleByteEncoding(Buffer.from([0xda, 0xc4, 0xc4, 0xc4, 0xbf, 0x0d, 0x0a]))).not.toBe('windows-1252');
  });

  it('prefers cp850 over cp437 for Ó (0xE0), a letter only cp850 has there', () => {
    expect(chooseSingleByteEncoding(iconv.encode('INFORMACIÓN del registro', 'cp850'))).toBe('cp850');
  });

  it('defaults to cp850 when no byte is above 0x7F', () => {
    expect(chooseSingleByteEncoding(Buffer.from('plain'))).toBe('cp850');
  });
});

describe('checkUtf8', () => {
  it('says ascii when no byte is high', () => {
    expect(checkUtf8(Buffer.from('abc'))).toBe('ascii');
  });
  it('says utf-8 for valid multi-byte text', () => {
    expect(checkUtf8(Buffer.from('é€𝄞', 'utf8'))).toBe('utf-8');
  });
  it('says invalid for a lone continuation byte', () => {
    expect(checkUtf8(Buffer.from([0x61, 0x82, 0x61]))).toBe('invalid');
  });
  it('says invalid for an overlong encoding', () => {
    expect(checkUtf8(Buffer.from([0xc0, 0xaf]))).toBe('invalid');
  });
  it('accepts a sequence cut at the end of a chunk unless it is the end of input', () => {
    const cut = Buffer.from('é', 'utf8').subarray(0, 1);
    expect(checkUtf8(cut, false)).toBe('utf-8');
    expect(checkUtf8(cut, true)).toBe('invalid');
  });
});

describe('incompleteUtf8Tail', () => {
  it('counts the bytes of a 3-byte character cut after 2 bytes', () => {
    expect(incompleteUtf8Tail(Buffer.concat([Buffer.from('ab'), Buffer.from('€', 'utf8').subarray(0, 2)]))).toBe(2);
  });
  it('is 0 after a complete character', () => {
    expect(incompleteUtf8Tail(Buffer.from('a€', 'utf8'))).toBe(0);
  });
});

describe('detectUtf16ByNuls', () => {
  it('does not take a binary with scattered NULs for UTF-16', () => {
    expect(detectUtf16ByNuls(Buffer.from([1, 0, 0, 3, 4, 0, 0, 0, 9, 9, 9, 9]))).toBeUndefined();
  });
});

describe('parseEncodingName', () => {
  it.each([
    ['utf8', 'utf-8'],
    ['UTF-16LE', 'utf-16le'],
    ['unicode', 'utf-16le'],
    ['850', 'cp850'],
    ['ibm437', 'cp437'],
    ['cp1252', 'windows-1252'],
  ])('reads %s as %s', (text, name) => {
    expect(parseEncodingName(text)).toBe(name);
  });
  it('rejects an encoding esereport does not decode', () => {
    expect(parseEncodingName('shift_jis')).toBeUndefined();
  });
});

describe('decodeBytes', () => {
  it('decodes a cp850 capture and names the encoding', () => {
    expect(decodeBytes(iconv.encode(LINE, 'cp850'))).toEqual({ text: LINE, encoding: 'cp850' });
  });
  it('strips the BOM of UTF-16LE text', () => {
    expect(decodeBytes(Buffer.from('\ufeffE00.log', 'utf16le'))).toEqual({ text: 'E00.log', encoding: 'utf-16le' });
  });
  it('honours a forced encoding over detection', () => {
    expect(decodeBytes(Buffer.from([0x82]), { encoding: 'cp437' }).text).toBe('é');
  });
});
