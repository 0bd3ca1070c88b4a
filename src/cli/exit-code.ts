/**
 * The exit code, a pure function of the outcome (SPEC §8), the first that applies:
 * 2 — usage error, unreadable input, or nothing recognized in any input;
 * 0 — `--fail-on never`;
 * 1 — a database's verdict is worse than roll-forward (roll-forward-partial, point-in-time,
 *     not-restorable), or a finding is at or above `--fail-on` (ESLint's 1);
 * 3 — the verdict is undetermined: the captures do not decide (a script must not read "all good");
 * 0 — otherwise.
 */
import type { Severity } from '../rules/types.js';
import type { VerdictKind } from '../verdict/types.js';

export type FailOn = 'error' | 'warning' | 'never';

export const FAIL_ON_VALUES: readonly FailOn[] = ['error', 'warning', 'never'];

export type ExitCode = 0 | 1 | 2 | 3;

export interface RunOutcome {
  /** Severities of every finding in the report. */
  readonly severities: readonly Severity[];
  /** The run's verdict and every database's verdict. */
  readonly verdicts: readonly VerdictKind[];
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

/** Verdicts that lose data or the database: a restore that does not simply roll forward. */
const WORSE_THAN_ROLL_FORWARD: readonly VerdictKind[] = ['roll-forward-partial', 'point-in-time', 'not-restorable'];

export function exitCodeFor(outcome: RunOutcome): ExitCode {
  if (outcome.inputFailed || outcome.recognizedDumps === 0) return 2;
  if (outcome.failOn === 'never') return 0;
  const failing = FAILING[outcome.failOn];
  if (outcome.verdicts.some((kind) => WORSE_THAN_ROLL_FORWARD.includes(kind))) return 1;
  if (outcome.severities.some((severity) => failing.includes(severity))) return 1;
  if (outcome.verdicts.includes('undetermined')) return 3;
  return 0;
}

/**
 * Several cases (`--cases`) as one outcome, so that the same order applies to all of them
 * together (SPEC §8): exit 2 when an input of any case failed or no case recognized anything;
 * otherwise the worst that any case's verdicts and findings call for. Repeats are dropped, so a
 * thousand cases make a short list.
 */
export function combinedOutcome(outcomes: readonly Omit<RunOutcome, 'failOn'>[], failOn: FailOn): RunOutcome {
  return {
    severities: [...new Set(outcomes.flatMap((outcome) => outcome.severities))],
    verdicts: [...new Set(outcomes.flatMap((outcome) => outcome.verdicts))],
    failOn,
    recognizedDumps: outcomes.reduce((sum, outcome) => sum + outcome.recognizedDumps, 0),
    inputFailed: outcomes.some((outcome) => outcome.inputFailed),
  };
}
