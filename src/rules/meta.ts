/**
 * Rule ids and metadata for `esereport explain` and the reports, derived from the ordered RULES
 * (index.ts): a rule is listed once, in its definition. Loaded by `explain` only when needed.
 */
import { ruleMeta } from './define.js';
import { RULES } from './index.js';
import type { RuleId, RuleMeta } from './types.js';

/** Every rule id of SPEC §5, in the order the rules run. */
export const RULE_IDS: readonly RuleId[] = RULES.map((rule) => rule.id);

export const RULE_META: Readonly<Record<RuleId, RuleMeta>> = Object.fromEntries(RULES.map((rule) => [rule.id, ruleMeta(rule)])) as Record<
  RuleId,
  RuleMeta
>;
