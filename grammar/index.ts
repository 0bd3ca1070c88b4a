/**
 * Entry of the grammar: text → `{cst, lexErrors, parseErrors}` (the SAP/xml-tools shape).
 * Never throws. One lexer and one parser instance are reused for every call.
 */
import type { CstNode, ILexingError, IRecognitionException } from 'chevrotain';
import type { CaptureCstNode } from './cst.js';
import { grammarChecksRequested } from './checks.js';
import { eseOutputLexer } from './lexer.js';
import { EseOutputParser } from './parser.js';

export type { CaptureCstNode } from './cst.js';

export interface ParseOutput {
  readonly cst: CaptureCstNode;
  readonly lexErrors: readonly ILexingError[];
  readonly parseErrors: readonly IRecognitionException[];
}

let sharedParser: EseOutputParser | undefined;

/** The one parser instance (created on first use). */
export function eseOutputParser(): EseOutputParser {
  sharedParser ??= new EseOutputParser({ skipValidations: !grammarChecksRequested() });
  return sharedParser;
}

const EMPTY_CAPTURE: CaptureCstNode = { name: 'capture', children: {} };

/** Lexes and parses one segment of captured text (lines joined with `\n`). */
export function parseEseOutput(text: string): ParseOutput {
  try {
    const lexed = eseOutputLexer.tokenize(text);
    const parser = eseOutputParser();
    parser.input = lexed.tokens;
    const cst = parser.capture() as CstNode as CaptureCstNode;
    return { cst: cst ?? EMPTY_CAPTURE, lexErrors: lexed.errors, parseErrors: parser.errors };
  } catch (error) {
    // Defensive: Chevrotain does not throw on bad input, but a bug must not lose the input.
    const message = error instanceof Error ? error.message : String(error);
    return {
      cst: EMPTY_CAPTURE,
      lexErrors: [{ offset: 0, line: 1, column: 1, length: text.length, message }],
      parseErrors: [],
    };
  }
}

export { EseOutputParser } from './parser.js';
export * as tokens from './tokens.js';
export { CATALOGUE, TOKEN, labelNameOf, type LabelName } from './catalogue.js';
