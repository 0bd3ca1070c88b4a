/**
 * Findings and rule metadata (SPEC §5). Rule ids are a public contract.
 */
import type { EvidenceLine } from '../evidence/types.js';

import type { RULES } from './index.js';

export type Severity = 'error' | 'warning' | 'info';

/**
 * Every rule id of SPEC §5: the ids of the rules in src/rules/index.ts (RULES), written there once.
 * A literal union, so a misspelt id does not compile.
 */
export type RuleId = (typeof RULES)[number]['id'];

/**
 * Not a rule: the finding that stands for a rule that threw (src/rules/index.ts, runRules). The
 * report names the rule and its error; no verdict of that report is better than undetermined.
 */
export const INTERNAL_ERROR = 'internal-error';

/** What a finding's `rule` names: a rule id, or `internal-error`. */
export type FindingRule = RuleId | typeof INTERNAL_ERROR;

/** The lines that back a finding are evidence lines (src/evidence: they come with the facts). */
export type { EvidenceLine };

export interface Finding {
  readonly rule: FindingRule;
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
export interface RuleMeta<Id extends string = RuleId> {
  readonly id: Id;
  readonly title: string;
  readonly defaultSeverity: Severity;
  readonly kb: string;
  /** What the rule checks, one or two sentences. */
  readonly description: string;
  /** What the administrator does about it. */
  readonly remedy: string;
}
