/**
 * Databases, checkpoints and eseutil stream checks join the log streams: by signature first (a
 * database's Log Signature, a checkpoint's signature — Q296787 step 3, Q237767), else by the only
 * candidate there is.
 */
import { fileNameOf } from '../domain/log-names.js';
import { folderOfFile } from '../domain/windows-paths.js';
import { folderKey } from '../evidence/log-header-facts.js';
import type { CheckpointEvidence, StreamCheckEvidence } from '../evidence/types.js';
import { headOf } from '../evidence/log-run.js';
import { isZeroSignature } from './database-state.js';
import type { DatabaseDraft, StreamDraft } from './draft.js';
import { logByFileKey } from './entries.js';

/** The streams whose logs list a database of this name. */
function streamsListing(streams: readonly StreamDraft[], nameKey: string): StreamDraft[] {
  // A run's members list its first member's attachments.
  return streams.filter((s) => s.entries.some((e) => headOf(e).attachments.some((a) => a.nameKey === nameKey)));
}

/** Sets `model.stream` and `model.logSignatureMatch`, and adds the database to its stream. */
export function joinDatabase(model: DatabaseDraft, streams: readonly StreamDraft[]): void {
  const db = model.db;
  const bySignature = db.logSignature ? streams.find((s) => s.signature?.key === db.logSignature!.key) : undefined;
  if (bySignature) {
    model.stream = bySignature;
    model.logSignatureMatch = true;
  } else {
    // No stream carries the database's Log Signature: compare it with the stream that lists the
    // database, or with the only stream there is (Q237767: "the anchor log belongs to an entirely
    // different database").
    const listing = streamsListing(streams, db.nameKey);
    const candidate = listing.length === 1 ? listing[0] : streams.length === 1 ? streams[0] : undefined;
    if (!candidate) return;
    model.stream = candidate;
    if (db.logSignature && candidate.signature && !isZeroSignature(db.logSignature)) model.logSignatureMatch = false;
  }
  model.stream.databases.push(model);
}

/**
 * The stream a checkpoint belongs to: the one of its signature, else the only stream. A checkpoint
 * known only from a `dir` listing (issue 16) has no signature: it is the one stream of its base name
 * (`E00.chk` → `E00`) whose working path (`Env SystemPath`, ese-format §2.2) is the listed folder.
 */
export function streamOfCheckpoint(checkpoint: CheckpointEvidence, streams: readonly StreamDraft[]): StreamDraft | undefined {
  if (checkpoint.signature) {
    const match = streams.find((s) => s.signature?.key === checkpoint.signature!.key);
    if (match) return match;
  }
  if (streams.length !== 1 && checkpoint.listedAt !== undefined && checkpoint.signature === undefined) {
    const base = checkpoint.file.replace(/\.[^.]*$/, '').toLowerCase();
    const folder = folderKey(folderOfFile(checkpoint.path));
    const matches = streams.filter((s) => s.naming.baseName.toLowerCase() === base && (folder === undefined || s.entries.some((e) => folderKey(headOf(e).envSystemPath) === folder)));
    if (matches.length === 1) return matches[0];
  }
  return streams.length === 1 ? streams[0] : undefined;
}

/** The stream an `eseutil /ml E00` check (ese-format §3) read: the one holding a file it lists, else its base name. */
export function streamOfCheck(check: StreamCheckEvidence, streams: readonly StreamDraft[]): StreamDraft | undefined {
  const base = check.baseName?.toLowerCase();
  const byFile = streams.find((s) => check.logFiles.some((f) => logByFileKey(s.entries, fileNameOf(f).toLowerCase()) !== undefined));
  return byFile ?? streams.find((s) => base !== undefined && s.naming.baseName.toLowerCase() === base);
}
