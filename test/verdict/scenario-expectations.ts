/**
 * The scenario contract of samples/<folder>/expected.json, and the assertion every scenario
 * test makes with it (brief: overall verdict; per database anchor, verdict, replay range; the
 * sets of error and warning rule ids; the info rule ids).
 */
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { samplePath } from '../support/samples.js';
import type { CheckReport } from '../../src/verdict/types.js';

export interface ExpectedScenario {
  readonly args: readonly string[];
  readonly verdict: string;
  readonly databases: readonly {
    readonly name: string;
    readonly anchorGeneration?: number;
    readonly verdict: string;
    readonly replayFrom?: number;
    readonly replayThrough?: number;
  }[];
  readonly errorRules: readonly string[];
  readonly warningRules: readonly string[];
  readonly infoRules: readonly string[];
}

export function readExpected(folder: string): ExpectedScenario {
  return JSON.parse(readFileSync(samplePath(`${folder}/expected.json`), 'utf8')) as ExpectedScenario;
}

/** `["--anchor", "edb0000a.log"]` → `{ anchorFile: "edb0000a.log" }`. */
export function optionsFrom(args: readonly string[]): { anchorFile?: string } {
  const i = args.indexOf('--anchor');
  return i >= 0 && args[i + 1] !== undefined ? { anchorFile: args[i + 1]! } : {};
}

function ruleSet(report: CheckReport, severity: 'error' | 'warning' | 'info'): string[] {
  return [...new Set(report.findings.filter((f) => f.severity === severity).map((f) => f.rule))].sort();
}

type DatabaseOutcome = { name: string; anchorGeneration?: number; verdict: string; replayFrom?: number; replayThrough?: number };

/** Databases compare as a set: ordered by name, then by verdict. */
function byName(a: DatabaseOutcome, b: DatabaseOutcome): number {
  return a.name.localeCompare(b.name) || a.verdict.localeCompare(b.verdict);
}

export function scenarioOutcome(report: CheckReport) {
  return {
    verdict: report.verdict,
    databases: report.databases.map((d): DatabaseOutcome => ({
      name: d.name,
      ...(d.anchor ? { anchorGeneration: d.anchor.generation } : {}),
      verdict: d.verdict.kind,
      ...(d.verdict.replayFrom !== undefined ? { replayFrom: d.verdict.replayFrom } : {}),
      ...(d.verdict.replayThrough !== undefined ? { replayThrough: d.verdict.replayThrough } : {}),
    })).sort(byName),
    errorRules: ruleSet(report, 'error'),
    warningRules: ruleSet(report, 'warning'),
    infoRules: ruleSet(report, 'info'),
  };
}

export function expectScenario(report: CheckReport, expected: ExpectedScenario): void {
  expect(scenarioOutcome(report)).toEqual({
    verdict: expected.verdict,
    databases: expected.databases.map((d): DatabaseOutcome => ({
      name: d.name,
      ...(d.anchorGeneration !== undefined ? { anchorGeneration: d.anchorGeneration } : {}),
      verdict: d.verdict,
      ...(d.replayFrom !== undefined ? { replayFrom: d.replayFrom } : {}),
      ...(d.replayThrough !== undefined ? { replayThrough: d.replayThrough } : {}),
    })).sort(byName),
    errorRules: [...expected.errorRules].sort(),
    warningRules: [...expected.warningRules].sort(),
    infoRules: [...expected.infoRules].sort(),
  });
}
