import type { TokenType } from 'chevrotain';
import { describe, expect, it } from 'vitest';
import { createToken } from '../../grammar/chevrotain.js';
import { lineTokens } from '../../grammar/tokens.js';
import { probeLexer } from './probe-lexer.js';

/**
 * The first characters Chevrotain's own analysis finds for a pattern (what the lexer computes
 * at start-up when a token gives no `start_chars_hint`), as sorted character codes.
 */
function analysedStartChars(pattern: RegExp): number[] {
  const lexer = probeLexer(pattern);
  const byCharCode = (lexer as unknown as { charCodeToPatternIdxToConfig: Record<string, (unknown[] | undefined)[]> }).charCodeToPatternIdxToConfig['defaultMode']!;
  const codes: number[] = [];
  byCharCode.forEach((configs, code) => {
    if (configs !== undefined && configs.length > 0) codes.push(code);
  });
  return codes;
}

function hintedStartChars(token: TokenType): number[] {
  return [...new Set((token.START_CHARS_HINT ?? []).map((c) => (typeof c === 'string' ? c.charCodeAt(0) : c)))].sort((a, b) => a - b);
}

describe('start characters given to the lexer (a start-up saving)', () => {
  const tokens = lineTokens;
  const hinted = tokens.filter((token) => token.START_CHARS_HINT !== undefined);

  it('every readable line token gives them; only the blank, line break and text patterns are analysed', () => {
    expect(hinted.length).toBe(68);
    expect(tokens.filter((token) => token.START_CHARS_HINT === undefined).map((token) => token.name).sort()).toEqual(['Blank', 'LineBreak', 'Text']);
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
});
