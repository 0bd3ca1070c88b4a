/**
 * Which plan steps must be carried out before a roll-forward verdict holds: the steps that move
 * aside, rename, remove ceiling logs or move the checkpoint for a file an error finding names
 * (KB Q296787 roll-forward steps 6–9: a wrong Edb.log, logs above the chain's end, logs of
 * another signature, a checkpoint past the anchor). "ROLL FORWARD" beside "1 error" then reads
 * "ROLL FORWARD after the fixes in step 2" instead of leaving the reader to reconcile the two.
 */
import { fileNameOf } from '../domain/log-names.js';
import type { Finding } from '../rules/types.js';
import type { PlanAction, PlanStep, VerdictKind } from './types.js';

/** Plan actions that fix a problem in the log folder before the database starts. */
const FIXING_ACTIONS: ReadonlySet<PlanAction> = new Set<PlanAction>(['move-aside', 'rename', 'remove-ceiling', 'move-checkpoint']);

/** Verdicts that replay logs: only these depend on the log folder being fixed first. */
const REPLAYING: ReadonlySet<VerdictKind> = new Set<VerdictKind>(['roll-forward', 'roll-forward-partial']);

/** Log and checkpoint file names in a message (`rename Edb012d4.log to Edb.log`, `…\mdbdata\edb.chk`). */
const FILE_IN_TEXT = /[^\s\\/:*?"<>|(),;]+\.(?:log|chk)\b/gi;

const key = (file: string): string => fileNameOf(file).toLowerCase();

/** The files an error finding is about: its subjects and the log and checkpoint files its message names. */
function namedFiles(findings: readonly Finding[]): Set<string> {
  const files = new Set<string>();
  for (const finding of findings) {
    if (finding.severity !== 'error') continue;
    for (const subject of finding.subjects) files.add(key(subject));
    for (const [file] of finding.message.matchAll(FILE_IN_TEXT)) files.add(key(file));
  }
  return files;
}

/** The `step` numbers of the plan steps that fix error findings, in plan order; empty when none. */
export function fixSteps(verdict: VerdictKind, findings: readonly Finding[], plan: readonly PlanStep[]): number[] {
  if (!REPLAYING.has(verdict)) return [];
  const files = namedFiles(findings);
  if (files.size === 0) return [];
  return plan
    .filter((step) => FIXING_ACTIONS.has(step.action) && step.files.some((file) => files.has(key(file))))
    .map((step) => step.step);
}
