/**
 * Where the files of a restore are, read from the captures: the transaction log folder and the
 * working (system) path of a stream (`Env LogFilePath`, `Env SystemPath`, the prompt a log was
 * dumped at, the full paths of `eseutil /ml E00`), and each database's restore target — the path
 * the logs record for it (Q296787 restore step 4). A folder no capture shows stays unknown: the
 * plan then says so in words and prints no command for it.
 */
import { fileNameOf } from '../../domain/log-names.js';
import { folderOfFile, joinWindowsPath, sameWindowsPath } from '../../domain/windows-paths.js';
import { headOf, type LogEvidence } from '../../evidence/index.js';
import { orderedEntries, type DatabaseModel, type StreamModel } from '../../model/index.js';

export interface StreamFolders {
  /** Where replay reads the logs: `Env LogFilePath` of the newest log that prints it, else the folder the logs were dumped in. */
  readonly logFolder?: string;
  /** The folder the logs were dumped in, when the captures show one for them all. */
  readonly capturedIn?: string;
  /** The working path that holds the checkpoint: `Env SystemPath`, else the captured checkpoint's folder. */
  readonly systemFolder?: string;
}

/**
 * The value the newest log that has one prints (the stream's setting may have changed since older
 * logs). The Env paths are the same in every member of a run: its first member tells.
 */
function newest(stream: StreamModel, value: (log: LogEvidence) => string | undefined): string | undefined {
  const ordered = orderedEntries(stream.entries);
  for (let i = ordered.length - 1; i >= 0; i--) {
    const found = value(headOf(ordered[i]!));
    if (found !== undefined) return found;
  }
  for (const entry of stream.entries) {
    const found = value(headOf(entry));
    if (found !== undefined) return found;
  }
  return undefined;
}

/** The one folder every log with a known folder was dumped in; undefined when they differ. */
function commonDirectory(stream: StreamModel): string | undefined {
  let common: string | undefined;
  // Every member of a run was dumped in its first member's folder.
  for (const log of [...stream.entries.map(headOf), ...stream.intruders]) {
    if (log.directory === undefined) continue;
    if (common === undefined) common = log.directory;
    else if (!sameWindowsPath(common, log.directory)) return undefined;
  }
  return common;
}

export function streamFolders(stream: StreamModel): StreamFolders {
  const env = newest(stream, (l) => l.envLogFilePath);
  const capturedIn = commonDirectory(stream);
  const logFolder = env ?? capturedIn;
  const checkpointFolder = stream.checkpoints.map((c) => folderOfFile(c.path)).find((f) => f !== undefined);
  const systemFolder = newest(stream, (l) => l.envSystemPath) ?? checkpointFolder;
  return {
    ...(logFolder !== undefined ? { logFolder } : {}),
    ...(capturedIn !== undefined ? { capturedIn } : {}),
    ...(systemFolder !== undefined ? { systemFolder } : {}),
  };
}

export interface DatabaseTarget {
  /** The file name the database keeps (`priv1.stm` stays `priv1.stm`: class 7). */
  readonly file: string;
  /** Where it must be restored; undefined when no capture records it. */
  readonly path?: string;
  readonly folder?: string;
  /** Why this path, for the prose. */
  readonly from: string;
}

function sameFileName(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

/** `priv1.stm` → `priv1.edb`: the other half of an Exchange 2000/2003 store. */
function storeDatabaseName(stm: string): string | undefined {
  return /\.stm$/i.test(stm) ? stm.replace(/\.stm$/i, '.edb') : undefined;
}

/**
 * The restore target of a database. A recorded attachment names a path only for the file of its
 * own name: an `.stm` shares its `.edb`'s dbid but is never restored onto the `.edb`'s path
 * (issue 13 class 7). The logs record only the `.edb`; its `.stm` goes beside it when its own
 * /mh ran in that folder.
 */
export function databaseTarget(m: DatabaseModel, all: readonly DatabaseModel[]): DatabaseTarget {
  const file = m.db.name;
  const recorded = m.recorded?.attachment.path;
  if (recorded !== undefined && sameFileName(fileNameOf(recorded), file)) {
    const folder = folderOfFile(recorded);
    return { file, path: recorded, ...(folder !== undefined ? { folder } : {}), from: `the path recorded in ${m.recorded!.log.file}` };
  }
  const edbName = storeDatabaseName(file);
  const edb = edbName !== undefined ? all.find((o) => sameFileName(o.db.name, edbName)) : undefined;
  const edbPath = edb?.recorded?.attachment.path;
  if (edb && edbPath !== undefined && sameFileName(fileNameOf(edbPath), edb.db.name)) {
    const folder = folderOfFile(edbPath);
    if (folder !== undefined && m.db.directory !== undefined && sameWindowsPath(folder, m.db.directory)) {
      return { file, path: joinWindowsPath(folder, file), folder, from: `beside ${edb.db.name}, the folder its eseutil /mh ran in` };
    }
    return { file, from: `the logs record only ${edb.db.name}'s path and ${file}'s own folder is not in the captures: it is the store's streaming database path in System Manager` };
  }
  return { file, from: 'no captured log records its path' };
}
