import { readFileSync } from 'node:fs';
import type { CstNode, IToken } from 'chevrotain';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cstDtsText } from '../../grammar/cst-dts.js';
import { EseOutputParser, parseEseOutput, tokens as T } from '../../grammar/index.js';
import { eseOutputLexer } from '../../grammar/lexer.js';

/** Rule name of every line of a capture, in printed order. */
function lineRules(text: string): string[] {
  const { cst } = parseEseOutput(text);
  const lines: { rule: string; offset: number }[] = [];
  for (const [rule, nodes] of Object.entries(cst.children)) {
    if (rule === 'Newline') continue;
    for (const node of nodes as CstNode[]) {
      const first = Object.values(node.children)[0]?.[0] as IToken;
      lines.push({ rule, offset: first.startOffset });
    }
  }
  return lines.sort((a, b) => a.offset - b.offset).map((l) => l.rule);
}

describe('the Chevrotain grammar', () => {
  it('passes Chevrotain grammar validations', () => {
    expect(() => new EseOutputParser({ skipValidations: false })).not.toThrow();
  });

  it('has an up-to-date grammar/cst.d.ts (run `npm run gen:cst` after changing a rule)', () => {
    const committed = readFileSync(new URL('../../grammar/cst.d.ts', import.meta.url), 'utf8');
    expect(committed).toBe(cstDtsText());
  });

  it('gives tokens readable labels for error messages', () => {
    expect(T.LGeneration.LABEL).toBe("'lGeneration'");
    expect(T.OperationTerminated.LABEL).toBe("'Operation terminated'");
  });

  it('lexes a line into its label and its rest-of-line value', () => {
    const { tokens } = eseOutputLexer.tokenize('      lGeneration (4815)');
    expect(tokens.map((t) => [t.tokenType.name, t.image])).toEqual([
      ['LGeneration', 'lGeneration '],
      ['Value', '(4815)'],
    ]);
  });

  it('lexes any number of blank lines as one line break', () => {
    const { tokens } = eseOutputLexer.tokenize('State: Consistent\n\n\n  \nDbid: 1');
    expect(tokens.map((t) => t.tokenType.name)).toEqual(['State', 'Value', 'ValueBreak', 'Dbid', 'Value']);
    expect(tokens[3]?.startLine).toBe(5);
  });

  it('names each line of a 5.5 log header after its eseutil label', () => {
    const text = [
      'Microsoft(R) Windows NT(TM) Server Database Utilities',
      'Version 5.5',
      'Copyright (C) Microsoft Corporation 1991-1999. All Rights Reserved.',
      'Initiating FILE DUMP mode...',
      '      lGeneration (4815)',
      '      Checkpoint (4815,8924,112)',
      '      creation time:8/6/1999 20:45:12',
      '      ulVersion(6.1)',
      '      Signature: Create time:8/3/1999 17:37:42 Rand:710915685 Computer:',
      '      Env SystemPath:E:\\exchsrvr\\mdbdata\\',
      '      Env (Session, Opentbl, VerPage, Cursors, LogBufs, LogFile, Buffers)',
      '          (    168,   25200,    4440,    8400,      84,   10240,    8045)',
      '      1 E:\\exchsrvr\\mdbdata\\priv.edb',
      '      Signature: Create time:8/3/1999 17:37:44 Rand:710961251 Computer:',
      '      Last Attach (4815,7341,118)  Last Consistent (4815,7337,362)',
      '      Last Lgpos (4818,10232,356)',
      'some words the author typed',
      'Operation completed successfully in 0.50 seconds.',
    ].join('\n');
    expect(lineRules(text)).toEqual([
      'bannerLine',
      'bannerLine',
      'bannerLine',
      'modeLine',
      'lGenerationLine',
      'logPositionLine',
      'dateLine',
      'versionLine',
      'signatureLine',
      'envBlock',
      'envBlock',
      'attachedDatabase',
      'logPositionLine',
      'unrecognizedLine',
      'footerLine',
    ]);
  });

  it('groups an attached database with its indented block only', () => {
    const { cst } = parseEseOutput('      1 D:\\DB\\a.edb\n\t\t dbtime: 1 (0-1)\n\t\t Signature: Create time:12/03/2010 21:20:09 Rand:1 Computer:\n      Last Lgpos: (0x1,2,3)');
    const db = cst.children.attachedDatabase?.[0];
    expect(db?.children.attachedDatabaseField?.length).toBe(2);
    expect(cst.children.logPositionLine?.length).toBe(1);
  });

  it('accepts every token sequence the lexer can produce (the parser runs without error recovery)', () => {
    // Line starts of every rule, the envBlock and attachedDatabase continuations, and stray text.
    const starts = [
      '', '  ', 'E:\\mdbdata>', '[PS] C:\\>', 'Microsoft(R) ', 'Version 14.03', 'Copyright (C) x', 'Initiating FILE DUMP mode...',
      'Verifying log files...', 'Database:', 'Log file:', 'Base name:', 'lGeneration', 'Checkpoint', 'creation time:',
      'Signature:', 'State:', 'Log Required:', 'dbtime:', 'File Type:', 'ulVersion', 'Env ', 'Env (CircLog)', '(', '(    off)',
      'Circular Logging Flag (past files):', 'Using Reserved Log File:', '1 C:\\', '2 \\\\', '\t\t objidLast:', 'Last Consistent',
      'Integrity check passed for log file:', 'ERROR:', 'WARNING:', 'Missing log files:', 'No damaged log files were found',
      'Checksumming', '0    10   20   30', '|----|', '......', '5 pages seen', 'Operation terminated', 'Some Label:', 'text', ':', '\u00a0',
    ];
    const line = fc.tuple(fc.constantFrom(...starts), fc.constantFrom('', ' ', ' x', ': (0x1,2,3)', ' (4815)', ':', '\r'));
    fc.assert(
      fc.property(fc.array(line, { maxLength: 40 }), fc.constantFrom('\n', '\n\n', '\n  \n'), (lines, joint) => {
        const out = parseEseOutput(lines.map(([start, rest]) => start + rest).join(joint));
        expect(out.lexErrors).toEqual([]);
        expect(out.parseErrors).toEqual([]);
      }),
      { numRuns: 300, seed: 6 },
    );
  });

  it('never throws and reports no errors, whatever the text', () => {
    for (const text of ['', '\n\n', ':::', '(', '\u0000\u2028\ud800', 'ERROR:', '1 C:\\', 'Env ', '0    10   20   30   40']) {
      const out = parseEseOutput(text);
      expect(out.lexErrors).toEqual([]);
      expect(out.parseErrors).toEqual([]);
    }
  });
});
