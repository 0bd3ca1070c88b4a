import { readFileSync } from 'node:fs';
import type { CstNode, IToken } from 'chevrotain';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cstDtsText } from '../../grammar/cst-dts.js';
import { EseOutputParser, parseEseOutput, TOKEN, tokens as T } from '../../grammar/index.js';
import { eseOutputLexer } from '../../grammar/lexer.js';

const KIND_NODES = new Set(['databaseHeader', 'logHeader', 'logStreamCheck', 'checkpoint', 'checksum']);

/** CST key of every line of a capture (the line's kind), in printed order; a kind node's lines are `kind/key`. */
function lineRules(text: string): string[] {
  const { cst } = parseEseOutput(text);
  const lines: { rule: string; offset: number }[] = [];
  const walk = (children: CstNode['children'], prefix: string): void => {
    for (const [rule, entries] of Object.entries(children)) {
      if (rule === 'Newline') continue;
      for (const entry of entries as (IToken | CstNode)[]) {
        if (!('image' in entry) && KIND_NODES.has(rule)) {
          walk(entry.children, `${rule}/`);
          continue;
        }
        const first = 'image' in entry ? entry : (Object.values(entry.children)[0]?.[0] as IToken);
        lines.push({ rule: prefix + rule, offset: first.startOffset });
      }
    }
  };
  walk(cst.children, '');
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
    expect(TOKEN.LGeneration.LABEL).toBe("'lGeneration'");
    expect(TOKEN.OperationTerminated.LABEL).toBe("'Operation terminated'");
  });

  it('lexes a line as one token whose label is where its value starts', () => {
    const { tokens } = eseOutputLexer.tokenize('      lGeneration (4815)');
    expect(tokens.map((t) => [t.tokenType.name, t.image, t.startOffset])).toEqual([['LGeneration', 'lGeneration (4815)', 6]]);
    expect(T.labelLength(tokens[0]!)).toBe('lGeneration '.length);
    expect(T.lineLength(tokens[0]!)).toBe('lGeneration (4815)'.length);
  });

  it('ends a line token with its line break, any blank lines after it and the next indentation', () => {
    const text = 'State: Consistent\n\n\n  \n  Dbid: 1';
    const { tokens } = eseOutputLexer.tokenize(text);
    expect(tokens.map((t) => [t.tokenType.name, t.image])).toEqual([
      ['State', 'State: Consistent\n\n\n  \n  '],
      ['Dbid', 'Dbid: 1'],
    ]);
    expect(tokens[1]?.startOffset).toBe(text.indexOf('Dbid'));
    expect(T.lineLength(tokens[0]!)).toBe('State: Consistent'.length);
  });

  it('lexes blank lines at the start of a segment as a line break of their own', () => {
    const { tokens } = eseOutputLexer.tokenize('\n\t\nText here');
    expect(tokens.map((t) => t.tokenType.name)).toEqual(['LineBreak', 'Text']);
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
      'logHeader/lGenerationLine',
      'logHeader/logPositionLine',
      'logHeader/dateLine',
      'logHeader/versionLine',
      'logHeader/signatureLine',
      'logHeader/envBlock',
      'logHeader/envBlock',
      'logHeader/attachedDatabase',
      'logHeader/logPositionLine',
      'logHeader/unrecognizedLine',
      'logHeader/footerLine',
    ]);
  });

  it('groups an attached database with its indented block only', () => {
    const { cst } = parseEseOutput('      1 D:\\DB\\a.edb\n\t\t dbtime: 1 (0-1)\n\t\t Signature: Create time:12/03/2010 21:20:09 Rand:1 Computer:\n      Last Lgpos: (0x1,2,3)');
    const db = cst.children.attachedDatabase?.[0];
    expect(db?.children.attachedDatabaseField?.map((t) => t.tokenType.name)).toEqual(['Dbtime', 'Signature']);
    // `Last Lgpos` only a log header prints: it opens the log header's node.
    expect(cst.children.logHeader?.[0]?.children.logPositionLine?.map((t) => t.image)).toEqual(['Last Lgpos: (0x1,2,3)']);
  });

  it('joins an Env heading and its values line, and only the next line', () => {
    const { cst } = parseEseOutput('Env (CircLog,Session)\n    (    off,   1027)\n(  on,  2)');
    expect(cst.children.envBlock?.[0]?.children.ParenthesizedValues?.map((t) => t.image)).toEqual(['(    off,   1027)\n']);
    expect(cst.children.parenthesizedValuesLine?.map((t) => t.image)).toEqual(['(  on,  2)']);
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
