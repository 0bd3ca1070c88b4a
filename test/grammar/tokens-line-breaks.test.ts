import { describe, expect, it } from 'vitest';
import { CATALOGUE, lineTokens } from '../../grammar/catalogue.js';
import { labelPatternOf } from '../../grammar/tokens.js';
import { probeLexer } from './probe-lexer.js';

/** What Chevrotain's own analysis says of a pattern: can it match a line feed? */
function patternCanMatchLineFeed(pattern: RegExp): boolean {
  const lexer = probeLexer(pattern);
  const config = (lexer as unknown as { patternIdxToConfig: Record<string, { canLineTerminator: boolean }[]> }).patternIdxToConfig['defaultMode']!;
  return config[0]!.canLineTerminator;
}

describe('the labels that start line tokens', () => {
  const labelled = lineTokens.filter((token) => labelPatternOf(token) !== undefined);

  it('are the tokens of the catalogue: its readable line tokens and the text token', () => {
    expect(labelled.map((token) => token.name)).toEqual(Object.keys(CATALOGUE));
    expect(lineTokens.filter((token) => labelPatternOf(token) === undefined).map((token) => token.name)).toEqual(['LineBreak', 'Blank']);
  });

  it('never span a line: the value after a label is on the label’s line', () => {
    const wrong = labelled.filter((token) => patternCanMatchLineFeed(labelPatternOf(token)!)).map((token) => token.name);
    expect(wrong).toEqual([]);
  });

  it('the analysis does flag a pattern that spans lines (the check can fail)', () => {
    expect(patternCanMatchLineFeed(/a[^:]*:/)).toBe(true);
  });
});
