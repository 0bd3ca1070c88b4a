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
import { memberFile } from '../evidence/log-run.js';
import type { LogEntry, LogEvidence, LogRun } from '../evidence/types.js';
import { STREAM_LOG_LIST, type LogStatus, type StreamLog, type StreamLogList, type StreamLogRun, type StreamLogs } from './types.js';

/** What a stream's log list is generated from (see streamReport). */
export interface StreamLogSource {
  /**
   * The stream's own logs that have a generation, in generation order, logs at one generation in
   * the model's order (`StreamModel.entries`), runs of agreeing logs kept whole: a run's entries
   * are made from its first member, its template and the member's generation, one at a time.
   */
  readonly entries: readonly LogEntry[];
  /** How many logs `entries` hold. */
  readonly logCount: number;
  /** Logs of another signature among the stream's logs (chksig mismatches), in the model's order. */
  readonly intruders: readonly LogEvidence[];
  /** The status of a log of `entries` or `intruders` (SPEC §6, stream-report.ts logStatus). */
  readonly statusOf: (log: LogEvidence) => LogStatus;
  /** The status of a run's member at `generation`: what statusOf says of that member. */
  readonly memberStatus: (run: LogRun, generation: number) => LogStatus;
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

/** The `paths` of the report entries of a log (read-only: one array serves every member of a run). */
function pathsOf(log: LogEvidence): StreamLog['paths'] {
  return log.attachments.map((a) => (a.signature ? { dbid: a.dbid, path: a.path, signature: a.signature.text } : { dbid: a.dbid, path: a.path }));
}

/**
 * Own logs in report order: `entries` with the logs of one generation sorted by current last,
 * then file name. After `next()` returns true, either `log` is a log of its own, or `run` and
 * `generation` name a run's member (no LogEvidence made for it); `status` and `file` describe it.
 * A run's members are the only logs at their generations (src/evidence/streams.ts): never sorted.
 */
class OwnLogs {
  log: LogEvidence | undefined;
  run: LogRun | undefined;
  generation = 0;
  status: LogStatus = 'ok';
  file = '';
  /** The report `paths` of the current run's members (made once per run). */
  runPaths: StreamLog['paths'];

  private at = 0;
  private member = 0;
  private group: LogEvidence[] = [];
  private inGroup = 0;

  constructor(private readonly source: StreamLogSource) {}

  private setLog(log: LogEvidence): void {
    this.log = log;
    this.run = undefined;
    this.generation = log.generation!;
    this.status = this.source.statusOf(log);
    this.file = log.file;
  }

  next(): boolean {
    if (this.inGroup < this.group.length) {
      this.setLog(this.group[this.inGroup++]!);
      return true;
    }
    const entries = this.source.entries;
    const entry = entries[this.at];
    if (entry === undefined) return false;
    if (entry.kind === 'run') {
      if (this.member === 0) this.runPaths = entry.first.attachments.length > 0 ? pathsOf(entry.first) : undefined;
      const generation = entry.first.generation! + this.member;
      this.log = undefined;
      this.run = entry;
      this.generation = generation;
      this.status = this.source.memberStatus(entry, generation);
      this.file = memberFile(entry.template, generation);
      if (++this.member === entry.count) {
        this.member = 0;
        this.at++;
      }
      return true;
    }
    this.at++;
    const following = entries[this.at];
    if (following === undefined || following.kind === 'run' || following.generation !== entry.generation) {
      this.setLog(entry);
      return true;
    }
    // Several logs at one generation (a numbered log and the current log, two copies): rare.
    const group = [entry];
    for (let next = entries[this.at]; next !== undefined && next.kind !== 'run' && next.generation === entry.generation; next = entries[++this.at]) group.push(next);
    group.sort((a, b) => rank(this.source.statusOf(a)) - rank(this.source.statusOf(b)) || a.file.localeCompare(b.file));
    this.group = group;
    this.inGroup = 1;
    this.setLog(group[0]!);
    return true;
  }

}

/**
 * The report entry of a run's member, as streamLogOf makes it of the member (SPEC §6 key order):
 * the first member's signature, paths and input, the line moved down by the run's stride.
 */
function memberEntry(run: LogRun, generation: number, status: LogStatus, file: string, paths: StreamLog['paths']): StreamLog {
  const first = run.first;
  const entry: Draft<StreamLog> = { file, generation, status };
  if (first.signature) entry.signature = first.signature.text;
  if (paths !== undefined) entry.paths = paths;
  entry.input = first.input;
  entry.line = (first.fileAt.line + (generation - first.generation!) * run.lineStride) | 0;
  return entry;
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
  private ownHead = false;
  /** The run whose member the current entry is, and that run's report paths. */
  private run: LogRun | undefined;
  private runPaths: StreamLog['paths'];
  private readonly intruders: readonly LogEvidence[];
  private intruderAt = 0;
  private missingRange = 0;
  private missingNext: number | undefined;
  private missingLeft: number;

  constructor(
    private readonly source: StreamLogSource,
    sortedIntruders: readonly LogEvidence[],
  ) {
    this.own = new OwnLogs(source);
    this.intruders = sortedIntruders;
    this.missingLeft = source.maxMissing;
    this.missingNext = source.missing.length > 0 && this.missingLeft > 0 ? source.missing[0]![0] : undefined;
    this.takeOwn();
  }

  private takeOwn(): void {
    this.ownHead = this.own.next();
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
    const own = this.own;
    if (this.ownHead) consider(OWN, own.generation, own.status, () => own.file);
    const intruder = this.intruders[this.intruderAt];
    if (intruder !== undefined) consider(INTRUDER, intruder.generation!, this.source.statusOf(intruder), () => intruder.file);
    const missing = this.missingNext;
    if (missing !== undefined) consider(MISSING, missing, 'missing', () => this.source.missingFile(missing));
    if (pick < 0) return false;
    this.generation = generation;
    this.status = status;
    this.file = file;
    this.run = undefined;
    if (pick === OWN) {
      this.log = own.log;
      if (own.log === undefined) {
        this.run = own.run;
        this.runPaths = own.runPaths;
      }
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
    if (this.run !== undefined) return memberEntry(this.run, this.generation, this.status, this.file, this.runPaths);
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
