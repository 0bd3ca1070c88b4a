/**
 * `StreamReport.logs` generated, not stored (issue 18): the report of 100,000 logs never holds
 * 100,000 `StreamLog` objects. Each entry is made from the model's evidence when it is written
 * (JSON: jsonChunks pulls them 16 at a time) and dropped; the views fold `runs()`, whose size
 * follows what is unusual in the stream, not its length.
 *
 * The order is the one `StreamReport.logs` always had (SPEC §6 "ordered by generation; missing
 * generations appear with status `missing`"): the stable sort of `[own logs, intruders, missing]`
 * by generation, then the current log last, then file name (`localeCompare`). Each source is in
 * that order on its own; merging them with ties going to the earlier source gives the same
 * sequence as the stable sort of their concatenation.
 */
import type { LogEvidence } from '../evidence/types.js';
import { STREAM_LOG_LIST, type LogStatus, type StreamLog, type StreamLogList, type StreamLogRun, type StreamLogs } from './types.js';

/** What a stream's log list is generated from (see streamReport). */
export interface StreamLogSource {
  /**
   * The stream's own logs that have a generation, in generation order, logs at one generation in
   * the model's order (`StreamModel.ordered`); iterated once per pass, never copied.
   */
  readonly logs: Iterable<LogEvidence>;
  /** How many `logs` yields. */
  readonly logCount: number;
  /** Logs of another signature among the stream's logs (chksig mismatches), in the model's order. */
  readonly intruders: readonly LogEvidence[];
  /** The status of one of `logs` or `intruders` (SPEC §6, stream-report.ts logStatus). */
  readonly statusOf: (log: LogEvidence) => LogStatus;
  /** Missing generations, inclusive ranges in generation order. */
  readonly missing: readonly (readonly [number, number])[];
  /** At most this many missing generations are listed (the first ones). */
  readonly maxMissing: number;
  /** The file name a missing generation would have. */
  readonly missingFile: (generation: number) => string;
}

type Draft<T> = { -readonly [K in keyof T]: T[K] };

/** The key order of SPEC §6 (the JSON report), optional members only when present. */
export function streamLogOf(log: LogEvidence, status: LogStatus): StreamLog {
  const entry: Draft<StreamLog> = { file: log.file, generation: log.generation!, status };
  if (log.signature) entry.signature = log.signature.text;
  if (log.attachments.length > 0) {
    entry.paths = log.attachments.map((a) => (a.signature ? { dbid: a.dbid, path: a.path, signature: a.signature.text } : { dbid: a.dbid, path: a.path }));
  }
  entry.input = log.input;
  entry.line = log.fileAt.line;
  return entry;
}

/** The current log sorts after a numbered log of its generation (the report's order since SPEC §6). */
const rank = (status: LogStatus): number => (status === 'current' ? 1 : 0);

/** Own logs in report order: `logs` with the logs of one generation sorted by current last, then file name. */
class OwnLogs {
  private readonly iterator: Iterator<LogEvidence>;
  private lookahead: LogEvidence | undefined;
  private group: LogEvidence[] = [];
  private inGroup = 0;

  constructor(
    logs: Iterable<LogEvidence>,
    private readonly statusOf: (log: LogEvidence) => LogStatus,
  ) {
    this.iterator = logs[Symbol.iterator]();
    this.lookahead = this.pull();
  }

  private pull(): LogEvidence | undefined {
    const next = this.iterator.next();
    return next.done === true ? undefined : next.value;
  }

  next(): LogEvidence | undefined {
    if (this.inGroup < this.group.length) return this.group[this.inGroup++];
    const log = this.lookahead;
    if (log === undefined) return undefined;
    this.lookahead = this.pull();
    if (this.lookahead === undefined || this.lookahead.generation !== log.generation) return log;
    // Several logs at one generation (a numbered log and the current log, two copies): rare.
    const group = [log];
    while (this.lookahead !== undefined && this.lookahead.generation === log.generation) {
      group.push(this.lookahead);
      this.lookahead = this.pull();
    }
    group.sort((a, b) => rank(this.statusOf(a)) - rank(this.statusOf(b)) || a.file.localeCompare(b.file));
    this.group = group;
    this.inGroup = 1;
    return group[0];
  }
}

const OWN = 0;
const INTRUDER = 1;
const MISSING = 2;

/**
 * Walks the merged sequence one entry at a time without making its StreamLog: after `advance()`
 * returns true, `log` (undefined for a missing generation), `generation`, `status` and `file`
 * describe the entry.
 */
class MergedEntries {
  log: LogEvidence | undefined;
  generation = 0;
  status: LogStatus = 'ok';
  file = '';

  private readonly own: OwnLogs;
  private ownHead: LogEvidence | undefined;
  private ownStatus: LogStatus = 'ok';
  private readonly intruders: readonly LogEvidence[];
  private intruderAt = 0;
  private missingRange = 0;
  private missingNext: number | undefined;
  private missingLeft: number;

  constructor(
    private readonly source: StreamLogSource,
    sortedIntruders: readonly LogEvidence[],
  ) {
    this.own = new OwnLogs(source.logs, source.statusOf);
    this.intruders = sortedIntruders;
    this.missingLeft = source.maxMissing;
    this.missingNext = source.missing.length > 0 && this.missingLeft > 0 ? source.missing[0]![0] : undefined;
    this.takeOwn();
  }

  private takeOwn(): void {
    this.ownHead = this.own.next();
    if (this.ownHead !== undefined) this.ownStatus = this.source.statusOf(this.ownHead);
  }

  private takeMissing(): void {
    this.missingLeft--;
    const range = this.source.missing[this.missingRange]!;
    if (this.missingLeft <= 0) this.missingNext = undefined;
    else if (this.missingNext! < range[1]) this.missingNext!++;
    else {
      this.missingRange++;
      this.missingNext = this.missingRange < this.source.missing.length ? this.source.missing[this.missingRange]![0] : undefined;
    }
  }

  advance(): boolean {
    // The smallest head by (generation, current last, file name); ties go to the earlier source.
    let pick = -1;
    let generation = 0;
    let status: LogStatus = 'ok';
    let file = '';
    const consider = (kind: number, g: number, s: LogStatus, f: () => string): void => {
      if (pick >= 0) {
        if (g > generation) return;
        if (g === generation) {
          const byRank = rank(s) - rank(status);
          if (byRank > 0) return;
          if (byRank === 0) {
            const name = f();
            if (name.localeCompare(file) >= 0) return;
            pick = kind;
            status = s;
            file = name;
            return;
          }
        }
      }
      pick = kind;
      generation = g;
      status = s;
      file = f();
    };
    const own = this.ownHead;
    if (own !== undefined) consider(OWN, own.generation!, this.ownStatus, () => own.file);
    const intruder = this.intruders[this.intruderAt];
    if (intruder !== undefined) consider(INTRUDER, intruder.generation!, this.source.statusOf(intruder), () => intruder.file);
    const missing = this.missingNext;
    if (missing !== undefined) consider(MISSING, missing, 'missing', () => this.source.missingFile(missing));
    if (pick < 0) return false;
    this.generation = generation;
    this.status = status;
    this.file = file;
    if (pick === OWN) {
      this.log = own;
      this.takeOwn();
    } else if (pick === INTRUDER) {
      this.log = intruder;
      this.intruderAt++;
    } else {
      this.log = undefined;
      this.takeMissing();
    }
    return true;
  }

  /** The current entry as the report writes it. */
  entry(): StreamLog {
    return this.log !== undefined ? streamLogOf(this.log, this.status) : { file: this.file, generation: this.generation, status: 'missing' };
  }
}

/** The anchor and the current log are runs of their own in every view. */
const standsAlone = (status: LogStatus): boolean => status === 'anchor' || status === 'current';

/** A StreamLogList over a stream's evidence (see StreamLogSource). */
export class GeneratedStreamLogList implements StreamLogList {
  readonly #source: StreamLogSource;
  readonly #intruders: readonly LogEvidence[];
  readonly #length: number;

  constructor(source: StreamLogSource) {
    this.#source = source;
    const intruders = source.intruders.filter((log) => log.generation !== undefined);
    // Intruders are few and in capture order: sorted once (stable) into the report's order.
    this.#intruders = intruders.sort(
      (a, b) => a.generation! - b.generation! || rank(source.statusOf(a)) - rank(source.statusOf(b)) || a.file.localeCompare(b.file),
    );
    let missing = 0;
    for (const [first, last] of source.missing) missing += last - first + 1;
    this.#length = source.logCount + this.#intruders.length + Math.min(missing, source.maxMissing);
  }

  get [STREAM_LOG_LIST](): true {
    return true;
  }

  get length(): number {
    return this.#length;
  }

  *[Symbol.iterator](): Iterator<StreamLog> {
    const entries = new MergedEntries(this.#source, this.#intruders);
    while (entries.advance()) yield entries.entry();
  }

  /** Entries counted by status, statuses in order of first use (as `counts` always listed them). */
  statusCounts(): Partial<Record<LogStatus, number>> {
    const counts: Partial<Record<LogStatus, number>> = {};
    const entries = new MergedEntries(this.#source, this.#intruders);
    while (entries.advance()) counts[entries.status] = (counts[entries.status] ?? 0) + 1;
    return counts;
  }

  /** The runs of the generated entries: each entry is made, compared with the one before, and dropped. */
  runs(): Generator<StreamLogRun> {
    return foldRuns(this);
  }

  /** For a plain `JSON.stringify(report)`: the whole array (the CLI never calls it; jsonChunks pulls). */
  toJSON(): StreamLog[] {
    return [...this];
  }
}

export function isStreamLogList(value: unknown): value is StreamLogList {
  return typeof value === 'object' && value !== null && (value as Partial<StreamLogList>)[STREAM_LOG_LIST] === true;
}

function samePaths(a: StreamLog['paths'], b: StreamLog['paths']): boolean {
  if (a === b) return true;
  if (a === undefined || b === undefined || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const p = a[i]!;
    const q = b[i]!;
    if (p.dbid !== q.dbid || p.path !== q.path || p.signature !== q.signature) return false;
  }
  return true;
}

/**
 * Consecutive entries that read alike — same status, next generation, same signature and paths;
 * the anchor and the current log alone — of a generated list or of an array (a report read back
 * from JSON, a test's fixture), holding only a run's first, second and last entries.
 */
function* foldRuns(logs: Iterable<StreamLog>): Generator<StreamLogRun> {
  let first: StreamLog | undefined;
  let second: StreamLog | undefined;
  let previous: StreamLog | undefined;
  let count = 0;
  for (const log of logs) {
    const continues =
      previous !== undefined &&
      log.status === previous.status &&
      log.generation === previous.generation + 1 &&
      !standsAlone(log.status) &&
      log.signature === previous.signature &&
      samePaths(log.paths, previous.paths);
    if (previous !== undefined && !continues) {
      yield { first: first!, second, last: previous, count };
      count = 0;
      second = undefined;
    }
    count++;
    if (count === 1) first = log;
    else if (count === 2) second = log;
    previous = log;
  }
  if (previous !== undefined) yield { first: first!, second, last: previous, count };
}

/**
 * Consecutive entries that read alike (StreamLogRun), in order: what the text, Markdown and HTML
 * views fold, in O(runs) of memory whether the logs are a generated list or an array.
 */
export function streamLogRuns(logs: StreamLogs): Iterable<StreamLogRun> {
  return isStreamLogList(logs) ? logs.runs() : foldRuns(logs);
}
