/**
 * The `esereport check --format json` contract (SPEC §6). Names are a public contract;
 * fields may be added.
 */
import type { Finding, FindingRule } from '../rules/types.js';

export type VerdictKind =
  | 'roll-forward'
  | 'roll-forward-partial'
  | 'point-in-time'
  | 'not-restorable'
  | 'undetermined';

/** Worst first: the overall verdict is the worst of the databases' verdicts. */
export const VERDICT_ORDER: readonly VerdictKind[] = [
  'not-restorable',
  'undetermined',
  'point-in-time',
  'roll-forward-partial',
  'roll-forward',
];

/**
 * How every report prints a verdict kind (JSON `label`, text, Markdown, HTML): one vocabulary,
 * so that a script and a reader see the same words. The `kind` ids stay the contract.
 */
export type VerdictLabel = 'ROLL FORWARD' | 'PARTIAL ROLL FORWARD' | 'POINT IN TIME ONLY' | 'NOT RESTORABLE' | 'UNDETERMINED';

export interface GenerationRef {
  /** Decimal generation, e.g. 4815. */
  readonly generation: number;
  /** Upper-case hex without prefix, e.g. `12CF`. */
  readonly hex: string;
  /** File name in the stream's naming era, e.g. `Edb012CF.log`. */
  readonly file: string;
}

export interface DatabaseVerdict {
  readonly kind: VerdictKind;
  /** First generation replayed (the anchor). */
  readonly replayFrom?: number;
  /** Last generation that replays. */
  readonly replayThrough?: number;
  /** Rule ids that decided the verdict. */
  readonly reasons: readonly FindingRule[];
  /** One sentence an administrator can act on (what is lost and why, what capture is missing). */
  readonly explanation: string;
}

/** A verdict as the report carries it: its `kind` and, beside it, the words every format prints. */
export interface LabelledVerdict extends DatabaseVerdict {
  readonly label: VerdictLabel;
}

export interface DatabaseReport {
  /** Database file name as known (e.g. `priv.edb`, or the path's last segment). */
  readonly name: string;
  /** Path recorded in the log stream (where it must be restored), or as given to /mh. */
  readonly path?: string;
  /** State as printed by /mh. */
  readonly state?: string;
  readonly anchor?: GenerationRef;
  readonly logRequired?: { readonly low: number; readonly high: number };
  readonly verdict: LabelledVerdict;
  /** Id of the stream (StreamReport.id) the database belongs to, when known. */
  readonly stream?: string;
}

export type LogStatus =
  | 'ok'
  | 'anchor'
  | 'current'
  | 'missing'
  | 'signature-mismatch'
  | 'ceiling'
  | 'after-gap'
  | 'damaged'
  | 'before-anchor'
  | 'name-mismatch';

export interface StreamLog {
  readonly file: string;
  readonly generation: number;
  readonly status: LogStatus;
  /** The log's own signature text (`Create time:… Rand:… Computer:`), when captured. */
  readonly signature?: string;
  /** Database paths recorded in this log's header, by dbid (pathchk). */
  readonly paths?: readonly { readonly dbid: number; readonly path: string; readonly signature?: string }[];
  /** Where the log's evidence came from. */
  readonly input?: string;
  readonly line?: number;
}

/** Tags a {@link StreamLogList} (jsonChunks writes its members as an array, pulled one run at a time). */
export const STREAM_LOG_LIST: unique symbol = Symbol.for('esereport.StreamLogList');

/**
 * Consecutive entries of `StreamReport.logs` that read alike: consecutive generations, one
 * status, one signature, the same paths (file, input and line differ). The anchor and the current
 * log are runs of one. What the text, Markdown and HTML views fold.
 */
export interface StreamLogRun {
  readonly first: StreamLog;
  /** The entry after `first`, when `count` is at least 2 (a view may set `first` apart). */
  readonly second: StreamLog | undefined;
  readonly last: StreamLog;
  readonly count: number;
}

/**
 * `StreamReport.logs` as `check` makes it (issue 18): the entries are generated from the model
 * when read, never held as one array; the JSON report writes it as the array it stands for.
 */
export interface StreamLogList extends Iterable<StreamLog> {
  readonly [STREAM_LOG_LIST]: true;
  /** Number of entries the iterator yields. */
  readonly length: number;
  /** The entries folded into runs that read alike, in order. */
  runs(): Iterable<StreamLogRun>;
  /** The array itself, for a plain `JSON.stringify` (jsonChunks never calls it). */
  toJSON(): StreamLog[];
}

/** A generated list (`check`), or an array (a report read back from JSON). */
export type StreamLogs = readonly StreamLog[] | StreamLogList;

/** A point in the stream where replay into a database stops (KB Q296787 "Dealing with … Mismatches"). */
export interface StreamEvent {
  readonly generation: number;
  readonly kind: 'path-change' | 'db-signature-change' | 'log-signature-change';
  readonly database?: string;
  readonly from?: string;
  readonly to?: string;
}

export interface StreamReport {
  /** Stable id for file names and links: base name + signature rand, e.g. `E00-715244149`. */
  readonly id: string;
  readonly baseName?: string;
  /** The stream's log signature text. */
  readonly signature?: string;
  /** Number of hex digits in numbered log names (5 or 8; 11 for `E00000012CF.log`-style). */
  readonly digits?: number;
  /**
   * Log statuses ordered by generation; missing generations appear with status `missing`. In
   * JSON an array; in memory generated when read (StreamLogList), so iterate it, do not index it.
   */
  readonly logs: StreamLogs;
  readonly lowAnchor?: GenerationRef;
  readonly replayThrough?: number;
  readonly checkpoint?: GenerationRef;
  readonly events: readonly StreamEvent[];
  /** Names of the databases attached to this stream. */
  readonly databases: readonly string[];
  /**
   * Verdict of a chain checked without a database header (the chksig use, `--anchor FILE`);
   * absent when the stream has databases (their verdicts are in `databases`).
   */
  readonly verdict?: LabelledVerdict;
  /** Where each captured log stands: `logs` counted by status (missing generations included). */
  readonly counts?: Readonly<Partial<Record<LogStatus, number>>>;
}

export type PlanAction =
  | 'stop-service'
  | 'move-aside'
  | 'rename'
  | 'remove-ceiling'
  | 'move-checkpoint'
  | 'restore-database'
  | 'recover'
  | 'start-service'
  | 'isinteg-patch'
  | 'truncate-logs'
  | 'backup'
  | 'capture-more'
  | 'copy-logs'
  | 'caution'
  | 'repair';

export interface PlanStep {
  /** 1-based order. */
  readonly step: number;
  readonly action: PlanAction;
  /**
   * What to do with the real file names: the prose on the first line, then `commands`, one a
   * line — exactly `[prose, ...commands].join('\n')`.
   */
  readonly text: string;
  /**
   * Every command of the step, exactly as it is pasted into cmd.exe (or, for `*-Database`
   * cmdlets, the Exchange Management Shell); empty where the step is done by hand or a name
   * it would need is not in the captures (the prose says so).
   */
  readonly commands: readonly string[];
  readonly files: readonly string[];
}

export interface InputSummary {
  readonly name: string;
  /** Number of dumps recognized. */
  readonly dumps: number;
  /** Number of unrecognized ranges. */
  readonly unrecognized: number;
  /** Number of files its cmd.exe `dir` listings show (issue 16); absent when it holds no listing. */
  readonly listedFiles?: number;
  readonly encoding?: string;
  readonly problem?: string;
}

export interface CheckReport {
  readonly schemaVersion: 1;
  readonly verdict: VerdictKind;
  /** The words of `verdict` (`PARTIAL ROLL FORWARD`), as every format prints them. */
  readonly verdictLabel: VerdictLabel;
  /**
   * The verdict in one line an administrator can act on: the label, what must be fixed first,
   * then what replays and what is lost (`ROLL FORWARD after the fixes in step 2 — …`).
   */
  readonly summary: string;
  /** Findings by severity (ESLint's names), for scripts. */
  readonly errorCount: number;
  readonly warningCount: number;
  readonly infoCount: number;
  /**
   * The plan steps (`PlanStep.step`) that fix error findings (move aside, rename, remove the
   * ceiling, move the checkpoint): the verdict holds only once they are carried out. Empty when
   * the plan needs no fix first.
   */
  readonly fixSteps: readonly number[];
  readonly databases: readonly DatabaseReport[];
  readonly streams: readonly StreamReport[];
  readonly findings: readonly Finding[];
  readonly plan: readonly PlanStep[];
  readonly inputs: readonly InputSummary[];
}
