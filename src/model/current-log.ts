/**
 * The current log (Q296787 steps 6–7): `Edb.log` stays only when its lGeneration is the chain's
 * highest numbered log + 1; otherwise it is moved aside and the chain's last log is renamed.
 * Every log above that one is a ceiling (step 7 CRITICAL NOTE); the logs a dirty database still
 * needs are stranded, not ceiling (Q237767 Notes).
 */
import type { LogEvidence } from '../evidence/types.js';
import { neededThrough } from './database-replay.js';
import type { StreamDraft } from './draft.js';
import { entryWithin, logsAtGeneration } from './entries.js';

export function decideCurrentLog(stream: StreamDraft): void {
  const through = stream.replayThrough;
  // A current log is never a run member (runs are numbered logs).
  const currents: LogEvidence[] = [];
  for (const entry of stream.entries) if (entry.kind === 'current') currents.push(entry);
  if (through === undefined) {
    stream.wrongCurrentLogs.push(...currents);
    return;
  }
  const numberedAtEnd = logsAtGeneration(stream.entries, through).find((l) => l.kind === 'numbered');
  for (const current of currents) {
    if (current.generation === through && !numberedAtEnd && current.integrity !== 'failed' && !stream.validCurrentLog) stream.validCurrentLog = current;
    else stream.wrongCurrentLogs.push(current);
  }
  // Q237767 Notes: the logs of a dirty database are never renamed; soft recovery reads them as they are.
  if (!stream.validCurrentLog && numberedAtEnd && !stream.softRecovery) stream.renameToCurrent = numberedAtEnd;
  // A dirty database needs its logs up to Log Committed: those it cannot replay are stranded, not ceiling.
  let needed = through;
  for (const m of stream.replaying) needed = Math.max(needed, neededThrough(m) ?? through);
  // Runs kept whole: a run across `needed` is cut there, its two pieces each in its list.
  for (const entry of stream.entries) {
    if (entry.kind === 'current') continue;
    const stranded = entryWithin(entry, through + 1, needed);
    if (stranded) stream.strandedLogs.push(stranded);
    const ceiling = entryWithin(entry, Math.max(through, needed) + 1, Infinity);
    if (ceiling) stream.ceilingLogs.push(ceiling);
  }
}
