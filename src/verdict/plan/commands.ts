/**
 * Commands as they are pasted into cmd.exe or the Exchange Management Shell (issue 13: "every
 * command can be pasted as printed"): every path and file name quoted, every folder entered with
 * `cd /d` first, files moved aside into a folder beside them, never deleted (Q296787).
 */
export const ASIDE = 'aside';

/** A path or file name for cmd.exe: always in double quotes (`C:\Program Files\…` has spaces). */
export function quoted(path: string): string {
  return `"${path}"`;
}

/** Enters a folder on any drive (`/d`: also changes the current drive). */
export function cdTo(folder: string): string {
  return `cd /d ${quoted(folder)}`;
}

/** Makes the aside folder in the current folder; pasting it twice does no harm. */
export const MAKE_ASIDE = `if not exist ${ASIDE} md ${ASIDE}`;

/** Moves a file of the current folder into the aside folder (move asks before it overwrites). */
export function moveAside(file: string): string {
  return `move ${quoted(file)} ${ASIDE}\\`;
}

/** Moves a file aside when it is there: for a file the captures do not show. */
export function moveAsideIfPresent(file: string): string {
  return `if exist ${quoted(file)} move ${quoted(file)} ${ASIDE}\\`;
}

/** Commands that enter `folder`, make its aside folder and move `files` of it there. */
export function moveAsideIn(folder: string, files: readonly string[], ifPresent = false): string[] {
  return [cdTo(folder), MAKE_ASIDE, ...files.map(ifPresent ? moveAsideIfPresent : moveAside)];
}

/**
 * A folder as the argument of an eseutil switch. The C runtime reads `\"` as a quote inside
 * the argument: a drive root `D:\` is passed as `D:\.` so its backslash does not eat the quote.
 */
export function folderArgument(folder: string): string {
  return quoted(folder.endsWith('\\') ? `${folder}.` : folder);
}

/** A string for PowerShell: single quotes take `$` and backslashes literally; a quote is doubled. */
export function psQuoted(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}

/**
 * The Exchange 2007+ database whose file is at `edbPath`: the cmdlets want the database's name,
 * which no capture shows, but its EdbFilePath is the path the logs record.
 */
export function mailboxDatabaseAt(edbPath: string): string {
  return `Get-MailboxDatabase | Where-Object { $_.EdbFilePath.PathName -eq ${psQuoted(edbPath)} }`;
}
