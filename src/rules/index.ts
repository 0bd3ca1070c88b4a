/**
 * The rules, in the order of SPEC §5: the one list of them. RuleId (types.ts), RULE_IDS and
 * RULE_META (meta.ts) are derived from it. Explicit: no file-system discovery.
 */
import { anchorLog } from './anchor-log.js';
import { anchorMissing } from './anchor-missing.js';
import { ceilingLogs } from './ceiling-logs.js';
import { checkpointPresent } from './checkpoint-present.js';
import { circularLogging } from './circular-logging.js';
import { currentLog } from './current-log.js';
import { dbLogSignatureMismatch } from './db-log-signature-mismatch.js';
import { dbNotClean } from './db-not-clean.js';
import { dbSignatureChange } from './db-signature-change.js';
import { dbSignatureMismatch } from './db-signature-mismatch.js';
import { runRule, type Rule, type RuleContext } from './define.js';
import { duplicateLog } from './duplicate-log.js';
import { eseHeader } from './ese-header.js';
import { eseutilReported } from './eseutil-reported.js';
import { generationGap } from './generation-gap.js';
import { jetError } from './jet-error.js';
import { logDamaged } from './log-damaged.js';
import { logSequence } from './log-sequence.js';
import { logSignatureMismatch } from './log-signature-mismatch.js';
import { logTruncation } from './log-truncation.js';
import { nameGenerationMismatch } from './name-generation-mismatch.js';
import { pageChecksum } from './page-checksum.js';
import { pathChange } from './path-change.js';
import { repairCount } from './repair-count.js';
import { reservedLogs } from './reserved-logs.js';
import { restorePath } from './restore-path.js';
import { unrecognizedInput } from './unrecognized-input.js';
import { INTERNAL_ERROR, type Finding } from './types.js';

export const RULES = [
  dbNotClean,
  anchorLog,
  anchorMissing,
  generationGap,
  nameGenerationMismatch,
  currentLog,
  ceilingLogs,
  logSignatureMismatch,
  dbLogSignatureMismatch,
  dbSignatureMismatch,
  dbSignatureChange,
  pathChange,
  restorePath,
  checkpointPresent,
  logTruncation,
  circularLogging,
  pageChecksum,
  logDamaged,
  eseutilReported,
  jetError,
  repairCount,
  reservedLogs,
  duplicateLog,
  unrecognizedInput,
  logSequence,
  eseHeader,
] as const satisfies readonly Rule[];

/**
 * The findings of every rule, in rule order. A rule that throws is a bug in esereport, not a fact
 * about the backup: it becomes one `internal-error` finding naming the rule and its error, the
 * findings it reported before it threw stay, and the other rules still run. The verdicts then go
 * no higher than undetermined (verdict/index.ts): a rule that did not finish could have been the
 * one that stops the roll forward.
 */
export function runRules(context: RuleContext, rules: readonly Rule[] = RULES): Finding[] {
  const findings: Finding[] = [];
  for (const rule of rules) {
    try {
      runRule(rule, context, findings);
    } catch (error) {
      findings.push(internalError(rule.id, error));
    }
  }
  return findings;
}

function internalError(ruleId: string, error: unknown): Finding {
  const reason = error instanceof Error ? error.message : String(error);
  return {
    rule: INTERNAL_ERROR,
    severity: 'error',
    message: `esereport's rule ${ruleId} failed: ${reason}. Its findings are missing or incomplete, so no verdict of this report is better than undetermined: do not start a roll forward on it; report the error with the captures to esereport's maintainers.`,
    subjects: [],
    evidence: [],
    kb: 'SPEC §5 (a rule that cannot decide says so, never guesses)',
    undetermined: true,
  };
}

export type { Rule, RuleContext, RuleDefinition } from './define.js';
