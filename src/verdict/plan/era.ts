/**
 * The runbook of each era (issue 13 "Runbooks per era"): what takes the database offline and
 * brings it back, what replays the logs, and the events that show it.
 * - Exchange 5.5 (Q296787, Q237767): `net stop MSExchangeIS` (`MSExchangeDS` for dir.edb); the
 *   store replays as it starts (event 109 a log); `isinteg -patch` only after event 1087 / error 1011.
 * - Exchange 2000/2003: the storage group's stores are dismounted in System Manager — stopping
 *   the Information Store service would dismount every storage group; a dirty database is
 *   recovered with `eseutil /r`, the stores replay as they mount (ESE events 301, 302).
 * - Exchange 2007 and later: `Dismount-Database` / `Mount-Database`, never a service stop (it
 *   dismounts every database and fails a DAG over); `eseutil /r E00 /l … /s … /d …`.
 * - Active Directory: Directory Services Restore Mode and `esentutl /r edb /l … /s … /d …`.
 */
import { headOf } from '../../evidence/index.js';
import { type DatabaseModel, firstLog, isDirty, type StreamModel } from '../../model/index.js';
import { cdTo, folderArgument, mailboxDatabaseAt, quoted } from './commands.js';
import { draft, type Draft } from './draft.js';
import type { DatabaseTarget, StreamFolders } from './folders.js';

export type RunbookEra = 'exchange55' | 'exchange55-directory' | 'exchange2003' | 'exchange2007' | 'active-directory' | 'esent';

export function runbookEra(databases: readonly DatabaseModel[], stream: StreamModel | undefined): RunbookEra {
  const names = databases.map((m) => m.db.nameKey);
  if (names.includes('ntds.dit')) return 'active-directory';
  const era = stream?.naming.era ?? (databases[0]?.db.lastConsistent?.radix === 10 ? 'exchange55' : undefined);
  if (era === 'exchange55' || (era === undefined && names.includes('dir.edb'))) return names.includes('dir.edb') ? 'exchange55-directory' : 'exchange55';
  if (era === 'exchange2007') return 'exchange2007';
  if (era === 'windows') return 'esent';
  if (era === 'exchange2000') return 'exchange2003';
  const tool = databases.find((m) => m.db.tool)?.db.tool;
  if (tool && /windows/i.test(tool.product)) return 'esent';
  if (tool && parseFloat(tool.version) >= 8) return 'exchange2007';
  return 'exchange2003';
}

/** What the plan needs to know of the databases and streams one era's steps act on. */
export interface EraScope {
  readonly era: RunbookEra;
  readonly databases: readonly DatabaseModel[];
  readonly targets: ReadonlyMap<DatabaseModel, DatabaseTarget>;
  /** Streams whose logs replay (empty for a point-in-time restore). */
  readonly replaying: readonly StreamModel[];
  /** Base name of the storage group's logs (`E01`), for the words of System Manager steps. */
  readonly baseName?: string;
}

function names(databases: readonly DatabaseModel[]): string {
  const list = databases.map((m) => m.db.name);
  if (list.length <= 1) return list[0] ?? 'the database';
  return `${list.slice(0, -1).join(', ')} and ${list[list.length - 1]}`;
}

/** Esentutl of Windows Server 2008 and later (version 6+) knows `bcdedit`; 2003's is 5.x. */
function modernWindows(databases: readonly DatabaseModel[], streams: readonly StreamModel[]): boolean {
  const tool = databases.find((m) => m.db.tool)?.db.tool ?? streams.flatMap((s) => s.entries).map(headOf).find((l) => l.tool)?.tool;
  return tool === undefined || parseFloat(tool.version) >= 6;
}

/** USN rollback (issue 13 "Active Directory"): an old ntds.dit among other domain controllers. */
export const USN_ROLLBACK =
  'Caution before anything else: an older ntds.dit put back on a domain controller of a domain that has other domain controllers causes USN rollback — replication silently stops and the domain controller is quarantined; there, do not copy ntds.dit back by hand but restore the system state from a backup (non-authoritative, authoritative only for the objects to bring back). Follow these steps only for the only domain controller of its domain.';

/** Takes the databases offline (Q296787 restore step 1). */
export function takeOffline(scope: EraScope): Draft[] {
  const { era, databases } = scope;
  switch (era) {
    case 'exchange55':
      return [draft('stop-service', 'Stop the Exchange information store service (Q296787 restore step 1):', ['net stop MSExchangeIS'])];
    case 'exchange55-directory':
      return [draft('stop-service', 'Stop the Exchange directory service; the information store, which depends on it, stops with it (answer Y when net asks):', ['net stop MSExchangeDS'])];
    case 'exchange2003':
      return [draft('stop-service', `In Exchange System Manager, dismount the stores of the storage group ${scope.baseName !== undefined ? `whose logs are ${scope.baseName}*.log` : 'they belong to'} (${names(databases)}): right-click each store, Dismount Store, and on its Database tab tick "This database can be overwritten by a restore". Do not stop the Microsoft Exchange Information Store service: that dismounts every storage group of the server.`)];
    case 'exchange2007': {
      const commands: string[] = [];
      const unknown: string[] = [];
      for (const m of databases) {
        const path = scope.targets.get(m)?.path;
        if (path === undefined) { unknown.push(m.db.name); continue; }
        commands.push(`${mailboxDatabaseAt(path)} | Dismount-Database -Confirm:$false`);
        commands.push(`${mailboxDatabaseAt(path)} | Set-MailboxDatabase -AllowFileRestore $true`);
      }
      const byHand = unknown.length > 0 ? ` The captures do not record the path of ${names(databases.filter((m) => unknown.includes(m.db.name)))}: dismount it by its database name in the Exchange Management Shell.` : '';
      return [draft('stop-service', `In the Exchange Management Shell, dismount ${names(databases)} and allow a file restore over it; do not stop the Information Store service, which dismounts every database of the server and fails a DAG over. If a database has copies in a database availability group, suspend them now (Suspend-MailboxDatabaseCopy) and reseed them after the restore (Update-MailboxDatabaseCopy): they no longer match it.${byHand} The other commands of this plan are for a command prompt (cmd.exe), not the Shell.`, commands)];
    }
    case 'active-directory':
      return [
        draft('caution', USN_ROLLBACK),
        modernWindows(databases, scope.replaying)
          ? draft('stop-service', 'Restart the domain controller in Directory Services Restore Mode (ntds.dit must be closed), then log on with the DSRM administrator password:', ['bcdedit /set safeboot dsrepair', 'shutdown /r /t 0'])
          : draft('stop-service', 'Restart the domain controller, press F8 before Windows starts and choose Directory Services Restore Mode (ntds.dit must be closed), then log on with the DSRM administrator password.'),
      ];
    case 'esent':
      return [draft('stop-service', `Stop the program that has ${names(databases)} open; the captures do not name its service.`)];
  }
}

/**
 * The Exchange bin folder, when a capture was taken in it (`C:\Program Files\Exchsrvr\bin>eseutil
 * /mh …`). A data folder's `\exchsrvr` is no guide: 5.5 and 2003 put `\exchsrvr\mdbdata` on data
 * drives whose `\exchsrvr` has no bin.
 */
function exchangeBin(databases: readonly DatabaseModel[], streams: readonly StreamModel[]): string | undefined {
  const folders = [...databases.map((m) => m.db.directory), ...streams.map((s) => firstLog(s.entries)?.directory)];
  return folders.find((f) => f !== undefined && /\\exchsrvr\\bin$/i.test(f));
}

/**
 * Soft recovery by hand, where the era runs it (issue 13: `eseutil /r E00 /l … /s … /d …` from
 * the captured paths; `/a` only when committed logs are missing). ESE98 (2000/2003, Windows 2003)
 * reads the path glued to its switch (`/l"L:\logs"`); later builds take it as the next argument.
 */
export function recoverDrafts(scope: EraScope, stream: StreamModel, folders: StreamFolders, replaying: readonly DatabaseModel[]): Draft[] {
  const { era } = scope;
  if (era === 'exchange55' || era === 'exchange55-directory') return [];
  const dirty = replaying.filter((m) => isDirty(m.db));
  if (era === 'exchange2003' && dirty.length === 0) return [];
  const base = stream.naming.baseName;
  const who = era === 'exchange2003' ? dirty : replaying;
  const lossy = who.filter((m) => (m.committedMissing?.length ?? 0) > 0);
  const tool = era === 'active-directory' || era === 'esent' ? 'esentutl' : 'eseutil';
  if (folders.logFolder === undefined || era === 'esent') {
    return [draft('recover', `Run soft recovery for ${names(who)} with ${tool} /r ${base} in the transaction log folder, with /l and /s naming the log and system folders: the captures show neither folder, so no command is printed.`, [], who.map((m) => m.db.name))];
  }
  const glued = era === 'exchange2003' || (era === 'active-directory' && !modernWindows(who, [stream]));
  const arg = (flag: string, folder: string): string => (glued ? `${flag}${folderArgument(folder)}` : `${flag} ${folderArgument(folder)}`);
  const dbFolders = [...new Set(who.map((m) => scope.targets.get(m)?.folder?.toLowerCase()))];
  const dbFolder = dbFolders.length === 1 && dbFolders[0] !== undefined ? scope.targets.get(who[0]!)!.folder : undefined;
  const bin = era === 'exchange2003' ? exchangeBin(scope.databases, [stream]) : undefined;
  const program = bin !== undefined ? quoted(`${bin}\\eseutil.exe`) : tool;
  const where = era === 'exchange2003' && bin === undefined ? ' (eseutil.exe is in \\exchsrvr\\bin of the Exchange installation: add that folder to the path first if eseutil is not found)' : '';
  const parts = [program, '/r', base, arg('/l', folders.logFolder)];
  if (folders.systemFolder !== undefined) parts.push(arg('/s', folders.systemFolder));
  if (dbFolder !== undefined && !glued) parts.push(arg('/d', dbFolder));
  if (lossy.length > 0) parts.push('/a');
  const what = lossy.length > 0
    ? ` /a accepts the loss of the committed logs that are missing (${lossy.map((m) => m.db.name).join(', ')}: their changes after the last log present are lost); without it recovery stops with -582.`
    : '';
  const system = folders.systemFolder === undefined ? ' The system folder is not in the captures: the checkpoint is written in the current folder.' : '';
  return [draft('recover', `In a command prompt (cmd.exe), run soft recovery for ${names(who)}${where}: it replays the logs from the anchor on (it must end with "Operation completed successfully").${what}${system}`, [cdTo(folders.logFolder), parts.join(' ')], who.map((m) => m.db.name))];
}

/** Brings the databases back (Q296787 restore step 11, "Point in Time" step 3). */
export function bringOnline(scope: EraScope, replays: boolean): Draft[] {
  const { era, databases } = scope;
  const newSeries = 'with no log to replay it starts a new log series, and no earlier log can be replayed into it afterwards';
  switch (era) {
    case 'exchange55':
    case 'exchange55-directory': {
      const start = era === 'exchange55' ? ['net start MSExchangeIS'] : ['net start MSExchangeDS', 'net start MSExchangeIS'];
      const steps = [draft('start-service', replays
        ? 'Start the service; it replays the logs as it starts: the application log shows event 109 for each log replayed (Q296787 restore step 11):'
        : `Start the service; ${newSeries} ("Point in Time" step 3):`, start)];
      if (era === 'exchange55' && databases.some((m) => /\.edb$/i.test(m.db.name))) {
        const bin = exchangeBin(databases, scope.replaying);
        const isinteg = quoted(bin !== undefined ? `${bin}\\isinteg.exe` : '\\exchsrvr\\bin\\isinteg.exe');
        steps.push(draft('isinteg-patch', 'ONLY if the store fails to start with event 1087 or error 1011 (never in anticipation: Q296787), run this, then start the service again:', [`${isinteg} -patch`, 'net start MSExchangeIS']));
      }
      return steps;
    }
    case 'exchange2003':
      // A dirty database was recovered by eseutil /r already; a clean copy replays as its store mounts.
      return [draft('start-service', replays && databases.some((m) => !isDirty(m.db))
        ? `In System Manager, mount ${names(databases)} again (right-click the store, Mount Store); the store replays the logs as it mounts: the application log shows ESE event 301 for each log replayed and 302 when recovery is done.`
        : replays
          ? `In System Manager, mount ${names(databases)} again (right-click the store, Mount Store); soft recovery has replayed the logs, so the store opens as recovery left it.`
        : `In System Manager, mount ${names(databases)} again (right-click the store, Mount Store); ${newSeries}.`)];
    case 'exchange2007': {
      const commands = databases.flatMap((m) => {
        const path = scope.targets.get(m)?.path;
        return path === undefined ? [] : [`${mailboxDatabaseAt(path)} | Mount-Database`];
      });
      return [draft('start-service', replays
        ? `Mount ${names(databases)} in the Exchange Management Shell; it opens in the state soft recovery left it.`
        : `Mount ${names(databases)} in the Exchange Management Shell; ${newSeries}.`, commands)];
    }
    case 'active-directory':
      return [modernWindows(databases, scope.replaying)
        ? draft('start-service', 'Restart the domain controller normally; the directory service opens ntds.dit:', ['bcdedit /deletevalue safeboot', 'shutdown /r /t 0'])
        : draft('start-service', 'Restart the domain controller normally; the directory service opens ntds.dit.')];
    case 'esent':
      return [draft('start-service', `Start the program that owns ${names(databases)} again.`)];
  }
}
