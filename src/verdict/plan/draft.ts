/**
 * A plan step while the plan is assembled: the prose an administrator reads and the commands
 * they paste, kept apart until the step is numbered (SPEC §6; issue 20: `commands` beside the prose).
 */
import type { PlanAction, PlanStep } from '../types.js';

export interface Draft {
  readonly action: PlanAction;
  /** One line: the renderers read everything after the first line as commands. */
  readonly prose: string;
  readonly commands: readonly string[];
  readonly files: readonly string[];
}

export function draft(action: PlanAction, prose: string, commands: readonly string[] = [], files: readonly string[] = []): Draft {
  return { action, prose: prose.replace(/\s*\n\s*/g, ' '), commands, files };
}

/** The runbook in order, each step's text its prose and then its commands, one a line. */
export function numbered(drafts: readonly Draft[]): PlanStep[] {
  return drafts.map((d, i) => ({
    step: i + 1,
    action: d.action,
    text: [d.prose, ...d.commands].join('\n'),
    commands: [...d.commands],
    files: [...d.files],
  }));
}
