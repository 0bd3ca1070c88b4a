/**
 * A log stream for the report: every captured log and every missing generation in the captured
 * range, ordered by generation, each with its status (SPEC §6), plus the events that stop replay.
 */
import { fileNameOf } from '../domain/log-names.js';
import type { LogEvidence } from '../evidence/types.js';
import { logFileFor, missingRanges, nameMismatch, presentGenerations, unmatchedAttachmentChanges, type RestoreModel, type StreamModel } from '../model/index.js';
import { chainVerdict } from './database-verdict.js';
import { generationRef } from './generation-ref.js';
import { labelled } from './summary.js';
import type { LogStatus, StreamEvent, StreamLog, StreamReport } from './types.js';

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
  if (g === stream.lowAnchor) return 'anchor';
  const end = stream.replayThrough ?? stream.chain?.through;
  if (end === undefined || g <= end) return 'ok';
  const stop = stream.chain?.stop;
  if (stop && g > stop.generation) return 'after-gap';
  return 'ceiling';
}

type Draft<T> = { -readonly [K in keyof T]: T[K] };

function paths(log: LogEvidence): StreamLog['paths'] {
  if (log.attachments.length === 0) return undefined;
  return log.attachments.map((a) => (a.signature ? { dbid: a.dbid, path: a.path, signature: a.signature.text } : { dbid: a.dbid, path: a.path }));
}

/**
 * One log of the report. Members are assigned in the order of SPEC §6 (the JSON report's key
 * order), optional ones only when present; built without object spreads, as this runs once per
 * captured log.
 */
function streamLog(log: LogEvidence, status: LogStatus): StreamLog {
  const entry: Draft<StreamLog> = { file: log.file, generation: log.generation!, status };
  if (log.signature) entry.signature = log.signature.text;
  const p = paths(log);
  if (p) entry.paths = p;
  entry.input = log.input;
  entry.line = log.fileAt.line;
  return entry;
}

export function streamReport(stream: StreamModel, model: RestoreModel): StreamReport {
  const logs: StreamLog[] = [];
  for (const log of [...stream.logs, ...stream.intruders]) {
    if (log.generation === undefined) continue;
    logs.push(streamLog(log, logStatus(stream, log)));
  }
  if (stream.lowest !== undefined && stream.highest !== undefined) {
    let listed = 0;
    for (const [first, last] of missingRanges(presentGenerations(stream), stream.lowest, stream.highest)) {
      for (let g = first; g <= last && listed < MAX_MISSING_LISTED; g++, listed++) {
        logs.push({ file: logFileFor(stream, g), generation: g, status: 'missing' });
      }
    }
  }
  const order: Record<string, number> = { current: 1 };
  logs.sort((a, b) => a.generation - b.generation || (order[a.status] ?? 0) - (order[b.status] ?? 0) || a.file.localeCompare(b.file));

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

  const counts: Partial<Record<LogStatus, number>> = {};
  for (const log of logs) counts[log.status] = (counts[log.status] ?? 0) + 1;
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
