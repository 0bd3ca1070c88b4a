/**
 * The catalogue of eseutil / esentutl / esefile labels (ese-format.md): one entry per kind of
 * line, in the order the lexer tries them (first match wins: longer labels before their prefixes,
 * `Checkpoint file:` before `Checkpoint`; specific labels before the generic `Label:` and `Text`).
 *
 * Each entry says
 * - `token`: its line token, built from the label that starts the line (grammar/tokens.ts `token`):
 *   a fixed text declared as data, `fixed('Log Required', { blanks: 'optional', colon: 'required' })`
 *   (src/input/fixed-label.ts: its pattern, start character and label length follow from it), or a
 *   RegExp with the characters a match starts with (`startChars`, the lexer's hint);
 *   the categories say which alternative of the capture rule takes it (grammar/parser.ts);
 * - `boundary`: what it means where dumps start and end (src/input/boundary-labels.ts: the
 *   segmenter splits the capture before lexing, so that layer holds the pattern; the token here
 *   is built from it);
 * - `votes`: the dump kind it is evidence of (src/ast/dump-kind.ts), `strong` when only that kind
 *   prints it, `weak` when several do;
 * - `typed`: for a dump kind, the typed AST property it fills and the parser of its value
 *   (src/ast/build-dump.ts; the first line that reads wins, a line whose value does not read is
 *   reported as unrecognized).
 * What a label means beyond that (the `NOT AVAILABLE` checkpoint, integrity statements, the `Env`
 * block, circular logging flags, `- OK` stream lines) is written in src/ast/build-dump.ts.
 *
 * Adding a label: its entry here, at its place in the order, and a test.
 */
import type { TokenType } from 'chevrotain';
import { BOUNDARY_LABELS, BoundaryClass } from '../src/input/boundary-labels.js';
import { fixed } from '../src/input/fixed-label.js';
import { PROMPT_LABEL } from '../src/input/prompt.js';
import {
  AttachedDatabaseLabel,
  BannerLine,
  BatchLine,
  Blank,
  ChecksumCounterLabel,
  ChecksumTitle,
  DirListingLine,
  DateLabel,
  DIGITS,
  ErrorStatement,
  FooterStatement,
  GenerationRangeLabel,
  IntegrityStatement,
  LETTERS,
  LineBreak,
  LogPositionLabel,
  Newline,
  NumberLabel,
  ProgressMark,
  RunLine,
  SignatureLabel,
  SubjectLabel,
  textToken,
  token,
  WarningStatement,
} from './tokens.js';

/** Which kind of dump a segment is (SPEC §3). */
export type DumpKind = 'databaseHeader' | 'logHeader' | 'logStreamCheck' | 'checkpoint' | 'checksum' | 'operation' | 'batchCheck';

/** How a typed value is read from the rest of the line (the value parsers of src/ast/). */
export type ValueKind = 'text' | 'number' | 'generation' | 'generationRange' | 'logPosition' | 'date' | 'signature' | 'onOff';

export interface TypedValue {
  /** The property of the dump kind's AST type (src/ast/types.ts). */
  readonly property: string;
  readonly value: ValueKind;
}

export interface LabelEntry {
  readonly token: TokenType;
  readonly boundary?: BoundaryClass;
  readonly votes?: { readonly kind: DumpKind; readonly weight: 'strong' | 'weak' };
  readonly typed?: { readonly [K in DumpKind]?: TypedValue };
}

export const CATALOGUE = {
  BannerProduct: {
    token: token(
    'BannerProduct',
    'Microsoft(R) … Database Utilities',
    BOUNDARY_LABELS.BannerProduct.label, { startChars: BOUNDARY_LABELS.BannerProduct.startChars, categories: [BannerLine] }),
    boundary: BOUNDARY_LABELS.BannerProduct.role,
  },
  BannerVersion: {
    token: token('BannerVersion', 'Version N.N', BOUNDARY_LABELS.BannerVersion.label, { startChars: BOUNDARY_LABELS.BannerVersion.startChars, categories: [BannerLine] }),
    boundary: BOUNDARY_LABELS.BannerVersion.role,
  },
  Copyright: {
    token: token('Copyright', 'Copyright (C) Microsoft Corporation', BOUNDARY_LABELS.Copyright.label, { startChars: BOUNDARY_LABELS.Copyright.startChars, categories: [BannerLine] }),
    boundary: BOUNDARY_LABELS.Copyright.role,
  },
  License: {
    token: token('License', 'Licensed under the MIT License', BOUNDARY_LABELS.License.label, { categories: [BannerLine] }),
    boundary: BOUNDARY_LABELS.License.role,
  },
  Initiating: {
    token: token('Initiating', 'Initiating … mode...', BOUNDARY_LABELS.Initiating.label),
    boundary: BOUNDARY_LABELS.Initiating.role,
  },
  VerifyingLogFiles: {
    token: token('VerifyingLogFiles', 'Verifying log files...', BOUNDARY_LABELS.VerifyingLogFiles.label),
    boundary: BOUNDARY_LABELS.VerifyingLogFiles.role,
    votes: { kind: 'logStreamCheck', weight: 'strong' },
  },
  CheckpointFileLabel: {
    token: token('CheckpointFileLabel', 'Checkpoint file:', BOUNDARY_LABELS.CheckpointFileLabel.label, { startChars: BOUNDARY_LABELS.CheckpointFileLabel.startChars, categories: [SubjectLabel] }),
    boundary: BOUNDARY_LABELS.CheckpointFileLabel.role,
    votes: { kind: 'checkpoint', weight: 'strong' },
  },
  CheckpointAtCreation: {
    token: token(
    'CheckpointAtCreation',
    'Checkpoint at log creation time:',
    fixed('Checkpoint at log creation time', { blanks: 'optional', colon: 'optional' }), { categories: [LogPositionLabel] }),
    votes: { kind: 'logHeader', weight: 'strong' },
  },
  LastFullBackupCheckpoint: {
    token: token(
    'LastFullBackupCheckpoint',
    'LastFullBackupCheckpoint',
    fixed('LastFullBackupCheckpoint', { blanks: 'optional', colon: 'optional' }), { categories: [LogPositionLabel] }),
    votes: { kind: 'checkpoint', weight: 'strong' },
    typed: { checkpoint: { property: 'lastFullBackupCheckpoint', value: 'logPosition' } },
  },
  Checkpoint: {
    token: token('Checkpoint', 'Checkpoint', fixed('Checkpoint', { blanks: 'optional', colon: 'optional' }), { categories: [LogPositionLabel] }),
    votes: { kind: 'checkpoint', weight: 'weak' },
    typed: { checkpoint: { property: 'checkpoint', value: 'logPosition' } },
  },
  DatabaseLabel: {
    token: token('DatabaseLabel', 'Database:', BOUNDARY_LABELS.DatabaseLabel.label, { categories: [SubjectLabel] }),
    boundary: BOUNDARY_LABELS.DatabaseLabel.role,
    votes: { kind: 'databaseHeader', weight: 'strong' },
  },
  LogFileLabel: {
    token: token('LogFileLabel', 'Log file:', BOUNDARY_LABELS.LogFileLabel.label, { startChars: BOUNDARY_LABELS.LogFileLabel.startChars, categories: [SubjectLabel] }),
    boundary: BOUNDARY_LABELS.LogFileLabel.role,
  },
  LogDamaged: {
    token: token('LogDamaged', 'Log Damaged (unusable):', fixed('Log Damaged (unusable)', { blanks: 'optional', colon: 'optional' }), { categories: [IntegrityStatement] }),
    votes: { kind: 'logHeader', weight: 'strong' },
  },
  LogSignature: {
    token: token('LogSignature', 'Log Signature:', fixed('Log Signature', { blanks: 'optional', colon: 'required' }), { categories: [SignatureLabel] }),
    votes: { kind: 'databaseHeader', weight: 'strong' },
    typed: { databaseHeader: { property: 'logSignature', value: 'signature' } },
  },
  LogRequired: {
    token: token('LogRequired', 'Log Required:', fixed('Log Required', { blanks: 'optional', colon: 'required' }), { categories: [GenerationRangeLabel] }),
    votes: { kind: 'databaseHeader', weight: 'strong' },
    typed: { databaseHeader: { property: 'logRequired', value: 'generationRange' } },
  },
  LogCommitted: {
    token: token('LogCommitted', 'Log Committed:', fixed('Log Committed', { blanks: 'optional', colon: 'required' }), { categories: [GenerationRangeLabel] }),
    votes: { kind: 'databaseHeader', weight: 'strong' },
    typed: { databaseHeader: { property: 'logCommitted', value: 'generationRange' } },
  },
  BaseNameLabel: {
    token: token('BaseNameLabel', 'Base name:', BOUNDARY_LABELS.BaseNameLabel.label, { categories: [SubjectLabel] }),
    boundary: BOUNDARY_LABELS.BaseNameLabel.role,
    typed: { logHeader: { property: 'baseName', value: 'text' } },
  },
  FileType: {
    token: token('FileType', 'File Type:', fixed('File Type', { blanks: 'optional', colon: 'required' })),
    votes: { kind: 'databaseHeader', weight: 'strong' },
    typed: { databaseHeader: { property: 'fileType', value: 'text' } },
  },
  FileLabel: {
    token: token('FileLabel', 'File:', fixed('File', { blanks: 'optional', colon: 'required' }), { categories: [SubjectLabel] }),
    votes: { kind: 'checksum', weight: 'strong' },
  },
  LGeneration: {
    token: token('LGeneration', 'lGeneration', BOUNDARY_LABELS.LGeneration.label),
    boundary: BOUNDARY_LABELS.LGeneration.role,
    votes: { kind: 'logHeader', weight: 'strong' },
    typed: { logHeader: { property: 'lGeneration', value: 'generation' } },
  },
  FullBackupTime: {
    token: token('FullBackupTime', 'FullBackup time:', fixed('FullBackup time', { blanks: 'optional', colon: 'optional' }), { categories: [DateLabel] }),
    votes: { kind: 'checkpoint', weight: 'strong' },
  },
  FullBackup: {
    token: token('FullBackup', 'FullBackup', fixed('FullBackup', { blanks: 'optional', colon: 'optional' }), { categories: [LogPositionLabel] }),
    votes: { kind: 'checkpoint', weight: 'strong' },
    typed: { checkpoint: { property: 'fullBackup', value: 'logPosition' } },
  },
  IncBackupTime: {
    token: token('IncBackupTime', 'IncBackup time:', fixed('IncBackup time', { blanks: 'optional', colon: 'optional' }), { categories: [DateLabel] }),
    votes: { kind: 'checkpoint', weight: 'strong' },
  },
  IncBackup: {
    token: token('IncBackup', 'IncBackup', fixed('IncBackup', { blanks: 'optional', colon: 'optional' }), { categories: [LogPositionLabel] }),
    votes: { kind: 'checkpoint', weight: 'strong' },
    typed: { checkpoint: { property: 'incBackup', value: 'logPosition' } },
  },
  CreationTime: {
    token: token('CreationTime', 'creation time:', fixed('creation time', { blanks: 'optional', colon: 'optional' }), { categories: [DateLabel] }),
    votes: { kind: 'logHeader', weight: 'strong' },
    typed: { logHeader: { property: 'creationTime', value: 'date' } },
  },
  PrevGenTime: {
    token: token('PrevGenTime', 'prev gen time:', fixed('prev gen time', { blanks: 'optional', colon: 'optional' }), { categories: [DateLabel] }),
    votes: { kind: 'logHeader', weight: 'strong' },
    typed: { logHeader: { property: 'prevGenTime', value: 'date' } },
  },
  LastLgpos: {
    token: token('LastLgpos', 'Last Lgpos', fixed('Last Lgpos', { blanks: 'optional', colon: 'optional' }), { categories: [LogPositionLabel] }),
    votes: { kind: 'logHeader', weight: 'strong' },
    typed: { logHeader: { property: 'lastLgpos', value: 'logPosition' } },
  },
  LastConsistent: {
    token: token('LastConsistent', 'Last Consistent', fixed('Last Consistent', { blanks: 'optional', colon: 'optional' }), { categories: [LogPositionLabel, AttachedDatabaseLabel] }),
    votes: { kind: 'databaseHeader', weight: 'weak' },
    typed: { databaseHeader: { property: 'lastConsistent', value: 'logPosition' } },
  },
  LastAttach: {
    token: token('LastAttach', 'Last Attach', fixed('Last Attach', { blanks: 'optional', colon: 'optional' }), { categories: [LogPositionLabel, AttachedDatabaseLabel] }),
    votes: { kind: 'databaseHeader', weight: 'weak' },
    typed: { databaseHeader: { property: 'lastAttach', value: 'logPosition' } },
  },
  LastDetach: {
    token: token('LastDetach', 'Last Detach', fixed('Last Detach', { blanks: 'optional', colon: 'optional' }), { categories: [LogPositionLabel] }),
    votes: { kind: 'databaseHeader', weight: 'strong' },
    typed: { databaseHeader: { property: 'lastDetach', value: 'logPosition' } },
  },
  LastReAttach: {
    token: token('LastReAttach', 'Last ReAttach', fixed('Last ReAttach', { blanks: 'optional', colon: 'optional' }), { categories: [LogPositionLabel] }),
    votes: { kind: 'databaseHeader', weight: 'strong' },
  },
  CircularLoggingFlag: {
    token: token(
    'CircularLoggingFlag',
    'Circular Logging Flag (current file|past files):',
    /Circular Logging Flag[ \t]*\((?:current file|past files)\)[ \t]*:?/,
    { startChars: 'C' },
  ),
    votes: { kind: 'logHeader', weight: 'strong' },
  },
  UsingReservedLogFile: {
    token: token('UsingReservedLogFile', 'Using Reserved Log File:', fixed('Using Reserved Log File', { blanks: 'optional', colon: 'required' })),
    votes: { kind: 'logHeader', weight: 'strong' },
    typed: { logHeader: { property: 'reservedLogFile', value: 'onOff' } },
  },
  /** `Env SystemPath:…`, `Env (CircLog,Session,…)` and the like. */
  Env: {
    token: token('Env', 'Env', fixed('Env', { blanks: 'required' })),
    votes: { kind: 'logHeader', weight: 'weak' },
  },
  /** A line starting with `(`: the values line of an `Env (…)` block. */
  ParenthesizedValues: {
    token: token('ParenthesizedValues', '(…)', fixed('(')),
  },
  /** `1 d:\MDBDATA\PRIV.EDB` — dbid and path of an attached database (§2.1, §2.2, §4). */
  AttachedDatabaseId: {
    token: token(
    'AttachedDatabaseId',
    'dbid path',
    /\d{1,5}[ \t]+(?:[A-Za-z]:[\\/]|\\\\|\.{1,2}\\)/,
    { startChars: DIGITS },
  ),
    votes: { kind: 'logHeader', weight: 'weak' },
  },
  /** ESE97 `ulVersion(6.1)` (§2.1, no colon) and `ulVersion: 0x…` of the oldest /mh (§1.2). */
  UlVersion: {
    token: token('UlVersion', 'ulVersion', fixed('ulVersion', { blanks: 'optional', colon: 'optional' })),
  },
  Dbtime: {
    token: token('Dbtime', 'dbtime:', fixed('dbtime', { blanks: 'optional', colon: 'required' }), { categories: [NumberLabel, AttachedDatabaseLabel] }),
    votes: { kind: 'databaseHeader', weight: 'weak' },
  },
  ObjidLast: {
    token: token('ObjidLast', 'objidLast:', fixed('objidLast', { blanks: 'optional', colon: 'required' }), { categories: [NumberLabel, AttachedDatabaseLabel] }),
  },
  MaxDbSize: {
    token: token('MaxDbSize', 'MaxDbSize:', fixed('MaxDbSize', { blanks: 'optional', colon: 'required' }), { categories: [NumberLabel, AttachedDatabaseLabel] }),
  },
  DbSignature: {
    token: token('DbSignature', 'DB Signature:', fixed('DB Signature', { blanks: 'optional', colon: 'required' }), { categories: [SignatureLabel] }),
    votes: { kind: 'databaseHeader', weight: 'strong' },
    typed: { databaseHeader: { property: 'dbSignature', value: 'signature' } },
  },
  Signature: {
    token: token('Signature', 'Signature:', fixed('Signature', { blanks: 'optional', colon: 'required' }), { categories: [SignatureLabel, AttachedDatabaseLabel] }),
    votes: { kind: 'logHeader', weight: 'weak' },
    typed: { logHeader: { property: 'signature', value: 'signature' }, checkpoint: { property: 'signature', value: 'signature' } },
  },
  State: {
    token: token('State', 'State:', fixed('State', { blanks: 'optional', colon: 'required' })),
    votes: { kind: 'databaseHeader', weight: 'strong' },
  },
  CbDbPage: {
    token: token('CbDbPage', 'cbDbPage:', fixed('cbDbPage', { blanks: 'optional', colon: 'required' }), { categories: [NumberLabel] }),
    votes: { kind: 'databaseHeader', weight: 'strong' },
    typed: { databaseHeader: { property: 'pageSize', value: 'number' } },
  },
  RepairCount: {
    token: token('RepairCount', 'Repair Count:', fixed('Repair Count', { blanks: 'optional', colon: 'required' }), { categories: [NumberLabel] }),
    votes: { kind: 'databaseHeader', weight: 'strong' },
    typed: { databaseHeader: { property: 'repairCount', value: 'number' } },
  },
  RepairDate: {
    token: token('RepairDate', 'Repair Date:', fixed('Repair Date', { blanks: 'optional', colon: 'required' }), { categories: [DateLabel] }),
    votes: { kind: 'databaseHeader', weight: 'strong' },
    typed: { databaseHeader: { property: 'repairDate', value: 'date' } },
  },
  Dbid: {
    token: token('Dbid', 'Dbid:', fixed('Dbid', { blanks: 'optional', colon: 'required' }), { categories: [NumberLabel] }),
    votes: { kind: 'databaseHeader', weight: 'strong' },
    typed: { databaseHeader: { property: 'dbid', value: 'number' } },
  },
  // §1.3/§1.4 `       Last Objid: %u`: the highest object id the database has allocated.
  LastObjid: {
    token: token('LastObjid', 'Last Objid:', fixed('Last Objid', { blanks: 'optional', colon: 'required' }), { categories: [NumberLabel] }),
    votes: { kind: 'databaseHeader', weight: 'strong' },
    typed: { databaseHeader: { property: 'lastObjid', value: 'number' } },
  },
  IntegrityPassed: {
    token: token(
    'IntegrityPassed',
    'Integrity check passed for log file:',
    fixed('Integrity check passed for log file', { blanks: 'optional', colon: 'optional' }), { categories: [IntegrityStatement] }),
    votes: { kind: 'logHeader', weight: 'strong' },
  },
  CorruptionDetected: {
    token: token(
    'CorruptionDetected',
    'CORRUPTION DETECTED in log file:',
    fixed('CORRUPTION DETECTED in log file', { blanks: 'optional', colon: 'optional' }), { categories: [IntegrityStatement] }),
    votes: { kind: 'logHeader', weight: 'strong' },
  },
  ErrorLabel: {
    token: token('ErrorLabel', 'ERROR:', /ERROR[ \t]*:|Error:/, { startChars: 'E', categories: [ErrorStatement] }),
  },
  WarningLabel: {
    token: token('WarningLabel', 'WARNING:', fixed('WARNING', { blanks: 'optional', colon: 'required' }), { categories: [WarningStatement] }),
  },
  FailureLabel: {
    token: token('FailureLabel', 'FAILURE:', fixed('FAILURE', { blanks: 'optional', colon: 'required' }), { categories: [ErrorStatement] }),
  },
  TemporaryDatabase: {
    token: token(
    'TemporaryDatabase',
    'This is a temporary database.',
    fixed('This is a temporary database'), { categories: [WarningStatement] }),
    votes: { kind: 'checksum', weight: 'strong' },
  },
  MissingLogFiles: {
    token: token(
    'MissingLogFiles',
    'Missing log file(s):',
    /Missing log file(?:\(s\)|s)?[ \t]*:?/,
    { startChars: 'M' },
  ),
    votes: { kind: 'logStreamCheck', weight: 'strong' },
  },
  NoDamagedLogFiles: {
    token: token(
    'NoDamagedLogFiles',
    'No damaged log files were found.',
    fixed('No damaged log files were found'),
  ),
    votes: { kind: 'logStreamCheck', weight: 'strong' },
  },
  Checksumming: {
    token: token('Checksumming', 'Checksumming', fixed('Checksumming'), { categories: [ChecksumTitle] }),
    votes: { kind: 'checksum', weight: 'strong' },
  },
  ChecksumStatus: {
    token: token('ChecksumStatus', 'Checksum Status (% complete)', /(?:Checksum )?Status \(% complete\)/, { startChars: 'CS', categories: [ChecksumTitle] }),
    votes: { kind: 'checksum', weight: 'strong' },
  },
  ProgressAxis: {
    token: token('ProgressAxis', '0    10   20 … 100', /0[ \t]+10[ \t]+20[ \t]+30/, { startChars: '0', categories: [ProgressMark] }),
    votes: { kind: 'checksum', weight: 'strong' },
  },
  ProgressBar: {
    token: token('ProgressBar', '|----|----|', /\|-+\|/, { startChars: '|', categories: [ProgressMark] }),
    votes: { kind: 'checksum', weight: 'strong' },
  },
  ProgressDots: {
    token: token('ProgressDots', '.....', /\.{2,}/, { startChars: '.', categories: [ProgressMark] }),
    votes: { kind: 'checksum', weight: 'strong' },
  },
  ChecksumCounter: {
    token: token(
    'ChecksumCounter',
    'N pages seen',
    /-?\d+[ \t]+(?:pages seen|bad checksums|correctable checksums|uninitialized pages|wrong page numbers|reads performed|MB read|seconds taken|MB\/second|milliseconds used|milliseconds per read|milliseconds for the slowest read|milliseconds for the fastest read)/, { startChars: `-${DIGITS}`, categories: [ChecksumCounterLabel] }),
    votes: { kind: 'checksum', weight: 'strong' },
  },
  HighestDbtime: {
    token: token('HighestDbtime', '0x… highest dbtime', /0x[0-9A-Fa-f]+[ \t]+highest dbtime/, { startChars: '0', categories: [ChecksumCounterLabel] }),
    votes: { kind: 'checksum', weight: 'strong' },
  },
  OperationCompleted: {
    token: token(
    'OperationCompleted',
    'Operation completed successfully',
    BOUNDARY_LABELS.OperationCompleted.label, { categories: [FooterStatement] }),
    boundary: BOUNDARY_LABELS.OperationCompleted.role,
  },
  OperationTerminated: {
    token: token('OperationTerminated', 'Operation terminated', BOUNDARY_LABELS.OperationTerminated.label, { categories: [FooterStatement] }),
    boundary: BOUNDARY_LABELS.OperationTerminated.role,
  },
  EsefileCompletes: {
    token: token('EsefileCompletes', 'esefile completes', BOUNDARY_LABELS.EsefileCompletes.label, { categories: [FooterStatement] }),
    boundary: BOUNDARY_LABELS.EsefileCompletes.role,
    votes: { kind: 'checksum', weight: 'strong' },
  },
  // ---- Issue 16 (forms-b): the steps and messages of recovery, integrity and repair runs. ----
  /**
   * §0.3: `Recovery has indicated that there is a lossy recovery option.  Run recovery with the /a
   * argument.` (after -582/-586; `… there might be a lossy recovery option …` after -528): one
   * message, its text whole — not a label and a value.
   */
  RecoveryHint: {
    token: token('RecoveryHint', 'Recovery has indicated …', fixed('Recovery has indicated'), { categories: [RunLine] }),
  },
  /**
   * The step a run announces before its status bar: `Performing soft recovery...` (/r),
   * `Checking database integrity.` (/g, /p), `Repairing damaged tables.`, `Deleting unicode fixup
   * table.` (/p; samples/2003-integrity-repair-run, samples/2010-recovery-lossy-hint).
   */
  RunStep: {
    token: token(
    'RunStep',
    'Performing soft recovery... / Checking database integrity. / …',
    /(?:Performing soft recovery|Checking database integrity|Repairing damaged tables|Deleting unicode fixup table)\.{1,3}/,
    { startChars: 'PCRD', categories: [RunLine] },
  ),
  },
  /** The title over a run's status bar: `Scanning Status (% complete)` (/g, /p), `Repair Status …` (/p), `Restore Status …` (/r). */
  RunStatusTitle: {
    token: token('RunStatusTitle', 'Scanning|Repair|Restore Status (% complete)', /(?:Scanning|Repair|Restore) Status \(% complete\)/, { startChars: 'SR', categories: [RunLine] }),
  },
  // ---- End of forms-b's block. ----
  /**
   * `E:\mdbdata>`, `C:\>`, `[PS] D:\Logs>`, `PS C:\>`, the empty prompt `>` of `prompt $G`, or no
   * prompt before `eseutil /ml …` (issue 16) — the command follows as the value.
   */
  // The prompt pattern of src/input/prompt.ts, which reads the command: one pattern for both.
  Prompt: {
    token: token('Prompt', 'X:\\path>', PROMPT_LABEL, { startChars: `[>${LETTERS}` }),
    boundary: BoundaryClass.prompt,
  },
  // ── Issue 16, part A: cmd.exe `dir` listings of the database and log folders ──────────────────
  // Not eseutil output (ese-format.md and the KBs do not describe it): the standard listing of
  // cmd.exe, Windows 2000 … 2022, en-US regional settings (samples/2003-dir-listings/README.md).
  // The listing is read by src/ast/dir-listing.ts; the lines make no dump of their own.
  /** ` Volume in drive L is LOGS`, ` Volume in drive C has no label.`, ` Volume Serial Number is 5C1E-09A4`. */
  DirVolume: {
    token: token('DirVolume', 'Volume in drive X is …', /Volume (?:in drive|Serial Number is)/, { startChars: 'V', categories: [DirListingLine] }),
  },
  /** ` Directory of L:\Exchsrvr\logs`: the folder the entries are in. */
  DirDirectoryOf: {
    token: token('DirDirectoryOf', 'Directory of', fixed('Directory of'), { categories: [DirListingLine] }),
  },
  /**
   * `10/26/2004  08:57 AM                 0 E00000A5.log`, `… <DIR>          ..`: date, time, size
   * (thousands separators) or `<DIR>`, name. The date and time follow the regional settings:
   * `MM/DD/YYYY`, `DD.MM.YYYY`, `YYYY-MM-DD`, a 12- or 24-hour clock.
   */
  DirEntry: {
    token: token(
      'DirEntry',
      'MM/DD/YYYY  hh:mm AM  size name',
      /\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}[ \t]+\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]*[AaPp]\.?[Mm]\.?)?[ \t]+(?:<[A-Z]+>|\d[\d,.\u00a0\u202f]*)[ \t]/,
      { startChars: DIGITS, categories: [DirListingLine] },
    ),
  },
  /** `              11 File(s)     52,428,800 bytes`, `               2 Dir(s)  61,203,144,704 bytes free`. */
  DirSummary: {
    token: token('DirSummary', 'N File(s) … bytes', /\d[\d,.\u00a0\u202f]*[ \t]+(?:File|Dir)\(s\)/, { startChars: DIGITS, categories: [DirListingLine] }),
  },
  // ── Issue 16: the KB batch files' own output (src/ast/batch-check.ts reads it) ──────────────────
  // Not eseutil output: Q296787 step 8 chksig.bat's `ECHO`, Q237767 sigchk.bat / pathchk.bat's
  // `echo -------------------- >>` and Windows `fc` (its layout: Q237767's sample output,
  // samples/55-kb-batch-files/README.md). The eseutil lines the batch files `find` (`Signature:`,
  // `1 T:\…\PRIV.EDB`, `Env SystemPath:`) keep their own entries above.
  /** chksig.bat: `SIGNATURE MATCHING FAILED FOR EDB012D2.LOG!`, and without `!` as typed from `C:\SIGNATURE CHECK.ERR`. */
  SignatureMatchingFailed: {
    token: token('SignatureMatchingFailed', 'SIGNATURE MATCHING FAILED FOR', fixed('SIGNATURE MATCHING FAILED FOR'), { categories: [BatchLine] }),
    votes: { kind: 'batchCheck', weight: 'strong' },
  },
  /** fc: `Comparing files edb012CF.log.CHECK and EDB012D0.LOG.CHECK`, one per `*.CHECK` file. */
  FcComparing: {
    token: token('FcComparing', 'Comparing files', fixed('Comparing files'), { categories: [BatchLine] }),
    votes: { kind: 'batchCheck', weight: 'strong' },
  },
  /** fc: `FC: no differences encountered` — the log's `find` lines are the anchor's. */
  FcNoDifferences: {
    token: token('FcNoDifferences', 'FC: no differences encountered', /FC: no differences encountered/, { startChars: 'F', categories: [BatchLine] }),
    votes: { kind: 'batchCheck', weight: 'strong' },
  },
  /** fc's other messages (`FC: cannot open EDB.LOG.CHECK - No such file or folder`): the comparison says nothing. */
  FcMessage: {
    token: token('FcMessage', 'FC:', fixed('FC', { colon: 'required' }), { categories: [BatchLine] }),
    votes: { kind: 'batchCheck', weight: 'strong' },
  },
  /** fc: `***** edb012CF.log.CHECK` heads the lines of one file that differ; a lone `*****` ends the pair. */
  FcBlockMark: {
    token: token('FcBlockMark', '*****', /\*{5}/, { startChars: '*', categories: [BatchLine] }),
    votes: { kind: 'batchCheck', weight: 'weak' },
  },
  /** sigchk.bat / pathchk.bat: `echo -------------------- >>"Log Signature Check.txt"` (with the space echo keeps). */
  BatchSeparator: {
    token: token('BatchSeparator', '--------------------', /-{20}/, { startChars: '-', categories: [BatchLine] }),
  },
  // ── End of the KB batch files' block. ──
  /** `Some Label: value` that eseutil added in a later CU (§1.4: unknown labels must be tolerated). */
  GenericLabel: {
    token: token('GenericLabel', 'Label:', /[A-Za-z][^:\n]{0,60}:/, { startChars: LETTERS, labelEnd: 'firstColon' }),
  },
  /** A line the grammar does not know (prose an author typed, a wrapped tail…). */
  Text: {
    token: textToken('Text', 'text'),
  },
} as const satisfies Record<string, LabelEntry>;

/** The name of a line kind: its catalogue key, which is also its token's name. */
export type LabelName = keyof typeof CATALOGUE;

// Every label the segmenter knows has its entry, and its token is that label's pattern.
CATALOGUE satisfies Record<keyof typeof BOUNDARY_LABELS, { readonly boundary: BoundaryClass }>;

/** Each entry's token, by name (the parser's alternatives consume them). */
export const TOKEN = Object.fromEntries(Object.entries(CATALOGUE).map(([name, entry]) => [name, entry.token])) as {
  readonly [N in LabelName]: TokenType;
};

const entries: readonly (readonly [LabelName, LabelEntry])[] = Object.entries(CATALOGUE) as [LabelName, LabelEntry][];
const byTokenIndex: (LabelName | undefined)[] = [];
for (const [name, entry] of entries) byTokenIndex[entry.token.tokenTypeIdx!] = name;

/** The catalogue key of a line token (undefined for line breaks and blanks): an array look-up. */
export function labelNameOf(type: TokenType): LabelName | undefined {
  return byTokenIndex[type.tokenTypeIdx!];
}

/** The catalogue entry of a line kind, typed as an entry (the literal types of CATALOGUE widened). */
export function entryOf(name: LabelName): LabelEntry {
  return CATALOGUE[name];
}

/** Line tokens in matching order (first match wins): line breaks and blanks, then the catalogue's. */
export const lineTokens: TokenType[] = [LineBreak, Blank, ...entries.map(([, entry]) => entry.token)];

/** Every token type, for the parser (categories included). */
export const allTokens: TokenType[] = [
  Newline,
  BannerLine,
  SubjectLabel,
  LogPositionLabel,
  DateLabel,
  SignatureLabel,
  GenerationRangeLabel,
  NumberLabel,
  AttachedDatabaseLabel,
  IntegrityStatement,
  ErrorStatement,
  WarningStatement,
  ChecksumTitle,
  ProgressMark,
  ChecksumCounterLabel,
  FooterStatement,
  RunLine,
  DirListingLine,
  BatchLine,
  ...lineTokens,
];
