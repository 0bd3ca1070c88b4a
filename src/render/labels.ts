/**
 * Words the reports print for the contract's enums (SPEC §6). Kept apart from the view model
 * and made exhaustive with `satisfies Record<…>`, so a new verdict, status or plan action is a
 * compile error here until it has a label.
 */
import type { Severity } from '../rules/types.js';
import type { LogStatus, PlanAction, StreamEvent, VerdictKind } from '../verdict/types.js';

/**
 * How a value reads at a glance; the HTML uses it as a CSS class, the text reporter as a colour.
 * `good` — nothing to do; `warn` — act or check; `bad` — data is lost or the restore must wait;
 * `neutral` — a fact; `unknown` — the evidence does not decide.
 */
export type Tone = 'good' | 'warn' | 'bad' | 'neutral' | 'unknown';

/** The verdict labels of the JSON report (`label`, `verdictLabel`): every format prints the same words. */
export { VERDICT_LABELS } from '../verdict/summary.js';

export const VERDICT_TONES = {
  'roll-forward': 'good',
  'roll-forward-partial': 'warn',
  'point-in-time': 'bad',
  'not-restorable': 'bad',
  undetermined: 'unknown',
} as const satisfies Record<VerdictKind, Tone>;

export const LOG_STATUS_LABELS = {
  ok: 'ok',
  anchor: 'anchor',
  current: 'current log',
  missing: 'missing',
  'signature-mismatch': 'signature mismatch',
  ceiling: 'ceiling',
  'after-gap': 'after the gap',
  damaged: 'damaged',
  'before-anchor': 'before the anchor',
  'name-mismatch': 'name ≠ generation',
} as const satisfies Record<LogStatus, string>;

export const LOG_STATUS_TONES = {
  ok: 'good',
  anchor: 'good',
  current: 'good',
  missing: 'bad',
  'signature-mismatch': 'bad',
  ceiling: 'warn',
  'after-gap': 'warn',
  damaged: 'bad',
  'before-anchor': 'neutral',
  'name-mismatch': 'bad',
} as const satisfies Record<LogStatus, Tone>;

/** What a folded run of logs with one status says after its count (`13 logs, all match`). */
export const LOG_RUN_NOTES = {
  ok: 'all match',
  anchor: 'anchor',
  current: 'current log',
  missing: 'missing',
  'signature-mismatch': 'signature mismatch',
  ceiling: 'above the current log (ceiling)',
  'after-gap': 'stranded after the gap',
  damaged: 'damaged',
  'before-anchor': 'before the anchor, not replayed',
  'name-mismatch': 'name does not match lGeneration',
} as const satisfies Record<LogStatus, string>;

/**
 * Order of severity in the timeline when many statuses share one band (worst first), so a
 * coarse band of a huge stream still shows its worst log.
 */
export const LOG_STATUS_SEVERITY: readonly LogStatus[] = [
  'damaged',
  'signature-mismatch',
  'name-mismatch',
  'missing',
  'after-gap',
  'ceiling',
  'anchor',
  'current',
  'before-anchor',
  'ok',
];

export const SEVERITY_LABELS = {
  error: 'Errors',
  warning: 'Warnings',
  info: 'Information',
} as const satisfies Record<Severity, string>;

export const SEVERITY_TONES = {
  error: 'bad',
  warning: 'warn',
  info: 'neutral',
} as const satisfies Record<Severity, Tone>;

/** Worst first, the order findings are grouped in. */
export const SEVERITY_ORDER: readonly Severity[] = ['error', 'warning', 'info'];

export const PLAN_ACTION_LABELS = {
  'stop-service': 'Stop the service',
  'move-aside': 'Move aside',
  rename: 'Rename',
  'remove-ceiling': 'Remove ceiling logs',
  'move-checkpoint': 'Move the checkpoint away',
  'restore-database': 'Restore the database',
  recover: 'Recover',
  'start-service': 'Start the service',
  'isinteg-patch': 'Only if asked: isinteg -patch',
  'truncate-logs': 'Truncate logs',
  backup: 'Full backup',
  'capture-more': 'Capture more evidence',
  'copy-logs': 'Copy the logs in',
  caution: 'Caution',
  repair: 'Last resort: repair',
} as const satisfies Record<PlanAction, string>;

export const STREAM_EVENT_LABELS = {
  'path-change': 'path change',
  'db-signature-change': 'database signature change',
  'log-signature-change': 'log signature change',
} as const satisfies Record<StreamEvent['kind'], string>;
