/**
 * `esereport explain <code|rule>`: a JET error in any of the forms services and event logs
 * show (KB Q237767: -530, 4294966766, 0xFFFFFDEE; or its name) → name, the three numeric forms,
 * meaning and what it means for a restore (ese-format.md §8); a rule id → its metadata.
 */
import {
  findJetError,
  JET_ERRORS,
  JET_WARNINGS,
  jetCodeForms,
  parseJetCode,
  type JetErrorInfo,
} from '../../domain/jet-errors.js';
import type { RuleId, RuleMeta } from '../../rules/types.js';
import { closest } from '../did-you-mean.js';
import { UsageError } from '../errors.js';

function formsLines(code: number): string[] {
  const forms = jetCodeForms(code);
  return [`  Signed:    ${forms.signed}`, `  Unsigned:  ${forms.unsigned}`, `  Hex:       ${forms.hex}`];
}

export function jetErrorText(error: JetErrorInfo): string {
  return [
    `${error.name} (${error.code})`,
    ...(error.aliases?.length ? [`  Also:      ${error.aliases.join(', ')}`] : []),
    ...formsLines(error.code),
    `  Meaning:   ${error.description}`,
    `  Restore:   ${error.restoreAdvice}`,
    '',
  ].join('\n');
}

export function ruleText(meta: RuleMeta): string {
  return [
    `${meta.id}: ${meta.title}`,
    `  Severity:  ${meta.defaultSeverity}`,
    `  KB:        ${meta.kb}`,
    `  Checks:    ${meta.description}`,
    `  Remedy:    ${meta.remedy}`,
    '',
  ].join('\n');
}

interface RuleCatalogue {
  readonly RULE_IDS: readonly RuleId[];
  readonly RULE_META: Readonly<Record<RuleId, RuleMeta>>;
}

/** Rule ids and metadata (src/rules/meta.ts, derived from the rules), loaded only by `explain`. */
async function loadRules(): Promise<RuleCatalogue> {
  const specifier = '../../rules/meta.js';
  return (await import(specifier)) as RuleCatalogue;
}

export async function explainText(subject: string): Promise<string> {
  const text = subject.trim();
  const ruleId = text.toLowerCase();
  const { RULE_IDS, RULE_META } = await loadRules();
  const isRuleId = (id: string): id is RuleId => (RULE_IDS as readonly string[]).includes(id);
  if (isRuleId(ruleId)) return ruleText(RULE_META[ruleId]);
  const code = parseJetCode(text);
  if (code !== undefined) {
    const error = findJetError(code);
    if (error) return jetErrorText(error);
    const warning = JET_WARNINGS.find((w) => w.code === code);
    if (warning) return [`${warning.name} (${code})`, ...formsLines(code), '  Meaning:   a warning, not an error', ''].join('\n');
    const forms = jetCodeForms(code);
    // JET errors are negative: `explain 501` most likely means -501 (eseutil prints the sign).
    const negative = code > 0 ? findJetError(-code) : undefined;
    if (negative) throw new UsageError(`${text} is not a JET error: did you mean ${negative.code} (${negative.name})? JET errors are negative`);
    throw new UsageError(
      `${forms.signed} (${forms.unsigned}, ${forms.hex}) is not one of the JET errors esereport knows (the errors that matter to a restore)`,
    );
  }
  const suggestion = closest(text, [...RULE_IDS, ...JET_ERRORS.flatMap((error) => [error.name, ...(error.aliases ?? [])])]);
  if (suggestion !== undefined) throw new UsageError(`${text} is neither a JET error nor a rule id: did you mean ${suggestion}?`);
  throw new UsageError(
    `${text} is neither a JET error (-1811, 4294965485, 0xFFFFF8ED, JET_errFileNotFound) nor a rule id (anchor-missing, generation-gap…)`,
  );
}
