import { describe, expect, it } from 'vitest';
import { eraLogFileNames, formatLogFileName, parseLogFileName } from '../../src/domain/log-names.js';

describe('log file names (ese-format §7.2)', () => {
  it('gives the KB anchor Edb012cf.log for generation 4815 in every era', () => {
    expect(eraLogFileNames(4815)).toEqual({
      exchange55: 'Edb012cf.log',
      exchange2000: 'E00012CF.log',
      exchange2007: 'E00000012CF.log',
    });
  });

  it('reads the generation back from 5- and 8-digit names, with or without a directory', () => {
    expect(parseLogFileName('Edb012cf.log')).toEqual({
      name: 'Edb012cf.log', baseName: 'Edb', kind: 'numbered', generation: 4815, digits: 5, extension: 'log',
    });
    expect(parseLogFileName('E0100058.log')?.generation).toBe(0x58);
    expect(parseLogFileName('E0100058.log')?.baseName).toBe('E01');
    expect(parseLogFileName('D:\\Logs\\E0000002A40.log')).toMatchObject({ baseName: 'E00', generation: 0x2a40, digits: 8 });
    expect(parseLogFileName('/srv/capture/E00000012CF.log')?.generation).toBe(4815);
  });

  it('recognizes the current, temporary and reserve logs', () => {
    expect(parseLogFileName('Edb.log')).toEqual({ name: 'Edb.log', baseName: 'Edb', kind: 'current', extension: 'log' });
    expect(parseLogFileName('E00tmp.log')?.kind).toBe('temp');
    expect(parseLogFileName('Res1.log')?.kind).toBe('reserve');
    expect(parseLogFileName('E00res00002.jrs')?.kind).toBe('reserve');
    expect(parseLogFileName('priv.edb')).toBeUndefined();
  });

  it('formats lower-case 5.5 names and upper-case modern names', () => {
    expect(formatLogFileName('Edb', 0x12dc, { digits: 5, hexCase: 'lower' })).toBe('Edb012dc.log');
    expect(formatLogFileName('E00', 0x7b, { digits: 8, hexCase: 'upper' })).toBe('E000000007B.log');
  });
});
