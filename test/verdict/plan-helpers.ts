/** The plan of a sample as `esereport check --format json` prints it, run in-process. */
import { runCli } from '../cli/harness.js';
import type { CheckReport, PlanStep } from '../../src/verdict/types.js';
import { scenarioFolders } from '../support/samples.js';
import { readExpected } from './scenario-expectations.js';

export const SAMPLE_FOLDERS = scenarioFolders();

export async function checkSample(folder: string): Promise<CheckReport> {
  const args = readExpected(folder).args ?? [];
  const run = await runCli(['check', `samples/${folder}`, ...args, '--format', 'json', '--fail-on', 'never']);
  return JSON.parse(run.stdout) as CheckReport;
}

/** Every command of the plan, in order. */
export function allCommands(plan: readonly PlanStep[]): string[] {
  return plan.flatMap((s) => s.commands);
}

/** The first step whose prose or commands contain `text`; -1 when none. */
export function stepIndex(plan: readonly PlanStep[], text: string): number {
  return plan.findIndex((s) => s.text.includes(text));
}
