/**
 * A rule that threw (an `internal-error` finding, src/rules/index.ts): its findings are missing,
 * and a missing finding can be the one that stops a roll forward (a gap, a foreign signature, a
 * damaged page). So no verdict of the report is better than undetermined, and the plan is one
 * step that says not to act on it — the runbook is executed literally (SPEC §6: a wrong plan step
 * destroys a database; SPEC §5: a rule that cannot decide says so, never guesses).
 */
import { INTERNAL_ERROR, type Finding } from '../rules/types.js';
import { VERDICT_ORDER, type DatabaseVerdict, type PlanStep } from './types.js';

/** The `internal-error` findings: one per rule that threw. */
export function ruleFailures(findings: readonly Finding[]): Finding[] {
  return findings.filter((finding) => finding.rule === INTERNAL_ERROR);
}

/** Which rules failed, as the explanation names them: the internal-error finding has the error. */
function failedRules(failures: readonly Finding[]): string {
  return failures.length === 1 ? 'a rule of esereport failed (the internal-error finding names it and its error)' : `${failures.length} rules of esereport failed (the internal-error findings name them and their errors)`;
}

const UNDETERMINED_RANK = VERDICT_ORDER.indexOf('undetermined');

/** The verdict no better than undetermined; not-restorable and undetermined stay as they are. */
export function capAfterRuleFailure(verdict: DatabaseVerdict, failures: readonly Finding[]): DatabaseVerdict {
  if (failures.length === 0 || VERDICT_ORDER.indexOf(verdict.kind) <= UNDETERMINED_RANK) return verdict;
  return {
    kind: 'undetermined',
    reasons: [INTERNAL_ERROR],
    explanation: `${failedRules(failures)}, so this report cannot decide: without it the verdict would be ${verdict.kind}, which may be wrong. Do not restore on this report.`,
  };
}

/** The whole plan when a rule threw: one caution, nothing to move, rename or restore. */
export function planAfterRuleFailure(failures: readonly Finding[]): PlanStep[] {
  const text = `Do not act on this report: ${failedRules(failures)}, so the findings that decide the restore may be missing and no runbook is given. Keep every file where it is; send the captures and this report to esereport's maintainers, or check the restore by hand with Q296787.`;
  return [{ step: 1, action: 'caution', text, commands: [], files: [] }];
}
