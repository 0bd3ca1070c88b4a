/**
 * Issue 16: the KB batch files' own output — Q296787 chksig.bat on the console, Q237767 sigchk.bat's
 * `Log Signature Check.txt` and pathchk.bat's `Database Path Check.txt` — lexed line by line
 * (grammar/catalogue.ts, the batch block) and read as `batchCheck` dumps (src/ast/batch-check.ts).
 * samples/55-kb-batch-files is read as test/ast/forms16-expected.ts states; the other cases are
 * the forms the batch files print that the sample does not show (the KB's own sample output,
 * a DB signature difference, fc's own messages, lines out of place).
 */
import { describe, expect, it } from 'vitest';
import { eseOutputLexer } from '../../grammar/lexer.js';
import { parseCaptureText } from '../../src/ast/index.js';
import type { AttachedDatabase, BatchCheckDump, CheckLines, Dump } from '../../src/ast/types.js';
import { readSample } from '../support/samples.js';
import { FORMS16_EXPECTED, type ExpectedBatchOutput } from './forms16-expected.js';

const SIG_LOG = 'Signature: Create time:8/3/1999 17:37:42 Rand:710915685 Computer:';
const SIG_PRIV = 'Signature: Create time:8/3/1999 17:37:44 Rand:710961251 Computer:';
const SIG_PUB = 'Signature: Create time:8/3/1999 17:37:47 Rand:710954626 Computer:';

const parse = (text: string) => parseCaptureText({ name: 'ticket.txt', text });
const batchDumps = (dumps: readonly Dump[]) => dumps.filter((d): d is BatchCheckDump => d.kind === 'batchCheck');
const only = (text: string): BatchCheckDump => {
  const ast = parse(text);
  expect(ast.unrecognized).toEqual([]);
  expect(ast.dumps.map((d) => d.kind)).toEqual(['batchCheck']);
  return ast.dumps[0] as BatchCheckDump;
};
const attached = (list: readonly AttachedDatabase[]) =>
  list.map((a) => ({ dbid: a.dbid, ...(a.path !== undefined ? { path: a.path } : {}), ...(a.signature ? { signature: a.signature.rand } : {}) }));
const rands = (lines: CheckLines | undefined) => (lines === undefined ? undefined : { signature: lines.signature?.rand, attached: attached(lines.attachedDatabases) });

/** A batchCheck dump in the shape of forms16-expected.ts (absent where it says nothing). */
function readBatch(d: BatchCheckDump): ExpectedBatchOutput {
  const signature = d.signature ?? d.anchorLines?.signature;
  return {
    kind: d.batch!,
    lines: [d.startLine, d.endLine],
    anchor: d.anchor!,
    ...(signature !== undefined ? { signature: signature.rand } : {}),
    ...(d.matched.length > 0 ? { matchedLines: d.matched.map((m) => m.line) } : {}),
    ...(d.failed.length > 0 ? { failed: d.failed.map((f) => ({ line: f.line, log: f.file })) } : {}),
    ...(d.anchorLines !== undefined ? { anchorAttached: attached(d.anchorLines.attachedDatabases) } : {}),
    ...(d.comparisons.length > 0
      ? {
          comparisons: d.comparisons.map((c) => ({
            line: c.line,
            log: c.log,
            same: c.same!,
            ...(c.logLines?.signature !== undefined ? { otherSignature: c.logLines.signature.rand } : {}),
            ...(c.logLines !== undefined && c.logLines.attachedDatabases.length > 0 ? { otherAttached: attached(c.logLines.attachedDatabases) } : {}),
          })),
        }
      : {}),
  };
}

describe('the batch block of the catalogue', () => {
  it('gives each line the batch files print a token of its own', () => {
    const text = [
      'SIGNATURE MATCHING FAILED FOR edb0000c.log!',
      'SIGNATURE MATCHING FAILED FOR edb0000c.log ',
      '-------------------- ',
      'Comparing files edb012CF.log.CHECK and EDB.LOG.CHECK',
      'FC: no differences encountered',
      'FC: cannot open EDB.LOG.CHECK - No such file or folder',
      '***** edb012CF.log.CHECK',
      '*****',
    ].join('\n');
    expect(eseOutputLexer.tokenize(text).tokens.map((t) => t.tokenType.name)).toEqual([
      'SignatureMatchingFailed', 'SignatureMatchingFailed', 'BatchSeparator', 'FcComparing', 'FcNoDifferences', 'FcMessage', 'FcBlockMark', 'FcBlockMark',
    ]);
  });
});

describe('samples/55-kb-batch-files read as forms16-expected.ts states', () => {
  for (const file of ['console.txt', 'log-signature-check.txt', 'database-path-check.txt']) {
    const expected = FORMS16_EXPECTED[`55-kb-batch-files/${file}`]!;
    const ast = readSample(`55-kb-batch-files/${file}`);
    it(`${file}: each batch output, its anchor, matches, failures and comparisons`, () => {
      expect(batchDumps(ast.dumps).map(readBatch)).toEqual(expected.batchOutputs);
    });
    it(`${file}: the eseutil dumps beside it, and no line unrecognized but the commands that print nothing here`, () => {
      expect(ast.dumps.filter((d) => d.kind !== 'batchCheck').map((d) => [d.kind, d.startLine, d.endLine, d.file])).toEqual(
        expected.dumps.map((d) => [d.kind, d.lines[0], d.lines[1], d.file]),
      );
      // `sigchk.bat edb012cf.log`, `pathchk edb012cf.log MDBDATA` (their output went to the two text
      // files) and the last empty prompt print nothing here: the AST holds them as commands.
      const withoutDump = expected.commands.filter((c) => !expected.batchOutputs!.some((b) => b.lines[0] === c.line));
      expect((ast.commands ?? []).map((c) => [c.line, c.kind])).toEqual(withoutDump.map((c) => [c.line, c.kind]));
      expect(ast.unrecognized.map((u) => [u.startLine, u.endLine])).toEqual(expected.unrecognized);
    });
  }

  it('sigchk: fc block starts at the files\' first line, so the block\'s first Signature is EDB012D2.LOG\'s own', () => {
    const [sigchk] = batchDumps(readSample('55-kb-batch-files/log-signature-check.txt').dumps);
    const differing = sigchk!.comparisons.find((c) => c.same === false)!;
    expect([differing.files, differing.resultLine, differing.blockStart, rands(differing.anchorLines), rands(differing.logLines)]).toEqual([
      ['edb012cf.log.check', 'EDB012D2.LOG.CHECK'],
      19,
      0,
      { signature: 710915685, attached: [{ dbid: 1, signature: 710961251 }, { dbid: 2, signature: 710954626 }] },
      { signature: 48211977, attached: [{ dbid: 1, signature: 48260338 }, { dbid: 2, signature: 48275520 }] },
    ]);
    // The batch's lines are statements, not `label: value` fields; the Signature lines are fields.
    expect(sigchk!.fields.map((f) => f.line)).toEqual([1, 2, 3, 20, 21, 22, 24, 25, 26]);
  });

  it('pathchk: the anchor\'s `Env` lines and attached database paths', () => {
    const [pathchk] = batchDumps(readSample('55-kb-batch-files/database-path-check.txt').dumps);
    expect(pathchk!.anchorLines).toMatchObject({ startLine: 1, endLine: 4, envSystemPath: 'T:\\exchsrvr\\mdbdata', envLogFilePath: 'T:\\exchsrvr\\mdbdata' });
  });
});

describe('forms of the batch output the sample does not show', () => {
  it('Q237767\'s own sigchk sample: EDB.LOG\'s one Signature line is its own (the block starts at line 1)', () => {
    const d = only(
      [SIG_LOG, SIG_PRIV, SIG_PUB, '--------------------', '--------------------',
        'Comparing files edb012CF.log.CHECK and EDB012D0.LOG.CHECK', 'FC: no differences encountered',
        'Comparing files edb012CF.log.CHECK and EDB012D1.LOG.CHECK', 'FC: no differences encountered',
        'Comparing files edb012CF.log.CHECK and EDB.LOG.CHECK', '***** edb012CF.log.CHECK', SIG_LOG, SIG_PRIV, SIG_PUB,
        '***** EDB.LOG.CHECK', 'Signature: Create time:8/2/1999 16:22:38 Rand:3070420 Computer:', '*****'].join('\n'),
    );
    expect([d.batch, d.anchor, d.startLine, d.endLine]).toEqual(['sigchk', 'edb012CF.log', 1, 17]);
    expect(d.comparisons.map((c) => [c.line, c.log, c.same, c.resultLine, c.blockStart, rands(c.logLines)])).toEqual([
      [6, 'EDB012D0.LOG', true, 7, undefined, undefined],
      [8, 'EDB012D1.LOG', true, 9, undefined, undefined],
      [10, 'EDB.LOG', false, 11, 0, { signature: 3070420, attached: [] }],
    ]);
  });

  it('a DB signature that differs: the block starts at the third line, so its line is dbid 2\'s and the log signature matched', () => {
    const d = only(
      [SIG_LOG, SIG_PRIV, SIG_PUB, '-------------------- ', '-------------------- ',
        'Comparing files edb012cf.log.check and EDB012D3.LOG.CHECK', '***** edb012cf.log.check', SIG_PUB,
        '***** EDB012D3.LOG.CHECK', 'Signature: Create time:8/9/1999 10:1:2 Rand:711234567 Computer:', '*****'].join('\n'),
    );
    const [c] = d.comparisons;
    expect([c!.same, c!.blockStart, rands(c!.anchorLines), rands(c!.logLines)]).toEqual([
      false, 2, { signature: undefined, attached: [{ dbid: 2, signature: 710954626 }] }, { signature: undefined, attached: [{ dbid: 2, signature: 711234567 }] },
    ]);
  });

  it('without the anchor\'s own lines fc\'s block has no known place: its Signature lines are no one\'s', () => {
    const d = only(
      ['Comparing files edb012cf.log.check and EDB012D2.LOG.CHECK', '***** edb012cf.log.check', SIG_LOG,
        '***** EDB012D2.LOG.CHECK', 'Signature: Create time:2/11/1999 9:12:5 Rand:48211977 Computer:', '*****'].join('\n'),
    );
    const [c] = d.comparisons;
    expect([d.batch, d.anchor, d.anchorLines, c!.same, c!.blockStart, rands(c!.logLines)]).toEqual([
      'sigchk', 'edb012cf.log', undefined, false, undefined, { signature: undefined, attached: [] },
    ]);
  });

  it('pathchk: a differing block of `dbid path` lines is the paths the log records, position or not', () => {
    const d = only(
      ['      Env SystemPath:T:\\exchsrvr\\mdbdata', '      1 T:\\exchsrvr\\MDBDATA\\PRIV.EDB', '      2 T:\\exchsrvr\\MDBDATA\\PUB.EDB',
        'Comparing files edb012cf.log.check and EDB012D1.LOG.CHECK', '***** edb012cf.log.check', '      2 T:\\exchsrvr\\MDBDATA\\PUB.EDB',
        '***** EDB012D1.LOG.CHECK', '      2 U:\\exchsrvr\\MDBDATA\\PUB.EDB', '*****', ''].join('\n'),
    );
    expect([d.batch, rands(d.anchorLines), rands(d.comparisons[0]!.logLines)]).toEqual([
      'pathchk',
      { signature: undefined, attached: [{ dbid: 1, path: 'T:\\exchsrvr\\MDBDATA\\PRIV.EDB' }, { dbid: 2, path: 'T:\\exchsrvr\\MDBDATA\\PUB.EDB' }] },
      { signature: undefined, attached: [{ dbid: 2, path: 'U:\\exchsrvr\\MDBDATA\\PUB.EDB' }] },
    ]);
  });

  it('fc\'s other messages: the comparison says neither same nor different', () => {
    const d = only(['T:\\exchsrvr\\mdbdata>sigchk.bat edb012cf.log', 'Comparing files edb012cf.log.check and EDB012D0.LOG.CHECK', 'FC: cannot open EDB012D0.LOG.CHECK - No such file or folder'].join('\n'));
    expect([d.batch, d.anchor, d.comparisons]).toEqual([
      'sigchk', 'edb012cf.log',
      [{ line: 2, files: ['edb012cf.log.check', 'EDB012D0.LOG.CHECK'], log: 'EDB012D0.LOG', resultLine: 3, message: 'FC: cannot open EDB012D0.LOG.CHECK - No such file or folder' }],
    ]);
  });

  it('chksig with every log matching: the command says what the Signature lines are, not an /ml prompt', () => {
    const d = only(['T:\\exchsrvr\\mdbdata>chksig edb0000a.log', `      ${SIG_LOG}`, `      ${SIG_LOG}`].join('\n'));
    expect([d.batch, d.anchor, d.startLine, d.endLine, d.signature?.rand, d.matched.map((m) => m.line), d.failed]).toEqual(['chksig', 'edb0000a.log', 1, 3, 710915685, [2, 3], []]);
  });

  it('the KB\'s chksig sample: failures with `!` on the console and again without it', () => {
    const d = only(['T:\\exchsrvr\\mdbdata>chksig edb0000a.log', SIG_LOG, 'SIGNATURE MATCHING FAILED FOR edb0000c.log!', SIG_LOG, 'SIGNATURE MATCHING FAILED FOR edb0000c.log!'].join('\n'));
    expect(d.failed).toEqual([
      { file: 'edb0000c.log', line: 3, text: 'SIGNATURE MATCHING FAILED FOR edb0000c.log!' },
      { file: 'edb0000c.log', line: 5, text: 'SIGNATURE MATCHING FAILED FOR edb0000c.log!' },
    ]);
  });

  it('fc\'s marks and dashes outside a batch output stay unrecognized, as before', () => {
    const ast = parse(['Here is what I got:', '*****', '--------------------', 'FC: no differences encountered'].join('\n'));
    expect([ast.dumps, ast.unrecognized.map((u) => [u.startLine, u.endLine])]).toEqual([[], [[1, 4]]]);
  });
});
