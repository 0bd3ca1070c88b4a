/**
 * `--out-dir` (SPEC §1.3, §7 batch): one report per log stream plus an index. A stream's report
 * is the CheckReport sliced by StreamReport.id — its databases (DatabaseReport.stream), its
 * findings (Finding.stream), the plan steps that name its files — so an archive of captures
 * from several servers and storage groups reads one stream at a time. Databases and findings
 * that belong to no stream go to one more report, `other`, so that nothing is lost. Each part's
 * verdict is its own: a part never shows the run's verdict, which may be another stream's. Pure.
 */
import { fileNameOf } from '../domain/log-names.js';
import type { CheckReport, DatabaseReport, PlanStep, StreamReport, VerdictKind } from './types.js';
import { VERDICT_ORDER } from './types.js';
import { assembleReport } from './index.js';

export interface ReportSlice {
  /** File name without extension, unique in the batch: the stream id made file-safe. */
  readonly fileStem: string;
  readonly report: CheckReport;
}

/** `E00-715244149` stays; anything a file system may refuse becomes `_`. */
export function fileSafe(id: string): string {
  const safe = id.replace(/[^A-Za-z0-9._-]+/g, '_').replace(/^[._]+/, '');
  return safe === '' ? 'stream' : safe.slice(0, 80);
}

export function worstVerdict(kinds: readonly VerdictKind[]): VerdictKind | undefined {
  for (const kind of VERDICT_ORDER) if (kinds.includes(kind)) return kind;
  return undefined;
}

const key = (file: string): string => fileNameOf(file).toLowerCase();

/**
 * The file names of a stream that the plan names (`named`): its logs, current log, checkpoint,
 * databases. Only names the plan holds are kept, so a stream of 100,000 logs adds none of its
 * own (its logs are generated as they are read, issue 18).
 */
function streamFiles(stream: StreamReport, databases: readonly DatabaseReport[], named: ReadonlySet<string>): Set<string> {
  const files = new Set<string>();
  for (const log of stream.logs) {
    const file = key(log.file);
    if (named.has(file)) files.add(file);
  }
  if (stream.baseName) {
    for (const extension of ['log', 'jtx', 'chk', 'jcp']) files.add(key(`${stream.baseName}.${extension}`));
  }
  if (stream.checkpoint) files.add(key(stream.checkpoint.file));
  for (const database of databases) {
    files.add(key(database.name));
    if (database.path) files.add(key(database.path));
  }
  return files;
}

/** Steps naming one of `files`, plus the steps that name no file (stop/start the service); renumbered. */
function planFor(plan: readonly PlanStep[], files: ReadonlySet<string>): PlanStep[] {
  return plan
    .filter((step) => step.files.length === 0 || step.files.some((file) => files.has(key(file))))
    .map((step, i) => ({ ...step, step: i + 1 }));
}

function slice(
  report: CheckReport,
  parts: {
    readonly streams: readonly StreamReport[];
    readonly databases: readonly DatabaseReport[];
    readonly findings: CheckReport['findings'];
    readonly plan: readonly PlanStep[];
  },
): CheckReport {
  const inputNames = new Set<string>();
  for (const stream of parts.streams) for (const log of stream.logs) if (log.input) inputNames.add(log.input);
  for (const finding of parts.findings) for (const line of finding.evidence) inputNames.add(line.input);
  const inputs = report.inputs.filter((input) => inputNames.has(input.name));
  // Verdict, label, summary, counts and the steps to carry out first, from this part alone: a
  // part with no database and no chain (findings of no stream) decides nothing, and says so,
  // never showing another stream's verdict.
  return assembleReport(
    { ...parts, inputs: inputs.length > 0 ? inputs : report.inputs },
    'these findings belong to no log stream and no database header was captured with them; each stream\'s own report holds its verdict',
  );
}

export function sliceReportByStream(report: CheckReport): ReportSlice[] {
  if (report.streams.length === 0) return [{ fileStem: 'report', report }];
  const slices: ReportSlice[] = [];
  const stems = new Set<string>(['index']);
  const uniqueStem = (wanted: string): string => {
    let stem = wanted;
    for (let n = 2; stems.has(stem.toLowerCase()); n++) stem = `${wanted}-${n}`;
    stems.add(stem.toLowerCase());
    return stem;
  };
  const named = new Set<string>();
  for (const step of report.plan) for (const file of step.files) named.add(key(file));
  for (const stream of report.streams) {
    const databases = report.databases.filter((database) => database.stream === stream.id);
    const findings = report.findings.filter((finding) => finding.stream === stream.id);
    const plan = planFor(report.plan, streamFiles(stream, databases, named));
    slices.push({
      fileStem: uniqueStem(fileSafe(stream.id)),
      report: slice(report, { streams: [stream], databases, findings, plan }),
    });
  }
  const streamIds = new Set(report.streams.map((stream) => stream.id));
  const orphanDatabases = report.databases.filter((database) => !database.stream || !streamIds.has(database.stream));
  const orphanFindings = report.findings.filter((finding) => !finding.stream || !streamIds.has(finding.stream));
  if (orphanDatabases.length > 0 || orphanFindings.length > 0) {
    const files = new Set<string>();
    for (const database of orphanDatabases) {
      files.add(key(database.name));
      if (database.path) files.add(key(database.path));
    }
    for (const finding of orphanFindings) for (const subject of finding.subjects) files.add(key(subject));
    slices.push({
      fileStem: uniqueStem('other'),
      report: slice(report, {
        streams: [],
        databases: orphanDatabases,
        findings: orphanFindings,
        plan: planFor(report.plan, files),
      }),
    });
  }
  return slices;
}
