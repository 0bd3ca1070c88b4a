/**
 * One database against its stream: its anchor (Q296787 step 2: a clean copy's Last Consistent, a
 * dirty one's Log Required low end — Q237767), the anchor log, the recorded attachment (step 4),
 * its chain and how far replay reaches before a recorded change (Q183380), and whether it replays
 * at all.
 */
import { headOf } from '../evidence/log-run.js';
import { changeAlongChain, recordedAttachment } from './attachments.js';
import { walkChain } from './chain.js';
import { hasDamagedPages, isDirty, isUnusableState, partnerUsable } from './database-state.js';
import type { DatabaseDraft } from './draft.js';
import { hasGeneration, orderedFrom } from './entries.js';
import { generationsFrom, logsAt } from './generations.js';
import { circularNow } from './log-facts.js';
import type { DatabaseModel } from './types.js';

export function analyzeDatabase(model: DatabaseDraft): void {
  const { db, stream } = model;
  if (isDirty(db)) {
    if (db.logRequired && db.logRequired.low > 0) {
      model.anchor = db.logRequired.low;
      model.anchorFrom = 'logRequired';
    }
  } else if (db.lastConsistent && db.lastConsistent.generation > 0) {
    model.anchor = db.lastConsistent.generation;
    model.anchorFrom = 'lastConsistent';
  } else if (db.lastConsistent) {
    // `Last Consistent: (0x0,0,0)` was printed: there is no anchor log to find (Q183380).
    model.lastConsistentZero = true;
  }
  if (!stream || model.anchor === undefined) {
    if (isDirty(db) && db.logRequired && model.anchor !== undefined) {
      model.requiredMissing = generationsFrom(db.logRequired.low, db.logRequired.high);
      model.requiredSatisfied = false;
    }
    return;
  }
  const at = logsAt(stream, model.anchor);
  const anchorLog = at.own.find((l) => l.kind === 'numbered') ?? at.own[0];
  if (anchorLog) model.anchorLog = anchorLog;
  else if (at.foreign[0]) model.foreignAnchorLog = at.foreign[0];

  const recorded = recordedAttachment(db, stream, model.anchor);
  if (recorded) {
    model.recorded = recorded;
    if (db.dbSignature && recorded.attachment.signature) model.dbSignatureMatch = db.dbSignature.key === recorded.attachment.signature.key;
  }

  if (anchorLog) {
    const chain = walkChain(stream, model.anchor);
    model.chain = chain;
    const change = changeAlongChain(db, chain);
    if (change) model.change = change;
    model.replayThrough = change ? change.generation - 1 : chain.through;
  }
  const anchor = model.anchor;
  // Circular logging is the same in every member of a run: its first member tells.
  model.circularLogs = orderedFrom(stream.entries, anchor).filter((e) => circularNow(headOf(e)));
  if (isDirty(db) && db.logRequired) {
    const reached = model.replayThrough ?? model.anchor - 1;
    model.requiredMissing = generationsFrom(db.logRequired.low, db.logRequired.high).filter(
      (g) => g > reached || !hasGeneration(stream.entries, g),
    );
    model.requiredSatisfied = reached >= db.logRequired.high;
    // Log Committed 0-N (ese-format §1.5): N+1.. hold nothing of this database; required.high+1..N
    // are needed to lose nothing (-582 JET_errCommittedLogFilesMissing without them).
    if (db.logCommitted && db.logCommitted.high > db.logRequired.high) {
      model.committedMissing = generationsFrom(db.logRequired.high + 1, db.logCommitted.high).filter((g) => g > reached);
    } else if (db.logCommitted) {
      model.committedMissing = [];
    }
  }
}

/** The highest generation a dirty database's soft recovery needs: Log Committed's high end, else Log Required's. */
export function neededThrough(model: DatabaseModel): number | undefined {
  const db = model.db;
  if (!isDirty(db) || !db.logRequired) return undefined;
  return Math.max(db.logRequired.high, db.logCommitted?.high ?? 0);
}

/** Can this database be rolled forward at all (before looking at how far)? */
export function databaseReplays(model: DatabaseModel): boolean {
  const db = model.db;
  if (isUnusableState(db)) return false;
  if (hasDamagedPages(model)) return false;
  if (!model.stream || !model.anchorLog || model.replayThrough === undefined) return false;
  if (model.replayThrough < (model.anchor ?? 0)) return false;
  if (isDirty(db)) return model.requiredSatisfied === true && model.dbSignatureMatch !== false && model.logSignatureMatch !== false && (!model.partner || partnerUsable(model.partner));
  if (db.stateKind !== 'clean') return false;
  if (model.logSignatureMatch === false || model.dbSignatureMatch === false) return false;
  if (model.circularLogs.length > 0) return false;
  if (model.partner && !partnerUsable(model.partner)) return false;
  return true;
}
