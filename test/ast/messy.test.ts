/** SPEC §3 noise: the same capture mangled like a paste reads the same. */
import { describe, expect, it } from 'vitest';
import { parseCaptureText } from '../../src/ast/index.js';
import type { Dump } from '../../src/ast/types.js';
import { summarize } from './dump-summary.js';
import { sampleText } from '../support/samples.js';

const ORIGINAL = sampleText('55-kb-roll-forward/logs.txt').split(/\r?\n/).slice(0, 59);

/** summarize() without the line numbers, which mangling changes. */
function shapes(dumps: readonly Dump[]): string[] {
  return dumps.map((d) => summarize(d).replace(/^(\w+) \d+-\d+/, '$1'));
}

function parsed(lines: readonly string[]) {
  return parseCaptureText({ name: 'paste.txt', text: lines.join('\n') });
}

describe('a capture mangled by a paste', () => {
  const expected = shapes(parsed(ORIGINAL).dumps);

  it('starts from two 5.5 log headers', () => {
    expect(expected).toEqual([
      'logHeader | Edb012cf.log (prompt) | gen 4815 | sig 710915685 | db1 E:\\exchsrvr\\mdbdata\\priv.edb 710961251 | db2 F:\\exchsrvr\\mdbdata\\pub.edb 710954626 | ok',
      'logHeader | Edb012d0.log (prompt) | gen 4816 | sig 710915685 | db1 E:\\exchsrvr\\mdbdata\\priv.edb 710961251 | db2 F:\\exchsrvr\\mdbdata\\pub.edb 710954626 | ok',
    ]);
  });

  it.each([
    ['double-spaced (a blank line after every line)', ORIGINAL.flatMap((l) => [l, ''])],
    ['with every indentation lost', ORIGINAL.map((l) => l.trimStart())],
    ['indented four more spaces (pasted as code)', ORIGINAL.map((l) => `    ${l}`)],
    ['with tabs instead of the six-space indent', ORIGINAL.map((l) => l.replace(/^ {6}/, '\t'))],
    ['with trailing blanks', ORIGINAL.map((l) => `${l}  \t`)],
    ['with CRLF line ends inside (cmd output through a LF paste)', ORIGINAL.map((l) => `${l}\r`)],
  ])('reads the same when %s', (_how, lines) => {
    const ast = parsed(lines);
    expect(shapes(ast.dumps)).toEqual(expected);
    expect(ast.unrecognized).toEqual([]);
  });

  it('keeps a signature line cut at "Computer" and a label whose value wrapped to the next line', () => {
    const ast = parsed(['      lGeneration (4815)', '      Signature:', 'Create time:8/3/1999 17:37:42 Rand:710915685 Computer']);
    expect(ast.dumps[0]).toMatchObject({ kind: 'logHeader', lGeneration: 4815, signature: { rand: 710915685, computer: '' } });
    expect(ast.unrecognized).toEqual([]);
  });

  it('joins a date pushed under its log position', () => {
    const ast = parsed(['             State: Consistent', '   Last Consistent: (4815,7337,362)', '8/6/1999 20:46:33']);
    expect(ast.dumps[0]).toMatchObject({ kind: 'databaseHeader', lastConsistent: { generation: 4815, date: { iso: '1999-08-06T20:46:33' } } });
  });

  it('joins a long path wrapped at the console width', () => {
    const long = '      Log file: D:\\Program Files\\Exchsrvr\\Storage Group One\\Transaction Logs\\E000';
    expect(long.length).toBeGreaterThanOrEqual(79);
    const ast = parsed(['Verifying log files...', '     Base name: E00', long, '0001A.log - OK']);
    expect(ast.dumps[0]).toMatchObject({ kind: 'logStreamCheck', logs: [{ file: 'D:\\Program Files\\Exchsrvr\\Storage Group One\\Transaction Logs\\E0000001A.log', ok: true }] });
  });

  it('holds a prompt followed by nothing (a find that matched no line) as a command line, not a dump (issue 16)', () => {
    const ast = parsed(['E:\\mdbdata>eseutil /mh priv.edb | find /i "shutdown"', '', 'E:\\mdbdata>']);
    expect(ast.dumps).toEqual([]);
    expect(ast.unrecognized).toEqual([]);
    expect(ast.commands?.map((c) => [c.line, c.kind, c.text])).toEqual([
      [1, 'eseCommand', 'E:\\mdbdata>eseutil /mh priv.edb | find /i "shutdown"'],
      [3, 'empty', 'E:\\mdbdata>'],
    ]);
  });
});
