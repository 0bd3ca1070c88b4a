import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { decodeLines, LineDecoder } from '../../src/input/lines.js';

/** Feeds `bytes` one byte at a time: every possible chunk boundary is crossed. */
function byteByByte(bytes: Buffer, sniffBytes = 4): { lines: string[]; decoder: LineDecoder } {
  const decoder = new LineDecoder({ inputName: 't.txt', sniffBytes });
  const lines: string[] = [];
  for (const b of bytes) lines.push(...decoder.push(Buffer.from([b])));
  lines.push(...decoder.end());
  return { lines, decoder };
}

describe('LineDecoder line endings', () => {
  it.each([
    ['a\r\nb\r\n', ['a', 'b'], 'CRLF'],
    ['a\nb\n', ['a', 'b'], 'LF'],
    ['a\rb\r', ['a', 'b'], 'CR'],
    ['a\r\nb\nc\rd', ['a', 'b', 'c', 'd'], 'mixed'],
    ['only line', ['only line'], 'none'],
    ['a\n\n\nb', ['a', '', '', 'b'], 'LF'],
    ['a\r\r\nb', ['a', '', 'b'], 'mixed'],
  ])('splits %j into %j (%s)', (text, lines, ending) => {
    const whole = decodeLines(Buffer.from(text), { inputName: 't.txt' });
    expect(whole.lines).toEqual(lines);
    expect(whole.lineEnding).toBe(ending);
    const split = byteByByte(Buffer.from(text));
    expect(split.lines).toEqual(lines);
    expect(split.decoder.lineEnding).toBe(ending);
  });

  it('counts a CRLF split across two chunks as one CRLF', () => {
    const decoder = new LineDecoder({ inputName: 't', sniffBytes: 1 });
    expect(decoder.push(Buffer.from('State: Consistent\r'))).toEqual(['State: Consistent']);
    expect(decoder.push(Buffer.from('\nLog Required: 0-0\r\n'))).toEqual(['Log Required: 0-0']);
    expect(decoder.end()).toEqual([]);
    expect(decoder.lineEnding).toBe('CRLF');
    expect(decoder.lineCount).toBe(2);
  });

  it('returns no empty line after a final terminator', () => {
    expect(decodeLines(Buffer.from('x\r\n'), { inputName: 't' }).lines).toEqual(['x']);
  });
});

describe('LineDecoder encodings across chunk boundaries', () => {
  const text = 'Database: D:\\Données\\priv.edb\r\nState: Consistent\r\n';

  it('decodes UTF-16LE with BOM (PowerShell 5.1) fed byte by byte', () => {
    const { lines, decoder } = byteByByte(Buffer.from('\ufeff' + text, 'utf16le'));
    expect(lines).toEqual(['Database: D:\\Données\\priv.edb', 'State: Consistent']);
    expect(decoder.encoding).toBe('utf-16le');
    expect(decoder.lineEnding).toBe('CRLF');
  });

  it('decodes UTF-16BE without BOM', () => {
    const { lines, decoder } = byteByByte(Buffer.from(text, 'utf16le').swap16(), 64);
    expect(lines).toEqual(['Database: D:\\Données\\priv.edb', 'State: Consistent']);
    expect(decoder.encoding).toBe('utf-16be');
  });

  it('decodes a multi-byte UTF-8 character split across chunks', () => {
    const { lines, decoder } = byteByByte(Buffer.from(text, 'utf8'), 40);
    expect(lines[0]).toBe('Database: D:\\Données\\priv.edb');
    expect(decoder.encoding).toBe('utf-8');
  });

  it('strips a UTF-8 BOM', () => {
    expect(decodeLines(Buffer.from('\ufeffState: Consistent', 'utf8'), { inputName: 't' }).lines).toEqual(['State: Consistent']);
  });

  it('switches from a provisional UTF-8 to cp850 when an OEM byte appears after an ASCII head', () => {
    const bytes = Buffer.concat([Buffer.from('Initiating FILE DUMP mode...\r\n'), iconv.encode(text, 'cp850')]);
    const { lines, decoder } = byteByByte(bytes, 8);
    expect(lines).toEqual(['Initiating FILE DUMP mode...', 'Database: D:\\Données\\priv.edb', 'State: Consistent']);
    expect(decoder.encoding).toBe('cp850');
  });

  it('switches to windows-1252 when the input ends in a lone 0xE9', () => {
    const { lines, decoder } = byteByByte(Buffer.from('Computer: CAF\xc9\r\nDonn\xe9', 'latin1'), 4);
    expect(lines).toEqual(['Computer: CAFÉ', 'Donné']);
    expect(decoder.encoding).toBe('windows-1252');
  });

  it('uses a forced encoding without detection', () => {
    const { lines, encoding } = decodeLines(Buffer.from([0x82, 0x0a]), { inputName: 't', encoding: 'windows-1252' });
    expect(lines).toEqual(['‚']);
    expect(encoding).toBe('windows-1252');
  });
});

/**
 * Every chunk read into one buffer, overwritten before the next push (a parse worker reads its
 * whole life into one 64 KB buffer, src/cli/parallel/parse-worker.ts): the decoder must keep
 * nothing of a chunk once push returns.
 */
function throughOneBuffer(bytes: Buffer, chunkBytes: number, sniffBytes?: number): { lines: string[]; decoder: LineDecoder } {
  const decoder = new LineDecoder({ inputName: 't.txt', ...(sniffBytes !== undefined ? { sniffBytes } : {}) });
  const buffer = Buffer.alloc(chunkBytes);
  const lines: string[] = [];
  for (let at = 0; at < bytes.length; at += chunkBytes) {
    const read = bytes.copy(buffer, 0, at, Math.min(at + chunkBytes, bytes.length));
    lines.push(...decoder.push(buffer.subarray(0, read)));
    buffer.fill(0x3f); // what the next read would overwrite: '?'
  }
  lines.push(...decoder.end());
  return { lines, decoder };
}

describe('LineDecoder keeps nothing of a chunk once push returns', () => {
  const text = 'Initiating FILE DUMP mode...\r\nDatabase: D:\\Données\\priv.edb\r\nState: Consistent\r\n';
  const expected = ['Initiating FILE DUMP mode...', 'Database: D:\\Données\\priv.edb', 'State: Consistent'];

  it.each([
    ['ASCII then cp850, a head of many chunks (default sniff)', iconv.encode(text, 'cp850'), 7, undefined, 'cp850'],
    ['ASCII then cp850, decided after a few chunks', iconv.encode(text, 'cp850'), 5, 16, 'cp850'],
    ['UTF-8, a character cut by a chunk boundary', Buffer.from(text, 'utf8'), 3, 8, 'utf-8'],
    ['UTF-16LE with BOM', Buffer.from('\ufeff' + text, 'utf16le'), 9, undefined, 'utf-16le'],
    ['UTF-16BE without BOM', Buffer.from(text, 'utf16le').swap16(), 9, 64, 'utf-16be'],
    ['windows-1252 ending in a lone 0xE9', Buffer.from('Computer: CAF\xc9\r\nDonn\xe9', 'latin1'), 4, undefined, 'windows-1252'],
  ] as const)('%s', (_, bytes, chunkBytes, sniffBytes, encoding) => {
    const { lines, decoder } = throughOneBuffer(bytes, chunkBytes, sniffBytes);
    expect(lines).toEqual(encoding === 'windows-1252' ? ['Computer: CAFÉ', 'Donné'] : expected);
    expect(decoder.encoding).toBe(encoding);
    expect(decoder.byteCount).toBe(bytes.length);
  });
});

describe('LineDecoder binary inputs', () => {
  it('returns no line for an ESE log and reports the /ml command', () => {
    const head = Buffer.alloc(4096);
    head.writeUInt32LE(0x89abcdef, 4);
    const decoder = new LineDecoder({ inputName: 'E00.log' });
    expect(decoder.push(head)).toEqual([]);
    expect(decoder.end()).toEqual([]);
    expect(decoder.problem?.kind).toBe('ese-binary');
    expect(decoder.problem?.message).toContain('`eseutil /ml E00.log`');
    expect(decoder.byteCount).toBe(4096);
  });

  it('streams a large ASCII input without losing a line', () => {
    const decoder = new LineDecoder({ inputName: 'big.txt' });
    let count = 0;
    const chunk = Buffer.from('Log file: E00000012CF.log - OK\r\n'.repeat(1000));
    for (let i = 0; i < 200; i++) count += decoder.push(chunk).length;
    count += decoder.end().length;
    expect(count).toBe(200_000);
    expect(decoder.lineCount).toBe(200_000);
  });
});
