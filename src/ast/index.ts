/**
 * Capture text → AST (SPEC §2–§4). OWNER: grammar/AST. This file is an interface stub until the
 * parser lands; the signatures below are what the CLI and the rules build against.
 */
import type { Dump, EncodingName, InputAst, LineEnding, UnrecognizedRange } from './types.js';

export type ParsedItem =
  | { readonly type: 'dump'; readonly dump: Dump }
  | { readonly type: 'unrecognized'; readonly range: UnrecognizedRange };

export interface CaptureParserOptions {
  /** Input name (path or `<stdin>`); its file name can name a dump's subject (`EDB012CF.LOG.txt`). */
  readonly inputName: string;
}

/**
 * Incremental parser for one input: feed lines in order (without their terminators), get dumps
 * and unrecognized ranges as soon as they are complete. Never throws on any text.
 */
export class CaptureParser {
  constructor(readonly options: CaptureParserOptions) {}

  /** Feeds line number (previous + 1). Returns the items this line completed. */
  pushLine(_line: string): ParsedItem[] {
    throw new Error('CaptureParser: not implemented yet');
  }

  /** End of input: returns the remaining items. */
  end(): ParsedItem[] {
    throw new Error('CaptureParser: not implemented yet');
  }
}

/** Whole-text convenience over CaptureParser (splits on CRLF, LF or CR). */
export function parseCaptureText(_input: {
  readonly name: string;
  readonly text: string;
  readonly encoding?: EncodingName;
  readonly lineEnding?: LineEnding;
}): InputAst {
  throw new Error('parseCaptureText: not implemented yet');
}
