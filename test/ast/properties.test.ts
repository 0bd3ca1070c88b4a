/**
 * Whatever the text — arbitrary strings, or real captures mangled the way pastes mangle them —
 * the parser never throws and every non-blank line ends up inside a dump or an unrecognized
 * range (SPEC §3: nothing is dropped without a trace).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CaptureParser, parseCaptureText, type ParsedItem } from '../../src/ast/index.js';
import type { InputAst } from '../../src/ast/types.js';
import { sampleText, textCaptures } from '../support/samples.js';

/** Line numbers of non-blank lines that no dump, command line, `dir` listing (issue 16) or unrecognized range covers. */
function unaccountedLines(text: string, ast: InputAst): number[] {
  const lines = text.split(/\r\n|\n|\r/);
  const covered = new Uint8Array(lines.length + 2);
  for (const d of ast.dumps) for (let n = d.startLine; n <= d.endLine; n++) covered[n] = 1;
  for (const c of ast.commands ?? []) covered[c.line] = 1;
  for (const u of ast.unrecognized) for (let n = u.startLine; n <= u.endLine; n++) covered[n] = 1;
  for (const l of ast.dirListings ?? []) for (let n = l.startLine; n <= l.endLine; n++) covered[n] = 1;
  const missing: number[] = [];
  lines.forEach((line, i) => {
    if (line.trim() !== '' && covered[i + 1] !== 1) missing.push(i + 1);
  });
  return missing;
}

function parse(text: string): InputAst {
  return parseCaptureText({ name: 'mangled.txt', text });
}

/** The text of every sample capture, split into lines (loaded once). */
const SAMPLE_LINES = textCaptures().map((c) => sampleText(c).split(/\r\n|\n|\r/));

/** How pastes mangle a capture (SPEC §3 noise). */
type Mutation = 'drop' | 'duplicate' | 'doubleSpace' | 'indent' | 'dedent' | 'tabs' | 'cut' | 'trailing';

function mutate(lines: readonly string[], mutation: Mutation, at: number, amount: number): string[] {
  const i = lines.length === 0 ? 0 : at % lines.length;
  const out = [...lines];
  switch (mutation) {
    case 'drop':
      out.splice(i, 1 + (amount % 5));
      break;
    case 'duplicate':
      out.splice(i, 0, ...lines.slice(i, i + 1 + (amount % 40)));
      break;
    case 'doubleSpace':
      return lines.flatMap((l) => [l, '']);
    case 'indent':
      return lines.map((l) => ' '.repeat(amount % 9) + l);
    case 'dedent':
      return lines.map((l) => l.trimStart());
    case 'tabs':
      return lines.map((l) => l.replace(/^ {6}/, '\t'));
    case 'cut':
      if (out[i] !== undefined) out[i] = out[i]!.slice(0, Math.max(0, out[i]!.length - 1 - (amount % 30)));
      break;
    case 'trailing':
      return lines.map((l, n) => (n % 3 === 0 ? l + '   ' : l));
  }
  return out;
}

const mutationArb = fc.constantFrom<Mutation>('drop', 'duplicate', 'doubleSpace', 'indent', 'dedent', 'tabs', 'cut', 'trailing');

/** Lines that look like eseutil output, shuffled with noise, so the generator reaches the grammar. */
const eseLikeLine = fc.oneof(
  fc.constantFrom(
    'Microsoft(R) Exchange Server Database Utilities',
    'Version 6.5',
    'Initiating FILE DUMP mode...',
    '      lGeneration (4815)',
    '      Checkpoint: (0x12CF,1CA9,16A)',
    '      Signature: Create time:12/29/2000 21:6:38 Rand:24842 Computer:',
    '      1 d:\\MDBDATA\\PRIV.EDB',
    '      Last Attach (4815,7341,118)  Last',
    'Consistent (4815,7337,400)',
    '      Env (Session, Opentbl)',
    '          (  1, 2)',
    '      Log file: E:\\L\\E0000000001.log - OK',
    '                ERROR: Log damaged (unusable). Last Lgpos: (0x5,7FF,0). Error -501.',
    'Operation terminated with error -1811 (JET_errFileNotFound,',
    'Operation completed successfully in 1.5 seconds.',
    'E:\\mdbdata>eseutil /ml edb012cf.log | find /i "signature"',
    '23042 pages seen',
    '..........',
    '',
    '   ',
  ),
  fc.string({ maxLength: 40 }),
);

describe('nothing lost, never a crash', () => {
  it('accounts for every non-blank line of arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300, unit: 'binary' }), (text) => {
        expect(unaccountedLines(text, parse(text))).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });

  it('accounts for every non-blank line of eseutil-like lines in any order', () => {
    fc.assert(
      fc.property(fc.array(eseLikeLine, { maxLength: 60 }), (lines) => {
        const text = lines.join('\n');
        expect(unaccountedLines(text, parse(text))).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });

  it('accounts for every non-blank line of a sample mangled like a web paste', () => {
    fc.assert(
      fc.property(
        fc.nat(SAMPLE_LINES.length - 1),
        fc.array(fc.tuple(mutationArb, fc.nat(), fc.nat()), { minLength: 1, maxLength: 3 }),
        (sample, mutations) => {
          let lines: string[] = SAMPLE_LINES[sample]!;
          for (const [mutation, at, amount] of mutations) lines = mutate(lines, mutation, at, amount);
          const text = lines.join('\r\n');
          const ast = parse(text);
          expect(unaccountedLines(text, ast)).toEqual([]);
          // Dumps come out in order and never overlap.
          for (let k = 1; k < ast.dumps.length; k++) expect(ast.dumps[k]!.startLine).toBeGreaterThan(ast.dumps[k - 1]!.endLine);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('gives the same dumps fed line by line as in one piece', () => {
    fc.assert(
      fc.property(fc.nat(SAMPLE_LINES.length - 1), (sample) => {
        const lines = SAMPLE_LINES[sample]!;
        const parser = new CaptureParser({ inputName: 'x.txt' });
        const items: ParsedItem[] = [];
        for (const line of lines) items.push(...parser.pushLine(line));
        items.push(...parser.end());
        const whole = parse(lines.join('\n'));
        expect(items.filter((i) => i.type === 'dump').length).toBe(whole.dumps.length);
      }),
      { numRuns: 50 },
    );
  });
});
