/**
 * The view model: one plain, pre-formatted object built from a CheckReport (SPEC §6), which
 * every reporter and every `--template FILE` prints. Compute in code, print in the template.
 *
 * Conventions a template author can rely on:
 * - every field documented here is always present (templates compile with `strict: true`);
 *   a value that is not known is `null`, a list that is empty is `[]`;
 * - numbers are numbers, everything else is a ready-to-print string: generations read
 *   `4815 (0x12CF)`, ranges `4816–4828 (0x12D0–0x12DC)`;
 * - strings are not escaped: the HTML environment escapes them, the Markdown one escapes them
 *   with the `mdText` / `mdCode` / `mdCell` / `mdCellCode` / `mdFence` / `mdUrl` helpers;
 * - control characters from captures are already shown as `\xNN`.
 */
import { generationHex } from '../domain/log-names.js';
import type { Severity } from '../rules/types.js';
import type {
  CheckReport,
  DatabaseReport,
  GenerationRef,
  LogStatus,
  PlanAction,
  PlanStep,
  StreamLog,
  StreamLogs,
  StreamReport,
  VerdictKind,
} from '../verdict/types.js';
import { visibleOrNull, visibleText } from './captured-text.js';
import { generationRangeText, generationText, logRequiredText, StreamFileNames } from './generation-text.js';
import {
  LOG_RUN_NOTES,
  LOG_STATUS_LABELS,
  LOG_STATUS_TONES,
  PLAN_ACTION_LABELS,
  SEVERITY_LABELS,
  SEVERITY_ORDER,
  SEVERITY_TONES,
  STREAM_EVENT_LABELS,
  type Tone,
  VERDICT_LABELS,
  VERDICT_TONES,
} from './labels.js';
import { foldLogRuns, type LogRun, type LogSegment } from './log-runs.js';
import { streamLogRuns } from '../verdict/stream-log-list.js';
import { sameSignature } from './signature-text.js';
import { countText } from './count-text.js';
import { buildTimeline, type TimelineView } from './timeline.js';
import { fixSteps } from '../verdict/fix-steps.js';
import { groupVerdicts, joinAnd, stepsText, verdictHeadline } from '../verdict/summary.js';

export type { Tone } from './labels.js';
export type { TimelineView } from './timeline.js';

/** Runs of at least this many logs that read the same fold into one row. */
const MIN_FOLDED_RUN = 3;

/** The whole report, as templates see it. */
export interface ReportView {
  readonly schemaVersion: 1;
  /** `esereport: ROLL FORWARD after the fixes in step 2`. */
  readonly title: string;
  readonly verdict: VerdictView;
  /** The databases' verdicts, databases sharing a result in one sentence. */
  readonly verdictGroups: readonly VerdictGroupView[];
  /** Findings per severity. */
  readonly counts: { readonly error: number; readonly warning: number; readonly info: number; readonly total: number };
  /** `2 errors, 1 warning, 3 info`. */
  readonly countsText: string;
  readonly databases: readonly DatabaseRow[];
  readonly streams: readonly StreamView[];
  /** Non-empty groups only, errors first. */
  readonly findingGroups: readonly FindingGroup[];
  readonly plan: readonly PlanStepView[];
  readonly inputs: readonly InputRow[];
  /** `3 inputs, 42 dumps, 1 unrecognized range`. */
  readonly inputsText: string;
}

/** A verdict (overall or one database's) with its words. */
export interface VerdictView {
  readonly kind: VerdictKind;
  /**
   * `ROLL FORWARD`, `PARTIAL ROLL FORWARD`, `POINT IN TIME ONLY`, `NOT RESTORABLE`,
   * `UNDETERMINED`: the JSON report's `label`, word for word.
   */
  readonly label: string;
  /** `after the fixes in steps 2–3` when plan steps must fix errors before the verdict holds; else null. */
  readonly qualifier: string | null;
  /** The label with its qualifier: `ROLL FORWARD after the fixes in step 2`. */
  readonly headline: string;
  /** The plan steps behind `qualifier` (overall verdict only); else `[]`. */
  readonly fixSteps: readonly number[];
  readonly tone: Tone;
  /** The one-line summary without its headline (overall) or the explanation (database). */
  readonly summary: string;
}

/** Databases with the same verdict said in one sentence (`priv.edb and pub.edb replay …`). */
export interface VerdictGroupView {
  readonly kind: VerdictKind;
  readonly label: string;
  readonly tone: Tone;
  readonly names: readonly string[];
  /** `priv.edb and pub.edb`. */
  readonly namesText: string;
  /** The sentence, which names its databases, without a final full stop. */
  readonly sentence: string;
  /** Rule ids that decided the verdict. */
  readonly reasons: readonly string[];
  readonly reasonsText: string;
}

/** A generation with its names: `text` is `4815 (0x12CF)`, `long` adds the file. */
export interface GenerationView {
  readonly generation: number;
  /** Upper-case hex without prefix: `12CF`. */
  readonly hex: string;
  readonly file: string | null;
  readonly text: string;
  /** `4815 (0x12CF) Edb012cf.log`. */
  readonly long: string;
}

/** One row of the databases table. */
export interface DatabaseRow {
  readonly name: string;
  /** Where it must be restored (the path recorded in the log stream). */
  readonly path: string | null;
  /** State as printed by `eseutil /mh`. */
  readonly state: string | null;
  readonly anchor: GenerationView | null;
  /** `4815–4820 (0x12CF–0x12D4)` for a dirty database, else null. */
  readonly logRequired: string | null;
  /** The database's verdict; `summary` is its explanation. */
  readonly verdict: VerdictView;
  readonly replayFrom: GenerationView | null;
  readonly replayThrough: GenerationView | null;
  /** `Edb012cf.log → Edb.log, 4815–4829 (0x12CF–0x12DD)`; `none` when nothing replays; else null. */
  readonly replayRange: string | null;
  /** Rule ids that decided the verdict. */
  readonly reasons: readonly string[];
  readonly reasonsText: string;
  /** Id of its log stream, when known. */
  readonly stream: string | null;
}

/** One log stream: facts, the chksig and pathchk tables, events and the timeline. */
export interface StreamView {
  readonly id: string;
  /** `id` made safe for an HTML id / anchor (`stream-E00-715244149`). */
  readonly htmlId: string;
  /** `Log stream E00`. */
  readonly title: string;
  readonly baseName: string | null;
  /** The stream's log signature, as printed. */
  readonly signature: string | null;
  readonly lowAnchor: GenerationView | null;
  readonly replayThrough: GenerationView | null;
  readonly checkpoint: GenerationView | null;
  readonly databases: readonly string[];
  readonly databasesText: string;
  /** Log files captured (every generation that is not `missing`). */
  readonly logCount: number;
  /** Generations missing from the sequence. */
  readonly missingCount: number;
  /** `4815 (0x12CF) Edb012cf.log … 4829 (0x12DD) Edb.log`, or null without logs. */
  readonly range: string | null;
  /** `13 ok, 1 anchor, 1 current log`: every status with its count, in stream order of first use. */
  readonly statusText: string;
  /** The chksig / sigchk replacement: each log or folded run. */
  readonly signatureRows: readonly SignatureRow[];
  /** Columns of the pathchk table: one per database id seen in log headers. */
  readonly pathColumns: readonly PathColumn[];
  /** The pathchk replacement: each log or folded run, with each database's recorded path. */
  readonly pathRows: readonly PathRow[];
  /** True when at least one log header listed database paths. */
  readonly hasPaths: boolean;
  readonly events: readonly StreamEventView[];
  readonly timeline: TimelineView;
}

/** Shared by signature and path rows: a log, or a folded run of logs. */
export interface LogRowBase {
  /** `4815 (0x12CF)` or `4816–4828 (0x12D0–0x12DC)`. */
  readonly generations: string;
  readonly firstFile: string;
  readonly lastFile: string;
  /** `Edb012cf.log`, or `Edb012d0.log … Edb012dc.log — 13 logs, all match` for a folded run. */
  readonly fileText: string;
  readonly count: number;
  readonly folded: boolean;
  /** For a folded run: `13 logs, all match`; else null. */
  readonly foldNote: string | null;
  readonly status: LogStatus;
  readonly statusLabel: string;
  readonly tone: Tone;
}

/** A row of the per-log signature table (KB Q296787 step 8, chksig.bat). */
export interface SignatureRow extends LogRowBase {
  /** The log's own signature as printed (the first `Signature:` of `/ml`); null when not captured. */
  readonly signature: string | null;
  /** `yes`, `no`, `not captured` or `—` (missing log). */
  readonly matchesAnchor: 'yes' | 'no' | 'not captured' | '—';
  /** `input:line` of the log's header, when known. */
  readonly source: string | null;
}

export interface PathColumn {
  readonly dbid: number;
  /** `1 PRIV.EDB`: the database id and the file name it first shows. */
  readonly label: string;
}

/** A row of the per-log path table (KB Q296787 step 4 and "Dealing with … Path Mismatches"). */
export interface PathRow extends LogRowBase {
  /** One cell per {@link PathColumn}, in the same order. */
  readonly cells: readonly PathCell[];
  /** True when a path differs from the previous log's (replay into that database stops). */
  readonly changed: boolean;
}

export interface PathCell {
  /** The recorded path, or null when this log lists none for the column's database. */
  readonly path: string | null;
  /** What to print: the path, or `—`. */
  readonly text: string;
  /** True when the path differs from the one the previous log recorded for this database. */
  readonly changed: boolean;
}

/** A point where replay into a database stops (path or signature change). */
export interface StreamEventView {
  readonly generation: GenerationView;
  readonly kind: string;
  /** `path change`, `database signature change`, `log signature change`. */
  readonly label: string;
  readonly database: string | null;
  readonly from: string | null;
  readonly to: string | null;
}

export interface FindingGroup {
  readonly severity: Severity;
  /** `Errors`, `Warnings`, `Information`. */
  readonly label: string;
  readonly tone: Tone;
  readonly count: number;
  readonly findings: readonly FindingView[];
}

export interface FindingView {
  readonly rule: string;
  readonly severity: Severity;
  readonly message: string;
  readonly subjects: readonly string[];
  readonly subjectsText: string;
  /** The KB articles and steps behind the finding (`Q296787 roll-forward step 3`); null when it cites none. */
  readonly kb: string | null;
  readonly undetermined: boolean;
  readonly stream: string | null;
  readonly evidence: readonly EvidenceView[];
  /** The evidence as lines `input:line  text`, joined with newlines (for code blocks). */
  readonly evidenceText: string;
}

export interface EvidenceView {
  readonly input: string;
  readonly line: number;
  readonly text: string;
  /** `input:line`. */
  readonly location: string;
  /** `input:line  text`. */
  readonly display: string;
}

export interface PlanStepView {
  readonly step: number;
  readonly action: PlanAction;
  /** `Move aside`, `Rename`, … */
  readonly actionLabel: string;
  /** What to do, one sentence with the real file names. */
  readonly text: string;
  /** The commands to paste, one per line (`ren Edb012d4.log Edb.log`); may be empty. */
  readonly commands: readonly string[];
  readonly files: readonly string[];
}

export interface InputRow {
  readonly name: string;
  readonly dumps: number;
  readonly unrecognized: number;
  readonly encoding: string | null;
  readonly problem: string | null;
}

/** Builds the view model of a report. Pure; the report is not changed. */
export function buildReportView(report: CheckReport): ReportView {
  const streamsById = new Map(report.streams.map((s) => [s.id, s]));
  const namesByStream = new Map(report.streams.map((s) => [s.id, new StreamFileNames(s)]));
  const noStream = new StreamFileNames(undefined);
  const namesFor = (db: DatabaseReport): StreamFileNames =>
    (db.stream !== undefined ? namesByStream.get(db.stream) : undefined) ??
    namesByStream.get(report.streams.find((s) => s.databases.includes(db.name))?.id ?? '') ??
    noStream;

  const counts = { error: 0, warning: 0, info: 0, total: report.findings.length };
  for (const finding of report.findings) counts[finding.severity]++;

  const verdict = overallVerdictView(report);

  const totalDumps = report.inputs.reduce((n, input) => n + input.dumps, 0);
  const totalUnrecognized = report.inputs.reduce((n, input) => n + input.unrecognized, 0);

  return {
    schemaVersion: 1,
    title: `esereport: ${verdict.headline}`,
    verdict,
    verdictGroups: groupVerdicts(report.databases.map((db) => ({ name: db.name, verdict: db.verdict }))).map(
      (group): VerdictGroupView => ({
        kind: group.kind,
        label: VERDICT_LABELS[group.kind],
        tone: VERDICT_TONES[group.kind],
        names: group.names.map(visibleText),
        namesText: visibleText(joinAnd(group.names)),
        // An explanation that does not start with its database says which one it is about.
        sentence: visibleText(
          group.names.some((name) => group.sentence.startsWith(name)) || group.names.length === 0
            ? group.sentence
            : `${joinAnd(group.names)}: ${group.sentence}`,
        ),
        reasons: [...group.reasons],
        reasonsText: group.reasons.join(', '),
      }),
    ),
    counts,
    countsText: countsText(counts),
    databases: report.databases.map((db) => databaseRow(db, namesFor(db))),
    streams: report.streams.map((stream) =>
      streamView(
        stream,
        streamTitle(stream, report.streams),
        report.databases.filter((db) => databaseInStream(db, stream, streamsById)),
        namesByStream.get(stream.id) ?? noStream,
      ),
    ),
    findingGroups: findingGroups(report),
    plan: report.plan.map((step: PlanStep & { readonly commands?: readonly string[] }) => {
      // A plan step is a sentence, then the commands to paste, one per line; a step that lists
      // its commands apart (`commands`, SPEC §6) is printed from that list.
      const [description = '', ...inText] = step.text.split('\n');
      const commands = step.commands ?? inText;
      return {
        step: step.step,
        action: step.action,
        actionLabel: PLAN_ACTION_LABELS[step.action],
        text: visibleText(description),
        commands: commands.filter((c) => c.trim() !== '').map(visibleText),
        files: step.files.map(visibleText),
      };
    }),
    inputs: report.inputs.map((input) => ({
      name: visibleText(input.name),
      dumps: input.dumps,
      unrecognized: input.unrecognized,
      encoding: input.encoding ?? null,
      problem: visibleOrNull(input.problem),
    })),
    inputsText: `${plural(report.inputs.length, 'input')}, ${plural(totalDumps, 'dump')}, ${plural(totalUnrecognized, 'unrecognized range')}`,
  };
}

/**
 * The overall verdict with its words. The steps to carry out first are computed from the
 * findings and the plan rather than read from `report.fixSteps`, so that a report built before
 * that field, or a part of one, names its own steps.
 */
export function overallVerdictView(report: CheckReport): VerdictView {
  const fix = fixSteps(report.verdict, report.findings, report.plan);
  const headline = verdictHeadline(report.verdict, fix);
  return {
    kind: report.verdict,
    label: VERDICT_LABELS[report.verdict],
    qualifier: fix.length > 0 ? `after the fixes in ${stepsText(fix)}` : null,
    headline,
    fixSteps: fix,
    tone: VERDICT_TONES[report.verdict],
    // The summary starts with the headline (`PARTIAL ROLL FORWARD after the fixes in step 2 — …`);
    // every template prints the headline already, so the view carries the rest of the line.
    summary: visibleText(summaryAfterHeadline(report.summary, report.verdict, headline)),
  };
}

function databaseInStream(
  db: DatabaseReport,
  stream: StreamReport,
  streamsById: ReadonlyMap<string, StreamReport>,
): boolean {
  if (db.stream !== undefined && streamsById.has(db.stream)) return db.stream === stream.id;
  return stream.databases.includes(db.name);
}

/** `24,999`: counts of logs read better grouped. */
export function plural(count: number, noun: string): string {
  return `${countText(count)} ${noun}${count === 1 ? '' : 's'}`;
}

function countsText(counts: ReportView['counts']): string {
  return `${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${counts.info} info`;
}

export function generationView(generation: number, file: string | undefined): GenerationView {
  const text = generationText(generation);
  const shownFile = file === undefined ? null : visibleText(file);
  return {
    generation,
    hex: generationHex(generation),
    file: shownFile,
    text,
    long: shownFile === null ? text : `${text} ${shownFile}`,
  };
}

function refView(ref: GenerationRef | undefined): GenerationView | null {
  return ref === undefined ? null : generationView(ref.generation, ref.file);
}

function databaseRow(db: DatabaseReport, names: StreamFileNames): DatabaseRow {
  const from = db.verdict.replayFrom;
  const through = db.verdict.replayThrough;
  const replayFrom = from === undefined ? null : generationView(from, names.fileOf(from));
  const replayThrough = through === undefined ? null : generationView(through, names.fileOf(through));
  let replayRange: string | null = null;
  if (replayFrom && replayThrough) {
    const files = `${replayFrom.file ?? replayFrom.text} → ${replayThrough.file ?? replayThrough.text}`;
    replayRange = `${files}, ${generationRangeText(replayFrom.generation, replayThrough.generation)}`;
  } else if (db.verdict.kind === 'point-in-time' || db.verdict.kind === 'not-restorable') {
    replayRange = 'none';
  }
  return {
    name: visibleText(db.name),
    path: visibleOrNull(db.path),
    state: visibleOrNull(db.state),
    anchor: refView(db.anchor),
    logRequired: db.logRequired ? logRequiredText(db.logRequired) : null,
    verdict: {
      kind: db.verdict.kind,
      label: VERDICT_LABELS[db.verdict.kind],
      qualifier: null,
      headline: VERDICT_LABELS[db.verdict.kind],
      fixSteps: [],
      tone: VERDICT_TONES[db.verdict.kind],
      summary: visibleText(db.verdict.explanation),
    },
    replayFrom,
    replayThrough,
    replayRange,
    reasons: [...db.verdict.reasons],
    reasonsText: db.verdict.reasons.join(', '),
    stream: db.stream ?? null,
  };
}

/**
 * `Log stream Edb`: a stream is named by its base name, never by its internal id; when two
 * streams of the report share a base name, the creation time of the log signature tells them
 * apart (`Log stream E00, signature created 05/17/2004 14:02:10`, as describeStream does).
 */
export function streamTitle(stream: StreamReport, all: readonly StreamReport[]): string {
  const base = visibleText(stream.baseName ?? 'with no base name');
  const title = `Log stream ${base}`;
  if (all.filter((s) => s.baseName === stream.baseName).length < 2) return title;
  if (stream.signature === undefined) return `${title}, signature not captured`;
  const created = /Create time:\s*(.*?)\s*Rand/i.exec(stream.signature)?.[1];
  const rand = /Rand:\s*(\d+)/i.exec(stream.signature)?.[1];
  const parts = [created ? `signature created ${created}` : undefined, rand ? `Rand ${rand}` : undefined].filter(Boolean);
  return parts.length > 0 ? `${title}, ${visibleText(parts.join(', '))}` : `${title}, signature ${visibleText(stream.signature)}`;
}

function streamView(stream: StreamReport, title: string, databases: readonly DatabaseReport[], names: StreamFileNames): StreamView {
  const logs = stream.logs;
  // One pass over the runs of entries that read alike (StreamLogRun): O(runs), not O(logs).
  let first: StreamLog | undefined;
  let last: StreamLog | undefined;
  let hasPaths = false;
  const statusCounts = new Map<LogStatus, number>();
  for (const run of streamLogRuns(logs)) {
    first ??= run.first;
    last = run.last;
    statusCounts.set(run.first.status, (statusCounts.get(run.first.status) ?? 0) + run.count);
    if ((run.first.paths?.length ?? 0) > 0) hasPaths = true;
  }
  const missingCount = statusCounts.get('missing') ?? 0;

  const { columns, rows: pathRows } = pathTable(logs);
  let timeline: TimelineView | undefined;

  return {
    id: stream.id,
    htmlId: `stream-${stream.id.replace(/[^A-Za-z0-9_-]/g, '_')}`,
    title,
    baseName: visibleOrNull(stream.baseName),
    signature: visibleOrNull(stream.signature),
    lowAnchor: refView(stream.lowAnchor),
    replayThrough:
      stream.replayThrough === undefined ? null : generationView(stream.replayThrough, names.fileOf(stream.replayThrough)),
    checkpoint: refView(stream.checkpoint),
    databases: stream.databases.map(visibleText),
    databasesText: stream.databases.length > 0 ? stream.databases.map(visibleText).join(', ') : 'none named',
    logCount: logs.length - missingCount,
    missingCount,
    range:
      first && last
        ? `${generationView(first.generation, first.file).long} … ${generationView(last.generation, last.file).long}`
        : null,
    statusText: [...statusCounts].map(([status, n]) => `${n} ${LOG_STATUS_LABELS[status]}`).join(', '),
    signatureRows: signatureTable(stream),
    pathColumns: columns,
    pathRows,
    hasPaths,
    events: stream.events.map((event) => ({
      generation: generationView(event.generation, names.fileOf(event.generation)),
      kind: event.kind,
      label: STREAM_EVENT_LABELS[event.kind],
      database: visibleOrNull(event.database),
      from: visibleOrNull(event.from),
      to: visibleOrNull(event.to),
    })),
    // Only the HTML report (and a --template that asks) draws the timeline: built when first
    // read, so a text or Markdown report does not lay it out (its label sort alone loads ICU's
    // collation, about 15 ms of a one-dump check, SPEC §9).
    get timeline(): TimelineView {
      return (timeline ??= buildTimeline(stream, databases, names, title));
    },
  };
}

/** Common fields of a row for a single log or a folded run. */
function rowBase(run: LogRun<StreamLog>, note: string): LogRowBase {
  const firstLog = run.first;
  const lastLog = run.last;
  const folded = run.count > 1;
  const foldNote = folded ? `${countText(run.count)} logs, ${note}` : null;
  const firstFile = visibleText(firstLog.file);
  const lastFile = visibleText(lastLog.file);
  return {
    generations: generationRangeText(run.firstGeneration, run.lastGeneration),
    firstFile,
    lastFile,
    fileText: folded ? `${firstFile} … ${lastFile} — ${foldNote}` : firstFile,
    count: run.count,
    folded,
    foldNote,
    status: firstLog.status,
    statusLabel: LOG_STATUS_LABELS[firstLog.status],
    tone: LOG_STATUS_TONES[firstLog.status],
  };
}

function matchesAnchor(log: StreamLog, streamSignature: string | undefined): SignatureRow['matchesAnchor'] {
  if (log.status === 'signature-mismatch') return 'no';
  if (log.status === 'missing') return '—';
  if (log.signature === undefined) return 'not captured';
  if (streamSignature === undefined) return log.status === 'anchor' ? 'yes' : 'not captured';
  return sameSignature(log.signature, streamSignature) ? 'yes' : 'no';
}

/** KB Q296787 step 8: every log's own signature against the anchor log's. */
function signatureTable(stream: StreamReport): SignatureRow[] {
  // A stream repeats one signature text thousands of times: compare each distinct text once.
  const bySignature = new Map<string, SignatureRow['matchesAnchor']>();
  const match = (log: StreamLog): SignatureRow['matchesAnchor'] => {
    if (log.signature === undefined || log.status === 'signature-mismatch') return matchesAnchor(log, stream.signature);
    const key = `${log.status === 'anchor' ? 'a' : 'l'}${log.signature}`;
    let result = bySignature.get(key);
    if (result === undefined) {
      result = matchesAnchor(log, stream.signature);
      bySignature.set(key, result);
    }
    return result;
  };
  const runs = foldLogRuns(
    streamLogRuns(stream.logs),
    (log) => log.generation,
    (log) =>
      log.status === 'anchor' || log.status === 'current'
        ? null
        : `${log.status}|${match(log)}|${log.signature ?? ''}`,
    MIN_FOLDED_RUN,
  );
  return runs.map((run) => {
    const firstLog = run.first;
    const matches = match(firstLog);
    const note =
      firstLog.status === 'ok' && matches === 'yes'
        ? 'all match'
        : firstLog.status === 'ok' && matches === 'not captured'
          ? 'signatures not captured'
          : LOG_RUN_NOTES[firstLog.status];
    return {
      ...rowBase(run, note),
      signature: visibleOrNull(firstLog.signature),
      matchesAnchor: matches,
      source: firstLog.input !== undefined ? `${visibleText(firstLog.input)}:${firstLog.line ?? '?'}` : null,
    };
  });
}

/** A log of the path table: its path per column, and whether one differs from the last recorded. */
interface PathEntry {
  readonly log: StreamLog;
  readonly paths: readonly (string | undefined)[];
  readonly changedAt: readonly boolean[];
  readonly changed: boolean;
}

/** KB Q296787 step 4 (pathchk): the path each log header records for each database. */
function pathTable(logs: StreamLogs): { columns: PathColumn[]; rows: PathRow[] } {
  const columnByDbid = new Map<number, PathColumn>();
  for (const run of streamLogRuns(logs)) {
    // Every entry of a run records the same paths: its first tells them.
    for (const attached of run.first.paths ?? []) {
      if (!columnByDbid.has(attached.dbid)) {
        const name = attached.path.slice(Math.max(attached.path.lastIndexOf('\\'), attached.path.lastIndexOf('/')) + 1);
        columnByDbid.set(attached.dbid, { dbid: attached.dbid, label: visibleText(`${attached.dbid} ${name}`) });
      }
    }
  }
  const columns = [...columnByDbid.values()].sort((a, b) => a.dbid - b.dbid);

  // Windows paths are case-insensitive: `d:\MDBDATA` and `D:\mdbdata` are the same place.
  const lastPath = new Map<number, string>();
  const unchanged = columns.map(() => false);
  /**
   * The runs as path-table entries. Inside a run the paths stay the same, so only its first entry
   * can record a change; such a first entry is set apart (a change is a row of its own).
   */
  function* pathSegments(): Generator<LogSegment<PathEntry>> {
    for (const run of streamLogRuns(logs)) {
      const paths = columns.map((column) => run.first.paths?.find((p) => p.dbid === column.dbid)?.path);
      const changedAt = paths.map((path, i) => {
        if (path === undefined) return false;
        const dbid = columns[i]!.dbid;
        const previous = lastPath.get(dbid);
        lastPath.set(dbid, path);
        return previous !== undefined && previous.toLowerCase() !== path.toLowerCase();
      });
      const changed = changedAt.includes(true);
      const entry = (log: StreamLog, changedHere: boolean): PathEntry =>
        changedHere ? { log, paths, changedAt, changed: true } : { log, paths, changedAt: unchanged, changed: false };
      if (changed && run.count > 1) {
        const firstEntry = entry(run.first, true);
        yield { first: firstEntry, second: undefined, last: firstEntry, count: 1 };
        const rest = entry(run.second!, false);
        yield { first: rest, second: run.count > 3 ? undefined : run.count === 3 ? entry(run.last, false) : undefined, last: run.count === 2 ? rest : entry(run.last, false), count: run.count - 1 };
      } else {
        const firstEntry = entry(run.first, changed);
        const lastEntry = run.count === 1 ? firstEntry : entry(run.last, false);
        yield { first: firstEntry, second: run.count === 2 ? lastEntry : undefined, last: lastEntry, count: run.count };
      }
    }
  }

  const runs = foldLogRuns(
    pathSegments(),
    (entry) => entry.log.generation,
    (entry) =>
      entry.changed || entry.log.status === 'anchor' || entry.log.status === 'current'
        ? null
        : `${entry.log.status}|${entry.paths.map((p) => (p ?? '').toLowerCase()).join('|')}`,
    MIN_FOLDED_RUN,
  );
  const rows = runs.map((run): PathRow => {
    const firstEntry = run.first;
    const base = rowBase(
      { first: run.first.log, last: run.last.log, count: run.count, firstGeneration: run.firstGeneration, lastGeneration: run.lastGeneration },
      firstEntry.log.status === 'missing'
        ? 'missing'
        : firstEntry.paths.every((p) => p === undefined)
          ? 'no paths listed'
          : 'same paths',
    );
    const cells = firstEntry.paths.map((path, i): PathCell =>
      path === undefined
        ? { path: null, text: '—', changed: false }
        : { path: visibleText(path), text: visibleText(path), changed: firstEntry.changedAt[i] === true },
    );
    return { ...base, cells, changed: firstEntry.changed };
  });
  return { columns, rows };
}

function findingGroups(report: CheckReport): FindingGroup[] {
  return SEVERITY_ORDER.map((severity) => {
    const findings = report.findings
      .filter((f) => f.severity === severity)
      .map((f): FindingView => {
        const evidence = f.evidence.map((e): EvidenceView => {
          const location = `${visibleText(e.input)}:${e.line}`;
          const text = visibleText(e.text);
          return { input: visibleText(e.input), line: e.line, text, location, display: `${location}  ${text}` };
        });
        return {
          rule: f.rule,
          severity: f.severity,
          message: visibleText(f.message),
          subjects: f.subjects.map(visibleText),
          subjectsText: f.subjects.map(visibleText).join(', '),
          kb: kbReference(f.kb),
          undetermined: f.undetermined === true,
          stream: f.stream ?? null,
          evidence,
          evidenceText: evidence.map((e) => e.display).join('\n'),
        };
      });
    return {
      severity,
      label: SEVERITY_LABELS[severity],
      tone: SEVERITY_TONES[severity],
      count: findings.length,
      findings,
    };
  }).filter((group) => group.count > 0);
}

/** The summary line after its headline: `LABEL[ after the fixes in …] — ` is printed apart. */
export function summaryAfterHeadline(summary: string, kind: VerdictKind, headline: string): string {
  for (const prefix of [`${headline} — `, `${VERDICT_LABELS[kind]} — `]) {
    if (summary.startsWith(prefix)) return summary.slice(prefix.length);
  }
  // A report from before the labels were one vocabulary, or a part of one.
  const legacy = /^[A-Z][A-Z ]+ — /.exec(summary);
  return legacy ? summary.slice(legacy[0].length) : summary;
}

/**
 * The references a finding cites that a reader can look up: KB articles and their steps, and the
 * eseutil format notes. SPEC sections are this project's own design, not something to print
 * (the unrecognized-input finding cites only `SPEC §3`); null when nothing is left.
 */
export function kbReference(kb: string): string | null {
  const parts = kb
    .split(';')
    .map((part) => part.trim())
    .filter((part) => part !== '' && !/^SPEC\b/i.test(part));
  return parts.length > 0 ? visibleText(parts.join('; ')) : null;
}
