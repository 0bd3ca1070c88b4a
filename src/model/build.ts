/**
 * Evidence → restore model: a pure function. Every call builds its own streams and databases
 * (no caches, no state kept between calls); the result is read-only.
 */
import type { CheckpointEvidence, Evidence } from '../evidence/types.js';
import { pairStores } from './attachments.js';
import { analyzeDatabase, databaseReplays } from './database-replay.js';
import type { DatabaseDraft } from './draft.js';
import { joinDatabase, streamOfCheck, streamOfCheckpoint } from './joins.js';
import { setListedStreamingFile, wrongSizeLogsOf } from './listed-files.js';
import { decideStreamReplay } from './stream-replay.js';
import { anchorFileKey, assembleStreams } from './streams.js';
import type { ModelOptions, RestoreModel } from './types.js';

export function buildRestoreModel(evidence: Evidence, options: ModelOptions = {}): RestoreModel {
  const streams = assembleStreams(evidence, options);
  const databases: DatabaseDraft[] = evidence.databases.map((db) => ({
    db,
    requiredMissing: [],
    circularLogs: [],
    checksums: evidence.checksums.filter((c) => c.nameKey === db.nameKey),
    replays: false,
  }));
  pairStores(databases);
  if (evidence.listedFiles !== undefined) for (const model of databases) setListedStreamingFile(model, evidence.listedFiles);
  for (const model of databases) joinDatabase(model, streams);
  const strayCheckpoints: CheckpointEvidence[] = [];
  for (const checkpoint of evidence.checkpoints) {
    const stream = streamOfCheckpoint(checkpoint, streams);
    if (stream) stream.checkpoints.push(checkpoint);
    else strayCheckpoints.push(checkpoint);
  }
  for (const check of evidence.streamChecks) streamOfCheck(check, streams)?.streamChecks.push(check);
  if (evidence.listedFiles !== undefined) for (const stream of streams) stream.wrongSizeLogs = wrongSizeLogsOf(stream, evidence.listedFiles);

  for (const model of databases) analyzeDatabase(model);
  // Whether each database replays is known before any stream decides its low anchor: a
  // point-in-time database of a stream does not pull its replay down (Q296787 step 2).
  for (const model of databases) model.replays = databaseReplays(model);

  const anchorKey = anchorFileKey(options);
  for (const stream of streams) decideStreamReplay(stream, anchorKey);
  return { streams, databases, strayCheckpoints, options };
}
