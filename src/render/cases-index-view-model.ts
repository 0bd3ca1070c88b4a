/**
 * View model of the case index (`--cases --out-dir`, SPEC §7 batch): the totals per verdict at
 * the top, then one row per case, worst verdict first, each with that case's own verdict, its
 * databases with their verdicts and replay ranges, its counts and the inputs it could not read.
 * Built from the index entries alone (src/verdict/cases.ts): the reports are long written.
 */
import type { CaseDatabase, CasesIndex } from '../verdict/cases.js';
import { VERDICT_ORDER } from '../verdict/types.js';
import { visibleText } from './captured-text.js';
import { generationText } from './generation-text.js';
import { VERDICT_LABELS, VERDICT_TONES, type Tone } from './labels.js';
import { plural, summaryAfterHeadline } from './view-model.js';

export interface CasesIndexView {
  /** `esereport: 39 cases`. */
  readonly title: string;
  readonly count: number;
  /** The verdicts that occur, worst first, with their number of cases. */
  readonly totals: readonly { readonly label: string; readonly tone: Tone; readonly count: number }[];
  /** `3 NOT RESTORABLE, 1 UNDETERMINED, 35 ROLL FORWARD`. */
  readonly totalsText: string;
  readonly rows: readonly CaseRowView[];
}

export interface CaseDatabaseView {
  readonly name: string;
  readonly label: string;
  readonly tone: Tone;
  /** `replays 4815 (0x12CF) – 4829 (0x12DD)`, `replays no log`, or empty when undetermined (nothing is known). */
  readonly replay: string;
}

export interface CaseRowView {
  readonly case: string;
  /** The case's report, relative to the index; null when none was written. */
  readonly href: string | null;
  readonly label: string;
  readonly tone: Tone;
  /** The summary after its label: `priv.edb and pub.edb replay …`. */
  readonly summary: string;
  readonly databases: readonly CaseDatabaseView[];
  /** `priv.edb ROLL FORWARD (replays …); pub.edb …`, or `none`: one table cell. */
  readonly databasesText: string;
  /** `15 logs, 1 error, 2 warnings`. */
  readonly counts: string;
  readonly problems: readonly string[];
  readonly problemsText: string;
}

function replayText(database: CaseDatabase): string {
  if (database.replayFrom === undefined) return database.verdict === 'undetermined' ? '' : 'replays no log';
  const through = database.replayThrough ?? database.replayFrom;
  return through === database.replayFrom
    ? `replays ${generationText(database.replayFrom)}`
    : `replays ${generationText(database.replayFrom)} – ${generationText(through)}`;
}

export function buildCasesIndexView(index: CasesIndex): CasesIndexView {
  const totals = VERDICT_ORDER.filter((kind) => index.totals[kind] > 0).map((kind) => ({
    label: VERDICT_LABELS[kind],
    tone: VERDICT_TONES[kind],
    count: index.totals[kind],
  }));
  const rows = index.cases.map((entry): CaseRowView => {
    const databases = entry.databases.map((database) => ({
      name: visibleText(database.name),
      label: VERDICT_LABELS[database.verdict],
      tone: VERDICT_TONES[database.verdict],
      replay: replayText(database),
    }));
    const problems = entry.problems.map(visibleText);
    return {
      case: visibleText(entry.case),
      href: entry.report === undefined ? null : visibleText(entry.report),
      label: VERDICT_LABELS[entry.verdict],
      tone: VERDICT_TONES[entry.verdict],
      summary: visibleText(summaryAfterHeadline(entry.summary, entry.verdict, VERDICT_LABELS[entry.verdict])),
      databases,
      databasesText: databases.map((db) => `${db.name} ${db.label}${db.replay === '' ? '' : ` (${db.replay})`}`).join('; ') || 'none',
      counts: `${plural(entry.logs, 'log')}, ${plural(entry.errors, 'error')}, ${plural(entry.warnings, 'warning')}`,
      problems,
      problemsText: problems.join(' '),
    };
  });
  return {
    title: `esereport: ${plural(index.cases.length, 'case')}`,
    count: index.cases.length,
    totals,
    totalsText: totals.map((total) => `${total.count} ${total.label}`).join(', ') || 'no cases',
    rows,
  };
}
