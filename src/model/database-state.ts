/**
 * What a database header's State and a checksum run say about the file itself (ese-format §1.3,
 * §6), before any log is looked at.
 */
import type { DatabaseEvidence, SignatureRef } from '../evidence/types.js';
import type { DatabaseModel } from './types.js';

/** States no log replays into and no restore uses as they are (ese-format §1.3). */
const UNUSABLE_STATES = new Set(['justCreated', 'beingConverted', 'illegal', 'forceDetach', 'incrementalReseed', 'revert']);

/** Dirty Shutdown (Q237767): soft recovery must replay its Log Required logs. */
export function isDirty(db: DatabaseEvidence): boolean {
  return db.stateKind === 'dirty' || db.stateKind === 'dirtyPatched';
}

export function isUnusableState(db: DatabaseEvidence): boolean {
  return db.stateKind !== undefined && UNUSABLE_STATES.has(db.stateKind);
}

/**
 * A signature eseutil prints for "none" (`Create time:00/00/1900 00:00:00 Rand:0 Computer:`): a
 * repaired database's reset Log Signature (Q183380). It names no log stream.
 */
export function isZeroSignature(signature: SignatureRef | undefined): boolean {
  return signature !== undefined && signature.rand === 0 && /\b0?0\/0?0\/1900\b/.test(signature.text);
}

/** `eseutil /k` found bad checksums or wrong page numbers (ese-format §6): the copy is damaged. */
export function hasDamagedPages(model: DatabaseModel): boolean {
  return model.checksums.some((c) => (c.badChecksums ?? 0) > 0 || (c.wrongPageNumbers ?? 0) > 0);
}

/** The other half of a store is usable: not in a broken state, no damaged pages. */
export function partnerUsable(partner: DatabaseModel): boolean {
  return !isUnusableState(partner.db) && !hasDamagedPages(partner);
}
