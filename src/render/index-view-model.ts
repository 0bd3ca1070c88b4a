/**
 * View model of the batch index page (`--out-dir`): one row per log stream's report, with its
 * verdict, databases and generation range, worst verdict first.
 */
import { VERDICT_ORDER, type StreamLog } from '../verdict/types.js';
import { streamLogRuns } from '../verdict/stream-log-list.js';
import { visibleText } from './captured-text.js';
import { generationView, overallVerdictView, plural, streamTitle, type VerdictView } from './view-model.js';
import { VERDICT_LABELS } from './labels.js';
import type { BatchIndexEntry } from './index.js';

export interface IndexView {
  /** `esereport: 12 log streams`. */
  readonly title: string;
  readonly count: number;
  /** `3 ROLL FORWARD, 1 POINT IN TIME ONLY`: each verdict with its count, worst first. */
  readonly verdictText: string;
  readonly rows: readonly IndexRow[];
}

export interface IndexRow {
  /** Link to the stream's report, relative to the index. */
  readonly href: string;
  /** `Log stream E00` (all streams of the report, separated by `; `). */
  readonly streams: string;
  readonly verdict: VerdictView;
  readonly databases: string;
  /** `4815 (0x12CF) Edb012cf.log … 4829 (0x12DD) Edb.log`, or `no logs`. */
  readonly range: string;
  readonly findings: string;
}

export function buildIndexView(entries: readonly BatchIndexEntry[]): IndexView {
  const rank = (entry: BatchIndexEntry): number => VERDICT_ORDER.indexOf(entry.report.verdict);
  const sorted = entries
    .map((entry, order) => ({ entry, order }))
    .sort((a, b) => rank(a.entry) - rank(b.entry) || a.order - b.order)
    .map(({ entry }) => entry);

  const rows = sorted.map(({ href, report }): IndexRow => {
    // The lowest and highest generation of all streams (first listed on a tie), run by run.
    let first: StreamLog | undefined;
    let last: StreamLog | undefined;
    for (const stream of report.streams) {
      for (const run of streamLogRuns(stream.logs)) {
        if (first === undefined || run.first.generation < first.generation) first = run.first;
        if (last === undefined || run.last.generation > last.generation) last = run.last;
      }
    }
    const errors = report.findings.filter((f) => f.severity === 'error').length;
    const warnings = report.findings.filter((f) => f.severity === 'warning').length;
    return {
      href: visibleText(href),
      streams:
        report.streams.map((s) => streamTitle(s, report.streams)).join('; ') || 'no log stream',
      verdict: overallVerdictView(report),
      databases: report.databases.map((db) => visibleText(db.name)).join(', ') || 'none',
      range:
        first && last
          ? `${generationView(first.generation, first.file).long} … ${generationView(last.generation, last.file).long}`
          : 'no logs',
      findings: `${plural(errors, 'error')}, ${plural(warnings, 'warning')}`,
    };
  });

  const verdictText = VERDICT_ORDER.map((kind) => ({
    kind,
    n: entries.filter((e) => e.report.verdict === kind).length,
  }))
    .filter(({ n }) => n > 0)
    .map(({ kind, n }) => `${n} ${VERDICT_LABELS[kind]}`)
    .join(', ');

  return {
    title: `esereport: ${plural(entries.length, 'log stream')}`,
    count: entries.length,
    verdictText: verdictText || 'no reports',
    rows,
  };
}
