import type { Lexer as ChevrotainLexer } from 'chevrotain';
import { createToken, Lexer } from '../../grammar/chevrotain.js';

/** A lexer of one token with `pattern`, for reading what Chevrotain's analysis makes of it. */
export function probeLexer(pattern: RegExp): ChevrotainLexer {
  return new Lexer([createToken({ name: 'Probe', pattern })], {
    positionTracking: 'onlyStart',
    lineTerminatorsPattern: /\n/g,
    lineTerminatorCharacters: ['\n'],
    skipValidations: true,
    ensureOptimizations: true,
  });
}
