/**
 * Compact evidence of a capture set: what each dump says about a database, a log, a checkpoint
 * or a checksum run, with the input line every fact came from. Built dump by dump by
 * EvidenceCollector; the AST itself is not kept (SPEC §9: 100,000 log dumps in memory).
 */
import type { BinaryHeaderEvidence } from './binary-headers.js';
import type { FileSource, InputProblem, JetErrorRef, StateKind, Tool } from '../ast/types.js';
import type { LogFileKind } from '../domain/log-names.js';
import type { RunTemplate } from './log-run.js';

/** A line of input that backs a fact (and the findings on it): the numbers compared and where they were printed. */
export interface EvidenceLine {
  /** Input name (file path or `<stdin>`). */
  readonly input: string;
  /** 1-based line number. */
  readonly line: number;
  /** The line as printed (trimmed). */
  readonly text: string;
}

/**
 * A signature (`Create time:… Rand:… Computer:`, ese-format §0.6), interned: every log of one
 * stream shares the same object. `key` is the normalized comparison form (date as numbers, rand,
 * computer), so a padded 2003 date and an unpadded 5.5 date of the same instant compare equal.
 */
export interface SignatureRef {
  readonly key: string;
  readonly text: string;
  readonly rand: number;
}

/** A generation as a log position prints it (`(4815,7337,362)` or `(0x12CF,1CA9,16A)`). */
export interface PositionRef {
  readonly generation: number;
  readonly radix: 10 | 16;
  readonly text: string;
  readonly at: EvidenceLine;
}

export interface InputEvidence {
  readonly name: string;
  readonly encoding?: string;
  readonly lineEnding?: string;
  readonly problem?: InputProblem;
  dumps: number;
  readonly unrecognized: UnrecognizedEvidence[];
}

export interface UnrecognizedEvidence {
  readonly input: string;
  readonly startLine: number;
  readonly endLine: number;
  /** First line of the range (trimmed, cut to 200 characters). */
  readonly firstLine: string;
}

/** A database listed in a log or checkpoint header (`1 d:\MDBDATA\PRIV.EDB` + its block). */
export interface AttachmentEvidence {
  readonly dbid: number;
  /** Path as recorded in the log (where replay looks for the database, Q296787 step 4). */
  readonly path: string;
  /** Last segment of the path, lower-cased, to join with /mh dumps. */
  readonly nameKey: string;
  readonly signature?: SignatureRef;
  readonly at: EvidenceLine;
  readonly signatureAt?: EvidenceLine;
}

export interface CircularLoggingEvidence {
  readonly env?: boolean;
  readonly currentFile?: boolean;
  readonly pastFiles?: boolean;
  readonly at: EvidenceLine;
}

/** A log eseutil's stream check found wrong (ese-format §3: -530, -513, -501). */
export interface StreamCheckFault {
  readonly kind: 'log-signature-mismatch' | 'name-generation-mismatch' | 'log-damaged';
  readonly at: EvidenceLine;
}

/**
 * Where a log's existence, name and generation are known from: its `/ml` header, eseutil's stream
 * check, or a KB batch file's output naming it (chksig.bat, sigchk.bat, pathchk.bat; issue 16).
 */
export type LogSource = 'logHeader' | 'streamCheck' | 'batchCheck';

/** One log file, from `eseutil /ml FILE` and/or a line of `eseutil /ml E00`. */
export interface LogEvidence {
  /** File name without directory, as printed (or as the prompt / input name gave it). */
  readonly file: string;
  /** Lower-cased file name: file names compare case-insensitively. */
  readonly fileKey: string;
  readonly fileSource: FileSource | 'streamCheck' | 'lGeneration' | 'batchCheck';
  readonly kind: LogFileKind;
  readonly baseName?: string;
  /** Generation encoded in a numbered log's file name. */
  readonly nameGeneration?: number;
  readonly digits?: number;
  /** The log's true generation: lGeneration when printed, else from a numbered name. */
  generation?: number;
  /** True when `generation` comes from the header's lGeneration (not guessed from the name). */
  generationFromHeader: boolean;
  /** The log's own signature (its first `Signature:` line, Q296787 step 3). */
  signature?: SignatureRef;
  attachments: AttachmentEvidence[];
  circularLogging?: CircularLoggingEvidence;
  /** `failed`: integrity check failed, ERROR: Log damaged, CORRUPTION DETECTED, -501. */
  integrity?: 'passed' | 'failed';
  damageAt?: EvidenceLine;
  reservedLogFile?: boolean;
  /**
   * What eseutil's own stream check (`eseutil /ml E00`, ese-format §3) said is wrong with this
   * log: an `ERROR:` line under it, or the `-530` / `-513` / `-501` footer of a check whose last
   * listed log has no ` - OK`; or chksig.bat's `SIGNATURE MATCHING FAILED FOR <log>!` (Q296787
   * step 8), the same -530 fact found by the KB's batch file. The replay chain stops before it as
   * if its header had shown it.
   */
  streamCheckFault?: StreamCheckFault;
  /**
   * The folder the log file was in (lower case, no trailing `\`): the directory of a full path
   * printed by the dump, else the prompt's working directory, else `Env LogFilePath`. Two log sets
   * of one base name in different folders (5.5 MDBDATA and DSADATA) are different streams.
   */
  folder?: string;
  readonly input: string;
  readonly sources: LogSource[];
  /** The line that names the file (or the dump's first line). */
  fileAt: EvidenceLine;
  generationAt?: EvidenceLine;
  signatureAt?: EvidenceLine;
  readonly tool?: Tool;
  /** Radix of log positions in this dump: 10 in 5.5 output, 16 later. */
  radix?: 10 | 16;
  /** The folder the log was in when dumped (absolute path given, prompt directory, stream check path). */
  directory?: string;
  /** `Env SystemPath:` of the log's header: the working path that holds the checkpoint. */
  envSystemPath?: string;
  /** `Env LogFilePath:` of the log's header: the stream's transaction log path. */
  envLogFilePath?: string;
}

export interface DatabaseEvidence {
  /** Last segment of the path as printed (`priv.edb`); `unknown database` when not printed. */
  readonly name: string;
  readonly nameKey: string;
  /** The path as given to /mh (`Database:` line or command). */
  readonly path?: string;
  readonly fileType?: string;
  readonly state?: string;
  readonly stateKind?: StateKind;
  readonly stateAt?: EvidenceLine;
  readonly dbSignature?: SignatureRef;
  readonly dbSignatureAt?: EvidenceLine;
  readonly logSignature?: SignatureRef;
  readonly logSignatureAt?: EvidenceLine;
  readonly lastConsistent?: PositionRef;
  readonly logRequired?: { readonly low: number; readonly high: number; readonly at: EvidenceLine };
  readonly logCommitted?: { readonly low: number; readonly high: number; readonly at: EvidenceLine };
  readonly repairCount?: number;
  readonly repairCountAt?: EvidenceLine;
  readonly dbid?: number;
  readonly input: string;
  readonly at: EvidenceLine;
  readonly tool?: Tool;
  readonly fragment: boolean;
  /** The folder the database file was in when dumped (absolute path given, or the prompt's directory). */
  readonly directory?: string;
  /** The `| find` filter the capture went through (`consistent`): other lines were cut (Q296787 step 2). */
  readonly findFilter?: string;
}

export interface CheckpointEvidence {
  /** `edb.chk`, or the file named by the prompt. */
  readonly file: string;
  /**
   * Directory + file when the prompt showed the working directory (`E:\exchsrvr\mdbdata\edb.chk`),
   * or when a `dir` listing of that folder shows the file.
   */
  readonly path: string;
  /**
   * The `dir` listing line that shows the file (issue 16). A checkpoint known only from a listing
   * (no `eseutil /mk` captured) has no position: it is there, where it points is not known.
   */
  readonly listedAt?: EvidenceLine;
  readonly checkpoint?: PositionRef;
  readonly signature?: SignatureRef;
  readonly signatureAt?: EvidenceLine;
  readonly input: string;
  readonly at: EvidenceLine;
}

/**
 * A file a cmd.exe `dir` listing shows (issue 16): it exists in that folder, with that size. The
 * listing is no eseutil output; it says which files are where: `Res1.log` in the log folder,
 * `E00.chk` in the working path, a 0-byte log, `priv1.stm` beside `priv1.edb`.
 */
export interface ListedFileEvidence {
  /** The name as printed. */
  readonly file: string;
  /** Lower-cased file name: file names compare case-insensitively. */
  readonly fileKey: string;
  /** The folder of the listing's ` Directory of` line, as printed; absent when it was not captured. */
  readonly directory?: string;
  /** `directory` as a comparison key (lower case, no trailing `\`), as LogEvidence.folder. */
  readonly folder?: string;
  /** Bytes. */
  readonly size: number;
  /** A log-family name (numbered, current, reserve, temp: ese-format §7.2), else absent. */
  readonly logKind?: LogFileKind;
  readonly baseName?: string;
  /** Generation a numbered log's name encodes. */
  readonly nameGeneration?: number;
  /** The entry line. */
  readonly at: EvidenceLine;
}

export interface ChecksumEvidence {
  readonly file: string;
  readonly nameKey: string;
  readonly pagesSeen?: number;
  readonly badChecksums?: number;
  readonly wrongPageNumbers?: number;
  readonly uninitializedPages?: number;
  readonly pageErrorCount: number;
  /** The summary lines (`3 bad checksums`) and the first page errors. */
  readonly lines: readonly EvidenceLine[];
  readonly input: string;
  readonly at: EvidenceLine;
}

/** A line of `eseutil /ml E00` that reports a problem (ese-format §3). */
export interface StreamCheckProblem {
  readonly kind: 'error' | 'missing';
  readonly file?: string;
  readonly at: EvidenceLine;
  /** Missing generations (for `Missing log file(s)` lines). */
  readonly first?: number;
  readonly last?: number;
}

export interface StreamCheckEvidence {
  readonly baseName?: string;
  readonly logFiles: readonly string[];
  readonly problems: readonly StreamCheckProblem[];
  readonly noDamage: boolean;
  readonly input: string;
  readonly at: EvidenceLine;
}

/** A dump that ended in `Operation terminated with error -N` (any kind of dump). */
export interface ErrorFooterEvidence {
  readonly dumpKind: string;
  readonly mode?: string;
  readonly file?: string;
  /** Absent for `Operation terminated unsuccessfully` (no code printed). */
  readonly error?: JetErrorRef;
  readonly input: string;
  readonly at: EvidenceLine;
}

/**
 * Consecutive generations of one stream whose `eseutil /ml` dumps agree in everything but the
 * generation, captured one after the other in one input (issue 18; src/evidence/log-run.ts):
 * kept as the first member, a count and a line stride. `memberOf` rebuilds any member, and is
 * the only place that knows how. A member is numbered, read from its header, undamaged, never
 * captured twice and never at a generation another log of its group holds.
 */
export interface LogRun {
  readonly kind: 'run';
  /** The first member, kept whole: every member reads like it with another generation. */
  readonly first: LogEvidence;
  /** Members, ≥ 2 (a run of one is its LogEvidence). */
  readonly count: number;
  /** fileAt.line of member i = first.fileAt.line + i × lineStride; every other line keeps its offset from fileAt. */
  readonly lineStride: number;
  /** first.generation + count − 1. */
  readonly lastGeneration: number;
  /** How the two texts that change from member to member are rebuilt. */
  readonly template: RunTemplate;
}

/** One log, or a run of agreeing logs. */
export type LogEntry = LogEvidence | LogRun;

/** Logs sharing one own signature (semantics: "a log stream"). */
export interface LogGroup {
  readonly signature?: SignatureRef;
  readonly baseName?: string;
  /** The group's logs in generation order (numbered before current at one generation, then as captured), runs folded. */
  readonly entries: LogEntry[];
}

export interface Evidence {
  readonly inputs: readonly InputEvidence[];
  /** Logs grouped by their own log signature; unsigned logs join the one group of their base name. */
  readonly logGroups: readonly LogGroup[];
  /** Res1.log, Res2.log, *.jrs, E00tmp.log: never backed up nor replayed. */
  readonly reservedLogs: readonly LogEvidence[];
  readonly databases: readonly DatabaseEvidence[];
  readonly checkpoints: readonly CheckpointEvidence[];
  readonly checksums: readonly ChecksumEvidence[];
  readonly streamChecks: readonly StreamCheckEvidence[];
  readonly errorFooters: readonly ErrorFooterEvidence[];
  /** Two different captures of one file name (kept apart, both shown). */
  readonly conflictingCaptures: readonly (readonly [LogEvidence, LogEvidence])[];
  /** Dumps read from ESE files themselves (src/binary/): what only their bytes tell. */
  readonly binaryHeaders?: readonly BinaryHeaderEvidence[];
  /** The files `dir` listings show (issue 16), in capture order; absent when no listing was captured. */
  readonly listedFiles?: readonly ListedFileEvidence[];
}
