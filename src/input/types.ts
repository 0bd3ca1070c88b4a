/** Types the input layer produces: how a capture's bytes were decoded, or why they could not be. */

/** Text encodings esereport detects or accepts with `--encoding`. */
export type EncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'cp437' | 'cp850' | 'windows-1252';

export type LineEnding = 'CRLF' | 'LF' | 'CR' | 'mixed' | 'none';

/** Why an input yielded no text to parse (binary ESE file given by mistake, unreadable…). */
export interface InputProblem {
  readonly kind: 'ese-binary' | 'binary' | 'unreadable' | 'empty' | 'internal';
  /** One line for the user, naming the file and what to do (e.g. run `eseutil /mh FILE`). */
  readonly message: string;
}
