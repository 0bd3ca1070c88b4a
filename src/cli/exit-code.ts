/**
 * The exit code, a pure function of the outcome (SPEC §8; ESLint and knip use the same codes):
 * 0 — no finding at or above `--fail-on`; 1 — findings at or above it;
 * 2 — usage error, unreadable input, or nothing recognized in any input.
 */
import type { Severity } from '../rules/types.js';

export type FailOn = 'error' | 'warning' | 'never';

export const FAIL_ON_VALUES: readonly FailOn[] = ['error', 'warning', 'never'];

export type ExitCode = 0 | 1 | 2;

export interface RunOutcome {
  /** Severities of every finding in the report. */
  readonly severities: readonly Severity[];
  readonly failOn: FailOn;
  /** Dumps recognized across all inputs. */
  readonly recognizedDumps: number;
  /** An input could not be read (I/O error) or esereport failed on it. */
  readonly inputFailed: boolean;
}

/** Severities that fail the run for each `--fail-on`. */
const FAILING: Readonly<Record<FailOn, readonly Severity[]>> = {
  error: ['error'],
  warning: ['error', 'warning'],
  never: [],
};

export function exitCodeFor(outcome: RunOutcome): ExitCode {
  if (outcome.inputFailed || outcome.recognizedDumps === 0) return 2;
  const failing = FAILING[outcome.failOn];
  return outcome.severities.some((severity) => failing.includes(severity)) ? 1 : 0;
}
