/**
 * The one lexer instance (built once: building a Chevrotain lexer analyses every pattern).
 * `ensureOptimizations` makes construction fail if a pattern would defeat the first-character
 * optimisation, so a slow token cannot slip in unnoticed.
 */
import { Lexer } from './chevrotain.js';
import { grammarChecksRequested } from './checks.js';
import { lexerDefinition } from './tokens.js';

export const eseOutputLexer = new Lexer(lexerDefinition, {
  ensureOptimizations: true,
  positionTracking: 'onlyStart',
  // Segments are joined with `\n` only (src/input/segment.ts splits CRLF, LF and CR).
  lineTerminatorsPattern: /\n/g,
  lineTerminatorCharacters: ['\n'],
  skipValidations: !grammarChecksRequested(),
});
