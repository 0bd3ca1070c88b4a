/**
 * The restore model (issue 15): log streams with their databases, anchors and replay chains, as
 * the shared restore semantics read them from the evidence (KB Q296787 "Roll Forward" steps 2–9,
 * Q237767, Q183380). Read-only data built once by buildRestoreModel (./build.ts); the rules judge
 * it, the verdict, the plan and the stream report read it. Nothing here changes after the build.
 */
import type {
  AttachmentEvidence,
  CheckpointEvidence,
  ChecksumEvidence,
  DatabaseEvidence,
  EvidenceLine,
  ListedFileEvidence,
  LogEntry,
  LogEvidence,
  SignatureRef,
  StreamCheckEvidence,
} from '../evidence/types.js';

export interface ModelOptions {
  /** `--anchor FILE` (chksig.bat edb012cf.log): the anchor of a chain checked without /mh. */
  readonly anchorFile?: string;
}

/** The log naming eras of ese-format §7.2. */
export type Era = 'exchange55' | 'exchange2000' | 'exchange2007' | 'windows';

export interface StreamNaming {
  readonly baseName: string;
  readonly digits: 5 | 8;
  readonly hexCase: 'lower' | 'upper';
  readonly era: Era;
}

/** What names a generation: a stream, or the era alone for a database whose logs were not captured. */
export interface NamedStream {
  readonly naming: StreamNaming;
  /** Logs present, by generation (the first one is the name shown). */
  readonly logAt: (generation: number) => LogEvidence | undefined;
}

/** Where a replay chain stops (semantics: "It stops before the first …"). */
export interface ChainStop {
  readonly kind: 'generation-gap' | 'log-signature-mismatch' | 'log-damaged' | 'name-generation-mismatch';
  /** The generation that cannot replay. */
  readonly generation: number;
  /** The foreign or damaged log at that generation. */
  readonly log?: LogEvidence;
  /** For a gap: the last missing generation of the gap. */
  readonly missingThrough?: number;
}

export interface Chain {
  readonly from: number;
  /** Last generation that replays; `from - 1` when even the anchor cannot replay. */
  readonly through: number;
  readonly stop?: ChainStop;
  /**
   * The log chosen at each generation from..through, as entries: a run of agreeing logs is kept
   * whole, cut where the chain starts or ends inside it (no member listed one by one).
   */
  readonly entries: readonly LogEntry[];
}

/** Replay into one database stops where the log stream records a change for it (Q183380, pathchk). */
export interface DatabaseChange {
  readonly kind: 'db-signature-change' | 'path-change';
  readonly generation: number;
  readonly log: LogEvidence;
  readonly from: string;
  readonly to: string;
  readonly before: EvidenceLine;
  readonly after: EvidenceLine;
}

/** A change the stream records for a database that has no /mh capture, by the attachment's file name. */
export interface AttachmentChange {
  readonly name: string;
  readonly change: DatabaseChange;
}

/** The attachment entry a log records for a database, and that log. */
export interface RecordedAttachment {
  readonly attachment: AttachmentEvidence;
  readonly log: LogEvidence;
}

export interface DatabaseModel {
  readonly db: DatabaseEvidence;
  readonly stream?: StreamModel;
  /** false: the database's Log Signature is not the signature of the logs it was joined to. */
  readonly logSignatureMatch?: boolean;
  /** clean → Last Consistent generation; dirty → low end of Log Required (Q296787 step 2). */
  readonly anchor?: number;
  readonly anchorFrom?: 'lastConsistent' | 'logRequired';
  readonly anchorLog?: LogEvidence;
  /** A log of another stream sitting at the anchor generation. */
  readonly foreignAnchorLog?: LogEvidence;
  readonly chain?: Chain;
  /** The attachment entry for this database in the anchor log (or the next log listing it). */
  readonly recorded?: RecordedAttachment;
  readonly dbSignatureMatch?: boolean;
  readonly change?: DatabaseChange;
  readonly replayThrough?: number;
  /** Dirty database: Log Required generations not present (or not replayable). */
  readonly requiredMissing: readonly number[];
  /**
   * Dirty database: generations above Log Required's high end up to Log Committed's high end
   * (ese-format §1.5) that are not present or do not replay. Not needed for consistency, but
   * needed to lose nothing: non-empty means a lossy recovery (`eseutil /r … /a`, -582).
   */
  readonly committedMissing?: readonly number[];
  readonly requiredSatisfied?: boolean;
  readonly checksums: readonly ChecksumEvidence[];
  /**
   * Clean database whose `Last Consistent` is `(0x0,0,0)` / `(0,0,0)`: a captured value, not a
   * missing one. It was repaired (eseutil /p) or never shut down cleanly with a log stream; its log
   * signature was reset, so no log can replay into it (Q183380): point-in-time only.
   */
  readonly lastConsistentZero?: boolean;
  /**
   * Logs from this database's anchor on written with circular logging on (`Env CircLog` on or
   * `Circular Logging Flag (current file): on`, ese-format §2.4). The `(past files)` flag is
   * history and never counts here. Decides point-in-time for a clean copy only: soft recovery of
   * a dirty database replays its Log Required logs whatever circular logging says. Runs kept whole.
   */
  readonly circularLogs: readonly LogEntry[];
  /**
   * The other half of an Exchange 2000/2003 store: `priv1.stm` for `priv1.edb` and back (same
   * folder and base name). The two are one unit: a damaged half makes the store not restorable;
   * each keeps its own file name and path (the logs record only the `.edb`).
   */
  readonly partner?: DatabaseModel;
  /**
   * An `.edb` with no `.stm` header captured whose folder a `dir` listing shows holding its
   * streaming file (`priv1.stm` beside `priv1.edb`, issue 16): the store's other half, to restore with it.
   */
  readonly listedStreamingFile?: ListedFileEvidence;
  /**
   * Whether this database replays logs (roll-forward, partial roll-forward or soft recovery) —
   * false for a point-in-time, not-restorable or undetermined one. The plan restores the
   * databases that do not replay only after replay has run.
   */
  readonly replays: boolean;
}

export type CurrentLogProblem = 'wrong-generation' | 'missing';

export interface StreamModel extends NamedStream {
  readonly id: string;
  readonly signature?: SignatureRef;
  /**
   * Logs with the stream's own signature (plus unsigned captures joined by base name), in
   * generation order (at one generation the numbered log first, then as captured; logs without
   * a generation last), runs of agreeing logs kept whole (issue 18): an archive has 100,000 logs
   * (SPEC §9) and the model's size follows what is unusual in them, not their number. Read them
   * with the helpers of ./entries.ts (binary search, at most the members asked for made).
   */
  readonly entries: readonly LogEntry[];
  /** How many logs `entries` hold. */
  readonly logCount: number;
  /** Logs of another signature found among this stream's logs (same base name): chksig mismatches. */
  readonly intruders: readonly LogEvidence[];
  readonly highest?: number;
  readonly lowest?: number;
  readonly databases: readonly DatabaseModel[];
  readonly checkpoints: readonly CheckpointEvidence[];
  readonly streamChecks: readonly StreamCheckEvidence[];
  /** The log named by --anchor, when it is in this stream. */
  readonly anchorFileLog?: LogEvidence;
  readonly lowAnchor?: number;
  /** Database names (or the --anchor file) whose anchor is the low anchor. */
  readonly lowAnchorOf: readonly string[];
  readonly chain?: Chain;
  /** Last generation that will replay into any database: the log that is or becomes the current log. */
  readonly replayThrough?: number;
  /** True when at least one database (or the --anchor chain) replays logs. */
  readonly rollsForward: boolean;
  /** The current log (`Edb.log`/`E00.log`) that may stay: lGeneration = chain's last + 1. */
  readonly validCurrentLog?: LogEvidence;
  /** Current logs of this stream that must be moved aside (Q296787 step 6). */
  readonly wrongCurrentLogs: readonly LogEvidence[];
  /** The numbered log to rename to the current log name (Q296787 step 7). */
  readonly renameToCurrent?: LogEvidence;
  /** Logs above the (renamed) current log (Q296787 step 7 CRITICAL NOTE), runs kept whole. */
  readonly ceilingLogs: readonly LogEntry[];
  /**
   * Logs a dirty database's soft recovery needs (Log Required through Log Committed, ese-format
   * §1.5) that cannot replay because an earlier generation is missing or bad. Not ceiling logs:
   * they are the committed data the lossy recovery (`eseutil /r … /a`) gives up; move them aside
   * (keep them) before it runs, so recovery ends at the chain's last log. Runs kept whole.
   */
  readonly strandedLogs: readonly LogEntry[];
  /**
   * True when replay in this stream is soft recovery of a dirty database (Q237767 Notes): no log
   * of it may be renamed (`renameToCurrent` stays unset) and the logs it needs are never ceiling.
   */
  readonly softRecovery: boolean;
  /**
   * Logs from the low anchor on (all logs when there is none) whose current setting shows circular
   * logging on (`Env CircLog`, `Circular Logging Flag (current file)`, ese-format §2.4), runs
   * kept whole (circular logging is the same in every member).
   */
  readonly circularLogs: readonly LogEntry[];
  /**
   * Logs whose only circular-logging flag on is `Circular Logging Flag (past files)`: history
   * (ESE keeps it on in every later header once circular logging was ever on), an info only.
   * Runs kept whole.
   */
  readonly circularHistoryLogs: readonly LogEntry[];
  /** The databases of this stream that replay logs (DatabaseModel.replays), in capture order. */
  readonly replaying: readonly DatabaseModel[];
  /**
   * The databases of this stream into which no log replays: point-in-time ones, and those that are
   * not restorable or undetermined. None of them may be in place while replay runs for `replaying`.
   */
  readonly pointInTime: readonly DatabaseModel[];
  /**
   * Signature and path changes the stream records for databases that have no /mh capture
   * (pathchk / sigchk over logs alone), in generation order, one per attachment name.
   */
  readonly attachmentChanges: readonly AttachmentChange[];
  /** Log files of this stream a `dir` listing shows empty or at the wrong size: no log data to replay. */
  readonly wrongSizeLogs: readonly WrongSizeLog[];
}

/** A log file a `dir` listing shows at a size no log of its stream has (issue 16, src/model/listed-files.ts). */
export interface WrongSizeLog {
  readonly listed: ListedFileEvidence;
  /** The size the stream's other listed logs share, when they agree on one ESE writes (ese-format §7.2). */
  readonly expectedSize?: number;
}

export interface RestoreModel {
  readonly streams: readonly StreamModel[];
  readonly databases: readonly DatabaseModel[];
  /** Checkpoints that match no stream. */
  readonly strayCheckpoints: readonly CheckpointEvidence[];
  readonly options: ModelOptions;
}
