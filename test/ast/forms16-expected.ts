/**
 * Issue 16, part 1: what the parser must read from the capture forms of samples-pending/ (written
 * from ese-format.md and the KBs; each folder's README states the facts these entries encode).
 * Data only: the next wave (issue 16 on the label catalogue) turns it into a passing test and moves
 * the folders into samples/. Today's parser misses these forms; `forms16-expected.test.ts` only
 * checks that this data agrees with the capture text (line numbers, commands, names, sizes, rands).
 *
 * Conventions (those of the AST, src/ast/types.ts): lines are 1-based; a dump runs from its command
 * line to its footer (or its last line); `mode` is the utility switch lower-cased with `/`
 * (`-ml` → `/ml`); `command` is the text after the prompt as printed (typographic quotes and cmd's
 * echo spacing kept); `fileSource` is `dump` when the dump names its file itself, `prompt` when
 * only the command does; signatures are given by their `Rand:` value.
 */
import type { CommandKind, DumpKind } from '../../src/ast/types.js';

export interface ExpectedAttached {
  readonly dbid: number;
  /** Absent when the capture does not print it (positional `Signature:` lines of a `find`). */
  readonly path?: string;
  readonly signature?: number;
}

export interface ExpectedDump {
  readonly kind: DumpKind;
  readonly lines: readonly [number, number];
  readonly fragment: boolean;
  readonly command?: string;
  readonly mode?: string;
  readonly file?: string;
  readonly fileSource?: 'dump' | 'prompt';
  readonly lGeneration?: number;
  readonly state?: string;
  /** Generation of `Last Consistent`. */
  readonly lastConsistent?: number;
  readonly logSignature?: number;
  readonly dbSignature?: number;
  /** A log's or checkpoint's own signature. */
  readonly signature?: number;
  /** Generation of a checkpoint position. */
  readonly checkpoint?: number;
  readonly attached?: readonly ExpectedAttached[];
  readonly integrity?: 'passed' | 'failed';
  /** `Initiating <MODE> mode...` of an operation dump. */
  readonly operationMode?: string;
  /** `ok`, or the JET error of the footer. */
  readonly result?: 'ok' | number;
}

/** A command line that is not the start of a dump: `for`, `dir`, a KB batch file, `prompt`, an empty prompt. */
export interface ExpectedCommand {
  readonly line: number;
  /** What the AST says it runs (src/ast/types.ts CommandKind). */
  readonly kind: CommandKind;
  /** Text after the prompt (`''` for an empty prompt). */
  readonly command: string;
  /** Working directory the prompt shows; absent for the bare `>` prompt. */
  readonly directory?: string;
}

export interface ExpectedDirEntry {
  readonly name: string;
  /** Bytes; absent for `<DIR>`. */
  readonly size?: number;
}

/** A cmd.exe `dir` listing: the command line through the `Dir(s) … bytes free` line. */
export interface ExpectedDirListing {
  readonly lines: readonly [number, number];
  readonly directory: string;
  readonly entries: readonly ExpectedDirEntry[];
  readonly fileCount: number;
  readonly totalBytes: number;
  readonly dirCount: number;
  readonly freeBytes: number;
}

/** One `fc %1.check X.CHECK` of sigchk.bat / pathchk.bat (Q237767). */
export interface ExpectedComparison {
  /** Line of `Comparing files … and …`. */
  readonly line: number;
  /** The log the right-hand `.CHECK` file was made from. */
  readonly log: string;
  readonly same: boolean;
  /** For a differing sigchk comparison: the other log's `Signature:` lines, positional. */
  readonly otherSignature?: number;
  readonly otherAttached?: readonly ExpectedAttached[];
}

/** The output of a KB batch file (Q296787 chksig.bat, Q237767 sigchk.bat / pathchk.bat). */
export interface ExpectedBatchOutput {
  readonly kind: 'chksig' | 'sigchk' | 'pathchk';
  readonly lines: readonly [number, number];
  /** The anchor log the batch file was given. */
  readonly anchor: string;
  /** chksig: the anchor's log signature, matched by every line that is not a failure. */
  readonly signature?: number;
  /** chksig: lines printed by `FIND "%LOGSIG%"` (one per matching log). */
  readonly matchedLines?: readonly number[];
  /** chksig: `SIGNATURE MATCHING FAILED FOR <log>!` on the console, then again from the .ERR file. */
  readonly failed?: readonly { readonly line: number; readonly log: string }[];
  /** sigchk / pathchk: what the anchor's own lines say (signatures by position, or paths). */
  readonly anchorAttached?: readonly ExpectedAttached[];
  readonly comparisons?: readonly ExpectedComparison[];
}

/** Lines of a recovery / integrity / repair run that are neither fields nor unrecognized. */
export interface ExpectedRunLine {
  readonly line: number;
  readonly kind: 'step' | 'status-title' | 'status-axis' | 'status-bar' | 'progress' | 'page-error' | 'hint';
  readonly text: string;
}

export interface Forms16Expected {
  /** After issue 16: none in any of these captures. */
  readonly unrecognized: readonly (readonly [number, number])[];
  readonly dumps: readonly ExpectedDump[];
  readonly commands: readonly ExpectedCommand[];
  readonly dirListings?: readonly ExpectedDirListing[];
  readonly batchOutputs?: readonly ExpectedBatchOutput[];
  readonly runLines?: readonly ExpectedRunLine[];
  /** Labels that must NOT appear among the dump fields (a message read as `label: value`). */
  readonly notFields?: readonly string[];
}

/** The issue-16 scenarios the parser reads now: moved from samples-pending/ into samples/. */
export const MOVED_TO_SAMPLES: readonly string[] = [
  '2003-dir-listings',
  '2003-integrity-find-loop',
  '2003-integrity-repair-run',
  '2003-ml-attach-fragments',
  '2010-command-forms',
  '2010-recovery-lossy-hint',
  '55-chksig-find-loop',
  '55-kb-batch-files',
  '55-ml-attach-fragments',
  'esentutl-ad-empty-prompt-dir',
];

/**
 * forms-b's scenarios (issue 16 part B): every dump is read; with their command lines held as
 * commands (`for` loops, empty prompts: part A) every line of them is, and all are in samples/.
 */
export const FORMS_B: readonly string[] = [
  '2003-integrity-find-loop',
  '2003-integrity-repair-run',
  '2003-ml-attach-fragments',
  '2010-recovery-lossy-hint',
  '55-chksig-find-loop',
  '55-ml-attach-fragments',
];

const MBX = 'C:\\Program Files\\Microsoft\\Exchange Server\\V14\\Mailbox\\Mailbox Database 1234567890\\Mailbox Database 1234567890.edb';
const AXIS = '          0    10   20   30   40   50   60   70   80   90  100';
const BAR = '          |----|----|----|----|----|----|----|----|----|----|';

export const FORMS16_EXPECTED: Record<string, Forms16Expected> = {
  '2003-dir-listings/dir.txt': {
    unrecognized: [],
    dumps: [],
    commands: [
      { line: 1, kind: 'dir', command: 'dir', directory: 'D:\\Exchsrvr\\mdbdata' },
      { line: 16, kind: 'dir', command: 'dir', directory: 'L:\\Exchsrvr\\logs' },
      { line: 38, kind: 'empty', command: '', directory: 'L:\\Exchsrvr\\logs' },
    ],
    dirListings: [
      {
        lines: [1, 14],
        directory: "D:\\Exchsrvr\\mdbdata",
        entries: [
        { name: "." },
        { name: ".." },
        { name: "E00.chk", size: 8192 },
        { name: "priv1.edb", size: 155197440 },
        { name: "priv1.stm", size: 8396800 },
        { name: "tmp.edb", size: 2105344 },
        ],
        fileCount: 4,
        totalBytes: 165707776,
        dirCount: 2,
        freeBytes: 40123456512,
      },
      {
        lines: [16, 36],
        directory: "L:\\Exchsrvr\\logs",
        entries: [
        { name: "." },
        { name: ".." },
        { name: "E00.log", size: 5242880 },
        { name: "E00000A0.log", size: 5242880 },
        { name: "E00000A1.log", size: 5242880 },
        { name: "E00000A2.log", size: 5242880 },
        { name: "E00000A3.log", size: 5242880 },
        { name: "E00000A4.log", size: 5242880 },
        { name: "E00000A5.log", size: 0 },
        { name: "E00000A6.log", size: 5242880 },
        { name: "E00000A7.log", size: 5242880 },
        { name: "res1.log", size: 5242880 },
        { name: "res2.log", size: 5242880 },
        ],
        fileCount: 11,
        totalBytes: 52428800,
        dirCount: 2,
        freeBytes: 61203144704,
      },
    ],
  },
  '2003-dir-listings/logs.txt': {
    unrecognized: [],
    dumps: [
      { kind: "logHeader", lines: [1, 38], fragment: false, command: "eseutil /ml E00.log", mode: "/ml", file: "E00.log", fileSource: "dump", lGeneration: 168, signature: 3943101, attached: [{ dbid: 1, path: "D:\\Exchsrvr\\mdbdata\\priv1.edb", signature: 3951782 }], integrity: "passed", result: 'ok' },
      { kind: "logHeader", lines: [41, 78], fragment: false, command: "eseutil /ml E00000A0.log", mode: "/ml", file: "E00000A0.log", fileSource: "dump", lGeneration: 160, signature: 3943101, attached: [{ dbid: 1, path: "D:\\Exchsrvr\\mdbdata\\priv1.edb", signature: 3951782 }], integrity: "passed", result: 'ok' },
      { kind: "logHeader", lines: [81, 118], fragment: false, command: "eseutil /ml E00000A1.log", mode: "/ml", file: "E00000A1.log", fileSource: "dump", lGeneration: 161, signature: 3943101, attached: [{ dbid: 1, path: "D:\\Exchsrvr\\mdbdata\\priv1.edb", signature: 3951782 }], integrity: "passed", result: 'ok' },
      { kind: "logHeader", lines: [121, 158], fragment: false, command: "eseutil /ml E00000A2.log", mode: "/ml", file: "E00000A2.log", fileSource: "dump", lGeneration: 162, signature: 3943101, attached: [{ dbid: 1, path: "D:\\Exchsrvr\\mdbdata\\priv1.edb", signature: 3951782 }], integrity: "passed", result: 'ok' },
      { kind: "logHeader", lines: [161, 198], fragment: false, command: "eseutil /ml E00000A3.log", mode: "/ml", file: "E00000A3.log", fileSource: "dump", lGeneration: 163, signature: 3943101, attached: [{ dbid: 1, path: "D:\\Exchsrvr\\mdbdata\\priv1.edb", signature: 3951782 }], integrity: "passed", result: 'ok' },
      { kind: "logHeader", lines: [201, 238], fragment: false, command: "eseutil /ml E00000A4.log", mode: "/ml", file: "E00000A4.log", fileSource: "dump", lGeneration: 164, signature: 3943101, attached: [{ dbid: 1, path: "D:\\Exchsrvr\\mdbdata\\priv1.edb", signature: 3951782 }], integrity: "passed", result: 'ok' },
      { kind: "logHeader", lines: [241, 278], fragment: false, command: "eseutil /ml E00000A6.log", mode: "/ml", file: "E00000A6.log", fileSource: "dump", lGeneration: 166, signature: 3943101, attached: [{ dbid: 1, path: "D:\\Exchsrvr\\mdbdata\\priv1.edb", signature: 3951782 }], integrity: "passed", result: 'ok' },
      { kind: "logHeader", lines: [281, 318], fragment: false, command: "eseutil /ml E00000A7.log", mode: "/ml", file: "E00000A7.log", fileSource: "dump", lGeneration: 167, signature: 3943101, attached: [{ dbid: 1, path: "D:\\Exchsrvr\\mdbdata\\priv1.edb", signature: 3951782 }], integrity: "passed", result: 'ok' },
    ],
    commands: [],
  },
  '2003-dir-listings/priv1-mh.txt': {
    unrecognized: [],
    dumps: [
      { kind: "databaseHeader", lines: [1, 58], fragment: false, command: "eseutil /mh priv1.edb", mode: "/mh", file: "priv1.edb", fileSource: "dump", state: "Clean Shutdown", lastConsistent: 162, logSignature: 3943101, dbSignature: 3951782, result: 'ok' },
    ],
    commands: [],
  },
  '2003-dir-listings/priv1-stm-mh.txt': {
    unrecognized: [],
    dumps: [
      { kind: "databaseHeader", lines: [1, 57], fragment: false, command: "eseutil /mh priv1.stm", mode: "/mh", file: "priv1.stm", fileSource: "dump", state: "Clean Shutdown", lastConsistent: 162, logSignature: 3943101, dbSignature: 3951782, result: 'ok' },
    ],
    commands: [],
  },
  '2003-integrity-find-loop/logs-find.txt': {
    unrecognized: [],
    dumps: [
      { kind: "logHeader", lines: [3, 5], fragment: true, command: "eseutil /ml E00.log   | find /i \"log file\"", mode: "/ml", file: "E00.log", fileSource: "dump", integrity: "passed" },
      { kind: "logHeader", lines: [7, 9], fragment: true, command: "eseutil /ml E0000318.log   | find /i \"log file\"", mode: "/ml", file: "E0000318.log", fileSource: "dump", integrity: "passed" },
      { kind: "logHeader", lines: [11, 13], fragment: true, command: "eseutil /ml E0000319.log   | find /i \"log file\"", mode: "/ml", file: "E0000319.log", fileSource: "dump", integrity: "passed" },
      { kind: "logHeader", lines: [15, 17], fragment: true, command: "eseutil /ml E000031A.log   | find /i \"log file\"", mode: "/ml", file: "E000031A.log", fileSource: "dump", integrity: "passed" },
      { kind: "logHeader", lines: [19, 21], fragment: true, command: "eseutil /ml E000031B.log   | find /i \"log file\"", mode: "/ml", file: "E000031B.log", fileSource: "dump", integrity: "passed" },
      { kind: "logHeader", lines: [23, 25], fragment: true, command: "eseutil /ml E000031C.log   | find /i \"log file\"", mode: "/ml", file: "E000031C.log", fileSource: "dump", integrity: "failed" },
      { kind: "logHeader", lines: [27, 29], fragment: true, command: "eseutil /ml E000031D.log   | find /i \"log file\"", mode: "/ml", file: "E000031D.log", fileSource: "dump", integrity: "passed" },
      { kind: "logHeader", lines: [31, 33], fragment: true, command: "eseutil /ml E000031E.log   | find /i \"log file\"", mode: "/ml", file: "E000031E.log", fileSource: "dump", integrity: "passed" },
      { kind: "logHeader", lines: [35, 37], fragment: true, command: "eseutil /ml E000031F.log   | find /i \"log file\"", mode: "/ml", file: "E000031F.log", fileSource: "dump", integrity: "passed" },
      { kind: "logHeader", lines: [39, 40], fragment: true, command: "eseutil /ml E00.log | find /i \"lgeneration\"", mode: "/ml", file: "E00.log", fileSource: "prompt", lGeneration: 800 },
    ],
    commands: [
      { line: 1, kind: 'forLoop', command: 'for %f in (E00*.log) do eseutil /ml %f | find /i "log file"', directory: 'L:\\Logs\\SG1' },
      { line: 42, kind: 'empty', command: '', directory: 'L:\\Logs\\SG1' },
    ],
  },
  '2003-integrity-find-loop/priv1-mh.txt': {
    unrecognized: [],
    dumps: [
      { kind: "databaseHeader", lines: [1, 58], fragment: false, command: "eseutil /mh priv1.edb", mode: "/mh", file: "priv1.edb", fileSource: "dump", state: "Clean Shutdown", lastConsistent: 792, logSignature: 1283749203, dbSignature: 1283751660, result: 'ok' },
    ],
    commands: [],
  },
  '2003-integrity-repair-run/logs.txt': {
    unrecognized: [],
    dumps: [
      { kind: "logHeader", lines: [1, 38], fragment: false, command: "eseutil /ml E00.log", mode: "/ml", file: "E00.log", fileSource: "dump", lGeneration: 556, signature: 73310284, attached: [{ dbid: 1, path: "E:\\Exchsrvr\\mdbdata\\priv1.edb", signature: 73315519 }], integrity: "passed", result: 'ok' },
      { kind: "logHeader", lines: [41, 78], fragment: false, command: "eseutil /ml E000022A.log", mode: "/ml", file: "E000022A.log", fileSource: "dump", lGeneration: 554, signature: 73310284, attached: [{ dbid: 1, path: "E:\\Exchsrvr\\mdbdata\\priv1.edb", signature: 73315519 }], integrity: "passed", result: 'ok' },
      { kind: "logHeader", lines: [81, 118], fragment: false, command: "eseutil /ml E000022B.log", mode: "/ml", file: "E000022B.log", fileSource: "dump", lGeneration: 555, signature: 73310284, attached: [{ dbid: 1, path: "E:\\Exchsrvr\\mdbdata\\priv1.edb", signature: 73315519 }], integrity: "passed", result: 'ok' },
    ],
    commands: [],
  },
  '2003-integrity-repair-run/priv1-mh.txt': {
    unrecognized: [],
    dumps: [
      { kind: "databaseHeader", lines: [1, 58], fragment: false, command: "eseutil /mh priv1.edb", mode: "/mh", file: "priv1.edb", fileSource: "dump", state: "Clean Shutdown", lastConsistent: 0, logSignature: 0, dbSignature: 95120877, result: 'ok' },
    ],
    commands: [],
  },
  '2003-integrity-repair-run/runs.txt': {
    unrecognized: [],
    dumps: [
      { kind: "operation", lines: [1, 24], fragment: false, command: "eseutil /g priv1.edb", mode: "/g", file: "priv1.edb", fileSource: "dump", operationMode: "INTEGRITY", result: -1018 },
      { kind: "operation", lines: [27, 59], fragment: false, command: "eseutil /p priv1.edb", mode: "/p", file: "priv1.edb", fileSource: "dump", operationMode: "REPAIR", result: 'ok' },
    ],
    commands: [{ line: 62, kind: 'empty', command: '', directory: 'E:\\Exchsrvr\\mdbdata' }],
    runLines: [
      { line: 12, kind: 'step', text: 'Checking database integrity.' },
      { line: 14, kind: 'status-title', text: '                     Scanning Status (% complete)' },
      { line: 16, kind: 'status-axis', text: AXIS },
      { line: 17, kind: 'status-bar', text: BAR },
      { line: 18, kind: 'progress', text: '          ..................' },
      { line: 19, kind: 'page-error', text: 'ERROR: page 9217 checksum failed ( 0x8c2e41a0 / 0x8c2e51a0 )' },
      { line: 20, kind: 'page-error', text: 'ERROR: page 9218 checksum failed ( 0x1d07b3f2 / 0x00000000 )' },
      { line: 21, kind: 'progress', text: '...' },
      { line: 38, kind: 'step', text: 'Checking database integrity.' },
      { line: 40, kind: 'status-title', text: '                     Scanning Status (% complete)' },
      { line: 42, kind: 'status-axis', text: AXIS },
      { line: 43, kind: 'status-bar', text: BAR },
      { line: 44, kind: 'progress', text: '          ..................' },
      { line: 45, kind: 'page-error', text: 'ERROR: page 9217 checksum failed ( 0x8c2e41a0 / 0x8c2e51a0 )' },
      { line: 46, kind: 'page-error', text: 'ERROR: page 9218 checksum failed ( 0x1d07b3f2 / 0x00000000 )' },
      { line: 47, kind: 'progress', text: '.................................' },
      { line: 49, kind: 'step', text: 'Repairing damaged tables.' },
      { line: 51, kind: 'status-title', text: '                     Repair Status (% complete)' },
      { line: 53, kind: 'status-axis', text: AXIS },
      { line: 54, kind: 'status-bar', text: BAR },
      { line: 55, kind: 'progress', text: '          ...................................................' },
      { line: 57, kind: 'step', text: 'Deleting unicode fixup table.' },
    ],
  },
  '2003-ml-attach-fragments/ticket.txt': {
    unrecognized: [],
    dumps: [
      { kind: "databaseHeader", lines: [1, 2], fragment: true, command: "eseutil /mh priv1.edb | find /i \"shutdown\"", mode: "/mh", file: "priv1.edb", fileSource: "prompt", state: "Clean Shutdown" },
      { kind: "databaseHeader", lines: [4, 5], fragment: true, command: "eseutil /mh priv1.edb | find /i \"consistent\"", mode: "/mh", file: "priv1.edb", fileSource: "prompt", lastConsistent: 162 },
      { kind: "databaseHeader", lines: [7, 9], fragment: true, command: "eseutil /mh priv1.edb | find /i \"signature\"", mode: "/mh", file: "priv1.edb", fileSource: "prompt", logSignature: 3943101, dbSignature: 3951782 },
      { kind: "databaseHeader", lines: [11, 12], fragment: true, command: "eseutil /mh pub1.edb | find /i \"shutdown\"", mode: "/mh", file: "pub1.edb", fileSource: "prompt", state: "Clean Shutdown" },
      { kind: "databaseHeader", lines: [14, 15], fragment: true, command: "eseutil /mh pub1.edb | find /i \"consistent\"", mode: "/mh", file: "pub1.edb", fileSource: "prompt", lastConsistent: 162 },
      { kind: "databaseHeader", lines: [17, 19], fragment: true, command: "eseutil /mh pub1.edb | find /i \"signature\"", mode: "/mh", file: "pub1.edb", fileSource: "prompt", logSignature: 3943101, dbSignature: 3955810 },
      { kind: "logHeader", lines: [21, 22], fragment: true, command: "eseutil /ml E00.log | find /i \"lgeneration\"", mode: "/ml", file: "E00.log", fileSource: "prompt", lGeneration: 165 },
      { kind: "logHeader", lines: [24, 44], fragment: true, command: "eseutil /ml E00000A2.log", mode: "/ml", file: "E00000A2.log", fileSource: "dump", attached: [{ dbid: 1, path: "D:\\Exchsrvr\\mdbdata\\priv1.edb", signature: 3951782 }, { dbid: 2, path: "D:\\Exchsrvr\\mdbdata\\pub1.edb", signature: 3955810 }], integrity: "passed", result: 'ok' },
      { kind: "logHeader", lines: [46, 66], fragment: true, command: "eseutil /ml E00000A3.log", mode: "/ml", file: "E00000A3.log", fileSource: "dump", attached: [{ dbid: 1, path: "D:\\Exchsrvr\\mdbdata\\priv1.edb", signature: 3951782 }, { dbid: 2, path: "D:\\Exchsrvr\\mdbdata\\pub1.edb", signature: 3955810 }], integrity: "passed", result: 'ok' },
      { kind: "logHeader", lines: [68, 88], fragment: true, command: "eseutil /ml E00000A4.log", mode: "/ml", file: "E00000A4.log", fileSource: "dump", attached: [{ dbid: 1, path: "D:\\Exchsrvr\\mdbdata\\priv1.edb", signature: 3951782 }, { dbid: 2, path: "D:\\Exchsrvr\\mdbdata\\pub1.edb", signature: 4102233 }], integrity: "passed", result: 'ok' },
      { kind: "logHeader", lines: [90, 110], fragment: true, command: "eseutil /ml E00.log", mode: "/ml", file: "E00.log", fileSource: "dump", attached: [{ dbid: 1, path: "D:\\Exchsrvr\\mdbdata\\priv1.edb", signature: 3951782 }, { dbid: 2, path: "D:\\Exchsrvr\\mdbdata\\pub1.edb", signature: 4102233 }], integrity: "passed", result: 'ok' },
    ],
    commands: [],
  },
  '2010-command-forms/ticket.txt': {
    unrecognized: [],
    dumps: [
      { kind: "databaseHeader", lines: [1, 90], fragment: false, command: "& 'C:\\Program Files\\Microsoft\\Exchange Server\\V14\\Bin\\eseutil.exe' /mh 'Mailbox Database 1234567890.edb'", mode: "/mh", file: "Mailbox Database 1234567890.edb", fileSource: "dump", state: "Dirty Shutdown", lastConsistent: 139, logSignature: 110461052, dbSignature: 110451935, result: 'ok' },
      { kind: "logHeader", lines: [92, 129], fragment: false, command: "eseutil /ML \"D:\\Recovery\\DB1234567890\\E000000008F.log\"", mode: "/ml", file: "D:\\Recovery\\DB1234567890\\E000000008F.log", fileSource: "dump", lGeneration: 143, signature: 110461052, attached: [{ dbid: 1, path: MBX, signature: 110451935 }], integrity: "passed", result: 'ok' },
      { kind: "logHeader", lines: [131, 168], fragment: false, command: "eseutil /ml “E0000000090.log”", mode: "/ml", file: "E0000000090.log", fileSource: "dump", lGeneration: 144, signature: 110461052, attached: [{ dbid: 1, path: MBX, signature: 110451935 }], integrity: "passed", result: 'ok' },
      { kind: "logHeader", lines: [170, 207], fragment: false, command: "eseutil -ml E0000000091.log", mode: "/ml", file: "E0000000091.log", fileSource: "dump", lGeneration: 145, signature: 110461052, attached: [{ dbid: 1, path: MBX, signature: 110451935 }], integrity: "passed", result: 'ok' },
      { kind: "logHeader", lines: [209, 246], fragment: false, command: ".\\eseutil.exe /ml E00.log", mode: "/ml", file: "E00.log", fileSource: "dump", lGeneration: 146, signature: 110461052, attached: [{ dbid: 1, path: MBX, signature: 110451935 }], integrity: "passed", result: 'ok' },
      { kind: "checkpoint", lines: [247, 274], fragment: false, command: "c:\\eseutil.exe /mk E00.chk", mode: "/mk", file: "E00.chk", fileSource: "dump", signature: 110461052, checkpoint: 143, attached: [{ dbid: 1, path: MBX, signature: 110451935 }], result: 'ok' },
    ],
    commands: [{ line: 276, kind: 'empty', command: '', directory: 'D:\\Recovery\\DB1234567890' }],
  },
  '2010-recovery-lossy-hint/db-mh.txt': {
    unrecognized: [],
    dumps: [
      { kind: "databaseHeader", lines: [1, 90], fragment: false, command: "eseutil /mh \"Mailbox Database 1234567890.edb\"", mode: "/mh", file: "Mailbox Database 1234567890.edb", fileSource: "dump", state: "Dirty Shutdown", lastConsistent: 139, logSignature: 110461052, dbSignature: 110451935, result: 'ok' },
    ],
    commands: [],
  },
  '2010-recovery-lossy-hint/logs.txt': {
    unrecognized: [],
    dumps: [
      { kind: "logHeader", lines: [1, 38], fragment: false, command: "eseutil /ml E000000008F.log", mode: "/ml", file: "E000000008F.log", fileSource: "dump", lGeneration: 143, signature: 110461052, attached: [{ dbid: 1, path: MBX, signature: 110451935 }], integrity: "passed", result: 'ok' },
      { kind: "logHeader", lines: [40, 77], fragment: false, command: "eseutil /ml E0000000090.log", mode: "/ml", file: "E0000000090.log", fileSource: "dump", lGeneration: 144, signature: 110461052, attached: [{ dbid: 1, path: MBX, signature: 110451935 }], integrity: "passed", result: 'ok' },
      { kind: "logHeader", lines: [79, 116], fragment: false, command: "eseutil /ml E0000000091.log", mode: "/ml", file: "E0000000091.log", fileSource: "dump", lGeneration: 145, signature: 110461052, attached: [{ dbid: 1, path: MBX, signature: 110451935 }], integrity: "passed", result: 'ok' },
      { kind: "logHeader", lines: [118, 155], fragment: false, command: "eseutil /ml E00.log", mode: "/ml", file: "E00.log", fileSource: "dump", lGeneration: 147, signature: 110461052, attached: [{ dbid: 1, path: MBX, signature: 110451935 }], integrity: "passed", result: 'ok' },
    ],
    commands: [],
  },
  '2010-recovery-lossy-hint/recovery.txt': {
    unrecognized: [],
    dumps: [
      { kind: "operation", lines: [1, 23], fragment: false, command: "eseutil /r E00 /l . /s . /d .", mode: "/r", file: "E00", fileSource: "prompt", operationMode: "RECOVERY", result: -582 },
    ],
    commands: [{ line: 26, kind: 'empty', command: '', directory: 'D:\\Recovery\\DB1234567890' }],
    runLines: [
      { line: 13, kind: 'step', text: 'Performing soft recovery...' },
      { line: 14, kind: 'status-title', text: '                      Restore Status (% complete)' },
      { line: 16, kind: 'status-axis', text: AXIS },
      { line: 17, kind: 'status-bar', text: BAR },
      { line: 18, kind: 'progress', text: '          ...................................................' },
      { line: 21, kind: 'hint', text: 'Recovery has indicated that there is a lossy recovery option.  Run recovery with the /a argument.' },
    ],
    notFields: ['Recovery has indicated'],
  },
  '55-chksig-find-loop/ticket.txt': {
    unrecognized: [],
    dumps: [
      { kind: "databaseHeader", lines: [1, 3], fragment: true, command: "eseutil /mh priv.edb | find /i \"consistent\"", mode: "/mh", file: "priv.edb", fileSource: "prompt", state: "Consistent", lastConsistent: 4815 },
      { kind: "databaseHeader", lines: [5, 7], fragment: true, command: "eseutil /mh pub.edb | find /i \"consistent\"", mode: "/mh", file: "pub.edb", fileSource: "prompt", state: "Consistent", lastConsistent: 4815 },
      { kind: "databaseHeader", lines: [9, 11], fragment: true, command: "eseutil /mh priv.edb | find /i \"signature\"", mode: "/mh", file: "priv.edb", fileSource: "prompt", logSignature: 710915685, dbSignature: 710961251 },
      { kind: "databaseHeader", lines: [13, 15], fragment: true, command: "eseutil /mh pub.edb | find /i \"signature\"", mode: "/mh", file: "pub.edb", fileSource: "prompt", logSignature: 710915685, dbSignature: 1201144 },
      { kind: "logHeader", lines: [17, 19], fragment: true, command: "eseutil /ml edb012cf.log | find /i \".edb\"", mode: "/ml", file: "edb012cf.log", fileSource: "prompt", attached: [{ dbid: 1, path: "e:\\MDBDATA\\PRIV.EDB" }, { dbid: 2, path: "e:\\MDBDATA\\PUB.EDB" }] },
      { kind: "logHeader", lines: [23, 26], fragment: true, command: "eseutil /ml EDB.LOG   | find /i \"signature\"", mode: "/ml", file: "EDB.LOG", fileSource: "prompt", signature: 710915685, attached: [{ dbid: 1, signature: 710961251 }, { dbid: 2, signature: 710954626 }] },
      { kind: "logHeader", lines: [28, 31], fragment: true, command: "eseutil /ml EDB012CF.LOG   | find /i \"signature\"", mode: "/ml", file: "EDB012CF.LOG", fileSource: "prompt", signature: 710915685, attached: [{ dbid: 1, signature: 710961251 }, { dbid: 2, signature: 710954626 }] },
      { kind: "logHeader", lines: [33, 36], fragment: true, command: "eseutil /ml EDB012D0.LOG   | find /i \"signature\"", mode: "/ml", file: "EDB012D0.LOG", fileSource: "prompt", signature: 710915685, attached: [{ dbid: 1, signature: 710961251 }, { dbid: 2, signature: 710954626 }] },
      { kind: "logHeader", lines: [38, 41], fragment: true, command: "eseutil /ml EDB012D1.LOG   | find /i \"signature\"", mode: "/ml", file: "EDB012D1.LOG", fileSource: "prompt", signature: 710915685, attached: [{ dbid: 1, signature: 710961251 }, { dbid: 2, signature: 710954626 }] },
      { kind: "logHeader", lines: [43, 46], fragment: true, command: "eseutil /ml EDB012D2.LOG   | find /i \"signature\"", mode: "/ml", file: "EDB012D2.LOG", fileSource: "prompt", signature: 710915685, attached: [{ dbid: 1, signature: 710961251 }, { dbid: 2, signature: 710954626 }] },
      { kind: "logHeader", lines: [50, 51], fragment: true, command: "eseutil /ml EDB.LOG   | find /i \"lgeneration\"", mode: "/ml", file: "EDB.LOG", fileSource: "prompt", lGeneration: 4819 },
      { kind: "logHeader", lines: [53, 54], fragment: true, command: "eseutil /ml EDB012CF.LOG   | find /i \"lgeneration\"", mode: "/ml", file: "EDB012CF.LOG", fileSource: "prompt", lGeneration: 4815 },
      { kind: "logHeader", lines: [56, 57], fragment: true, command: "eseutil /ml EDB012D0.LOG   | find /i \"lgeneration\"", mode: "/ml", file: "EDB012D0.LOG", fileSource: "prompt", lGeneration: 4816 },
      { kind: "logHeader", lines: [59, 60], fragment: true, command: "eseutil /ml EDB012D1.LOG   | find /i \"lgeneration\"", mode: "/ml", file: "EDB012D1.LOG", fileSource: "prompt", lGeneration: 4817 },
      { kind: "logHeader", lines: [62, 63], fragment: true, command: "eseutil /ml EDB012D2.LOG   | find /i \"lgeneration\"", mode: "/ml", file: "EDB012D2.LOG", fileSource: "prompt", lGeneration: 4818 },
    ],
    commands: [
      { line: 21, kind: 'forLoop', command: 'for %f in (edb*.log) do eseutil /ml %f | find /i "signature"', directory: 'E:\\mdbdata' },
      { line: 48, kind: 'forLoop', command: 'for %f in (edb*.log) do eseutil /ml %f | find /i "lgeneration"', directory: 'E:\\mdbdata' },
      { line: 65, kind: 'empty', command: '', directory: 'E:\\mdbdata' },
    ],
  },
  '55-kb-batch-files/console.txt': {
    unrecognized: [],
    dumps: [
      { kind: "databaseHeader", lines: [1, 3], fragment: true, command: "eseutil /mh priv.edb | find /i \"consistent\"", mode: "/mh", file: "priv.edb", fileSource: "prompt", state: "Consistent", lastConsistent: 4815 },
      { kind: "databaseHeader", lines: [5, 7], fragment: true, command: "eseutil /mh pub.edb | find /i \"consistent\"", mode: "/mh", file: "pub.edb", fileSource: "prompt", state: "Consistent", lastConsistent: 4815 },
      { kind: "databaseHeader", lines: [9, 11], fragment: true, command: "eseutil /mh priv.edb | find /i \"signature\"", mode: "/mh", file: "priv.edb", fileSource: "prompt", logSignature: 710915685, dbSignature: 710961251 },
      { kind: "databaseHeader", lines: [13, 15], fragment: true, command: "eseutil /mh pub.edb | find /i \"signature\"", mode: "/mh", file: "pub.edb", fileSource: "prompt", logSignature: 710915685, dbSignature: 710954626 },
      { kind: "logHeader", lines: [17, 18], fragment: true, command: "eseutil /ml edb.log | find /i \"lgeneration\"", mode: "/ml", file: "edb.log", fileSource: "prompt", lGeneration: 4820 },
    ],
    commands: [
      { line: 20, kind: 'batchFile', command: 'chksig edb012cf.log', directory: 'T:\\exchsrvr\\mdbdata' },
      { line: 29, kind: 'batchFile', command: 'sigchk.bat edb012cf.log', directory: 'T:\\exchsrvr\\mdbdata' },
      { line: 31, kind: 'batchFile', command: 'pathchk edb012cf.log MDBDATA', directory: 'T:\\exchsrvr\\mdbdata' },
      { line: 33, kind: 'empty', command: '', directory: 'T:\\exchsrvr\\mdbdata' },
    ],
    batchOutputs: [
      {
        kind: 'chksig',
        lines: [20, 27],
        anchor: 'edb012cf.log',
        signature: 710915685,
        matchedLines: [21, 22, 23, 24, 26],
        failed: [
          { line: 25, log: 'EDB012D2.LOG' },
          { line: 27, log: 'EDB012D2.LOG' },
        ],
      },
    ],
  },
  '55-kb-batch-files/log-signature-check.txt': {
    unrecognized: [],
    dumps: [],
    commands: [],
    batchOutputs: [
      {
        kind: 'sigchk',
        lines: [1, 33],
        anchor: 'edb012cf.log',
        signature: 710915685,
        anchorAttached: [{ dbid: 1, signature: 710961251 }, { dbid: 2, signature: 710954626 }],
        comparisons: [
          { line: 6, log: 'EDB.LOG', same: true },
          { line: 9, log: 'EDB012CF.LOG', same: true },
          { line: 12, log: 'EDB012D0.LOG', same: true },
          { line: 15, log: 'EDB012D1.LOG', same: true },
          { line: 18, log: 'EDB012D2.LOG', same: false, otherSignature: 48211977, otherAttached: [{ dbid: 1, signature: 48260338 }, { dbid: 2, signature: 48275520 }] },
          { line: 29, log: 'EDB012D3.LOG', same: true },
        ],
      },
    ],
  },
  '55-kb-batch-files/database-path-check.txt': {
    unrecognized: [],
    dumps: [],
    commands: [],
    batchOutputs: [
      {
        kind: 'pathchk',
        lines: [1, 21],
        anchor: 'edb012cf.log',
        anchorAttached: [
          { dbid: 1, path: 'T:\\exchsrvr\\MDBDATA\\PRIV.EDB' },
          { dbid: 2, path: 'T:\\exchsrvr\\MDBDATA\\PUB.EDB' },
        ],
        comparisons: [
          { line: 5, log: 'EDB.LOG', same: true },
          { line: 8, log: 'EDB012CF.LOG', same: true },
          { line: 11, log: 'EDB012D0.LOG', same: true },
          { line: 14, log: 'EDB012D1.LOG', same: true },
          { line: 17, log: 'EDB012D2.LOG', same: true },
          { line: 20, log: 'EDB012D3.LOG', same: true },
        ],
      },
    ],
  },
  '55-ml-attach-fragments/ticket.txt': {
    unrecognized: [],
    dumps: [
      { kind: "databaseHeader", lines: [1, 3], fragment: true, command: "eseutil /mh priv.edb | find /i \"consistent\"", mode: "/mh", file: "priv.edb", fileSource: "prompt", state: "Consistent", lastConsistent: 4815 },
      { kind: "databaseHeader", lines: [5, 7], fragment: true, command: "eseutil /mh pub.edb | find /i \"consistent\"", mode: "/mh", file: "pub.edb", fileSource: "prompt", state: "Consistent", lastConsistent: 4815 },
      { kind: "logHeader", lines: [9, 10], fragment: true, command: "eseutil /ml edb.log | find /i \"lgeneration\"", mode: "/ml", file: "edb.log", fileSource: "prompt", lGeneration: 4820 },
      { kind: "logHeader", lines: [12, 21], fragment: true, command: "eseutil /ml Edb012cf.log", mode: "/ml", file: "Edb012cf.log", fileSource: "prompt", attached: [{ dbid: 1, path: "E:\\exchsrvr\\mdbdata\\priv.edb", signature: 710961251 }, { dbid: 2, path: "F:\\exchsrvr\\mdbdata\\pub.edb", signature: 710954626 }], result: 'ok' },
      { kind: "logHeader", lines: [23, 32], fragment: true, command: "eseutil /ml Edb012d0.log", mode: "/ml", file: "Edb012d0.log", fileSource: "prompt", attached: [{ dbid: 1, path: "E:\\exchsrvr\\mdbdata\\priv.edb", signature: 710961251 }, { dbid: 2, path: "F:\\exchsrvr\\mdbdata\\pub.edb", signature: 710954626 }], result: 'ok' },
      { kind: "logHeader", lines: [34, 43], fragment: true, command: "eseutil /ml Edb012d1.log", mode: "/ml", file: "Edb012d1.log", fileSource: "prompt", attached: [{ dbid: 1, path: "E:\\exchsrvr\\mdbdata\\priv.edb", signature: 710961251 }, { dbid: 2, path: "G:\\exchsrvr\\mdbdata\\pub.edb", signature: 710954626 }], result: 'ok' },
      { kind: "logHeader", lines: [45, 54], fragment: true, command: "eseutil /ml Edb012d2.log", mode: "/ml", file: "Edb012d2.log", fileSource: "prompt", attached: [{ dbid: 1, path: "E:\\exchsrvr\\mdbdata\\priv.edb", signature: 710961251 }, { dbid: 2, path: "G:\\exchsrvr\\mdbdata\\pub.edb", signature: 710954626 }], result: 'ok' },
      { kind: "logHeader", lines: [56, 65], fragment: true, command: "eseutil /ml Edb012d3.log", mode: "/ml", file: "Edb012d3.log", fileSource: "prompt", attached: [{ dbid: 1, path: "E:\\exchsrvr\\mdbdata\\priv.edb", signature: 710961251 }, { dbid: 2, path: "G:\\exchsrvr\\mdbdata\\pub.edb", signature: 710954626 }], result: 'ok' },
    ],
    commands: [{ line: 67, kind: 'empty', command: '', directory: 'E:\\exchsrvr\\mdbdata' }],
  },
  'esentutl-ad-empty-prompt-dir/ticket.txt': {
    unrecognized: [],
    dumps: [
      { kind: "databaseHeader", lines: [25, 121], fragment: false, command: "esentutl /mh ntds.dit", mode: "/mh", file: "ntds.dit", fileSource: "dump", state: "Clean Shutdown", lastConsistent: 90, logSignature: 1207331944, dbSignature: 1207338019, result: 'ok' },
      { kind: "logHeader", lines: [123, 163], fragment: false, command: "esentutl /ml edb0005A.log", mode: "/ml", file: "edb0005A.log", fileSource: "dump", lGeneration: 90, signature: 1207331944, checkpoint: 90, attached: [{ dbid: 1, path: "C:\\Windows\\NTDS\\ntds.dit", signature: 1207338019 }], integrity: "passed", result: 'ok' },
      { kind: "logHeader", lines: [165, 205], fragment: false, command: "esentutl /ml edb0005B.log", mode: "/ml", file: "edb0005B.log", fileSource: "dump", lGeneration: 91, signature: 1207331944, checkpoint: 90, attached: [{ dbid: 1, path: "C:\\Windows\\NTDS\\ntds.dit", signature: 1207338019 }], integrity: "passed", result: 'ok' },
      { kind: "logHeader", lines: [207, 247], fragment: false, command: "esentutl /ml edb0005C.log", mode: "/ml", file: "edb0005C.log", fileSource: "dump", lGeneration: 92, signature: 1207331944, checkpoint: 90, attached: [{ dbid: 1, path: "C:\\Windows\\NTDS\\ntds.dit", signature: 1207338019 }], integrity: "passed", result: 'ok' },
      { kind: "logHeader", lines: [249, 289], fragment: false, command: "esentutl /ml edb0005D.log", mode: "/ml", file: "edb0005D.log", fileSource: "dump", lGeneration: 93, signature: 1207331944, checkpoint: 90, attached: [{ dbid: 1, path: "C:\\Windows\\NTDS\\ntds.dit", signature: 1207338019 }], integrity: "passed", result: 'ok' },
      { kind: "logHeader", lines: [291, 331], fragment: false, command: "esentutl /ml edb.log", mode: "/ml", file: "edb.log", fileSource: "dump", lGeneration: 94, signature: 1207331944, checkpoint: 90, attached: [{ dbid: 1, path: "C:\\Windows\\NTDS\\ntds.dit", signature: 1207338019 }], integrity: "passed", result: 'ok' },
      { kind: "checkpoint", lines: [333, 354], fragment: false, command: "esentutl /mk edb.chk", mode: "/mk", file: "edb.chk", fileSource: "dump", signature: 1207331944, checkpoint: 90, result: 'ok' },
    ],
    commands: [
      { line: 1, kind: 'other', command: 'prompt $G', directory: 'C:\\Windows\\NTDS' },
      { line: 3, kind: 'dir', command: 'dir' },
      { line: 356, kind: 'empty', command: '' },
    ],
    dirListings: [
      {
        lines: [3, 23],
        directory: "C:\\Windows\\NTDS",
        entries: [
        { name: "." },
        { name: ".." },
        { name: "edb.chk", size: 8192 },
        { name: "edb.log", size: 10485760 },
        { name: "edb0005A.log", size: 10485760 },
        { name: "edb0005B.log", size: 10485760 },
        { name: "edb0005C.log", size: 10485760 },
        { name: "edb0005D.log", size: 10485760 },
        { name: "edbres00001.jrs", size: 10485760 },
        { name: "edbres00002.jrs", size: 10485760 },
        { name: "ntds.dit", size: 41943040 },
        { name: "ntds.jfm", size: 65536 },
        { name: "temp.edb", size: 8462336 },
        ],
        fileCount: 11,
        totalBytes: 123879424,
        dirCount: 2,
        freeBytes: 48112467968,
      },
    ],
  },
};

/**
 * Line census (test/tools/line-census.mjs) before issue 16, on the parser of main at 94d7bc2: non-blank
 * lines recognized / unrecognized. `recognized` counts every non-blank line outside an unrecognized
 * range, so a message the parser misreads as `label: value` (the `/a` hint) counts as recognized.
 */
export const CENSUS_BEFORE = {
  samples: { files: 110, lines: 14441, blank: 2752, recognized: 11680, unrecognized: 9 },
  'samples-pending': { files: 20, lines: 2046, blank: 393, recognized: 1550, unrecognized: 103 },
  perPendingSample: {
    '2003-dir-listings': { recognized: 353, unrecognized: 32 },
    '2003-integrity-find-loop': { recognized: 78, unrecognized: 2 },
    '2003-integrity-repair-run': { recognized: 178, unrecognized: 8 },
    '2003-ml-attach-fragments': { recognized: 88, unrecognized: 0 },
    '2010-command-forms': { recognized: 226, unrecognized: 2 },
    '2010-recovery-lossy-hint': { recognized: 218, unrecognized: 3 },
    '55-chksig-find-loop': { recognized: 45, unrecognized: 3 },
    '55-kb-batch-files': { recognized: 44, unrecognized: 24 },
    '55-ml-attach-fragments': { recognized: 53, unrecognized: 1 },
    'esentutl-ad-empty-prompt-dir': { recognized: 267, unrecognized: 28 },
  },
} as const;
