/**
 * What decoding an input yields besides its lines: the encoding and line ending found, or why
 * there is no text. Produced here (src/input), carried by the AST contract (src/ast/types.ts
 * re-exports them, SPEC §4).
 */

/** Text encodings esereport detects or accepts with `--encoding`. */
export type EncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'cp437' | 'cp850' | 'windows-1252';

export type LineEnding = 'CRLF' | 'LF' | 'CR' | 'mixed' | 'none';

/** Why an input yielded no text to parse (binary ESE file given by mistake, unreadable…). */
export interface InputProblem {
  readonly kind: 'ese-binary' | 'binary' | 'unreadable' | 'empty' | 'internal';
  /** One line for the user, naming the file and what to do (e.g. run `eseutil /mh FILE`). */
  readonly message: string;
}
