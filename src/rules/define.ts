/**
 * A rule is a stable id, its metadata (title, KB step, description, remedy), its messages and a
 * check over the restore model — declared once through defineRule (after @arethetypeswrong/cli's
 * defineCheck, markdownlint's rule objects and ESLint's `meta.messages`). The check reports
 * findings as a messageId and the data its placeholders need; it never decides a verdict.
 */
import type { Evidence, EvidenceLine } from '../evidence/types.js';
import type { RestoreModel } from '../model/index.js';
import type { Finding, RuleId, RuleMeta, Severity } from './types.js';

export interface RuleContext {
  readonly evidence: Evidence;
  readonly model: RestoreModel;
}

/** A rule's message templates by messageId; `{{name}}` is replaced by `data.name`. */
export type Messages = Readonly<Record<string, string>>;

/** The placeholder names of a template: `'{{db}} is {{state}}'` → `'db' | 'state'`. */
export type Placeholders<T extends string> = T extends `${string}{{${infer Name}}}${infer Rest}` ? Name | Placeholders<Rest> : never;

/** The data a template needs: one value per placeholder, no more; none when it has none. */
export type MessageData<T extends string> = string extends T
  ? { readonly data?: Readonly<Record<string, string | number>> }
  : [Placeholders<T>] extends [never]
  ? { readonly data?: undefined }
  : { readonly data: { readonly [Name in Placeholders<T>]: string | number } };

interface FindingFields {
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

/** What a check reports: which of its messages, with the data of its placeholders. */
export type FindingParts<M extends Messages = Messages, K extends keyof M & string = keyof M & string> = K extends unknown
  ? FindingFields & { readonly messageId: K } & MessageData<M[K]>
  : never;

export type Report<M extends Messages = Messages> = <K extends keyof M & string>(parts: FindingParts<M, K>) => void;

export interface RuleDefinition<Id extends string = string, M extends Messages = Messages> extends RuleMeta<Id> {
  readonly messages: M;
  check(context: RuleContext, report: Report<M>): void;
}

/** A rule whatever its messages: what RULES holds and runRules runs. */
export interface Rule<Id extends string = string> extends RuleMeta<Id> {
  readonly messages: Messages;
  check(context: RuleContext, report: (parts: FindingParts) => void): void;
}

export function defineRule<const Id extends string, const M extends Messages>(rule: RuleDefinition<Id, M>): RuleDefinition<Id, M> {
  return rule;
}

export function ruleMeta<Id extends string>(rule: Rule<Id>): RuleMeta<Id> {
  const { id, title, defaultSeverity, kb, description, remedy } = rule;
  return { id, title, defaultSeverity, kb, description, remedy };
}

const PLACEHOLDER = /\{\{(\w+)\}\}/g;

/**
 * The text of a message: its template with each `{{name}}` replaced by `data.name`. A placeholder
 * without data is a bug in the rule, never printed as `{{name}}`: it throws (runRules contains it).
 */
export function formatMessage(template: string, data: Readonly<Record<string, string | number>> | undefined): string {
  if (!template.includes('{{')) return template;
  return template.replace(PLACEHOLDER, (_, name: string) => {
    const value = data?.[name];
    if (value === undefined) throw new Error(`message placeholder {{${name}}} has no data`);
    return String(value);
  });
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

/** Runs one rule, adding its findings to `findings`; throws what the rule throws (see runRules). */
export function runRule(rule: Rule, context: RuleContext, findings: Finding[] = []): Finding[] {
  rule.check(context, (parts: FindingParts) => {
    const template = rule.messages[parts.messageId];
    if (template === undefined) throw new Error(`unknown messageId "${parts.messageId}"`);
    findings.push({
      rule: rule.id as RuleId,
      severity: parts.severity ?? rule.defaultSeverity,
      message: formatMessage(template, parts.data),
      subjects: [...parts.subjects],
      evidence: uniqueLines(parts.evidence),
      kb: parts.kb ?? rule.kb,
      ...(parts.undetermined ? { undetermined: true } : {}),
      ...(parts.stream !== undefined ? { stream: parts.stream } : {}),
    });
  });
  return findings;
}
