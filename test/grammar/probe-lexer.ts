import type { Lexer as ChevrotainLexer } from 'chevrotain';
import { createToken, Lexer } from '../../grammar/chevrotain.js';

/**
 * A lexer of one token with `pattern`, for reading what Chevrotain's analysis makes of it; with
 * `startCharsHint`, what it makes of that hint instead.
 */
export function probeLexer(pattern: RegExp, startCharsHint?: readonly (string | number)[]): ChevrotainLexer {
  return new Lexer([createToken({ name: 'Probe', pattern, ...(startCharsHint ? { start_chars_hint: [...startCharsHint] } : {}) })], {
    positionTracking: 'onlyStart',
    lineTerminatorsPattern: /\n/g,
    lineTerminatorCharacters: ['\n'],
    skipValidations: true,
    ensureOptimizations: true,
  });
}
