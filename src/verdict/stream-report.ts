/**
 * A log stream for the report: every captured log and every missing generation in the captured
 * range, ordered by generation, each with its status (SPEC §6), plus the events that stop replay.
 */
import { fileNameOf } from '../domain/log-names.js';
import type { LogEvidence } from '../evidence/types.js';
import { logCount, logFileFor, missingRanges, orderedEntries, nameMismatch, presentGenerations, unmatchedAttachmentChanges, type RestoreModel, type StreamModel } from '../model/index.js';
import { chainVerdict } from './database-verdict.js';
import { generationRef } from './generation-ref.js';
import { labelled } from './summary.js';
import { GeneratedStreamLogList } from './stream-log-list.js';
import type { LogStatus, StreamEvent, StreamReport } from './types.js';

/** Missing generations listed one by one up to this many per stream; beyond, the range is folded. */
const MAX_MISSING_LISTED = 10_000;

export function logStatus(stream: StreamModel, log: LogEvidence): LogStatus {
  if (stream.intruders.includes(log)) return 'signature-mismatch';
  if (log.integrity === 'failed') return 'damaged';
  if (nameMismatch(log)) return 'name-mismatch';
  const g = log.generation!;
  if (stream.lowAnchor !== undefined && g < stream.lowAnchor) return 'before-anchor';
  if (stream.validCurrentLog === log) return 'current';
  // A dirty database's current log past a gap is committed data it loses, not a ceiling.
  if (stream.wrongCurrentLogs.includes(log)) return stream.softRecovery && stream.chain?.stop && g > stream.chain.stop.generation ? 'after-gap' : 'ceiling';
  return replayStatus(stream, g);
}

/**
 * The status of a run's member at generation `g`: what logStatus says of it. A member is never
 * foreign (the intruders are logs of other groups), damaged, misnamed or a current log (runs fold
 * numbered, undamaged logs named by their generation), so only its generation decides.
 */
export function memberStatus(stream: StreamModel, g: number): LogStatus {
  if (stream.lowAnchor !== undefined && g < stream.lowAnchor) return 'before-anchor';
  return replayStatus(stream, g);
}

/** The anchor, a log replay reaches, or one past the chain's stop or the replay's end. */
function replayStatus(stream: StreamModel, g: number): LogStatus {
  if (g === stream.lowAnchor) return 'anchor';
  const end = stream.replayThrough ?? stream.chain?.through;
  if (end === undefined || g <= end) return 'ok';
  const stop = stream.chain?.stop;
  if (stop && g > stop.generation) return 'after-gap';
  return 'ceiling';
}

export function streamReport(stream: StreamModel, model: RestoreModel): StreamReport {
  // Missing generations from the lowest through the highest captured (intruders count as present).
  const missing = stream.lowest !== undefined && stream.highest !== undefined ? missingRanges(presentGenerations(stream), stream.lowest, stream.highest) : [];
  const entries = orderedEntries(stream.entries);
  const logs = new GeneratedStreamLogList({
    entries,
    logCount: logCount(entries),
    intruders: stream.intruders,
    statusOf: (log) => logStatus(stream, log),
    memberStatus: (_run, g) => memberStatus(stream, g),
    missing,
    maxMissing: MAX_MISSING_LISTED,
    missingFile: (g) => logFileFor(stream, g),
  });

  const events: StreamEvent[] = [];
  for (const m of stream.databases) {
    if (m.change) events.push({ generation: m.change.generation, kind: m.change.kind, database: m.db.name, from: m.change.from, to: m.change.to });
  }
  for (const { name, change } of unmatchedAttachmentChanges(stream)) {
    events.push({ generation: change.generation, kind: change.kind, database: fileNameOf(name), from: change.from, to: change.to });
  }
  const stop = stream.chain?.stop;
  if (stop?.kind === 'log-signature-mismatch') {
    events.push({ generation: stop.generation, kind: 'log-signature-change', ...(stream.signature ? { from: stream.signature.text } : {}), ...(stop.log?.signature ? { to: stop.log.signature.text } : {}) });
  }
  events.sort((a, b) => a.generation - b.generation);

  const counts = logs.statusCounts();
  const checkpoint = stream.checkpoints.find((c) => c.checkpoint)?.checkpoint;
  const verdict = chainVerdict(stream, model);
  return {
    id: stream.id,
    baseName: stream.naming.baseName,
    ...(stream.signature ? { signature: stream.signature.text } : {}),
    digits: stream.naming.digits,
    logs,
    ...(stream.lowAnchor !== undefined ? { lowAnchor: generationRef(stream, stream.lowAnchor) } : {}),
    ...(stream.replayThrough !== undefined ? { replayThrough: stream.replayThrough } : {}),
    ...(checkpoint ? { checkpoint: generationRef(stream, checkpoint.generation) } : {}),
    events,
    databases: stream.databases.map((m) => m.db.name),
    ...(verdict ? { verdict: labelled(verdict) } : {}),
    counts,
  };
}
