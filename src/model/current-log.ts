/**
 * The current log (Q296787 steps 6–7): `Edb.log` stays only when its lGeneration is the chain's
 * highest numbered log + 1; otherwise it is moved aside and the chain's last log is renamed.
 * Every log above that one is a ceiling (step 7 CRITICAL NOTE); the logs a dirty database still
 * needs are stranded, not ceiling (Q237767 Notes).
 */
import { neededThrough } from './database-replay.js';
import type { StreamDraft } from './draft.js';

export function decideCurrentLog(stream: StreamDraft): void {
  const through = stream.replayThrough;
  const currents = stream.logs.filter((l) => l.kind === 'current');
  if (through === undefined) {
    stream.wrongCurrentLogs.push(...currents);
    return;
  }
  const numberedAtEnd = stream.logs.find((l) => l.kind === 'numbered' && l.generation === through);
  for (const current of currents) {
    if (current.generation === through && !numberedAtEnd && current.integrity !== 'failed' && !stream.validCurrentLog) stream.validCurrentLog = current;
    else stream.wrongCurrentLogs.push(current);
  }
  // Q237767 Notes: the logs of a dirty database are never renamed; soft recovery reads them as they are.
  if (!stream.validCurrentLog && numberedAtEnd && !stream.softRecovery) stream.renameToCurrent = numberedAtEnd;
  // A dirty database needs its logs up to Log Committed: those it cannot replay are stranded, not ceiling.
  let needed = through;
  for (const m of stream.replaying) needed = Math.max(needed, neededThrough(m) ?? through);
  for (const log of stream.logs) {
    if (log.kind === 'current' || log.generation === undefined || log.generation <= through) continue;
    if (log.generation <= needed) stream.strandedLogs.push(log);
    else stream.ceilingLogs.push(log);
  }
}
