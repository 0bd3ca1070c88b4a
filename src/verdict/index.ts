/**
 * Evidence → findings, verdicts and the restore plan (SPEC §5–§6).
 */
import type { AstDocument } from '../ast/types.js';
import { EvidenceCollector, type Evidence } from '../evidence/index.js';
import { buildRestoreModel, namingForDatabase, type DatabaseModel } from '../model/index.js';
import { runRules } from '../rules/index.js';
import type { Finding } from '../rules/types.js';
import { databaseVerdict, worstVerdict } from './database-verdict.js';
import { generationRef } from './generation-ref.js';
import { buildPlan } from './plan.js';
import { streamReport } from './stream-report.js';
import { fixSteps } from './fix-steps.js';
import { capAfterRuleFailure, planAfterRuleFailure, ruleFailures } from './rule-failure.js';
import { labelled, summaryLine, verdictLabel, type NamedVerdict } from './summary.js';
import type { CheckReport, DatabaseReport, DatabaseVerdict, InputSummary, PlanStep, StreamReport, VerdictKind } from './types.js';

export interface AnalyzeOptions {
  /** `--anchor FILE`: names the anchor log of a chain checked without a database header. */
  readonly anchorFile?: string;
}

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

function databaseReport(m: DatabaseModel, verdict: DatabaseVerdict): DatabaseReport {
  const named = namingForDatabase(m);
  const path = m.recorded?.attachment.path ?? m.db.path;
  return {
    name: m.db.name,
    ...(path !== undefined ? { path } : {}),
    ...(m.db.state !== undefined ? { state: m.db.state } : {}),
    ...(m.anchor !== undefined ? { anchor: generationRef(named, m.anchor) } : {}),
    ...(m.db.logRequired ? { logRequired: { low: m.db.logRequired.low, high: m.db.logRequired.high } } : {}),
    verdict: labelled(verdict),
    ...(m.stream ? { stream: m.stream.id } : {}),
  };
}

export function analyze(evidence: Evidence, options: AnalyzeOptions = {}): CheckReport {
  const model = buildRestoreModel(evidence, options);
  const findings: Finding[] = runRules({ evidence, model });
  // Errors first, then warnings, then facts; within a severity, the rule order of SPEC §5.
  const ordered = findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) => SEVERITY_ORDER[a.f.severity] - SEVERITY_ORDER[b.f.severity] || a.i - b.i)
    .map(({ f }) => f);

  // A rule that threw leaves no verdict better than undetermined and no runbook (rule-failure.ts).
  const failures = ruleFailures(findings);
  const verdicts = new Map<DatabaseModel, DatabaseVerdict>();
  for (const m of model.databases) verdicts.set(m, capAfterRuleFailure(databaseVerdict(m, model), failures));
  const streams = model.streams.map((s) => {
    const report = streamReport(s, model);
    return failures.length > 0 && report.verdict ? { ...report, verdict: labelled(capAfterRuleFailure(report.verdict, failures)) } : report;
  });

  const listedIn = new Map<string, number>();
  for (const f of evidence.listedFiles ?? []) listedIn.set(f.at.input, (listedIn.get(f.at.input) ?? 0) + 1);
  const inputs: InputSummary[] = evidence.inputs.map((i) => ({
    name: i.name,
    dumps: i.dumps,
    unrecognized: i.unrecognized.length,
    ...(listedIn.has(i.name) ? { listedFiles: listedIn.get(i.name)! } : {}),
    ...(i.encoding !== undefined ? { encoding: i.encoding } : {}),
    ...(i.problem ? { problem: i.problem.message } : {}),
  }));

  const footer = evidence.errorFooters[0];
  return assembleReport(
    {
      databases: model.databases.map((m) => databaseReport(m, verdicts.get(m)!)),
      streams,
      findings: ordered,
      plan: failures.length > 0 ? planAfterRuleFailure(failures) : buildPlan(model, verdicts, ordered),
      inputs,
    },
    footer
      ? `no database or log header was captured, only an error (${footer.at.text}); capture eseutil /mh of each database and eseutil /ml of its logs`
      : 'no database header (eseutil /mh) and no log header (eseutil /ml) was recognized in the input',
  );
}

/** What a check report is made of; the rest (verdict, summary, counts) follows from it. */
export interface ReportParts {
  readonly databases: readonly DatabaseReport[];
  readonly streams: readonly StreamReport[];
  /** Errors first (see analyze). */
  readonly findings: readonly Finding[];
  readonly plan: readonly PlanStep[];
  readonly inputs: readonly InputSummary[];
}

/**
 * A CheckReport from its parts: the overall verdict (the worst of the databases' and the anchored
 * chains'), its label, the summary line, the finding counts and the steps to carry out first.
 * Also for a part of a report (one log stream of `--out-dir`), so its words match its content.
 * `fallback` says why nothing decided when no verdict was reached.
 */
export function assembleReport(parts: ReportParts, fallback = 'no database or log header was recognized in the input'): CheckReport {
  // Chains without a database count only when they were anchored, or when nothing else decides.
  const chains: NamedVerdict[] = parts.streams
    .filter((s) => s.verdict && (parts.databases.length === 0 || s.verdict.kind !== 'undetermined'))
    .map((s) => ({ verdict: s.verdict! }));
  const all: NamedVerdict[] = [...parts.databases.map((db) => ({ name: db.name, verdict: db.verdict })), ...chains];
  const overall: VerdictKind = all.length === 0 ? 'undetermined' : worstVerdict(all.map((v) => v.verdict.kind));
  const fix = fixSteps(overall, parts.findings, parts.plan);
  const count = (severity: Finding['severity']): number => parts.findings.filter((f) => f.severity === severity).length;
  return {
    schemaVersion: 1,
    verdict: overall,
    verdictLabel: verdictLabel(overall),
    summary: summaryLine(overall, all, fallback, fix),
    errorCount: count('error'),
    warningCount: count('warning'),
    infoCount: count('info'),
    fixSteps: fix,
    databases: parts.databases,
    streams: parts.streams,
    findings: parts.findings,
    plan: parts.plan,
    inputs: parts.inputs,
  };
}

/** Convenience: a whole AST document through EvidenceCollector and analyze. */
export function checkDocument(doc: AstDocument, options: AnalyzeOptions = {}): CheckReport {
  const collector = new EvidenceCollector();
  for (const input of doc.inputs) {
    collector.addInput({
      name: input.name,
      encoding: input.encoding,
      lineEnding: input.lineEnding,
      ...(input.problem ? { problem: input.problem } : {}),
    });
    for (const dump of input.dumps) collector.addDump(input.name, dump);
    for (const range of input.unrecognized) collector.addUnrecognized(input.name, range);
    for (const listing of input.dirListings ?? []) collector.addDirListing(input.name, listing);
  }
  return analyze(collector.finish(), options);
}
