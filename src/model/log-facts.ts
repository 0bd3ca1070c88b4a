/**
 * What one log header says about that log alone (ese-format §2.4): circular logging and a name at
 * odds with its lGeneration.
 */
import type { LogEvidence } from '../evidence/types.js';

/** Circular logging on by its current setting (ese-format §2.4), not by the history flag. */
export function circularNow(log: LogEvidence): boolean {
  return log.circularLogging !== undefined && (log.circularLogging.env === true || log.circularLogging.currentFile === true);
}

/** Only the `(past files)` flag is on: circular logging was on once, not when this log was written. */
export function circularHistoryOnly(log: LogEvidence): boolean {
  return log.circularLogging?.pastFiles === true && !circularNow(log);
}

/** Is the name of a numbered log at odds with its lGeneration (ese-format §2.4, -513)? */
export function nameMismatch(log: LogEvidence): boolean {
  return log.kind === 'numbered' && log.generationFromHeader && log.nameGeneration !== undefined && log.nameGeneration !== log.generation;
}
