/**
 * The one lexer instance (built once: building a Chevrotain lexer analyses every pattern).
 * `ensureOptimizations` makes construction fail if a pattern would defeat the first-character
 * optimisation, so a slow token cannot slip in unnoticed.
 */
import { Lexer } from './chevrotain.js';
import { grammarChecksRequested } from './checks.js';
import { lineTokens } from './catalogue.js';

export const eseOutputLexer = new Lexer(lineTokens, {
  ensureOptimizations: true,
  // A token is a line: its line number is its place among the segment's lines
  // (src/ast/line-records.ts), so the lexer need not count line breaks (SPEC §9).
  positionTracking: 'onlyOffset',
  skipValidations: !grammarChecksRequested(),
});
