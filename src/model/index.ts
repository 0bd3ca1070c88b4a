/**
 * The restore model (issue 15): evidence → log streams, databases, anchors and replay chains, as
 * read-only data. The rules judge it; the verdict, the plan and the stream report read it.
 */
export { buildRestoreModel } from './build.js';
export type * from './types.js';
export { referenceLog } from './chain.js';
export { databaseReplays } from './database-replay.js';
export { hasDamagedPages, isDirty, isUnusableState } from './database-state.js';
export { describeGeneration, describeGenerations, describeRange, describeStream, foldRanges, listFiles, listLogFiles } from './describe.js';
export {
  entryWithin, filesOf, firstFiles, firstLog, firstLogs, hasGeneration, lastFile, logByFileKey, logCount, logsAtGeneration,
  orderedEntries, orderedFrom, ownLogsAt, shownEntries, singlesOf,
} from './entries.js';
export { missingRanges, presentGenerations } from './generations.js';
export { nameMismatch } from './log-facts.js';
export { currentLogNameFor, logFileFor, namingForDatabase, numberedNameFor } from './naming.js';
export { unmatchedAttachmentChanges } from './attachments.js';
export { listedAboveCeiling, listedWrongSize, withListedAboveCeiling, wrongSizeMembers } from './listed-files.js';
