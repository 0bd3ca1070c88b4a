/**
 * A rule is a stable id, its metadata (title, KB step, description, remedy) and a check over the
 * restore model — declared once through defineRule (after @arethetypeswrong/cli's defineCheck
 * and markdownlint's rule objects). The check reports findings; it never decides a verdict.
 */
import type { Evidence, EvidenceLine } from '../evidence/types.js';
import type { RestoreModel } from '../model/index.js';
import type { Finding, RuleId, RuleMeta, Severity } from './types.js';

export interface RuleContext {
  readonly evidence: Evidence;
  readonly model: RestoreModel;
}

export interface FindingParts {
  readonly message: string;
  readonly subjects: readonly string[];
  /** Lines that back the finding; absent facts (undefined) are skipped. */
  readonly evidence: readonly (EvidenceLine | undefined)[];
  /** Defaults to the rule's defaultSeverity. */
  readonly severity?: Severity;
  /** Defaults to the rule's kb reference. */
  readonly kb?: string;
  readonly stream?: string;
  readonly undetermined?: boolean;
}

export type Report = (parts: FindingParts) => void;

export interface RuleDefinition extends RuleMeta {
  readonly check: (context: RuleContext, report: Report) => void;
}

export function defineRule<const R extends RuleDefinition>(rule: R): R {
  return rule;
}

export function ruleMeta(rule: RuleDefinition): RuleMeta {
  const { id, title, defaultSeverity, kb, description, remedy } = rule;
  return { id, title, defaultSeverity, kb, description, remedy };
}

/** Evidence lines without repeats, in input/line order of first appearance. */
export function uniqueLines(lines: readonly (EvidenceLine | undefined)[]): EvidenceLine[] {
  const seen = new Set<string>();
  const out: EvidenceLine[] = [];
  for (const line of lines) {
    if (!line) continue;
    const key = `${line.input}\u0000${line.line}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(line);
  }
  return out;
}

export function runRule(rule: RuleDefinition, context: RuleContext): Finding[] {
  const findings: Finding[] = [];
  rule.check(context, (parts) => {
    findings.push({
      rule: rule.id as RuleId,
      severity: parts.severity ?? rule.defaultSeverity,
      message: parts.message,
      subjects: [...parts.subjects],
      evidence: uniqueLines(parts.evidence),
      kb: parts.kb ?? rule.kb,
      ...(parts.undetermined ? { undetermined: true } : {}),
      ...(parts.stream !== undefined ? { stream: parts.stream } : {}),
    });
  });
  return findings;
}
