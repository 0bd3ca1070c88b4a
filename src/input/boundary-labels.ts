/**
 * The labels that start or end a dump (SPEC §1: a capture holds many dumps, concatenated or
 * pasted), with what each means for the segmenter (src/input/segment.ts). These labels are the
 * grammar's too: the line tokens of the same name in grammar/catalogue.ts are built from them, so
 * a label is written once. They live here, in the input layer, because the capture is split into
 * dumps line by line before any dump is lexed.
 *
 * A label is a fixed text declared as data (src/input/fixed-label.ts: its pattern and its start
 * character follow from it) or a RegExp with its `startChars`, the characters a match starts with:
 * the segmenter tries a pattern only on a line starting with one of them, and the lexer gets them as
 * its `start_chars_hint`.
 */
import { fixed, fixedLabelPattern, type FixedLabel } from './fixed-label.js';

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

interface BoundaryRole {
  readonly role: BoundaryClass;
  /** A footer eseutil may wrap over two lines (`… after` / `0.47 seconds.`): open until a period. */
  readonly wraps?: true;
}

export type BoundaryLabel =
  | (BoundaryRole & { readonly label: FixedLabel })
  | (BoundaryRole & { readonly label: RegExp; readonly startChars: string });

/** A boundary label's pattern and the characters a match starts with (a fixed text: its first character). */
export function boundaryPattern(boundary: BoundaryLabel): { readonly pattern: RegExp; readonly startChars: string } {
  if ('startChars' in boundary) return { pattern: boundary.label, startChars: boundary.startChars };
  return { pattern: fixedLabelPattern(boundary.label), startChars: boundary.label.text[0]! };
}

/** Keyed by the name of the grammar's line token; in the order the segmenter tries them. */
export const BOUNDARY_LABELS = {
  // §0.1 banner: the product line opens a dump; version, copyright and licence lines go with it.
  BannerProduct: { label: /Microsoft\(R\)|Extensible Storage Engine Utilities/, startChars: 'ME', role: BoundaryClass.bannerProduct },
  BannerVersion: { label: /Version[ \t]+\d[\d.]*/, startChars: 'V', role: BoundaryClass.bannerDetail },
  Copyright: { label: /Copyright[ \t]*\([Cc]\)/, startChars: 'C', role: BoundaryClass.bannerDetail },
  License: { label: fixed('Licensed under the'), role: BoundaryClass.bannerDetail },
  // §0.2 `Initiating FILE DUMP mode...`; §3 `Verifying log files...`.
  Initiating: { label: fixed('Initiating', { blanks: 'required' }), role: BoundaryClass.mode },
  VerifyingLogFiles: { label: fixed('Verifying log files'), role: BoundaryClass.verifying },
  // §0.3, §5.1 final status lines: a dump ends after them.
  OperationCompleted: { label: fixed('Operation completed successfully'), role: BoundaryClass.footer, wraps: true },
  OperationTerminated: { label: fixed('Operation terminated'), role: BoundaryClass.footer, wraps: true },
  EsefileCompletes: { label: fixed('esefile completes'), role: BoundaryClass.footer },
  // The file a dump describes: a second one starts the next dump (runs of `find` fragments).
  CheckpointFileLabel: { label: /Checkpoint [Ff]ile[ \t]*:/, startChars: 'C', role: BoundaryClass.checkpointSubject },
  DatabaseLabel: { label: fixed('Database', { blanks: 'optional', colon: 'required' }), role: BoundaryClass.databaseSubject },
  // Spec deviation: /k on one log prints `Log File:` (capital F); both are accepted.
  LogFileLabel: { label: /Log [Ff]ile[ \t]*:/, startChars: 'L', role: BoundaryClass.logFileSubject },
  BaseNameLabel: { label: fixed('Base name', { blanks: 'optional', colon: 'required' }), role: BoundaryClass.baseNameSubject },
  // §2: one log header has one `lGeneration`; a second one is the next log's.
  LGeneration: { label: fixed('lGeneration', { blanks: 'optional', colon: 'optional' }), role: BoundaryClass.lGeneration },
} as const satisfies Record<string, BoundaryLabel>;

export type BoundaryLabelName = keyof typeof BOUNDARY_LABELS;
