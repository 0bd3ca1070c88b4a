/**
 * `State:` of a database header → stateKind (ese-format.md §6). ESE97 prints `JustCreated`,
 * `Inconsistent`, `Consistent`; ESE98 on prints `Just Created`, `Dirty Shutdown`,
 * `Clean Shutdown`, … (MS docs: "prior to Windows XP, dirty shutdown was called inconsistent").
 */
import type { StateKind } from './types.js';

const STATES: readonly (readonly [string, StateKind])[] = [
  ['dirty and patched shutdown', 'dirtyPatched'],
  ['incremental reseed in progress', 'incrementalReseed'],
  ['database revert in progress', 'revert'],
  ['force detach replay error', 'forceDetach'],
  ['being converted', 'beingConverted'],
  ['clean shutdown', 'clean'],
  ['dirty shutdown', 'dirty'],
  ['just created', 'justCreated'],
  ['justcreated', 'justCreated'],
  ['inconsistent', 'dirty'],
  ['consistent', 'clean'],
  ['illegal', 'illegal'],
];

/** Matches the printed state at the start of the value (case and spacing ignored). */
export function stateKindOf(state: string): StateKind {
  const normalized = state.trim().toLowerCase().replace(/\s+/g, ' ');
  for (const [printed, kind] of STATES) {
    if (normalized.startsWith(printed)) return kind;
  }
  return 'unknown';
}
