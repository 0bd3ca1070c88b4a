import { describe, expect, it } from 'vitest';
import { looksLikePrompt, parsePromptLine } from '../../src/input/prompt.js';

describe('command prompt lines (SPEC §3)', () => {
  it('reads directory, command, mode, file and find filter of a cmd prompt', () => {
    const line = 'E:\\mdbdata>eseutil /ml edb012cf.log | find /i "signature"';
    expect(parsePromptLine(line, 12)).toEqual({
      line: 12,
      text: line,
      command: 'eseutil /ml edb012cf.log | find /i "signature"',
      directory: 'E:\\mdbdata',
      mode: '/ml',
      file: 'edb012cf.log',
      filter: 'signature',
    });
  });

  it('reads the Exchange Management Shell prompt and Select-String', () => {
    const p = parsePromptLine('[PS] D:\\Logs>eseutil /mh "D:\\DB02\\DB02.edb" | Select-String "State"', 1);
    expect(p).toMatchObject({ directory: 'D:\\Logs', mode: '/mh', file: 'D:\\DB02\\DB02.edb', filter: 'State' });
  });

  it('reads a PowerShell prompt with a space after >', () => {
    expect(parsePromptLine('PS C:\\> esentutl /mh .\\ntds.dit', 1)).toMatchObject({ directory: 'C:\\', mode: '/mh', file: '.\\ntds.dit' });
  });

  it('reads the Exchange 5.0 edbutil and esefile commands', () => {
    expect(parsePromptLine('C:\\>edbutil /mk edb.chk', 1)).toMatchObject({ mode: '/mk', file: 'edb.chk' });
    expect(parsePromptLine('E:\\mdbdata>esefile /s priv.edb', 1)).toMatchObject({ mode: '/s', file: 'priv.edb' });
  });

  it('reads the inner command of a for loop but names no file for %f', () => {
    const p = parsePromptLine('E:\\mdbdata>for %f in (edb*.log) do @eseutil /ml %f >> logs.txt', 1);
    expect(p?.mode).toBe('/ml');
    expect(p?.file).toBeUndefined();
  });

  it('gives no mode or file for commands that are not ESE utilities', () => {
    const p = parsePromptLine('E:\\mdbdata>type logs.txt', 1);
    expect(p).toMatchObject({ command: 'type logs.txt', directory: 'E:\\mdbdata' });
    expect(p?.mode).toBeUndefined();
    expect(p?.file).toBeUndefined();
  });

  it('is not a prompt: eseutil lines with paths', () => {
    expect(parsePromptLine('      Database: E:\\mdbdata\\priv.edb', 1)).toBeUndefined();
    expect(looksLikePrompt('      1 d:\\MDBDATA\\PRIV.EDB')).toBe(false);
    expect(looksLikePrompt('Previous Full Backup:')).toBe(false);
    expect(looksLikePrompt('  C:\\Program Files\\Exchsrvr\\bin>eseutil /mh x.edb')).toBe(true);
  });
});

describe('one prompt pattern for the segmenter, the prompt parser and the grammar', () => {
  it('the grammar lexes as a prompt exactly the lines the prompt parser reads', async () => {
    const { parseEseOutput } = await import('../../grammar/index.js');
    const lines = [
      'E:\\mdbdata>eseutil /mh priv.edb',
      '[PS] D:\\Logs>eseutil /ml E00',
      'PS C:\\> esentutl /mk edb.chk',
      'C:\\a|b>eseutil /mh x.edb',
      'C:\\"x">eseutil /mh x.edb',
      'C:\\mdbdata',
    ];
    const lexedAsPrompt = lines.map((line) => (parseEseOutput(line).cst.children.promptLine?.length ?? 0) === 1);
    expect(lexedAsPrompt).toEqual([true, true, true, false, false, false]);
    expect(lines.map((line) => parsePromptLine(line, 1) !== undefined)).toEqual(lexedAsPrompt);
    expect(lines.map((line) => looksLikePrompt(line))).toEqual(lexedAsPrompt);
  });
});
