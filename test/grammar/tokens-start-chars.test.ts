import type { TokenType } from 'chevrotain';
import { describe, expect, it } from 'vitest';
import { createToken } from '../../grammar/chevrotain.js';
import { CATALOGUE, lineTokens } from '../../grammar/catalogue.js';
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

describe('start characters given to the lexer (a start-up saving)', () => {
  const tokens = lineTokens;
  const hinted = tokens.filter((token) => token.START_CHARS_HINT !== undefined);

  it('every line token gives them, the blank, line break and catch-all text patterns too: no pattern is analysed', () => {
    expect(hinted.length).toBe(tokens.length);
    expect(tokens.map((token) => token.name)).toEqual(['LineBreak', 'Blank', ...Object.keys(CATALOGUE)]);
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
    // Above 255 the table has blocks: a class hint missing one block differs.
    const text = tokens.find((token) => token.name === 'Text')!;
    const missingOne = (text.START_CHARS_HINT as number[]).slice(0, -1);
    expect(startTable(text.PATTERN as RegExp, missingOne)).not.toEqual(analysedStartChars(text.PATTERN as RegExp));
  });
});
