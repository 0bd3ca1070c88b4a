/**
 * The model while buildRestoreModel assembles it. Streams and databases point at each other (a
 * database's stream, a stream's databases, the two halves of a store), so they are built as
 * drafts and filled in step by step inside one call; the caller only ever gets the read-only
 * RestoreModel types. Nothing outside src/model/ sees a draft.
 */
import type { CheckpointEvidence, LogEntry, LogEvidence, StreamCheckEvidence } from '../evidence/types.js';
import type { DatabaseModel, StreamModel } from './types.js';

type Writable<T> = { -readonly [K in keyof T]: T[K] };

export interface DatabaseDraft extends Omit<Writable<DatabaseModel>, 'stream' | 'partner'> {
  stream?: StreamDraft;
  partner?: DatabaseDraft;
}

type StreamLists =
  | 'databases' | 'checkpoints' | 'streamChecks' | 'wrongCurrentLogs' | 'ceilingLogs' | 'strandedLogs'
  | 'circularLogs' | 'circularHistoryLogs' | 'replaying' | 'pointInTime';

export interface StreamDraft extends Omit<Writable<StreamModel>, StreamLists> {
  databases: DatabaseDraft[];
  checkpoints: CheckpointEvidence[];
  streamChecks: StreamCheckEvidence[];
  wrongCurrentLogs: LogEvidence[];
  ceilingLogs: LogEntry[];
  strandedLogs: LogEntry[];
  circularLogs: LogEntry[];
  circularHistoryLogs: LogEntry[];
  replaying: DatabaseDraft[];
  pointInTime: DatabaseDraft[];
}
