/**
 * The labels that start or end a dump (SPEC §1: a capture holds many dumps, concatenated or
 * pasted), with what each means for the segmenter (src/input/segment.ts). These patterns are the
 * grammar's too: the line tokens of the same name in grammar/catalogue.ts are built from them, so
 * a label is written once. They live here, in the input layer, because the capture is split into
 * dumps line by line before any dump is lexed.
 *
 * `startChars` are the characters a match starts with: the segmenter tries a pattern only on a line
 * starting with one of them, and the lexer gets them as its `start_chars_hint`.
 */

/** What a line means for dump boundaries. */
export const BoundaryClass = {
  blank: 0,
  prompt: 1,
  bannerProduct: 2,
  bannerDetail: 3,
  mode: 4,
  verifying: 5,
  footer: 6,
  /** A footer wrapped over two lines: the next line ends it. */
  openFooter: 7,
  databaseSubject: 8,
  logFileSubject: 9,
  /** `Log file: <path> - OK` of a stream verification. */
  verifiedLogFile: 10,
  checkpointSubject: 11,
  baseNameSubject: 12,
  lGeneration: 13,
  content: 14,
} as const;
export type BoundaryClass = (typeof BoundaryClass)[keyof typeof BoundaryClass];

export interface BoundaryLabel {
  readonly pattern: RegExp;
  readonly startChars: string;
  readonly role: BoundaryClass;
  /** A footer eseutil may wrap over two lines (`… after` / `0.47 seconds.`): open until a period. */
  readonly wraps?: true;
}

/** Keyed by the name of the grammar's line token; in the order the segmenter tries them. */
export const BOUNDARY_LABELS = {
  // §0.1 banner: the product line opens a dump; version, copyright and licence lines go with it.
  BannerProduct: { pattern: /Microsoft\(R\)|Extensible Storage Engine Utilities/, startChars: 'ME', role: BoundaryClass.bannerProduct },
  BannerVersion: { pattern: /Version[ \t]+\d[\d.]*/, startChars: 'V', role: BoundaryClass.bannerDetail },
  Copyright: { pattern: /Copyright[ \t]*\([Cc]\)/, startChars: 'C', role: BoundaryClass.bannerDetail },
  License: { pattern: /Licensed under the/, startChars: 'L', role: BoundaryClass.bannerDetail },
  // §0.2 `Initiating FILE DUMP mode...`; §3 `Verifying log files...`.
  Initiating: { pattern: /Initiating[ \t]+/, startChars: 'I', role: BoundaryClass.mode },
  VerifyingLogFiles: { pattern: /Verifying log files/, startChars: 'V', role: BoundaryClass.verifying },
  // §0.3, §5.1 final status lines: a dump ends after them.
  OperationCompleted: { pattern: /Operation completed successfully/, startChars: 'O', role: BoundaryClass.footer, wraps: true },
  OperationTerminated: { pattern: /Operation terminated/, startChars: 'O', role: BoundaryClass.footer, wraps: true },
  EsefileCompletes: { pattern: /esefile completes/, startChars: 'e', role: BoundaryClass.footer },
  // The file a dump describes: a second one starts the next dump (runs of `find` fragments).
  CheckpointFileLabel: { pattern: /Checkpoint [Ff]ile[ \t]*:/, startChars: 'C', role: BoundaryClass.checkpointSubject },
  DatabaseLabel: { pattern: /Database[ \t]*:/, startChars: 'D', role: BoundaryClass.databaseSubject },
  // Spec deviation: /k on one log prints `Log File:` (capital F); both are accepted.
  LogFileLabel: { pattern: /Log [Ff]ile[ \t]*:/, startChars: 'L', role: BoundaryClass.logFileSubject },
  BaseNameLabel: { pattern: /Base name[ \t]*:/, startChars: 'B', role: BoundaryClass.baseNameSubject },
  // §2: one log header has one `lGeneration`; a second one is the next log's.
  LGeneration: { pattern: /lGeneration[ \t]*:?/, startChars: 'l', role: BoundaryClass.lGeneration },
} as const satisfies Record<string, BoundaryLabel>;

export type BoundaryLabelName = keyof typeof BOUNDARY_LABELS;
