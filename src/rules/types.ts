/**
 * Findings and rule metadata (SPEC §5). Rule ids are a public contract.
 */
import type { EvidenceLine } from '../evidence/types.js';

export type Severity = 'error' | 'warning' | 'info';

/** Every rule id of SPEC §5, in the order the rule index runs them. */
export const RULE_IDS = [
  'db-not-clean',
  'anchor-log',
  'anchor-missing',
  'generation-gap',
  'name-generation-mismatch',
  'current-log',
  'ceiling-logs',
  'log-signature-mismatch',
  'db-log-signature-mismatch',
  'db-signature-mismatch',
  'db-signature-change',
  'path-change',
  'restore-path',
  'checkpoint-present',
  'log-truncation',
  'circular-logging',
  'page-checksum',
  'log-damaged',
  'eseutil-reported',
  'jet-error',
  'repair-count',
  'reserved-logs',
  'duplicate-log',
  'unrecognized-input',
  'log-sequence',
  'ese-header',
] as const;

export type RuleId = (typeof RULE_IDS)[number];

/** The lines that back a finding are evidence lines (src/evidence: they come with the facts). */
export type { EvidenceLine };

export interface Finding {
  readonly rule: RuleId;
  readonly severity: Severity;
  readonly message: string;
  /** File names the finding is about (databases, logs, checkpoint). */
  readonly subjects: readonly string[];
  readonly evidence: readonly EvidenceLine[];
  /** KB step it implements, e.g. `Q296787 step 3`. */
  readonly kb: string;
  /** True when the rule could not decide (SPEC §5: says so, never guesses). */
  readonly undetermined?: boolean;
  /** Id of the log stream (StreamReport.id) the finding belongs to, when it belongs to one. */
  readonly stream?: string;
}

/** Static metadata of a rule, kept apart from detection (used by `explain` and reports). */
export interface RuleMeta {
  readonly id: RuleId;
  readonly title: string;
  readonly defaultSeverity: Severity;
  readonly kb: string;
  /** What the rule checks, one or two sentences. */
  readonly description: string;
  /** What the administrator does about it. */
  readonly remedy: string;
}
