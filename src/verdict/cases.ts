/**
 * An archive of independent cases (SPEC §1.3, §7 batch, §8 `--cases`): each case is checked on
 * its own and leaves only its index entry behind — its own verdict, its databases with their
 * replay ranges, its counts, the problems of its inputs and the link to its report — so the
 * index of thousands of cases holds no report. `index.json` is `{schemaVersion, totals, cases}`,
 * worst verdict first (src/verdict/cases.schema.json). Pure.
 */
import type { CheckReport, VerdictKind, VerdictLabel } from './types.js';
import { VERDICT_ORDER } from './types.js';

/** One database of a case as the index shows it: its own verdict and what replays. */
export interface CaseDatabase {
  readonly name: string;
  readonly verdict: VerdictKind;
  readonly replayFrom?: number;
  readonly replayThrough?: number;
}

export interface CaseIndexEntry {
  /** The case folder relative to its input folder, `/`-separated; the input folder itself, or a file given directly, as given. */
  readonly case: string;
  readonly verdict: VerdictKind;
  readonly verdictLabel: VerdictLabel;
  /** The case report's one-line summary. */
  readonly summary: string;
  readonly databases: readonly CaseDatabase[];
  /** Log files captured (missing generations not counted). */
  readonly logs: number;
  readonly errors: number;
  readonly warnings: number;
  /** Why an input of the case yielded nothing (unreadable, binary, empty; no capture file at all). */
  readonly problems: readonly string[];
  /** The case's report, relative to the index; absent when no report file was written. */
  readonly report?: string;
}

export interface CasesIndex {
  readonly schemaVersion: 1;
  /** Cases per verdict, every verdict listed, worst first. */
  readonly totals: Readonly<Record<VerdictKind, number>>;
  /** Worst verdict first; cases of one verdict in the order they were found. */
  readonly cases: readonly CaseIndexEntry[];
}

/** What the index keeps of a case's report once the report itself is written and released. */
export function caseIndexEntry(
  name: string,
  report: CheckReport,
  extra: { readonly report?: string; readonly problems?: readonly string[] } = {},
): CaseIndexEntry {
  const problems = [...(extra.problems ?? []), ...report.inputs.flatMap((input) => (input.problem !== undefined ? [input.problem] : []))];
  let logs = 0;
  for (const stream of report.streams) for (const log of stream.logs) if (log.status !== 'missing') logs++;
  return {
    case: name,
    verdict: report.verdict,
    verdictLabel: report.verdictLabel,
    summary: report.summary,
    databases: report.databases.map((database) => ({
      name: database.name,
      verdict: database.verdict.kind,
      ...(database.verdict.replayFrom !== undefined ? { replayFrom: database.verdict.replayFrom } : {}),
      ...(database.verdict.replayThrough !== undefined ? { replayThrough: database.verdict.replayThrough } : {}),
    })),
    logs,
    errors: report.errorCount,
    warnings: report.warningCount,
    problems,
    ...(extra.report !== undefined ? { report: extra.report } : {}),
  };
}

/** Every verdict with its number of cases, worst first. */
export function verdictTotals(kinds: readonly VerdictKind[]): Record<VerdictKind, number> {
  const totals = Object.fromEntries(VERDICT_ORDER.map((kind) => [kind, 0])) as Record<VerdictKind, number>;
  for (const kind of kinds) totals[kind]++;
  return totals;
}

/** The index: worst verdict first, stable within a verdict, with the totals. */
export function casesIndex(entries: readonly CaseIndexEntry[]): CasesIndex {
  const rank = (entry: CaseIndexEntry): number => VERDICT_ORDER.indexOf(entry.verdict);
  const cases = entries
    .map((entry, order) => ({ entry, order }))
    .sort((a, b) => rank(a.entry) - rank(b.entry) || a.order - b.order)
    .map(({ entry }) => entry);
  return { schemaVersion: 1, totals: verdictTotals(entries.map((entry) => entry.verdict)), cases };
}
