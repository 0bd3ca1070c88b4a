/**
 * The findings one rule makes on a samples/<folder> scenario, read as the CLI reads it (with the
 * scenario's own arguments, expected.json `args`), in report order: what every
 * test/rules/<rule-id>.test.ts asserts exactly.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { Finding, FindingRule } from '../../src/rules/types.js';
import { checkDocument } from '../../src/verdict/index.js';
import { readScenario, SAMPLES } from '../support/samples.js';
import { optionsFrom, readExpected } from '../verdict/scenario-expectations.js';

export type FindingFacts = Pick<Finding, 'rule' | 'severity' | 'subjects' | 'message'>;

const reports = new Map<string, readonly Finding[]>();

export function sampleFindings(folder: string, rule: FindingRule): FindingFacts[] {
  let findings = reports.get(folder);
  if (!findings) {
    findings = checkDocument(readScenario(folder), optionsFrom(readExpected(folder).args)).findings;
    reports.set(folder, findings);
  }
  return findings.filter((f) => f.rule === rule).map(({ rule: id, severity, subjects, message }) => ({ rule: id, severity, subjects, message }));
}

/**
 * The findings one rule makes on a copy of a sample whose files were changed by `edits` (file
 * name → new bytes from the old): a damaged ESE file derived from the real bytes of the sample.
 */
export function damagedSampleFindings(folder: string, edits: Readonly<Record<string, (bytes: Buffer) => Buffer>>, rule: FindingRule): FindingFacts[] {
  const copy = mkdtempSync(join(tmpdir(), 'esereport-damaged-'));
  try {
    cpSync(join(SAMPLES, folder), copy, { recursive: true });
    for (const [file, edit] of Object.entries(edits)) writeFileSync(join(copy, file), edit(readFileSync(join(copy, file))));
    const findings = checkDocument(readScenario(relative(SAMPLES, copy))).findings;
    return findings.filter((f) => f.rule === rule).map(({ rule: id, severity, subjects, message }) => ({ rule: id, severity, subjects, message }));
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}
