/**
 * The verdict in one line an administrator can act on (SPEC §6 `summary`), e.g.
 * `ROLL FORWARD PARTIAL — priv.edb replays Edb012cf.log (4815) through Edb012d4.log (4820); …`.
 */
import type { DatabaseVerdict, VerdictKind } from './types.js';

const LABELS: Record<VerdictKind, string> = {
  'roll-forward': 'ROLL FORWARD',
  'roll-forward-partial': 'ROLL FORWARD PARTIAL',
  'point-in-time': 'POINT IN TIME',
  'not-restorable': 'NOT RESTORABLE',
  undetermined: 'UNDETERMINED',
};

export function verdictLabel(kind: VerdictKind): string {
  return LABELS[kind];
}

export function summaryLine(overall: VerdictKind, verdicts: readonly DatabaseVerdict[], fallback: string): string {
  const worst = verdicts.filter((v) => v.kind === overall);
  const text = worst.length > 0
    ? worst.slice(0, 3).map((v) => v.explanation.replace(/\.$/, '')).join('; ') + (worst.length > 3 ? `; and ${worst.length - 3} more` : '')
    : fallback;
  return `${LABELS[overall]} — ${text}`;
}
