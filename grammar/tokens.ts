/**
 * Tokens of eseutil / esentutl / esefile text output (ese-format.md).
 *
 * The lexer is line-oriented: a token is a whole line. Its pattern starts with what says what
 * kind of line it is (a label such as `lGeneration`, a banner line, a footer, a progress bar…)
 * and takes the rest of the line, the line break, any blank lines after it (double-spaced
 * pastes read like single-spaced ones) and the next line's indentation. The value — the rest
 * of the line after the label — is cut from the token's image (`labelLength`, `lineLength`)
 * and parsed later by the value parsers in `src/ast/`.
 *
 * Why not Chevrotain's ini example, where the label pushes a value mode, the value is a token
 * and the line break another (the shape this grammar had first)? Three tokens a line and a
 * mode switch cost 2.5 times as much to lex and parse as one token a line, and an archive of
 * 100,000 log dumps is 3.5 million lines (SPEC §9). What a line is, is decided the same way:
 * by the label at its start.
 *
 * Chevrotain matches the FIRST token that fits, in the order of `lineTokens`: longer labels
 * come before their prefixes (`Checkpoint file:` before `Checkpoint`), specific labels before
 * the generic `Label:` and the catch-all `Text`.
 */
import type { IToken, TokenType } from 'chevrotain';
import { PROMPT_LABEL } from '../src/input/prompt.js';
import { createToken, Lexer } from './chevrotain.js';

/** Any character but the line feed (ranges, not a complement set, so the lexer can optimise). */
const NOT_LF = '\\u0000-\\u0009\\u000b-\\uffff';

/**
 * The end of a line: its line feed, any blank lines after it and the next line's indentation
 * (segments are joined with `\n` only: src/input/segment.ts splits CRLF, LF and CR).
 */
const LINE_END = '\\n(?:[ \\t\\r\\f\\v\\u00a0\\ufeff]*\\n)*[ \\t\\f\\v\\u00a0\\ufeff]*';

/**
 * The start characters of a pattern that starts with a character class of `ranges` (inclusive
 * character codes), as the lexer keeps them: each code below 256, and above it one code per block
 * of characters the lexer files together (Chevrotain's charCodeToOptimizedIndex, 255 + ⌊c / 255⌋).
 * Given as a hint, the lexer need not analyse the pattern at start-up (about 6 ms for the three
 * class patterns); test/grammar/tokens-start-chars checks the lexer ends with the same table.
 * Codes, not a string: two codes in a row can be a surrogate pair, which a string would join.
 */
function classStartCodes(ranges: readonly (readonly [number, number])[]): number[] {
  const codes: number[] = [];
  let lastBlock = -1;
  for (const [low, high] of ranges) {
    for (let c = low; c <= high; ) {
      if (c < 256) {
        codes.push(c++);
        continue;
      }
      const block = Math.floor(c / 255);
      if (block !== lastBlock) codes.push(c);
      lastBlock = block;
      c = (block + 1) * 255;
    }
  }
  return codes;
}

/** The category of the lone line breaks the grammar consumes between lines. */
export const Newline = createToken({ name: 'Newline', pattern: Lexer.NA, label: 'end of line' });

/** A line break no line token took: blank lines at the start of a segment. */
const LineBreak = createToken({
  name: 'LineBreak',
  pattern: new RegExp(LINE_END),
  line_breaks: true,
  start_chars_hint: [10],
  categories: [Newline],
  label: 'end of line',
});

/** Indentation and blanks: eseutil right-aligns its labels; pastes add or remove indentation (§0.8). */
const Blank = createToken({
  name: 'Blank',
  pattern: /[ \t\r\f\v\u00a0\u2000-\u200b\u202f\u3000\ufeff]+/,
  start_chars_hint: classStartCodes([[0x20, 0x20], [0x09, 0x09], [0x0d, 0x0d], [0x0c, 0x0c], [0x0b, 0x0b], [0xa0, 0xa0], [0x2000, 0x200b], [0x202f, 0x202f], [0x3000, 0x3000], [0xfeff, 0xfeff]]),
  group: Lexer.SKIPPED,
});

/** The label pattern of each line token, sticky, to find where its value starts. */
const labelPatterns = new Map<TokenType, RegExp>();

/**
 * A label that is a fixed text, then maybe blanks (`[ \t]*` or `+`), then a colon, required or not
 * (`lGeneration[ \t]*:?`, `Checkpoint at log creation time[ \t]*:?`): where it ends in a token's
 * image is counted, not matched with the pattern again (a label is cut from each line of each of
 * 100,000 log dumps, SPEC §9). The lexer matched the whole label, so the text is there.
 */
interface FixedLabel {
  readonly text: number;
  /** The label as line records name it: the text without blanks or a colon at its ends. */
  readonly label: string;
  readonly blanks: boolean;
  readonly colon: 'none' | 'optional' | 'required';
}
const fixedLabels = new Map<TokenType, FixedLabel>();
const FIXED_LABEL = /^((?:[A-Za-z0-9 ]|\\[()])+)(\[ \\t\][*+])?(:\??)?$/;

/**
 * The generic `Label:` (GenericLabel): a letter, at most 60 characters that are not a colon, the
 * colon. It ends at the image's first colon, found with indexOf.
 */
const THROUGH_FIRST_COLON = '[A-Za-z][^:\\n]{0,60}:';
const throughFirstColon = new Set<TokenType>();

/** The FixedLabel a label pattern is, if it is one (`\(` and `\)` are one character of text). */
export function fixedLabelOf(pattern: RegExp): FixedLabel | undefined {
  if (pattern.flags !== '') return undefined;
  const m = FIXED_LABEL.exec(pattern.source);
  if (m === null) return undefined;
  const literal = m[1]!.replaceAll('\\', '');
  const label = literal.replace(/^[ \t]+/, '').replace(/[ \t:]+$/, '');
  return { text: literal.length, label, blanks: m[2] !== undefined, colon: m[3] === undefined ? 'none' : m[3] === ':' ? 'required' : 'optional' };
}

/**
 * A line token: `name` is the token's name, `label` what error messages and tests show (the
 * text as eseutil prints it), `pattern` the label that starts the line (it never spans a line;
 * test/grammar/tokens-line-breaks checks it). The token takes the rest of the line after it.
 */
export function token(
  name: string,
  label: string,
  pattern: RegExp,
  options: { categories?: TokenType[]; startChars?: string | readonly number[] } = {},
): TokenType {
  const startChars = options.startChars ?? literalStart(pattern);
  const type = createToken({
    name,
    pattern: new RegExp(`(?:${pattern.source})[${NOT_LF}]*(?:${LINE_END})?`),
    // The lexer tracks offsets only (grammar/lexer.ts): line numbers come from the segment's
    // lines (src/ast/line-records.ts). Saying so spares the lexer analysing each pattern for
    // line terminators at start-up.
    line_breaks: true,
    // The characters a match can start with, given instead of having the lexer work them out from
    // the pattern at start-up: half of the lexer's construction time (SPEC §9). test/grammar/
    // tokens-start-chars checks each one against that analysis.
    ...(startChars === undefined ? {} : { start_chars_hint: [...startChars] }),
    label: `'${label}'`,
    ...(options.categories === undefined ? {} : { categories: options.categories }),
  });
  labelPatterns.set(type, new RegExp(pattern.source, 'y'));
  const fixed = fixedLabelOf(pattern);
  if (fixed !== undefined) fixedLabels.set(type, fixed);
  if (pattern.flags === '' && pattern.source === THROUGH_FIRST_COLON) throughFirstColon.add(type);
  return type;
}

/** Where a line token's label ends in its image: its value starts there (`Last Consistent: |(…)`). */
export function labelLength(line: IToken): number {
  const fixed = fixedLabels.get(line.tokenType);
  if (fixed !== undefined) {
    const image = line.image;
    let end = fixed.text;
    if (fixed.blanks) {
      let c = image.charCodeAt(end);
      while (c === 32 || c === 9) c = image.charCodeAt(++end);
    }
    if (fixed.colon !== 'none' && image.charCodeAt(end) === 58 /* : */) end++;
    return end;
  }
  if (throughFirstColon.has(line.tokenType)) return line.image.indexOf(':') + 1;
  const pattern = labelPatterns.get(line.tokenType);
  if (pattern === undefined) return 0;
  pattern.lastIndex = 0;
  return pattern.test(line.image) ? pattern.lastIndex : 0;
}

/**
 * The label of a line token with a fixed label (`lGeneration` for `lGeneration:   4815`), the
 * same string for every line of its kind: no slice of each image. Undefined for other labels.
 */
export function fixedLabelText(type: TokenType): string | undefined {
  return fixedLabels.get(type)?.label;
}

/** Where a line token's line ends in its image: its line break starts there. */
export function lineLength(line: IToken): number {
  const lf = line.image.indexOf('\n');
  return lf < 0 ? line.image.length : lf;
}

/** The label patterns, for tests. */
export function labelPatternOf(type: TokenType): RegExp | undefined {
  return labelPatterns.get(type);
}

/** `Last Consistent` starts with `L`, `\(` with `(`; undefined when a pattern can start otherwise. */
function literalStart(pattern: RegExp): string | undefined {
  const source = pattern.source;
  if (source.includes('|') || pattern.flags.includes('i')) return undefined;
  if (/^[A-Za-z0-9]/.test(source)) return source[0];
  if (/^\\[(|.]/.test(source)) return source[1];
  return undefined;
}

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const DIGITS = '0123456789';

/** A family of line-start tokens one grammar rule accepts (e.g. every label carrying a log position). */
function category(name: string, label: string): TokenType {
  return createToken({ name, pattern: Lexer.NA, label });
}

export const BannerLine = category('BannerLine', 'banner line');
export const SubjectLabel = category('SubjectLabel', 'Database: / Log file: / Checkpoint file: / Base name: / File:');
export const LogPositionLabel = category('LogPositionLabel', 'label of a log position');
export const DateLabel = category('DateLabel', 'label of a date');
export const SignatureLabel = category('SignatureLabel', 'Signature: / DB Signature: / Log Signature:');
export const GenerationRangeLabel = category('GenerationRangeLabel', 'Log Required: / Log Committed:');
export const NumberLabel = category('NumberLabel', 'label of a number');
export const AttachedDatabaseLabel = category('AttachedDatabaseLabel', 'label of an attached database block');
export const IntegrityStatement = category('IntegrityStatement', 'integrity statement');
export const ErrorStatement = category('ErrorStatement', 'ERROR: / FAILURE:');
export const WarningStatement = category('WarningStatement', 'WARNING: / notice');
export const ChecksumTitle = category('ChecksumTitle', 'Checksumming / Checksum Status (% complete)');
export const ProgressMark = category('ProgressMark', 'progress bar');
export const ChecksumCounterLabel = category('ChecksumCounterLabel', 'checksum counter');
export const FooterStatement = category('FooterStatement', 'final status line');

// ── Command prompt (SPEC §3) ──────────────────────────────────────────────────────────────
/** `E:\mdbdata>`, `C:\>`, `[PS] D:\Logs>`, `PS C:\>` — the command follows as the value. */
// The prompt pattern of src/input/prompt.ts, which reads the command: one pattern for both.
export const Prompt = token('Prompt', 'X:\\path>', PROMPT_LABEL, { startChars: `[${LETTERS}` });

// ── Banner (§0.1) ─────────────────────────────────────────────────────────────────────────
export const BannerProduct = token(
  'BannerProduct',
  'Microsoft(R) … Database Utilities',
  /Microsoft\(R\)|Extensible Storage Engine Utilities/, { startChars: 'ME', categories: [BannerLine] });
export const BannerVersion = token('BannerVersion', 'Version N.N', /Version[ \t]+\d[\d.]*/, { categories: [BannerLine] });
export const Copyright = token('Copyright', 'Copyright (C) Microsoft Corporation', /Copyright[ \t]*\([Cc]\)/, { categories: [BannerLine] });
export const License = token('License', 'Licensed under the MIT License', /Licensed under the/, { categories: [BannerLine] });

// ── Mode line (§0.2) and stream verification heading (§3) ──────────────────────────────────
export const Initiating = token('Initiating', 'Initiating … mode...', /Initiating[ \t]+/);
export const VerifyingLogFiles = token('VerifyingLogFiles', 'Verifying log files...', /Verifying log files/);

// ── Subject labels: which file the dump describes (SPEC §3) ───────────────────────────────
export const DatabaseLabel = token('DatabaseLabel', 'Database:', /Database[ \t]*:/, { categories: [SubjectLabel] });
export const LogFileLabel = token('LogFileLabel', 'Log file:', /Log [Ff]ile[ \t]*:/, { categories: [SubjectLabel] });
export const CheckpointFileLabel = token('CheckpointFileLabel', 'Checkpoint file:', /Checkpoint [Ff]ile[ \t]*:/, { categories: [SubjectLabel] });
export const BaseNameLabel = token('BaseNameLabel', 'Base name:', /Base name[ \t]*:/, { categories: [SubjectLabel] });
export const FileLabel = token('FileLabel', 'File:', /File[ \t]*:/, { categories: [SubjectLabel] });

// ── Log header (§2) and checkpoint (§4) labels; ESE97 prints several without a colon ───────
export const LGeneration = token('LGeneration', 'lGeneration', /lGeneration[ \t]*:?/);
export const CheckpointAtCreation = token(
  'CheckpointAtCreation',
  'Checkpoint at log creation time:',
  /Checkpoint at log creation time[ \t]*:?/, { categories: [LogPositionLabel] });
export const LastFullBackupCheckpoint = token(
  'LastFullBackupCheckpoint',
  'LastFullBackupCheckpoint',
  /LastFullBackupCheckpoint[ \t]*:?/, { categories: [LogPositionLabel] });
export const Checkpoint = token('Checkpoint', 'Checkpoint', /Checkpoint[ \t]*:?/, { categories: [LogPositionLabel] });
export const FullBackupTime = token('FullBackupTime', 'FullBackup time:', /FullBackup time[ \t]*:?/, { categories: [DateLabel] });
export const FullBackup = token('FullBackup', 'FullBackup', /FullBackup[ \t]*:?/, { categories: [LogPositionLabel] });
export const IncBackupTime = token('IncBackupTime', 'IncBackup time:', /IncBackup time[ \t]*:?/, { categories: [DateLabel] });
export const IncBackup = token('IncBackup', 'IncBackup', /IncBackup[ \t]*:?/, { categories: [LogPositionLabel] });
export const CreationTime = token('CreationTime', 'creation time:', /creation time[ \t]*:?/, { categories: [DateLabel] });
export const PrevGenTime = token('PrevGenTime', 'prev gen time:', /prev gen time[ \t]*:?/, { categories: [DateLabel] });
export const LastLgpos = token('LastLgpos', 'Last Lgpos', /Last Lgpos[ \t]*:?/, { categories: [LogPositionLabel] });
export const CircularLoggingFlag = token(
  'CircularLoggingFlag',
  'Circular Logging Flag (current file|past files):',
  /Circular Logging Flag[ \t]*\((?:current file|past files)\)[ \t]*:?/,
  { startChars: 'C' },
);
export const UsingReservedLogFile = token('UsingReservedLogFile', 'Using Reserved Log File:', /Using Reserved Log File[ \t]*:/);
/** `Env SystemPath:…`, `Env (CircLog,Session,…)` and the like. */
export const Env = token('Env', 'Env', /Env[ \t]+/);
/** A line starting with `(`: the values line of an `Env (…)` block. */
export const ParenthesizedValues = token('ParenthesizedValues', '(…)', /\(/);
/** `1 d:\MDBDATA\PRIV.EDB` — dbid and path of an attached database (§2.1, §2.2, §4). */
export const AttachedDatabaseId = token(
  'AttachedDatabaseId',
  'dbid path',
  /\d{1,5}[ \t]+(?:[A-Za-z]:[\\/]|\\\\|\.{1,2}\\)/,
  { startChars: DIGITS },
);
/** ESE97 `ulVersion(6.1)` (§2.1, no colon) and `ulVersion: 0x…` of the oldest /mh (§1.2). */
export const UlVersion = token('UlVersion', 'ulVersion', /ulVersion[ \t]*:?/);
export const Dbtime = token('Dbtime', 'dbtime:', /dbtime[ \t]*:/, { categories: [NumberLabel, AttachedDatabaseLabel] });
export const ObjidLast = token('ObjidLast', 'objidLast:', /objidLast[ \t]*:/, { categories: [NumberLabel, AttachedDatabaseLabel] });
export const MaxDbSize = token('MaxDbSize', 'MaxDbSize:', /MaxDbSize[ \t]*:/, { categories: [NumberLabel, AttachedDatabaseLabel] });

// ── Signatures (§0.6) ─────────────────────────────────────────────────────────────────────
export const DbSignature = token('DbSignature', 'DB Signature:', /DB Signature[ \t]*:/, { categories: [SignatureLabel] });
export const LogSignature = token('LogSignature', 'Log Signature:', /Log Signature[ \t]*:/, { categories: [SignatureLabel] });
export const Signature = token('Signature', 'Signature:', /Signature[ \t]*:/, { categories: [SignatureLabel, AttachedDatabaseLabel] });

// ── Database header (§1) ──────────────────────────────────────────────────────────────────
export const FileType = token('FileType', 'File Type:', /File Type[ \t]*:/);
export const State = token('State', 'State:', /State[ \t]*:/);
export const LogRequired = token('LogRequired', 'Log Required:', /Log Required[ \t]*:/, { categories: [GenerationRangeLabel] });
export const LogCommitted = token('LogCommitted', 'Log Committed:', /Log Committed[ \t]*:/, { categories: [GenerationRangeLabel] });
export const CbDbPage = token('CbDbPage', 'cbDbPage:', /cbDbPage[ \t]*:/, { categories: [NumberLabel] });
export const RepairCount = token('RepairCount', 'Repair Count:', /Repair Count[ \t]*:/, { categories: [NumberLabel] });
export const RepairDate = token('RepairDate', 'Repair Date:', /Repair Date[ \t]*:/, { categories: [DateLabel] });
export const Dbid = token('Dbid', 'Dbid:', /Dbid[ \t]*:/, { categories: [NumberLabel] });
export const LastConsistent = token('LastConsistent', 'Last Consistent', /Last Consistent[ \t]*:?/, { categories: [LogPositionLabel, AttachedDatabaseLabel] });
export const LastAttach = token('LastAttach', 'Last Attach', /Last Attach[ \t]*:?/, { categories: [LogPositionLabel, AttachedDatabaseLabel] });
export const LastDetach = token('LastDetach', 'Last Detach', /Last Detach[ \t]*:?/, { categories: [LogPositionLabel] });
export const LastReAttach = token('LastReAttach', 'Last ReAttach', /Last ReAttach[ \t]*:?/, { categories: [LogPositionLabel] });

// ── Integrity and errors (§2.2, §2.3, §3, §5) ─────────────────────────────────────────────
export const IntegrityPassed = token(
  'IntegrityPassed',
  'Integrity check passed for log file:',
  /Integrity check passed for log file[ \t]*:?/, { categories: [IntegrityStatement] });
export const CorruptionDetected = token(
  'CorruptionDetected',
  'CORRUPTION DETECTED in log file:',
  /CORRUPTION DETECTED in log file[ \t]*:?/, { categories: [IntegrityStatement] });
export const LogDamaged = token('LogDamaged', 'Log Damaged (unusable):', /Log Damaged \(unusable\)[ \t]*:?/, { categories: [IntegrityStatement] });
export const ErrorLabel = token('ErrorLabel', 'ERROR:', /ERROR[ \t]*:|Error:/, { startChars: 'E', categories: [ErrorStatement] });
export const WarningLabel = token('WarningLabel', 'WARNING:', /WARNING[ \t]*:/, { categories: [WarningStatement] });
export const FailureLabel = token('FailureLabel', 'FAILURE:', /FAILURE[ \t]*:/, { categories: [ErrorStatement] });
export const RecoveryHint = token('RecoveryHint', 'Recovery has indicated …', /Recovery has indicated/, { categories: [WarningStatement] });
export const TemporaryDatabase = token(
  'TemporaryDatabase',
  'This is a temporary database.',
  /This is a temporary database/, { categories: [WarningStatement] });
export const MissingLogFiles = token(
  'MissingLogFiles',
  'Missing log file(s):',
  /Missing log file(?:\(s\)|s)?[ \t]*:?/,
  { startChars: 'M' },
);
export const NoDamagedLogFiles = token(
  'NoDamagedLogFiles',
  'No damaged log files were found.',
  /No damaged log files were found/,
);

// ── Page checksums (§5) ───────────────────────────────────────────────────────────────────
export const Checksumming = token('Checksumming', 'Checksumming', /Checksumming/, { categories: [ChecksumTitle] });
export const ChecksumStatus = token('ChecksumStatus', 'Checksum Status (% complete)', /(?:Checksum )?Status \(% complete\)/, { startChars: 'CS', categories: [ChecksumTitle] });
export const ProgressAxis = token('ProgressAxis', '0    10   20 … 100', /0[ \t]+10[ \t]+20[ \t]+30/, { categories: [ProgressMark] });
export const ProgressBar = token('ProgressBar', '|----|----|', /\|-+\|/, { startChars: '|', categories: [ProgressMark] });
export const ProgressDots = token('ProgressDots', '.....', /\.{2,}/, { categories: [ProgressMark] });
export const ChecksumCounter = token(
  'ChecksumCounter',
  'N pages seen',
  /-?\d+[ \t]+(?:pages seen|bad checksums|correctable checksums|uninitialized pages|wrong page numbers|reads performed|MB read|seconds taken|MB\/second|milliseconds used|milliseconds per read|milliseconds for the slowest read|milliseconds for the fastest read)/, { startChars: `-${DIGITS}`, categories: [ChecksumCounterLabel] });
export const HighestDbtime = token('HighestDbtime', '0x… highest dbtime', /0x[0-9A-Fa-f]+[ \t]+highest dbtime/, { categories: [ChecksumCounterLabel] });

// ── Footers (§0.3, §5.1) ──────────────────────────────────────────────────────────────────
export const OperationCompleted = token(
  'OperationCompleted',
  'Operation completed successfully',
  /Operation completed successfully/, { categories: [FooterStatement] });
export const OperationTerminated = token('OperationTerminated', 'Operation terminated', /Operation terminated/, { categories: [FooterStatement] });
export const EsefileCompletes = token('EsefileCompletes', 'esefile completes', /esefile completes/, { categories: [FooterStatement] });

// ── Anything else ─────────────────────────────────────────────────────────────────────────
/** `Some Label: value` that eseutil added in a later CU (§1.4: unknown labels must be tolerated). */
export const GenericLabel = token('GenericLabel', 'Label:', /[A-Za-z][^:\n]{0,60}:/, { startChars: LETTERS });
/** A line the grammar does not know (prose an author typed, a wrapped tail…). */
export const Text = token('Text', 'text', new RegExp(`[${NOT_LF}]`), { startChars: classStartCodes([[0x00, 0x09], [0x0b, 0xffff]]) });

/**
 * Line tokens in matching order (first match wins). `Prompt` can start with any letter,
 * so it comes after the labels: no label matches a prompt's `X:\`, `[PS]` or `PS ` start, and
 * placed first it was tried, and failed, on nearly every line (SPEC §9). It must stay before
 * `GenericLabel`, which would take `E:` of `E:\mdbdata>`.
 */
export const lineTokens: TokenType[] = [
  LineBreak,
  Blank,
  BannerProduct,
  BannerVersion,
  Copyright,
  License,
  Initiating,
  VerifyingLogFiles,
  CheckpointFileLabel,
  CheckpointAtCreation,
  LastFullBackupCheckpoint,
  Checkpoint,
  DatabaseLabel,
  LogFileLabel,
  LogDamaged,
  LogSignature,
  LogRequired,
  LogCommitted,
  BaseNameLabel,
  FileType,
  FileLabel,
  LGeneration,
  FullBackupTime,
  FullBackup,
  IncBackupTime,
  IncBackup,
  CreationTime,
  PrevGenTime,
  LastLgpos,
  LastConsistent,
  LastAttach,
  LastDetach,
  LastReAttach,
  CircularLoggingFlag,
  UsingReservedLogFile,
  Env,
  ParenthesizedValues,
  AttachedDatabaseId,
  UlVersion,
  Dbtime,
  ObjidLast,
  MaxDbSize,
  DbSignature,
  Signature,
  State,
  CbDbPage,
  RepairCount,
  RepairDate,
  Dbid,
  IntegrityPassed,
  CorruptionDetected,
  ErrorLabel,
  WarningLabel,
  FailureLabel,
  RecoveryHint,
  TemporaryDatabase,
  MissingLogFiles,
  NoDamagedLogFiles,
  Checksumming,
  ChecksumStatus,
  ProgressAxis,
  ProgressBar,
  ProgressDots,
  ChecksumCounter,
  HighestDbtime,
  OperationCompleted,
  OperationTerminated,
  EsefileCompletes,
  Prompt,
  GenericLabel,
  Text,
];

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
  ...lineTokens,
];
