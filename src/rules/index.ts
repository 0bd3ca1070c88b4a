/**
 * The rules, in the order of SPEC §5 (RULE_IDS). Explicit: no file-system discovery.
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
import { runRule, type RuleContext, type RuleDefinition } from './define.js';
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
import type { Finding } from './types.js';

export const RULES: readonly RuleDefinition[] = [
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
];

export function runRules(context: RuleContext): Finding[] {
  return RULES.flatMap((rule) => runRule(rule, context));
}

export type { RuleContext, RuleDefinition } from './define.js';
