/**
 * The replay decision of one log stream once its databases are analyzed: which databases replay,
 * the low anchor replay starts at (Q296787 step 2), the chain from it (steps 5 and 8), circular
 * logging from there on (Q296787 "circular logging", ese-format §2.4), how far replay reaches, and
 * then the current log (steps 6–7) and the changes recorded for databases without a /mh capture.
 */
import { headOf } from '../evidence/log-run.js';
import { findUnmatchedAttachmentChanges } from './attachments.js';
import { walkChain } from './chain.js';
import { decideCurrentLog } from './current-log.js';
import { isDirty } from './database-state.js';
import type { StreamDraft } from './draft.js';
import { hasGeneration, logByFileKey, orderedFrom } from './entries.js';
import { circularHistoryOnly, circularNow } from './log-facts.js';

/** `anchorKey`: the lower-cased file name given with --anchor, if any. */
export function decideStreamReplay(stream: StreamDraft, anchorKey: string | undefined): void {
  stream.replaying.push(...stream.databases.filter((m) => m.replays));
  stream.pointInTime.push(...stream.databases.filter((m) => !m.replays));
  stream.softRecovery = stream.replaying.some((m) => isDirty(m.db));
  // The low anchor is where replay starts: the lowest anchor of the databases that replay. A
  // database restored point-in-time does not pull it down, so the logs below the replaying
  // databases' anchors are moved aside rather than replayed (Q296787 step 2).
  const anchoring = stream.replaying.length > 0 ? stream.replaying : stream.databases;
  const anchors: { generation: number; by: string }[] = [];
  for (const model of anchoring) {
    if (model.anchor !== undefined && model.logSignatureMatch !== false) anchors.push({ generation: model.anchor, by: model.db.name });
  }
  // The own log named by --anchor (a run's member made); a foreign log of that name is not the anchor.
  const anchorFileLog = anchorKey !== undefined ? logByFileKey(stream.entries, anchorKey) : undefined;
  if (anchorFileLog) {
    stream.anchorFileLog = anchorFileLog;
    if (anchorFileLog.generation !== undefined) anchors.push({ generation: anchorFileLog.generation, by: anchorFileLog.file });
  }
  if (anchors.length > 0) {
    const low = Math.min(...anchors.map((a) => a.generation));
    stream.lowAnchor = low;
    stream.lowAnchorOf = anchors.filter((a) => a.generation === low).map((a) => a.by);
    // A database anchored there walked this chain already (walkChain depends on the stream and the anchor only).
    if (hasGeneration(stream.entries, low)) stream.chain = stream.databases.find((m) => m.chain?.from === low)?.chain ?? walkChain(stream, low);
  }
  const from = stream.lowAnchor;
  // Circular logging is the same in every member of a run: its first member tells.
  for (const entry of from === undefined ? stream.entries : orderedFrom(stream.entries, from)) {
    const log = headOf(entry);
    if (circularNow(log)) stream.circularLogs.push(entry);
    else if (circularHistoryOnly(log)) stream.circularHistoryLogs.push(entry);
  }
  const throughs = stream.replaying.map((m) => m.replayThrough!);
  if (stream.anchorFileLog && stream.chain && stream.databases.length === 0 && stream.circularLogs.length === 0) throughs.push(stream.chain.through);
  if (throughs.length > 0) {
    stream.replayThrough = Math.max(...throughs);
    stream.rollsForward = true;
  }
  decideCurrentLog(stream);
  stream.attachmentChanges = findUnmatchedAttachmentChanges(stream);
}
