import type { TokenType } from 'chevrotain';
import { describe, expect, it } from 'vitest';
import { createToken, Lexer } from '../../grammar/chevrotain.js';
import { lexerDefinition } from '../../grammar/tokens.js';

/** What Chevrotain's own analysis says of a pattern when it is not told `line_breaks`. */
function patternCanMatchLineFeed(pattern: RegExp): boolean {
  const probe = createToken({ name: 'Probe', pattern });
  const lexer = new Lexer([probe], {
    positionTracking: 'onlyStart',
    lineTerminatorsPattern: /\n/g,
    lineTerminatorCharacters: ['\n'],
    skipValidations: true,
  });
  const config = (lexer as unknown as { patternIdxToConfig: Record<string, { canLineTerminator: boolean }[]> }).patternIdxToConfig;
  return config['defaultMode']![0]!.canLineTerminator;
}

describe('tokens declared without line breaks (a start-up saving)', () => {
  const declared = [...new Set(Object.values(lexerDefinition.modes).flat())].filter((token: TokenType) => token.LINE_BREAKS === false && token.PATTERN instanceof RegExp);

  it('are the 69 readable line-start and text tokens', () => {
    expect(declared.length).toBe(69);
  });

  it('none of them has a pattern Chevrotain finds able to match a line feed', () => {
    const wrong = declared.filter((token) => patternCanMatchLineFeed(token.PATTERN as RegExp)).map((token) => token.name);
    expect(wrong).toEqual([]);
  });

  it('the analysis does flag a pattern that spans lines (the check can fail)', () => {
    expect(patternCanMatchLineFeed(/a[^:]*:/)).toBe(true);
  });
});
