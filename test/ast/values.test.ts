import { describe, expect, it } from 'vitest';
import { parseEnvBlock, parseOnOff } from '../../src/ast/env-block.js';
import { parseEseDate } from '../../src/ast/ese-date.js';
import { parseFooter } from '../../src/ast/footer.js';
import { parseGeneration, parseGenerationRange } from '../../src/ast/generation.js';
import { inputNameFits, subjectFromInputName } from '../../src/ast/input-name.js';
import { parseLogPosition } from '../../src/ast/log-position.js';
import { missingFromAdjacencyError, parseMissingLogFiles } from '../../src/ast/missing-logs.js';
import { parseSignature, signatureKey, signaturesEqual } from '../../src/ast/signature.js';
import { stateKindOf } from '../../src/ast/state-kind.js';

describe('log positions (ese-format §0.4)', () => {
  it('reads the ESE97 decimal triple of KB Q296787 as generation 4815', () => {
    expect(parseLogPosition('(4815,7337,362)  8/6/1999 20:46:33')).toEqual({
      generation: 4815,
      sector: 7337,
      offset: 362,
      radix: 10,
      text: '(4815,7337,362)',
      date: { text: '8/6/1999 20:46:33', iso: '1999-08-06T20:46:33' },
    });
  });

  it('reads the ESE98 hex triple (0x12CF,1CA9,16A) as the same position', () => {
    expect(parseLogPosition('(0x12CF,1CA9,16A)')).toEqual({ generation: 4815, sector: 7337, offset: 362, radix: 16, text: '(0x12CF,1CA9,16A)' });
  });

  it('reads the lower-case generation of Last Lgpos', () => {
    expect(parseLogPosition(': (0x12cf,1CA9,16A)')?.generation).toBe(4815);
  });

  it('keeps the position and ignores an author comment after it', () => {
    const p = parseLogPosition('(157,2860,500)    comment: taken after the restore');
    expect(p).toEqual({ generation: 157, sector: 2860, offset: 500, radix: 10, text: '(157,2860,500)' });
  });

  it('reads a modern date with milliseconds and UTC after the position', () => {
    expect(parseLogPosition('(0x2A40,8,0)  03/16/2021 15:28:34.123 UTC')?.date).toEqual({
      text: '03/16/2021 15:28:34.123 UTC',
      iso: '2021-03-16T15:28:34.123Z',
    });
  });

  it('returns nothing for a value that is not a triple', () => {
    expect(parseLogPosition('NOT AVAILABLE')).toBeUndefined();
    expect(parseLogPosition('(1,2)')).toBeUndefined();
  });
});

describe('dates (ese-format §0.5)', () => {
  it('reads unpadded ESE97 dates', () => {
    expect(parseEseDate('12/29/2000 21:6:38')).toEqual({ text: '12/29/2000 21:6:38', iso: '2000-12-29T21:06:38' });
  });

  it('gives no iso for the unset dates of every era', () => {
    expect(parseEseDate('0/0/1900 0:0:0')).toEqual({ text: '0/0/1900 0:0:0' });
    expect(parseEseDate('00/00/1900 00:00:00')).toEqual({ text: '00/00/1900 00:00:00' });
    expect(parseEseDate('00/00/1900 00:00:00.000 LOC')).toEqual({ text: '00/00/1900 00:00:00.000 LOC' });
  });

  it('keeps a LOC time as local wall-clock time (no Z)', () => {
    expect(parseEseDate('03/16/2021 15:28:34.005 LOC')?.iso).toBe('2021-03-16T15:28:34.005');
  });

  it('returns nothing for text that is not a date', () => {
    expect(parseEseDate('yesterday')).toBeUndefined();
  });
});

describe('signatures (ese-format §0.6)', () => {
  it('reads create time, rand and an empty computer', () => {
    expect(parseSignature('Create time:12/29/2000 21:6:38 Rand:24842 Computer:')).toEqual({
      createTime: '12/29/2000 21:6:38',
      rand: 24842,
      computer: '',
      text: 'Create time:12/29/2000 21:6:38 Rand:24842 Computer:',
    });
  });

  it('still reads a signature cut before the colon of Computer', () => {
    expect(parseSignature('Create time:12/29/2000 21:6:38 Rand:24842 Computer')?.rand).toBe(24842);
  });

  it('reads a computer name when one is printed', () => {
    expect(parseSignature('Create time:12/03/2010 21:20:08 Rand:715244149 Computer:EXCH01')?.computer).toBe('EXCH01');
  });

  it('is not a signature without its rand', () => {
    expect(parseSignature('Create time:12/29/2000 21:6:38')).toBeUndefined();
  });

  it('compares the create time as a date: 8/3/1999 17:37:42 equals 08/03/1999 17:37:42', () => {
    const a = parseSignature('Create time:8/3/1999 17:37:42 Rand:710915685 Computer:')!;
    const b = parseSignature('Create time:08/03/1999 17:37:42 Rand:710915685 Computer:')!;
    expect(signaturesEqual(a, b)).toBe(true);
  });

  it('tells signatures apart by rand, by time and by computer', () => {
    const a = parseSignature('Create time:8/3/1999 17:37:42 Rand:710915685 Computer:')!;
    expect(signaturesEqual(a, parseSignature('Create time:8/3/1999 17:37:42 Rand:710915686 Computer:')!)).toBe(false);
    expect(signaturesEqual(a, parseSignature('Create time:8/3/1999 17:37:43 Rand:710915685 Computer:')!)).toBe(false);
    expect(signaturesEqual(a, parseSignature('Create time:8/3/1999 17:37:42 Rand:710915685 Computer:X')!)).toBe(false);
  });

  it('treats a modern .000 create time as the same second, and the computer name without case', () => {
    const modern = parseSignature('Create time:12/03/2010 21:20:08.000 Rand:715244149 Computer:EXCH01')!;
    expect(signaturesEqual(modern, parseSignature('Create time:12/03/2010 21:20:08 Rand:715244149 Computer:exch01')!)).toBe(true);
    expect(signaturesEqual(modern, parseSignature('Create time:12/03/2010 21:20:08.001 Rand:715244149 Computer:EXCH01')!)).toBe(false);
    expect(signatureKey(modern)).toBe('2010-12-3 21:20:8.0|715244149|exch01');
  });
});

describe('database states (ese-format §6)', () => {
  it.each([
    ['Consistent', 'clean'],
    ['Clean Shutdown', 'clean'],
    ['Inconsistent', 'dirty'],
    ['Dirty Shutdown', 'dirty'],
    ['JustCreated', 'justCreated'],
    ['Just Created', 'justCreated'],
    ['Being Converted', 'beingConverted'],
    ['Force Detach Replay Error', 'forceDetach'],
    ['Incremental Reseed In Progress', 'incrementalReseed'],
    ['Dirty and Patched Shutdown', 'dirtyPatched'],
    ['Database Revert in Progress', 'revert'],
    ['Illegal', 'illegal'],
    ['Sleeping', 'unknown'],
  ] as const)('%s is %s', (printed, kind) => {
    expect(stateKindOf(printed)).toBe(kind);
  });
});

describe('generations (ese-format §0.7)', () => {
  it('reads lGeneration in ESE97 and later forms', () => {
    expect(parseGeneration('(4815)')).toBe(4815);
    expect(parseGeneration(': 46 (0x2E)')).toBe(46);
  });

  it('reads Log Required with and without its hex part', () => {
    expect(parseGenerationRange('143-145 (0x8f-0x91)')).toEqual({ low: 143, high: 145 });
    expect(parseGenerationRange('44-46')).toEqual({ low: 44, high: 46 });
    expect(parseGenerationRange('10816-10821 (0x2a40-0x2a45) [Min. Req. Pre-Redo: 10816 (0x2a40)]')).toEqual({ low: 10816, high: 10821 });
  });
});

describe('Env blocks and flags (ese-format §2.2)', () => {
  it('pairs the column names with their values: circular logging off, 1 MB logs', () => {
    const env = parseEnvBlock(
      '(CircLog,Session,Opentbl,VerPage,Cursors,LogBufs,LogFile,Buffers)',
      '(    off,   1027,  51350,  16384,  51350,   2048,   2048,  44204)',
    );
    expect(env?.circularLogging).toBe(false);
    expect(env?.logFileSectors).toBe(2048);
    expect(env?.values[env.columns.indexOf('Session')]).toBe('1027');
  });

  it('reads ESE97 blocks, which have no CircLog column', () => {
    const env = parseEnvBlock('(Session, Opentbl, VerPage, Cursors, LogBufs, LogFile, Buffers)', '(    168,   25200,    4440,    8400,      84,   10240,    8045)');
    expect(env?.circularLogging).toBeUndefined();
    expect(env?.logFileSectors).toBe(10240);
  });

  it('reads on/off and true/false flags', () => {
    expect(parseOnOff(' on')).toBe(true);
    expect(parseOnOff('off')).toBe(false);
    expect(parseOnOff('false')).toBe(false);
    expect(parseOnOff('maybe')).toBeUndefined();
  });
});

describe('footers (ese-format §0.3)', () => {
  it('reads the name and description eseutil printed', () => {
    const text = 'Operation terminated with error -1032 (JET_errFileAccessDenied, Cannot access file, the file is locked or in use) after 0.188 seconds.';
    expect(parseFooter('terminated', text, 9)).toEqual({
      ok: false,
      error: { code: -1032, name: 'JET_errFileAccessDenied', description: 'Cannot access file, the file is locked or in use' },
      line: 9,
      text,
    });
  });

  it('fills name and description from the JET table when ESE97 printed only the code', () => {
    expect(parseFooter('terminated', 'Operation terminated with error -1018.', 3).error).toEqual({
      code: -1018,
      name: 'JET_errReadVerifyFailure',
      description: 'Checksum error on a database page',
    });
  });

  it('is a success for completed and esefile footers', () => {
    expect(parseFooter('completed', 'Operation completed successfully in 1.5 seconds.', 1).ok).toBe(true);
    expect(parseFooter('esefileCompleted', 'esefile completes successfully after 10 seconds', 1).ok).toBe(true);
  });

  it('is a failure without an error for "terminated unsuccessfully"', () => {
    expect(parseFooter('terminated', 'Operation terminated unsuccessfully after 0.31 seconds.', 1)).toEqual({
      ok: false,
      line: 1,
      text: 'Operation terminated unsuccessfully after 0.31 seconds.',
    });
  });
});

describe('missing logs of a stream verification (ese-format §3)', () => {
  it('reads the ESE98 braced lower-case range E00{0001a - 0001f}.log', () => {
    expect(parseMissingLogFiles(': E00{0001a - 0001f}.log', 7, 'x')).toEqual({ first: 26, last: 31, line: 7, text: 'x' });
  });

  it('reads a single missing log, 5 or 8 digits, with its directory', () => {
    expect(parseMissingLogFiles(': D:\\logs\\E000001A.log', 1, 'x')?.first).toBe(26);
    expect(parseMissingLogFiles(': E0000000092.log', 1, 'x')).toEqual({ first: 146, last: 146, line: 1, text: 'x' });
  });

  it('derives the gap from the adjacency error', () => {
    const text = 'Missing log file(s). Log file is generation 33 (0x21), but expected generation is 27 (0x1B).';
    expect(missingFromAdjacencyError(text, 4)).toEqual({ first: 27, last: 32, line: 4, text });
  });
});

describe('the subject named by the input file name (SPEC §3)', () => {
  it('takes EDB012CF.LOG from EDB012CF.LOG.txt, and nothing from priv-mh.txt', () => {
    expect(subjectFromInputName('C:\\captures\\EDB012CF.LOG.txt')).toBe('EDB012CF.LOG');
    expect(subjectFromInputName('priv-mh.txt')).toBeUndefined();
    expect(subjectFromInputName('edb012cf.log')).toBeUndefined();
  });

  it('names only dumps of a kind that file can produce', () => {
    expect(inputNameFits('PRIV.EDB', 'databaseHeader')).toBe(true);
    expect(inputNameFits('PRIV.EDB', 'logHeader')).toBe(false);
    expect(inputNameFits('edb.chk', 'checkpoint')).toBe(true);
  });
});
