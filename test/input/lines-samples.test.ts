/** The input layer on the real captures of samples/ whose point is their encoding. */
import { describe, expect, it } from 'vitest';
import { decodeLines, LineDecoder } from '../../src/input/lines.js';
import { sampleBytes as read } from '../support/samples.js';

/** Feeds the file in chunks of `size` bytes, as a stream would. */
function inChunks(bytes: Buffer, size: number): { lines: string[]; decoder: LineDecoder } {
  const decoder = new LineDecoder({ inputName: 'x', sniffBytes: 64 });
  const lines: string[] = [];
  for (let i = 0; i < bytes.length; i += size) lines.push(...decoder.push(bytes.subarray(i, i + size)));
  lines.push(...decoder.end());
  return { lines, decoder };
}

describe('samples/cp850-accented-path (cmd redirection on a French server)', () => {
  it('decodes é written as 0x82 in D:\\Données as cp850, CRLF', () => {
    const { lines, encoding, lineEnding } = decodeLines(read('cp850-accented-path/priv-mh.txt'), { inputName: 'priv-mh.txt' });
    expect([encoding, lineEnding]).toEqual(['cp850', 'CRLF']);
    expect(lines[0]).toBe('D:\\Données\\Exchsrvr\\MDBDATA>eseutil /mh PRIV.EDB');
  });

  it('decodes the same lines when streamed in 7-byte chunks', () => {
    const bytes = read('cp850-accented-path/logs.txt');
    const whole = decodeLines(bytes, { inputName: 'logs.txt' });
    const streamed = inChunks(bytes, 7);
    expect(streamed.lines).toEqual(whole.lines);
    expect(streamed.decoder.encoding).toBe('cp850');
  });
});

describe('samples/powershell-utf16le (Windows PowerShell 5.1 redirection)', () => {
  it('decodes UTF-16LE with BOM, CRLF, streamed in odd-sized chunks', () => {
    const bytes = read('powershell-utf16le/ems-capture.txt');
    const whole = decodeLines(bytes, { inputName: 'ems-capture.txt' });
    expect([whole.encoding, whole.lineEnding, whole.lines.length]).toEqual(['utf-16le', 'CRLF', 250]);
    expect(whole.lines.some((line) => line.includes('\u0000'))).toBe(false);
    expect(inChunks(bytes, 333).lines).toEqual(whole.lines);
  });
});

describe('samples/wrong-file-binary', () => {
  it('answers priv.edb with the /mh command and no line', () => {
    const result = decodeLines(read('wrong-file-binary/priv.edb'), { inputName: 'priv.edb' });
    expect(result.lines).toEqual([]);
    expect(result.problem).toEqual({
      kind: 'ese-binary',
      message:
        'priv.edb is an ESE database file, not a text capture: run `eseutil /mh priv.edb` and pass its output to esereport (`eseutil /mh priv.edb | esereport`).',
    });
  });
});
