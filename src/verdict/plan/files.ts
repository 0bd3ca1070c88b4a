/**
 * The file steps of a restore, in the order of Q296787 "Roll Forward" steps 5–10 and "Point in
 * Time" steps 1–2: each names its files and moves them with a command in their own folder
 * (`cd /d` first), or says in words which folder the captures do not show.
 */
import { logCount, currentLogNameFor, type DatabaseModel, describeGeneration, entryWithin, filesOf, firstLog, lastFile, listedAboveCeiling, listFiles, nameMismatch, numberedNameFor, singlesOf, type StreamModel, withListedAboveCeiling } from '../../model/index.js';
import { headOf } from '../../evidence/index.js';
import type { LogEntry } from '../../evidence/types.js';
import { folderOfFile, joinWindowsPath, sameWindowsPath } from '../../domain/windows-paths.js';
import { ASIDE, cdTo, MAKE_ASIDE, moveAside, moveAsideIfPresent, moveAsideIn, quoted } from './commands.js';
import { draft, type Draft } from './draft.js';
import type { DatabaseTarget, StreamFolders } from './folders.js';

const UNKNOWN_LOG_FOLDER = 'the captures do not show the transaction log folder, so no command is printed: do it by hand there';

/** Moves `files` of the log folder aside, or says so in words when the folder is unknown. */
export function moveLogsAside(folders: StreamFolders, prose: string, files: readonly string[], action: Draft['action'] = 'move-aside'): Draft {
  if (folders.logFolder === undefined) return draft(action, `${prose}: ${listFiles(files)} (${UNKNOWN_LOG_FOLDER}).`, [], files);
  return draft(action, `${prose}, in ${folders.logFolder}:`, moveAsideIn(folders.logFolder, files), files);
}

/** The candidates were dumped in another folder than the log folder (a restored backup set): they are copied in. */
export function copiesCandidates(folders: StreamFolders, candidates: readonly LogEntry[]): boolean {
  // Every member of a run was dumped in its first member's folder.
  return folders.logFolder !== undefined && candidates.some((e) => {
    const directory = headOf(e).directory;
    return directory !== undefined && !sameWindowsPath(directory, folders.logFolder!);
  });
}

/**
 * Q296787 step 5: the replay candidates go into the log path. When some were dumped in another
 * folder (a restored backup set), every log of the stream's base name in the log path goes aside
 * first — wrong current log, foreign logs, logs before the anchor or above the chain included —
 * and the candidates are copied in (or moved back from aside), never overwriting a log.
 */
export function copyCandidates(stream: StreamModel, folders: StreamFolders, candidates: readonly LogEntry[]): Draft[] {
  if (!copiesCandidates(folders, candidates)) return [];
  const logFolder = folders.logFolder!;
  const pattern = `${stream.naming.baseName}*.log`;
  const commands = [cdTo(logFolder), MAKE_ASIDE, `if exist ${quoted(pattern)} move ${quoted(pattern)} ${ASIDE}\\`];
  const unknown: string[] = [];
  // One command per candidate (the step's own size); a run's names are made, its members are not.
  for (const entry of candidates) {
    const directory = headOf(entry).directory;
    for (const file of filesOf([entry])) {
      if (directory === undefined) unknown.push(file);
      else if (sameWindowsPath(directory, logFolder)) commands.push(`move ${quoted(`${ASIDE}\\${file}`)} ${quoted(file)}`);
      else commands.push(`copy ${quoted(joinWindowsPath(directory, file))} ${quoted(file)}`);
    }
  }
  const extra = unknown.length > 0 ? ` The folder of ${listFiles(unknown)} is not in the captures: copy them in by hand.` : '';
  return [draft('copy-logs', `Copy the replay candidates, ${firstLog(candidates)!.file} through ${lastFile(candidates)!}, into the transaction log folder ${logFolder} (Q296787 restore step 5): first every ${pattern} already there goes aside (a wrong current log, logs of another signature, logs outside the chain), then only the candidates come in.${extra}`, commands, filesOf(candidates))];
}

/** Q296787 steps 6–8: wrong current log, foreign logs, logs before the anchor of the replaying databases. */
export function asideBeforeReplay(stream: StreamModel, folders: StreamFolders, replayFrom: number | undefined): Draft[] {
  const currentName = currentLogNameFor(stream.naming);
  // Runs kept whole, cut at the anchor; their names are the step's own output.
  const beforeAnchor: LogEntry[] = [];
  if (replayFrom !== undefined) {
    for (const entry of stream.entries) {
      if (entry.kind === 'current') continue;
      const within = entryWithin(entry, -Infinity, replayFrom - 1);
      if (within) beforeAnchor.push(within);
    }
  }
  const beforeCount = logCount(beforeAnchor);
  const files = [...[...stream.wrongCurrentLogs, ...stream.intruders].map((l) => l.file), ...filesOf(beforeAnchor)];
  if (files.length === 0) return [];
  const why = [
    stream.wrongCurrentLogs.length ? `${stream.wrongCurrentLogs.length} wrong ${currentName}` : '',
    stream.intruders.length ? `${stream.intruders.length} with another log signature` : '',
    beforeCount ? `${beforeCount} before the anchor ${describeGeneration(stream, replayFrom!)}` : '',
  ].filter(Boolean).join(', ');
  return [moveLogsAside(folders, `Move aside (do not delete) the logs that must not replay — ${why}`, [...new Set(files)])];
}

/** ese-format §2.4 / Q237767 notes: a numbered log's name must match its lGeneration; Q296787 step 7. */
export function renames(stream: StreamModel, folders: StreamFolders, through: number): Draft[] {
  const drafts: Draft[] = [];
  const currentName = currentLogNameFor(stream.naming);
  // A run's members are named by their generation: only single entries can be misnamed.
  const misnamed = singlesOf(stream.entries).filter((l) => nameMismatch(l) && l.generation! <= through && l !== stream.renameToCurrent);
  const pairs: [string, string, string][] = misnamed.map((l) => [l.file, numberedNameFor(stream.naming, l.generation!), `Rename ${l.file} to the name its lGeneration ${l.generation} gives`]);
  if (stream.renameToCurrent) pairs.push([stream.renameToCurrent.file, currentName, `Rename the last log of the chain, ${describeGeneration(stream, through)}, to ${currentName} (Q296787 step 7)`]);
  for (const [from, to, prose] of pairs) {
    if (folders.logFolder === undefined) drafts.push(draft('rename', `${prose} (${UNKNOWN_LOG_FOLDER}).`, [], [from]));
    else drafts.push(draft('rename', `${prose}, in ${folders.logFolder}:`, [cdTo(folders.logFolder), `ren ${quoted(from)} ${quoted(to)}`], [from]));
  }
  return drafts;
}

/** Q296787 step 7 CRITICAL NOTE: no log above the current log. */
export function ceiling(stream: StreamModel, folders: StreamFolders, through: number): Draft[] {
  // Issue 16: an empty or cut-short file a `dir` listing shows above the current log goes aside too.
  const listed = listedAboveCeiling(stream);
  const files = listed.length === 0 ? filesOf(stream.ceilingLogs) : withListedAboveCeiling(stream.ceilingLogs, listed);
  if (files.length === 0) return [];
  const n = files.length;
  return [moveLogsAside(folders, `Move aside ${n > 1 ? `the ${n} logs` : 'the log'} above generation ${through} (they would block new logs and stop the database)`, files, 'remove-ceiling')];
}

/** Q296787 step 9: no checkpoint file in the working path. */
export function checkpointAside(stream: StreamModel, folders: StreamFolders): Draft[] {
  const name = `${stream.naming.baseName}.chk`;
  const drafts: Draft[] = [];
  for (const c of stream.checkpoints) {
    const own = folderOfFile(c.path);
    const folder = own ?? folders.systemFolder;
    if (folder !== undefined) drafts.push(draft('move-checkpoint', `Move the checkpoint file ${c.file} out of the working path ${folder} (Q296787 step 9):`, [cdTo(folder), MAKE_ASIDE, own !== undefined ? moveAside(c.file) : moveAsideIfPresent(c.file)], [c.path]));
    else drafts.push(draft('move-checkpoint', `Move the checkpoint file ${c.file} out of the working path (Q296787 step 9); the captures do not show that folder, so no command is printed.`, [], [c.path]));
  }
  if (drafts.length > 0) return drafts;
  if (folders.systemFolder !== undefined) {
    return [draft('move-checkpoint', `Make sure no ${name} is in the working path ${folders.systemFolder} (Q296787 step 9): none was captured; this moves one aside if it is there:`, [cdTo(folders.systemFolder), MAKE_ASIDE, moveAsideIfPresent(name)], [name])];
  }
  return [draft('move-checkpoint', `Make sure no ${name} is in the working path (Q296787 step 9); the captures do not show that folder, so no command is printed.`)];
}

/**
 * Puts a checked copy at its restore target (Q296787 restore step 1 and its NOTE: a file already
 * there is moved aside, not overwritten). Where the copy was dumped in its target folder it is in
 * place already; where the source or target folder is unknown, the step says so in words.
 */
export function restoreDatabase(m: DatabaseModel, target: DatabaseTarget, how: string): Draft {
  const file = target.file;
  const source = m.db.directory;
  if (target.path === undefined || target.folder === undefined) {
    return draft('restore-database', `Restore ${file} to the path it was backed up from, to ${how}: ${target.from}, so no command is printed.`, [], [file]);
  }
  if (source !== undefined && sameWindowsPath(source, target.folder)) {
    return draft('restore-database', `${file} is in place already at ${target.path} (${target.from}): the copy checked here is the one to ${how}; leave it there.`, [], [file]);
  }
  if (source === undefined) {
    return draft('restore-database', `Restore the checked copy of ${file} to ${target.path} (${target.from}), to ${how}; the captures do not show the folder it is in now, so no command is printed — move a file already there aside, do not overwrite it.`, [], [file]);
  }
  return draft('restore-database', `Copy the checked copy of ${file} from ${source} to ${target.path} (${target.from}), to ${how}; a file already there goes aside first:`, [cdTo(target.folder), MAKE_ASIDE, moveAsideIfPresent(file), `copy ${quoted(joinWindowsPath(source, file))} ${quoted(file)}`], [file]);
}
