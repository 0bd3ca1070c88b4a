/**
 * The databases a log stream records (the attachment list of each log header, ese-format §2.4):
 * which entry is a captured database's, the signature and path replay expects for it, and where
 * the stream records a change of either (Q296787 "Dealing with Database Signature and Path
 * Mismatches"; Q237767 sigchk / pathchk; Q183380).
 */
import { fileNameOf } from '../domain/log-names.js';
import { UNPRINTED_PATH } from '../evidence/log-header-facts.js';
import { headOf } from '../evidence/log-run.js';
import type { AttachmentEvidence, DatabaseEvidence, LogEvidence } from '../evidence/types.js';
import type { DatabaseDraft } from './draft.js';
import { orderedFrom } from './entries.js';
import type { AttachmentChange, Chain, DatabaseChange, RecordedAttachment, StreamModel } from './types.js';

/**
 * The attachment a log lists for a database: by file name, else by dbid. The dbid never joins
 * files of different kinds: an `.stm` shares its `.edb`'s dbid (one store, ese-format §7.1), and
 * the `.edb`'s recorded path is not the `.stm`'s (copying an `.stm` there overwrites the database).
 */
function attachmentFor(log: LogEvidence, db: DatabaseEvidence, dbid: number | undefined): AttachmentEvidence | undefined {
  const byName = log.attachments.find((a) => a.nameKey === db.nameKey);
  if (byName || dbid === undefined) return byName;
  const kind = extensionOf(db.nameKey);
  // An attachment known by its position alone (UNPRINTED_PATH) has no kind to tell.
  return log.attachments.find((a) => a.dbid === dbid && (extensionOf(a.nameKey) === kind || a.path === UNPRINTED_PATH));
}

function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot + 1).toLowerCase();
}

/** `priv1.edb` and `priv1.stm` of one folder: the two files of one Exchange 2000/2003 store. */
export function pairStores(databases: readonly DatabaseDraft[]): void {
  const stem = (m: DatabaseDraft): string => {
    const path = (m.db.path ?? m.db.name).trim().toLowerCase();
    const dot = path.lastIndexOf('.');
    return dot < 0 ? path : path.slice(0, dot);
  };
  for (const stm of databases) {
    if (extensionOf(stm.db.nameKey) !== 'stm') continue;
    const edb = databases.find((m) => extensionOf(m.db.nameKey) === 'edb' && !m.partner && stem(m) === stem(stm))
      ?? databases.find((m) => extensionOf(m.db.nameKey) === 'edb' && !m.partner && fileNameOf(stem(m)) === fileNameOf(stem(stm)));
    if (!edb) continue;
    edb.partner = stm;
    stm.partner = edb;
  }
}

function samePath(a: string, b: string): boolean {
  // Every log of a stream usually prints the same path: no case folding needed then.
  return a === b || a.trim().toLowerCase() === b.trim().toLowerCase();
}

/**
 * What changed for one database between the attachment entry replay started with (`was`) and the
 * one `log` records (`now`): its database signature first (sigchk), else its path (pathchk).
 */
function attachmentChange(was: AttachmentEvidence, now: AttachmentEvidence, log: LogEvidence): DatabaseChange | undefined {
  if (was.signature && now.signature && was.signature.key !== now.signature.key) {
    return {
      kind: 'db-signature-change',
      generation: log.generation!,
      log,
      from: was.signature.text,
      to: now.signature.text,
      before: was.signatureAt ?? was.at,
      after: now.signatureAt ?? now.at,
    };
  }
  if (was.path !== UNPRINTED_PATH && now.path !== UNPRINTED_PATH && !samePath(was.path, now.path)) return { kind: 'path-change', generation: log.generation!, log, from: was.path, to: now.path, before: was.at, after: now.at };
  return undefined;
}

/**
 * Along a database's chain: the signature and path the logs record for it. Replay into it stops
 * at the first log where either differs from the first entry the chain records. The members of a
 * run record the same attachments (only their lines differ): a change is at a run's first member
 * or nowhere in it, so each entry is read on its first log.
 */
export function changeAlongChain(db: DatabaseEvidence, chain: Chain): DatabaseChange | undefined {
  let baseline: AttachmentEvidence | undefined;
  for (const entry of chain.entries) {
    const log = headOf(entry);
    const attachment = attachmentFor(log, db, baseline?.dbid ?? db.dbid);
    if (!attachment) continue;
    if (!baseline) {
      baseline = attachment;
      continue;
    }
    const change = attachmentChange(baseline, attachment, log);
    if (change) return change;
  }
  return undefined;
}

/** The entry replay checks the database against (Q296787 step 4: the path it restores to). */
export function recordedAttachment(db: DatabaseEvidence, stream: StreamModel, anchor: number): RecordedAttachment | undefined {
  // Generation 1 has no attachment list: use generation 2 (Q296787 step 4 NOTE, Q237767 step 2).
  // A run's members list the same attachments: its first member (from the anchor on) answers.
  for (const entry of orderedFrom(stream.entries, anchor)) {
    const log = headOf(entry);
    const attachment = attachmentFor(log, db, db.dbid);
    if (attachment) return { attachment, log };
  }
  return undefined;
}

/**
 * Signature and path changes the stream records for databases that have no /mh capture
 * (pathchk / sigchk over logs alone), from the low anchor on (else from the lowest log): the first
 * change of each attachment name, compared with the first entry for that name. Read on each
 * entry's first log: inside a run nothing changes.
 */
export function findUnmatchedAttachmentChanges(stream: StreamModel): AttachmentChange[] {
  const matched = new Set(stream.databases.map((m) => m.db.nameKey));
  const entries = orderedFrom(stream.entries, stream.lowAnchor ?? stream.lowest);
  const baselines = new Map<string, AttachmentEvidence>();
  const changes: AttachmentChange[] = [];
  const done = new Set<string>();
  for (const entry of entries) {
    const log = headOf(entry);
    for (const attachment of log.attachments) {
      // Without its path an entry names no database to follow (UNPRINTED_PATH).
      if (attachment.path === UNPRINTED_PATH) continue;
      const key = attachment.nameKey;
      if (matched.has(key) || done.has(key)) continue;
      const was = baselines.get(key);
      if (!was) {
        baselines.set(key, attachment);
        continue;
      }
      const change = attachmentChange(was, attachment, log);
      if (change) {
        changes.push({ name: fileNameOf(attachment.path), change });
        done.add(key);
      }
    }
  }
  return changes;
}

/** The changes findUnmatchedAttachmentChanges found when the model was built (StreamModel.attachmentChanges). */
export function unmatchedAttachmentChanges(stream: StreamModel): readonly AttachmentChange[] {
  return stream.attachmentChanges;
}
