/**
 * The AST contract of `esereport parse --format json` (SPEC §4).
 *
 * Plain, readonly, JSON-serialisable data. Names here are a public contract: tests, scripts
 * and users rely on them. More fields may be added; none may be renamed or removed without
 * bumping SCHEMA_VERSION. `src/ast/ast.schema.json` documents the same shapes.
 */

import type { EncodingName, InputProblem, LineEnding } from '../input/types.js';
import type { EseUtility, PromptRef } from '../input/prompt.js';
import type { DumpKind } from '../../grammar/catalogue.js';

export const SCHEMA_VERSION = 1 as const;

export interface AstDocument {
  readonly schemaVersion: typeof SCHEMA_VERSION;
  readonly inputs: readonly InputAst[];
}

/** Encoding, line ending and input problem come from decoding the input (src/input). */
export type { EncodingName, InputProblem, LineEnding };

export interface InputAst {
  /** File path as given (or `<stdin>`). */
  readonly name: string;
  readonly encoding: EncodingName;
  readonly lineEnding: LineEnding;
  /** Number of lines in the decoded text. */
  readonly lineCount: number;
  readonly dumps: readonly Dump[];
  /**
   * Every command line that is not the prompt of a dump (issue 16): a `for` loop, `dir`,
   * `prompt $G`, the empty prompt at the end of a capture… In line order; absent when there is none.
   */
  readonly commands?: readonly CommandLine[];
  /** Every non-blank line that is not understood, inside or outside a dump, as ranges. */
  readonly unrecognized: readonly UnrecognizedRange[];
  /** cmd.exe `dir` listings of the capture (issue 16), in line order; absent when there is none. */
  readonly dirListings?: readonly DirListing[];
  readonly problem?: InputProblem;
}

/**
 * One line of a cmd.exe `dir` listing: `10/26/2004  08:57 AM                 0 E00000A5.log`,
 * `10/26/2004  09:02 AM    <DIR>          ..` (the layout: samples/2003-dir-listings/README.md).
 */
export interface DirListingEntry {
  /** The name as printed (it may hold blanks). */
  readonly name: string;
  /** Bytes (thousands separators of any regional setting read); absent for `<DIR>` and the like. */
  readonly size?: number;
  /** `DIR`, `JUNCTION`, `SYMLINKD`…: what `dir` printed between `<` and `>` instead of a size. */
  readonly tag?: string;
  /** Date and time as printed, in the server's regional format (`10/26/2004  08:57 AM`). */
  readonly dateTime: string;
  readonly line: number;
}

/** A `N File(s) … bytes` or `N Dir(s) … bytes free` line of a listing. */
export interface DirListingTotal {
  readonly count: number;
  /** Bytes of the files listed (`File(s)`), or bytes free on the volume (`Dir(s)`). */
  readonly bytes: number;
  readonly line: number;
}

/**
 * A cmd.exe `dir` listing of a folder (issue 16): which files exist and their sizes. Not eseutil
 * output: ese-format.md does not describe it; cmd.exe prints ` Volume in drive …`, ` Directory of
 * <folder>`, one line per entry, then the two totals.
 */
export interface DirListing {
  /** The `dir` command line when it was captured, else the listing's first line. */
  readonly startLine: number;
  /** The `Dir(s) … bytes free` line, or the listing's last line. */
  readonly endLine: number;
  /** The folder of ` Directory of <folder>`, as printed; absent when that line was not captured. */
  readonly directory?: string;
  readonly directoryLine?: number;
  readonly entries: readonly DirListingEntry[];
  /** `N File(s) … bytes`. */
  readonly files?: DirListingTotal;
  /** `N Dir(s) … bytes free`. */
  readonly dirs?: DirListingTotal;
}

export interface UnrecognizedRange {
  readonly startLine: number;
  readonly endLine: number;
  /** The lines, joined with `\n`, as decoded (no trailing newline). */
  readonly text: string;
}

/** One `label: value` pair exactly as printed (label trimmed, value trimmed of outer blanks). */
export interface Field {
  readonly label: string;
  readonly value: string;
  /** 1-based line number in the input. */
  readonly line: number;
}

/** A date as printed by eseutil (§0.5): M/D/Y always, padded or not, optional `.mmm` and UTC/LOC. */
export interface EseDate {
  readonly text: string;
  /**
   * ISO 8601 form when the date is set (absent for `0/0/1900 0:0:0` and `00/00/1900 00:00:00`).
   * Ends in `Z` only when eseutil printed `UTC`; otherwise it is the server's local wall-clock.
   */
  readonly iso?: string;
}

/** LGPOS triple (§0.4). `(4815,7337,362)` and `(0x12CF,1CA9,16A)` are both generation 4815. */
export interface LogPosition {
  readonly generation: number;
  readonly sector: number;
  readonly offset: number;
  readonly radix: 10 | 16;
  /** As printed, e.g. `(0x12CF,1CA9,16A)`. */
  readonly text: string;
  /** Date printed after the triple on the same line (`Last Consistent: (…)  8/6/1999 20:46:33`). */
  readonly date?: EseDate;
}

/**
 * `Create time:<date> Rand:<n> Computer:<name>` (§0.6).
 * Two signatures are equal when createTime (as a date), rand and computer are equal.
 */
export interface Signature {
  /** The date as printed after `Create time:`, e.g. `12/29/2000 21:6:38`. */
  readonly createTime: string;
  readonly rand: number;
  readonly computer: string;
  /** Everything after the label, as printed (trimmed). */
  readonly text: string;
}

export interface GenerationRange {
  readonly low: number;
  readonly high: number;
}

export interface JetErrorRef {
  /** Signed JET error, e.g. -1811. */
  readonly code: number;
  /** e.g. `JET_errFileNotFound`, when printed or known. */
  readonly name?: string;
  readonly description?: string;
}

export interface DumpResult {
  readonly ok: boolean;
  readonly error?: JetErrorRef;
  /** Line of the footer (or ERROR line) that decided the result. */
  readonly line?: number;
  readonly text?: string;
}

/** Which kind of dump (SPEC §3): the grammar's catalogue names the kinds its labels vote for. */
export type { DumpKind } from '../../grammar/catalogue.js';

/** The command prompt line a dump follows: produced by the input layer (src/input/prompt.ts). */
export type { PromptRef } from '../input/prompt.js';

/**
 * What a command line that prints no dump runs (src/ast/command-line.ts): `forLoop` (cmd's
 * `for … do …`, which echoes each command it runs on a prompt line of its own), `dir` (its
 * listing is read apart), `batchFile` (a `.bat`/`.cmd` file, or a KB batch file by its name:
 * `chksig` of Q296787, `sigchk` and `pathchk` of Q237767), `eseCommand` (an ESE utility whose
 * output is not in the capture), `empty` (a prompt with no command: the last line of most
 * captures), `other` (`prompt $G`, `cd`, `type`…).
 */
export type CommandKind = 'forLoop' | 'dir' | 'batchFile' | 'eseCommand' | 'empty' | 'other';

/**
 * A command prompt line that is not the prompt of a dump, held whole (issue 16: no line lost).
 * `text` is the line as printed; `command`, `directory`, `mode`, `file` and `filter` are read
 * as a dump's prompt is (PromptRef): for a `for` loop, of the command its `do` part runs.
 */
export interface CommandLine extends PromptRef {
  readonly kind: CommandKind;
  /**
   * The ESE utility the command runs (`eseutil`, `esentutl`, `edbutil`, `esefile`: lower-cased,
   * without path or `.exe`); for a `for` loop, the one it runs for each file.
   */
  readonly utility?: EseUtility;
}

export interface Tool {
  /** Banner line 1, e.g. `Microsoft(R) Exchange Server Database Utilities`. */
  readonly product: string;
  /** Banner `Version` value, e.g. `5.5`, `6.5`, `14.01`, `10.0`. */
  readonly version: string;
}

/** Where a dump's subject file name came from (SPEC §3: never guessed silently). */
export type FileSource = 'dump' | 'prompt' | 'inputName';

/**
 * What only the bytes of an ESE file tell about its header (src/binary/): a primary header that
 * fails its checksum while the shadow is good, copies that differ, a log whose size is not its
 * header's sector count (JET_errLogFileSizeMismatch).
 */
export interface HeaderNote {
  readonly code: 'primary-header-bad' | 'shadow-header-bad' | 'shadow-header-differs' | 'log-file-size';
  readonly message: string;
}

export interface DumpBase {
  readonly kind: DumpKind;
  /** `binary` when read from the ESE file's header itself (src/binary/), else a text capture. */
  readonly source?: 'text' | 'binary';
  /** Only on a binary dump, when its header bytes tell something the rules report. */
  readonly headerNotes?: readonly HeaderNote[];
  readonly startLine: number;
  readonly endLine: number;
  readonly tool?: Tool;
  /** The command that produced the dump, from its prompt line. */
  readonly command?: string;
  readonly prompt?: PromptRef;
  /** The file the dump describes. */
  readonly file?: string;
  readonly fileSource?: FileSource;
  /** True for partial / find-filtered captures (no banner, a handful of lines). */
  readonly fragment: boolean;
  /** Every label/value as printed, lossless. */
  readonly fields: readonly Field[];
  readonly result?: DumpResult;
}

/** eseutil /mh (§1), including `.stm` streaming-file headers. */
export interface DatabaseHeaderDump extends DumpBase {
  readonly kind: 'databaseHeader';
  /** `Database` / `Streaming File` / `UNKNOWN`. */
  readonly fileType?: string;
  /** State as printed: `Consistent`, `Dirty Shutdown`, `Clean Shutdown`, … */
  readonly state?: string;
  readonly stateKind?: StateKind;
  readonly dbSignature?: Signature;
  readonly logSignature?: Signature;
  /** `cbDbPage`. */
  readonly pageSize?: number;
  readonly logRequired?: GenerationRange;
  readonly logCommitted?: GenerationRange;
  readonly lastConsistent?: LogPosition;
  readonly lastAttach?: LogPosition;
  readonly lastDetach?: LogPosition;
  readonly repairCount?: number;
  readonly repairDate?: EseDate;
  readonly dbid?: number;
  /** `Last Objid` (§1.3/§1.4). */
  readonly lastObjid?: number;
}

export type StateKind =
  | 'clean'
  | 'dirty'
  | 'justCreated'
  | 'beingConverted'
  | 'forceDetach'
  | 'incrementalReseed'
  | 'dirtyPatched'
  | 'revert'
  | 'illegal'
  | 'unknown';

export interface CircularLogging {
  /** `Env (CircLog,…)` first value: on/off. */
  readonly env?: boolean;
  /** `Circular Logging Flag (current file): on|off`. */
  readonly currentFile?: boolean;
  /** `Circular Logging Flag (past files): on|off`. */
  readonly pastFiles?: boolean;
}

/** A database listed in a log or checkpoint header (`1 d:\MDBDATA\PRIV.EDB` + its block). */
export interface AttachedDatabase {
  readonly dbid: number;
  /**
   * As printed on the `dbid path` line; absent when only the position says which database it is
   * (the `Signature:` lines of `eseutil /ml … | find /i "signature"`, Q296787 step 3).
   */
  readonly path?: string;
  readonly signature?: Signature;
  readonly lastAttach?: LogPosition;
  readonly lastConsistent?: LogPosition;
  /** Line of the `dbid path` line. */
  readonly line: number;
}

/** eseutil /ml on one file (§2). */
export interface LogHeaderDump extends DumpBase {
  readonly kind: 'logHeader';
  readonly baseName?: string;
  readonly lGeneration?: number;
  /** The log's own signature: the first `Signature:` line (KB Q296787 step 3). */
  readonly signature?: Signature;
  /** Absent when not printed; `checkpointAvailable: false` for `Checkpoint: NOT AVAILABLE`. */
  readonly checkpoint?: LogPosition;
  readonly checkpointAvailable?: boolean;
  readonly creationTime?: EseDate;
  readonly prevGenTime?: EseDate;
  readonly circularLogging?: CircularLogging;
  readonly attachedDatabases: readonly AttachedDatabase[];
  readonly lastLgpos?: LogPosition;
  readonly integrity?: 'passed' | 'failed';
  /** `Env LogFile` in 512-byte sectors (10240 = 5 MB, 2048 = 1 MB). */
  readonly logFileSectors?: number;
  /** `Using Reserved Log File: true`. */
  readonly reservedLogFile?: boolean;
}

export interface StreamCheckLog {
  /** As printed after `Log file:` (often a full path). */
  readonly file: string;
  readonly ok: boolean;
  /** `ERROR:` texts that follow this file (without the `ERROR:` prefix trimmed off). */
  readonly errors: readonly string[];
  readonly line: number;
}

export interface MissingRange {
  /** First and last missing generations (decimal value of the hex printed). */
  readonly first: number;
  readonly last: number;
  readonly line: number;
  readonly text: string;
}

/** eseutil /ml or /k on a base name: whole-stream verification (§3). */
export interface LogStreamCheckDump extends DumpBase {
  readonly kind: 'logStreamCheck';
  readonly baseName?: string;
  readonly logs: readonly StreamCheckLog[];
  readonly missing: readonly MissingRange[];
  /** `No damaged log files were found.` printed. */
  readonly noDamage?: boolean;
}

/** eseutil /mk (§4). */
export interface CheckpointDump extends DumpBase {
  readonly kind: 'checkpoint';
  readonly checkpoint?: LogPosition;
  readonly lastFullBackupCheckpoint?: LogPosition;
  readonly fullBackup?: LogPosition;
  readonly incBackup?: LogPosition;
  readonly signature?: Signature;
  readonly attachedDatabases: readonly AttachedDatabase[];
}

export interface PageError {
  readonly page: number;
  readonly message: string;
  readonly line: number;
}

/** esefile /s, /x and eseutil /k page checksum runs (§5). */
export interface ChecksumDump extends DumpBase {
  readonly kind: 'checksum';
  readonly pagesSeen?: number;
  readonly badChecksums?: number;
  readonly correctableChecksums?: number;
  readonly uninitializedPages?: number;
  readonly wrongPageNumbers?: number;
  readonly pageErrors: readonly PageError[];
}

/** Any other eseutil mode, or a bare error footer. */
/**
 * A line of a recovery / integrity / repair run that says what the run does (grammar/catalogue.ts
 * `RunStep`, `RunStatusTitle`, `RecoveryHint`): its text whole, as printed (trimmed).
 */
export interface RunLine {
  readonly line: number;
  /** `Performing soft recovery...`; `Restore Status (% complete)`; `Recovery has indicated … /a argument.` */
  readonly kind: 'step' | 'statusTitle' | 'hint';
  readonly text: string;
}

export interface OperationDump extends DumpBase {
  readonly kind: 'operation';
  /** From `Initiating <MODE> mode...`, e.g. `RECOVERY`. */
  readonly mode?: string;
  /** The steps, status titles and hints the run printed, in order; absent when it printed none. */
  readonly runLines?: readonly RunLine[];
}

/** Which KB batch file printed a batchCheck dump. */
export type BatchFile = 'chksig' | 'sigchk' | 'pathchk';

/** A log the batch file names: chksig's `SIGNATURE MATCHING FAILED FOR EDB012D2.LOG!`. */
export interface BatchFailure {
  /** The log as printed, without the `!` (`EDB012D2.LOG`). */
  readonly file: string;
  readonly line: number;
  /** The line as printed (trimmed). */
  readonly text: string;
}

/** A `Signature:` line the batch file printed, read (chksig's `FIND "%LOGSIG%"` lines). */
export interface BatchSignatureLine {
  readonly line: number;
  readonly signature: Signature;
}

/**
 * Lines `find` kept of one log (its `.CHECK` file), or the part of them `fc` printed: sigchk's
 * `find "Sig"` lines (`Signature:` of the log, then of each attached database by position,
 * Q237767), pathchk's `find "%2"` lines (`1 T:\…\PRIV.EDB`). What the position of a line in its
 * file does not tell is left out: never guessed.
 */
export interface CheckLines {
  /** First and last line of the group. */
  readonly startLine: number;
  readonly endLine: number;
  /** The log's own signature: the group's first `Signature:` when the group starts at its file's first line. */
  readonly signature?: Signature;
  /**
   * Attached databases: `dbid path` lines as printed (pathchk), or the `Signature:` lines after the
   * log's own by position — the n-th file line is dbid n's (sigchk; no path).
   */
  readonly attachedDatabases: readonly AttachedDatabase[];
  /** `Env SystemPath:` / `Env LogFilePath:` lines kept by pathchk's `find "exchsrvr"` (§2.1). */
  readonly envSystemPath?: string;
  readonly envLogFilePath?: string;
}

/** One `fc %1.check X.CHECK` of sigchk.bat / pathchk.bat (Q237767). */
export interface FcComparison {
  /** Line of `Comparing files A and B`. */
  readonly line: number;
  /** A and B as printed (`edb012cf.log.check`, `EDB012D2.LOG.CHECK`). */
  readonly files: readonly [string, string];
  /** The log B was made from: B without `.CHECK` (`EDB012D2.LOG`). */
  readonly log: string;
  /** true: `FC: no differences encountered`; false: fc printed lines that differ; absent: neither (another `FC:` message, or cut). */
  readonly same?: boolean;
  /** Line of `FC: no differences encountered`, of the first `*****`, or of another `FC:` message. */
  readonly resultLine?: number;
  /** Another `FC:` message, as printed (`FC: cannot open EDB.LOG.CHECK - No such file or folder`). */
  readonly message?: string;
  /**
   * Where fc's first block of differing lines starts in both files (0-based), when the anchor's
   * own lines above the comparisons show it: every line before it matched.
   */
  readonly blockStart?: number;
  /** The lines fc printed under `***** A` (the anchor's) and `***** B` (the log's), first block. */
  readonly anchorLines?: CheckLines;
  readonly logLines?: CheckLines;
}

/**
 * The output of a KB batch file (issue 16): Q296787 step 8 `chksig.bat` on the console, Q237767
 * `sigchk.bat`'s `Log Signature Check.txt` and `pathchk.bat`'s `Database Path Check.txt`.
 */
export interface BatchCheckDump extends DumpBase {
  readonly kind: 'batchCheck';
  readonly batch: BatchFile;
  /**
   * The anchor log the batch file was given (`%1`): the command's argument (`chksig edb012cf.log`),
   * else the first file of `Comparing files` without `.check`.
   */
  readonly anchor?: string;
  /** chksig: the anchor's log signature, which every `FIND "%LOGSIG%"` line holds (all alike). */
  readonly signature?: Signature;
  /** chksig: the lines `FIND "%LOGSIG%"` printed, one per matching log (the log is not named). */
  readonly matched: readonly BatchSignatureLine[];
  /** chksig: the logs whose signature does not match, on the console and again from the .ERR file. */
  readonly failed: readonly BatchFailure[];
  /** sigchk / pathchk: the anchor's own lines, above the dashes (its `.check` file's lines). */
  readonly anchorLines?: CheckLines;
  readonly comparisons: readonly FcComparison[];
}

export type Dump =
  | DatabaseHeaderDump
  | LogHeaderDump
  | LogStreamCheckDump
  | CheckpointDump
  | ChecksumDump
  | OperationDump
  | BatchCheckDump;
