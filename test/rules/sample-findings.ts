/**
 * The findings one rule makes on a samples/<folder> scenario, read as the CLI reads it (with the
 * scenario's own arguments, expected.json `args`), in report order: what every
 * test/rules/<rule-id>.test.ts asserts exactly.
 */
import type { Finding, FindingRule } from '../../src/rules/types.js';
import { checkDocument } from '../../src/verdict/index.js';
import { parseFolder } from '../verdict/sample-folder.js';
import { optionsFrom, readExpected } from '../verdict/scenario-expectations.js';

export type FindingFacts = Pick<Finding, 'rule' | 'severity' | 'subjects' | 'message'>;

const reports = new Map<string, readonly Finding[]>();

export function sampleFindings(folder: string, rule: FindingRule): FindingFacts[] {
  let findings = reports.get(folder);
  if (!findings) {
    findings = checkDocument(parseFolder(folder), optionsFrom(readExpected(folder).args)).findings;
    reports.set(folder, findings);
  }
  return findings.filter((f) => f.rule === rule).map(({ rule: id, severity, subjects, message }) => ({ rule: id, severity, subjects, message }));
}
