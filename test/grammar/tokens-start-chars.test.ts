import type { TokenType } from 'chevrotain';
import { describe, expect, it } from 'vitest';
import { createToken, Lexer } from '../../grammar/chevrotain.js';
import { CATALOGUE, lineTokens } from '../../grammar/catalogue.js';
import { eseOutputLexer } from '../../grammar/lexer.js';
import { fixedLabelOf, Blank } from '../../grammar/tokens.js';
import { probeLexer } from './probe-lexer.js';

/**
 * The lexer's first-character table for a pattern, as sorted keys (a character code below 256,
 * a block of characters above): from Chevrotain's own analysis of the pattern (what the lexer
 * computes at start-up when a token gives no `start_chars_hint`), or from a hint.
 */
function startTable(pattern: RegExp, hint?: readonly (string | number)[]): number[] {
  const lexer = probeLexer(pattern, hint);
  const byCharCode = (lexer as unknown as { charCodeToPatternIdxToConfig: Record<string, (unknown[] | undefined)[]> }).charCodeToPatternIdxToConfig['defaultMode']!;
  const codes: number[] = [];
  byCharCode.forEach((configs, code) => {
    if (configs !== undefined && configs.length > 0) codes.push(code);
  });
  return codes;
}

const analysedStartChars = (pattern: RegExp): number[] => startTable(pattern);
const hintedStartChars = (token: TokenType): number[] => startTable(token.PATTERN as RegExp, token.START_CHARS_HINT ?? []);
/** A token's hint as one string (each character a start character). */
const hintOf = (token: TokenType): string => (token.START_CHARS_HINT ?? []).map((c) => (typeof c === 'number' ? String.fromCharCode(c) : c)).join('');

describe('start characters given to the lexer (a start-up saving)', () => {
  const hinted = lineTokens.filter((token) => token.START_CHARS_HINT !== undefined);

  it('every line token gives them but the catch-all text, whose pattern the lexer analyses', () => {
    expect(lineTokens.map((token) => token.name)).toEqual(['LineBreak', 'Blank', ...Object.keys(CATALOGUE)]);
    expect(lineTokens.filter((token) => token.START_CHARS_HINT === undefined).map((token) => token.name)).toEqual(['Text']);
  });

  it('a fixed label gives the first character of its text', () => {
    const wrong = lineTokens.filter((token) => fixedLabelOf(token) !== undefined && hintOf(token) !== fixedLabelOf(token)!.text[0]).map((token) => token.name);
    expect(wrong).toEqual([]);
    expect(hintOf(CATALOGUE.CheckpointAtCreation.token)).toBe('C');
    expect(hintOf(CATALOGUE.ParenthesizedValues.token)).toBe('(');
  });

  it('a RegExp label gives the start characters the catalogue declares', () => {
    const declared = Object.fromEntries(lineTokens.filter((token) => fixedLabelOf(token) === undefined && token !== Blank && token.name !== 'Text').map((token) => [token.name, hintOf(token)]));
    const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
    expect(declared).toEqual({
      LineBreak: '\n',
      BannerProduct: 'ME',
      BannerVersion: 'V',
      Copyright: 'C',
      CheckpointFileLabel: 'C',
      LogFileLabel: 'L',
      CircularLoggingFlag: 'C',
      AttachedDatabaseId: '0123456789',
      ErrorLabel: 'E',
      MissingLogFiles: 'M',
      ChecksumStatus: 'CS',
      ProgressAxis: '0',
      ProgressBar: '|',
      ProgressDots: '.',
      ChecksumCounter: '-0123456789',
      HighestDbtime: '0',
      RunStep: 'PCRD',
      RunStatusTitle: 'SR',
      Prompt: `[>${letters}`,
      DirVolume: 'V',
      DirEntry: '0123456789',
      DirSummary: '0123456789',
      FcNoDifferences: 'F',
      FcBlockMark: '*',
      BatchSeparator: '-',
      GenericLabel: letters,
    });
  });

  it('each hint is exactly what the lexer would find in the pattern', () => {
    const wrong = hinted
      .filter((token) => JSON.stringify(hintedStartChars(token)) !== JSON.stringify(analysedStartChars(token.PATTERN as RegExp)))
      .map((token) => `${token.name}: hint ${String.fromCharCode(...hintedStartChars(token))}, pattern ${String.fromCharCode(...analysedStartChars(token.PATTERN as RegExp))}`);
    expect(wrong).toEqual([]);
  });

  it('the comparison sees a wrong hint (the check can fail)', () => {
    const alternation = /Microsoft\(R\)|Extensible/;
    expect(analysedStartChars(alternation)).toEqual(['E'.charCodeAt(0), 'M'.charCodeAt(0)]);
    expect(hintedStartChars(createToken({ name: 'M', pattern: alternation, start_chars_hint: ['M'] }))).toEqual(['M'.charCodeAt(0)]);
  });

  it('the blanks give every character their class matches, over the whole BMP', () => {
    const pattern = new RegExp(`^${(Blank.PATTERN as RegExp).source}$`);
    const matched: number[] = [];
    for (let c = 0; c <= 0xffff; c++) if (pattern.test(String.fromCharCode(c))) matched.push(c);
    expect([...(Blank.START_CHARS_HINT as number[])].sort((a, b) => a - b)).toEqual(matched);
    expect(String.fromCharCode(...matched)).toBe('\t\u000b\f\r \u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u200b\u202f\u3000\ufeff');
    // The lexer skips each of them before a line's first character.
    const wrong = matched.filter((c) => {
      const { tokens, errors } = eseOutputLexer.tokenize(`${String.fromCharCode(c)}State: x`);
      return errors.length > 0 || tokens.length !== 1 || tokens[0]!.tokenType !== CATALOGUE.State.token || tokens[0]!.startOffset !== 1;
    });
    expect(wrong).toEqual([]);
  });

  it('every character but the line feed starts a line the lexer takes, the text token catching the rest', () => {
    const lines: string[] = [];
    for (let c = 0; c <= 0xffff; c++) if (c !== 10) lines.push(String.fromCharCode(c));
    const { tokens, errors } = eseOutputLexer.tokenize(lines.join('\n'));
    expect(errors).toEqual([]);
    // One line token for each character but the 21 blanks (skipped, or taken as indentation).
    const lineTokenStarts = tokens.filter((t) => t.tokenType.name !== 'LineBreak').map((t) => t.startOffset);
    const blanks = new Set(Blank.START_CHARS_HINT as number[]);
    expect(lineTokenStarts).toEqual(lines.flatMap((line, i) => (blanks.has(line.charCodeAt(0)) ? [] : [2 * i])));
    expect(lineTokenStarts.length).toBe(0xffff - 21);
  });

  it('a text token that names only some start characters leaves lines unlexed (the check can fail)', () => {
    const text = createToken({ name: 'AsciiText', pattern: (CATALOGUE.Text.token.PATTERN as RegExp), line_breaks: true, start_chars_hint: ['a', 'b'] });
    const lexer = new Lexer([text], { positionTracking: 'onlyOffset', skipValidations: true, ensureOptimizations: true });
    expect(lexer.tokenize('a\nc\nb').errors.map((e) => e.offset)).toEqual([2]);
  });
});
