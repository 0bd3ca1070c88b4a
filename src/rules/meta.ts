/**
 * Rule metadata for `esereport explain` and the reports, kept apart from detection and made
 * exhaustive by `satisfies`: a rule id without metadata does not compile.
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
import { ruleMeta } from './define.js';
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
import type { RuleId, RuleMeta } from './types.js';
import { unrecognizedInput } from './unrecognized-input.js';

export const RULE_META = {
  'db-not-clean': ruleMeta(dbNotClean),
  'anchor-log': ruleMeta(anchorLog),
  'anchor-missing': ruleMeta(anchorMissing),
  'generation-gap': ruleMeta(generationGap),
  'name-generation-mismatch': ruleMeta(nameGenerationMismatch),
  'current-log': ruleMeta(currentLog),
  'ceiling-logs': ruleMeta(ceilingLogs),
  'log-signature-mismatch': ruleMeta(logSignatureMismatch),
  'db-log-signature-mismatch': ruleMeta(dbLogSignatureMismatch),
  'db-signature-mismatch': ruleMeta(dbSignatureMismatch),
  'db-signature-change': ruleMeta(dbSignatureChange),
  'path-change': ruleMeta(pathChange),
  'restore-path': ruleMeta(restorePath),
  'checkpoint-present': ruleMeta(checkpointPresent),
  'log-truncation': ruleMeta(logTruncation),
  'circular-logging': ruleMeta(circularLogging),
  'page-checksum': ruleMeta(pageChecksum),
  'log-damaged': ruleMeta(logDamaged),
  'eseutil-reported': ruleMeta(eseutilReported),
  'jet-error': ruleMeta(jetError),
  'repair-count': ruleMeta(repairCount),
  'reserved-logs': ruleMeta(reservedLogs),
  'duplicate-log': ruleMeta(duplicateLog),
  'unrecognized-input': ruleMeta(unrecognizedInput),
  'log-sequence': ruleMeta(logSequence),
  'ese-header': ruleMeta(eseHeader),
} as const satisfies Record<RuleId, RuleMeta>;
