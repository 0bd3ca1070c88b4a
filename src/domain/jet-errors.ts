/**
 * JET error codes that matter to a restore (ese-format.md §8, from jethdr.w; KB Q259751 and
 * Q237767 quote the same codes in signed, unsigned and hex forms).
 */

export interface JetErrorInfo {
  /** Signed code as eseutil prints it, e.g. -1811. */
  readonly code: number;
  readonly name: string;
  /** Older names of the same code (ESE97: `JET_errDatabaseInconsistent` for -550). */
  readonly aliases?: readonly string[];
  readonly description: string;
  /** What the error means for an offline restore and what to do. */
  readonly restoreAdvice: string;
}

export const JET_ERRORS: readonly JetErrorInfo[] = [
  { code: -501, name: 'JET_errLogFileCorrupt', description: 'Log file is corrupt', restoreAdvice: 'The log is damaged: replay stops before it. Restore this generation from another copy of the log backup, or roll forward only through the previous generation.' },
  { code: -509, name: 'JET_errMissingPreviousLogFile', description: 'Missing the log file for check point', restoreAdvice: 'The log the checkpoint points to is not in the log folder. For an offline restore, move the checkpoint file away so replay starts at the anchor log (Q296787 step 9).' },
  { code: -510, name: 'JET_errLogWriteFail', description: 'Failure writing to log file', restoreAdvice: 'Check free space and permissions on the transaction log volume before starting again.' },
  { code: -511, name: 'JET_errLogDisabledDueToRecoveryFailure', description: 'Logging after recovery failed', restoreAdvice: 'Recovery failed earlier; resolve the first error in the event log, then retry recovery.' },
  { code: -513, name: 'JET_errLogGenerationMismatch', description: 'File name does not match internal generation', restoreAdvice: 'A log was renamed to a name that does not match its lGeneration. Rename it back to the name its lGeneration gives (esereport logname), or remove it.' },
  { code: -514, name: 'JET_errBadLogVersion', description: 'Log version incompatible (5.5: often a damaged header)', restoreAdvice: 'The log was written by another engine version or its header is damaged. Check that eseutil and the logs come from the same build; in 5.5 treat the log as damaged.' },
  { code: -515, name: 'JET_errInvalidLogSequence', description: 'Timestamp in next log does not match expected', restoreAdvice: 'Two logs with the right numbers do not belong to the same sequence (a log from another stream or another run). Remove the log where the sequence breaks and everything after it.' },
  { code: -516, name: 'JET_errLoggingDisabled', description: 'Log is not active', restoreAdvice: 'Logging is not active for this instance.' },
  { code: -519, name: 'JET_errLogSequenceEnd', description: 'Maximum log file number exceeded', restoreAdvice: 'The stream reached its last generation (0xFFFFF for 5-digit names). Take a full backup and reset the log sequence.' },
  { code: -526, name: 'JET_errInvalidBackup', description: 'Incremental backup with circular logging', restoreAdvice: 'Circular logging is on: no roll-forward is possible, only a point-in-time restore.' },
  { code: -528, name: 'JET_errMissingLogFile', description: 'Current log file missing', restoreAdvice: 'A log in the sequence (often the current Edb.log/E00.log) is missing. Replay can reach only the last log before the gap; rename that log to the current log name and remove higher ones.' },
  { code: -529, name: 'JET_errLogDiskFull', description: 'Log disk full', restoreAdvice: 'Free space on the log volume; reserve logs were used.' },
  { code: -530, name: 'JET_errBadLogSignature', description: 'Bad signature for a log file', restoreAdvice: 'A log does not belong to the anchor log\'s stream (chksig/sigchk). Remove every log whose signature differs from the anchor log; nothing after it replays.' },
  { code: -531, name: 'JET_errBadDbSignature', description: 'Bad signature for a db file (obsolete)', restoreAdvice: 'The database signature does not match the logs (offline defrag or repair since the backup). Replay stops at the signature change (Q183380).' },
  { code: -532, name: 'JET_errBadCheckpointSignature', description: 'Bad signature for a checkpoint file', restoreAdvice: 'The checkpoint file belongs to another log stream. Move it away before starting the restore.' },
  { code: -533, name: 'JET_errCheckpointCorrupt', description: 'Checkpoint file not found or corrupt', restoreAdvice: 'Move the checkpoint file away; without it replay starts at the lowest log present.' },
  { code: -534, name: 'JET_errMissingPatchPage', description: 'Patch page not found (obsolete)', restoreAdvice: 'Online-backup patch data is missing; restore the backup set again.' },
  { code: -535, name: 'JET_errBadPatchPage', description: 'Patch file page not valid', restoreAdvice: 'The .pat file of the online backup is damaged; restore the backup set again.' },
  { code: -536, name: 'JET_errRedoAbruptEnded', description: 'Redo ended due to log read failure', restoreAdvice: 'A log could not be read during replay: treat it as damaged and roll forward only through the previous generation.' },
  { code: -538, name: 'JET_errPatchFileMissing', description: 'Patch file missing from backup set', restoreAdvice: 'The .pat file is missing from the online backup set; restore it with the backup.' },
  { code: -539, name: 'JET_errDatabaseLogSetMismatch', description: 'Database does not belong with these logs', restoreAdvice: 'The database Log Signature differs from the logs\' signature: these logs cannot replay into it; point-in-time only.' },
  { code: -540, name: 'JET_errDatabaseStreamingFileMismatch', description: '.edb/.stm mismatch', restoreAdvice: 'The .edb and .stm files come from different backups; restore them as a pair.' },
  { code: -541, name: 'JET_errLogFileSizeMismatch', description: 'Log size ≠ configured size', restoreAdvice: 'A log has the wrong size (truncated copy?). Recopy it from the backup.' },
  { code: -542, name: 'JET_errCheckpointFileNotFound', description: 'Could not locate checkpoint file', restoreAdvice: 'The checkpoint file is missing. For an offline roll-forward restore this is expected.' },
  { code: -543, name: 'JET_errRequiredLogFilesMissing', description: 'Required log files for recovery missing', restoreAdvice: 'The logs in the database\'s Log Required range are not all present: find them, or the database cannot be made consistent.' },
  { code: -544, name: 'JET_errSoftRecoveryOnBackupDatabase', description: 'Use restore (hard recovery) instead', restoreAdvice: 'This database came from an online backup: use hard recovery (eseutil /cc or the backup application), not soft recovery.' },
  { code: -546, name: 'JET_errLogSectorSizeMismatch', description: 'Log sector size ≠ volume sector size', restoreAdvice: 'The log volume has a different sector size than where the logs were written.' },
  { code: -548, name: 'JET_errLogSequenceEndDatabasesConsistent', description: 'Gens exhausted; dbs consistent', restoreAdvice: 'The stream reached its last generation; databases are consistent. Move the logs aside and start a new sequence.' },
  { code: -550, name: 'JET_errDatabaseDirtyShutdown', description: 'Db not shut down cleanly; run recovery', restoreAdvice: 'The database needs the logs of its Log Required range to become consistent (soft recovery); without them it is not restorable as it is.', aliases: ['JET_errDatabaseInconsistent'] },
  { code: -551, name: 'JET_errConsistentTimeMismatch', description: 'Database last consistent time unmatched', restoreAdvice: 'The database and the logs disagree about the last consistent time: the logs are not the ones this database expects.' },
  { code: -552, name: 'JET_errDatabasePatchFileMismatch', description: 'Patch file not from this backup', restoreAdvice: 'The .pat file belongs to another backup; restore the matching set.' },
  { code: -553, name: 'JET_errEndingRestoreLogTooLow', description: 'Restore log range too low', restoreAdvice: 'The restored logs end before the backup\'s required range.' },
  { code: -554, name: 'JET_errStartingRestoreLogTooHigh', description: 'Restore log range too high', restoreAdvice: 'The restored logs start after the backup\'s required range.' },
  { code: -555, name: 'JET_errGivenLogFileHasBadSignature', description: 'Restore log has bad signature', restoreAdvice: 'A restored log belongs to another stream; remove it.' },
  { code: -556, name: 'JET_errGivenLogFileIsNotContiguous', description: 'Restore logs not contiguous', restoreAdvice: 'The restored logs have a gap; replay stops before it.' },
  { code: -557, name: 'JET_errMissingRestoreLogFiles', description: 'Some restore log files missing', restoreAdvice: 'Logs of the backup set are missing; restore them.' },
  { code: -560, name: 'JET_errMissingFullBackup', description: 'No full backup before incremental', restoreAdvice: 'Restore the full backup before the incremental one.' },
  { code: -565, name: 'JET_errMissingCurrentLogFiles', description: 'Current logs missing for continuous restore', restoreAdvice: 'The current logs are missing for a roll-forward restore.' },
  { code: -566, name: 'JET_errDbTimeTooOld', description: 'dbtime on page vs log record mismatch', restoreAdvice: 'A page is older than the log expects: the database copy does not match the logs (wrong backup or lost flush).' },
  { code: -567, name: 'JET_errDbTimeTooNew', description: 'dbtime on page vs log record mismatch', restoreAdvice: 'A page is newer than the log expects: the database copy does not match the logs (wrong backup or lost flush).' },
  { code: -569, name: 'JET_errMissingFileToBackup', description: 'Log/patch files missing during backup', restoreAdvice: 'Logs were missing while the backup ran; the backup set is incomplete.' },
  { code: -570, name: 'JET_errLogTornWriteDuringHardRestore', description: 'torn write in backup set', restoreAdvice: 'A log in the backup set has a torn write; the backup set is damaged.' },
  { code: -571, name: 'JET_errLogTornWriteDuringHardRecovery', description: 'torn write during hard recovery', restoreAdvice: 'A log has a torn write; replay stops before it.' },
  { code: -573, name: 'JET_errLogCorruptDuringHardRestore', description: 'corruption in backup set', restoreAdvice: 'A log in the backup set is corrupt; the backup set is damaged.' },
  { code: -574, name: 'JET_errLogCorruptDuringHardRecovery', description: 'corruption during hard recovery', restoreAdvice: 'A log is corrupt; replay stops before it.' },
  { code: -579, name: 'JET_errRecoveredWithoutUndo', description: 'Replayed, undo skipped', restoreAdvice: 'Logs replayed without undo; finish recovery before attaching the database.' },
  { code: -582, name: 'JET_errCommittedLogFilesMissing', description: 'Committed (durability) logs missing; lossy recovery possible', restoreAdvice: 'Logs after Log Required are missing: the database can be made consistent only by losing those committed transactions (recovery with /a).' },
  { code: -586, name: 'JET_errCommittedLogFileCorrupt', description: 'Committed log corrupt', restoreAdvice: 'A committed log is damaged; lossy recovery only.' },
  { code: -590, name: 'JET_errLogSequenceChecksumMismatch', description: 'Accumulated segment checksum mismatch', restoreAdvice: 'Two logs do not chain (accumulated checksum): a log from another sequence; replay stops there.' },
  { code: -610, name: 'JET_errExistingLogFileHasBadSignature', description: 'existing logs vs restored set', restoreAdvice: 'Logs already in the folder belong to another stream than the restored set; move them aside.' },
  { code: -611, name: 'JET_errExistingLogFileIsNotContiguous', description: 'existing logs vs restored set', restoreAdvice: 'Logs already in the folder do not continue the restored set; move them aside.' },
  { code: -612, name: 'JET_errLogReadVerifyFailure', description: 'Checksum error in log during backup', restoreAdvice: 'A log failed its checksum while being backed up: that log is damaged.' },
  { code: -613, name: 'JET_errSLVReadVerifyFailure', description: 'Checksum error in streaming file', restoreAdvice: 'The .stm streaming file has a bad checksum: restore a known-good backup.' },
  { code: -614, name: 'JET_errCheckpointDepthTooDeep', description: 'too many gens between checkpoint and current', restoreAdvice: 'Too many logs between the checkpoint and the current log; let the store flush or restart it cleanly.' },
  { code: -615, name: 'JET_errRestoreOfNonBackupDatabase', description: 'hard recovery on non-backup db', restoreAdvice: 'Hard recovery was run on a database that did not come from an online backup; use soft recovery.' },
  { code: -1003, name: 'JET_errInvalidParameter', description: 'Invalid API parameter', restoreAdvice: 'An eseutil argument or path is wrong; check the command line.' },
  { code: -1018, name: 'JET_errReadVerifyFailure', description: 'Checksum error on a database page', restoreAdvice: 'This database copy has a damaged page: restore a known-good backup and roll forward.' },
  { code: -1019, name: 'JET_errPageNotInitialized', description: 'Blank database page', restoreAdvice: 'A page expected to hold data is blank: treat the copy as damaged.' },
  { code: -1021, name: 'JET_errDiskReadVerificationFailure', description: 'OS returned ERROR_CRC', restoreAdvice: 'The disk returned a CRC error: copy the file from another medium.' },
  { code: -1022, name: 'JET_errDiskIO', description: 'Disk IO error', restoreAdvice: 'The disk failed to read or write; check the hardware and copy the file elsewhere.' },
  { code: -1032, name: 'JET_errFileAccessDenied', description: 'File locked or in use', restoreAdvice: 'The file is in use (the service is still running, or antivirus/backup holds it). Stop the service, then capture again.' },
  { code: -1206, name: 'JET_errDatabaseCorrupted', description: 'Non database file or corrupted db', restoreAdvice: 'This copy is damaged (or not a database): restore a known-good backup and roll forward.' },
  { code: -1209, name: 'JET_errInvalidDatabaseVersion', description: 'Engine incompatible with database', restoreAdvice: 'Run the eseutil of the Exchange/Windows version that wrote the database.' },
  { code: -1213, name: 'JET_errPageSizeMismatch', description: 'Page size ≠ engine', restoreAdvice: 'The database page size does not match the engine: use the eseutil of the version that wrote it.' },
  { code: -1216, name: 'JET_errAttachedDatabaseMismatch', description: 'Outstanding attachment: db missing or doesn\'t match (e.g. an offline-restored db in a running SG)', restoreAdvice: 'The logs expect a database that is missing or different at its recorded path: restore it to the path recorded in the logs, or remove the logs that reference it.' },
  { code: -1226, name: 'JET_errDatabaseIncompleteIncrementalReseed', description: 'Db mid incremental reseed', restoreAdvice: 'An incremental reseed was interrupted: finish it or run a full reseed.' },
  { code: -1808, name: 'JET_errDiskFull', description: 'No space left on disk', restoreAdvice: 'Free space on the target volume and retry.' },
  { code: -1811, name: 'JET_errFileNotFound', description: 'File not found', restoreAdvice: 'A file was not found: during replay this usually means a database is not at the path recorded in the logs (pathchk). Restore it to that path (Q237767).' },
  { code: -1812, name: 'JET_errFileInvalidType', description: 'Invalid file type (e.g. /mh on a log)', restoreAdvice: 'The wrong eseutil switch was used for this file: /mh for databases, /ml for logs, /mk for checkpoints.' },
];

/** Warnings are positive (ese-format.md §8). */
export const JET_WARNINGS: readonly { readonly code: number; readonly name: string }[] = [
  { code: 585, name: 'JET_wrnCommittedLogFilesLost' },
  { code: 587, name: 'JET_wrnCommittedLogFilesRemoved' },
];

const byCode = new Map(JET_ERRORS.map((e) => [e.code, e]));
const byName = new Map<string, JetErrorInfo>();
for (const e of JET_ERRORS) {
  byName.set(e.name.toLowerCase(), e);
  for (const alias of e.aliases ?? []) byName.set(alias.toLowerCase(), e);
}

export function findJetError(code: number): JetErrorInfo | undefined {
  return byCode.get(code);
}

export function findJetErrorByName(name: string): JetErrorInfo | undefined {
  return byName.get(name.trim().toLowerCase());
}

/** The three numeric forms services and event logs show (Q237767: -530, 4294966766, 0xfffffdee). */
export interface JetCodeForms {
  readonly signed: number;
  readonly unsigned: number;
  /** `0xFFFFFDEE` (upper-case digits, `0x` prefix). */
  readonly hex: string;
}

export function jetCodeForms(signed: number): JetCodeForms {
  const unsigned = signed < 0 ? signed + 2 ** 32 : signed;
  return { signed, unsigned, hex: '0x' + unsigned.toString(16).toUpperCase().padStart(8, '0') };
}

/**
 * Reads any form of a JET error: `-1811`, `4294965485`, `0xFFFFF8ED`, `JET_errFileNotFound`.
 * Returns the signed code, or undefined when the text is not a code.
 */
export function parseJetCode(text: string): number | undefined {
  const t = text.trim();
  if (/^[+-]?\d+$/.test(t)) {
    const n = Number(t);
    if (!Number.isSafeInteger(n)) return undefined;
    if (n >= 2 ** 31 && n < 2 ** 32) return n - 2 ** 32;
    if (n >= -(2 ** 31) && n < 2 ** 31) return n;
    return undefined;
  }
  const hex = /^0x([0-9a-f]{1,8})$/i.exec(t);
  if (hex?.[1] !== undefined) {
    const n = parseInt(hex[1], 16);
    return n >= 2 ** 31 ? n - 2 ** 32 : n;
  }
  return findJetErrorByName(t)?.code;
}
