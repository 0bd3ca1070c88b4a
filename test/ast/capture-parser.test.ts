import { describe, expect, it } from 'vitest';
import { CaptureParser, detectLineEnding, parseCaptureText } from '../../src/ast/index.js';

describe('CaptureParser (incremental)', () => {
  it('hands over a dump as soon as its footer line arrives', () => {
    const parser = new CaptureParser({ inputName: 'logs.txt' });
    expect(parser.pushLine('Initiating FILE DUMP mode...')).toEqual([]);
    expect(parser.pushLine('      lGeneration (4815)')).toEqual([]);
    const items = parser.pushLine('Operation completed successfully in 0.50 seconds.');
    expect(items.map((i) => i.type)).toEqual(['dump']);
    expect(items[0]?.type === 'dump' && items[0].dump).toMatchObject({ kind: 'logHeader', lGeneration: 4815, startLine: 1, endLine: 3 });
    expect(parser.end()).toEqual([]);
  });

  it('hands over the text before a prompt when the prompt arrives, and the rest at the end', () => {
    const parser = new CaptureParser({ inputName: 'x.txt' });
    parser.pushLine('just some notes');
    expect(parser.pushLine('E:\\mdbdata>eseutil /ml edb.log | find /i "lgeneration"')).toEqual([
      { type: 'unrecognized', range: { startLine: 1, endLine: 1, text: 'just some notes' } },
    ]);
    parser.pushLine('     lGeneration (4829)');
    const [last] = parser.end();
    expect(last?.type === 'dump' && last.dump).toMatchObject({ file: 'edb.log', fileSource: 'prompt', lGeneration: 4829, fragment: true });
  });

  it('keeps line numbers right when a line carries a stray terminator', () => {
    const parser = new CaptureParser({ inputName: 'x.txt' });
    parser.pushLine('State: Consistent\r');
    parser.pushLine('   Last Consistent: (4815,7337,362)  8/6/1999 20:46:33');
    const [item] = parser.end();
    expect(item?.type === 'dump' && item.dump).toMatchObject({ startLine: 1, endLine: 2, state: 'Consistent' });
  });
});

describe('parseCaptureText', () => {
  it('counts lines, detects the line ending and keeps the given encoding', () => {
    const ast = parseCaptureText({ name: 'a.txt', text: 'State: Consistent\r\nDbid: 1\r\n', encoding: 'cp850' });
    expect(ast).toMatchObject({ name: 'a.txt', encoding: 'cp850', lineEnding: 'CRLF', lineCount: 2 });
  });

  it('gives an empty text no lines and no dumps', () => {
    expect(parseCaptureText({ name: 'e.txt', text: '' })).toEqual({ name: 'e.txt', encoding: 'utf-8', lineEnding: 'none', lineCount: 0, dumps: [], unrecognized: [] });
  });

  it('names mixed line endings', () => {
    expect(detectLineEnding('a\r\nb\nc')).toBe('mixed');
    expect(detectLineEnding('a\rb')).toBe('CR');
  });
});
