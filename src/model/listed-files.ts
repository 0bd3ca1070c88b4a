/**
 * What cmd.exe `dir` listings of the log folder tell about a stream (issue 16): the log files that
 * exist there and their sizes. A log is written at its full configured size and stays so (ese-format
 * §2.4 `Env (…)` LogFile, §7.2: 5 MB in Exchange 5.5–2003 and Windows, 1 MB in Exchange 2007+, 10 MB
 * in Active Directory); a 0-byte or other-sized file holds no replayable log — ESE refuses it with
 * -541 JET_errLogFileSizeMismatch (§8). A copy job that died leaves such a file behind.
 */
import { folderOfFile } from '../domain/windows-paths.js';
import { folderKey } from '../evidence/log-header-facts.js';
import type { ListedFileEvidence, LogEntry, LogEvidence, LogRun } from '../evidence/types.js';
import { filesOf, logByFileKey, lowOf } from './entries.js';
import { foldersOfEntries, memberOf } from '../evidence/log-run.js';
import type { DatabaseDraft, StreamDraft } from './draft.js';
import type { StreamModel, WrongSizeLog } from './types.js';

/** The sizes ESE writes its logs at (ese-format §7.2): 1 MB, 5 MB, 10 MB. */
const LOG_FILE_SIZES: ReadonlySet<number> = new Set([1_048_576, 5_242_880, 10_485_760]);

/** A listed log belongs to the stream: its base name, and its folder is one the stream's logs were in (or unknown). */
function listedInStream(listed: ListedFileEvidence, stream: StreamDraft, folders: ReadonlySet<string>): boolean {
  if (listed.logKind !== 'numbered' && listed.logKind !== 'current') return false;
  if (listed.baseName?.toLowerCase() !== stream.naming.baseName.toLowerCase()) return false;
  return listed.folder === undefined || folders.size === 0 || folders.has(listed.folder);
}

/** The size most of the listed logs have, when it is a size ESE writes logs at. */
function usualSize(logs: readonly ListedFileEvidence[]): number | undefined {
  const counts = new Map<number, number>();
  for (const log of logs) counts.set(log.size, (counts.get(log.size) ?? 0) + 1);
  let best: number | undefined;
  let most = 0;
  for (const [size, n] of counts) {
    if (n > most) {
      best = size;
      most = n;
    }
  }
  return best !== undefined && most * 2 > logs.length && LOG_FILE_SIZES.has(best) ? best : undefined;
}

/**
 * The stream's log files that a listing shows at a size no log of the stream has: 0 bytes, or
 * another size than the one its other listed logs share.
 */
export function wrongSizeLogsOf(stream: StreamDraft, listedFiles: readonly ListedFileEvidence[]): WrongSizeLog[] {
  const folders = foldersOfEntries(stream.entries);
  const listed = listedFiles.filter((f) => listedInStream(f, stream, folders));
  if (listed.length === 0) return [];
  const expected = usualSize(listed);
  const wrong: WrongSizeLog[] = [];
  for (const log of listed) {
    if (log.size === 0 || (expected !== undefined && log.size !== expected)) wrong.push(expected === undefined ? { listed: log } : { listed: log, expectedSize: expected });
  }
  return wrong;
}

/**
 * Exchange 2000/2003: a store is its `.edb` and its `.stm` (ese-format §1.3 `Streaming File`); the
 * logs record only the `.edb`. An `.edb` whose `.stm` header was not captured, in a folder a listing
 * shows holding `<name>.stm`, gets that file as its other half.
 */
export function setListedStreamingFile(model: DatabaseDraft, listedFiles: readonly ListedFileEvidence[]): void {
  const db = model.db;
  if (model.partner !== undefined || !/\.edb$/i.test(db.nameKey)) return;
  const folder = folderKey(db.directory ?? (db.path !== undefined ? folderOfFile(db.path) : undefined));
  if (folder === undefined) return;
  const stm = `${db.nameKey.slice(0, -'.edb'.length)}.stm`;
  const listed = listedFiles.find((f) => f.fileKey === stm && f.folder === folder);
  if (listed !== undefined) model.listedStreamingFile = listed;
}

/**
 * Numbered log files a listing shows empty or at the wrong size above the generation that will be
 * the current log (Q296787 roll-forward step 7 CRITICAL NOTE): no log to replay, but a file that
 * stands where the store will write that generation — moved aside with the ceiling logs.
 */
export function listedAboveCeiling(stream: StreamModel): WrongSizeLog[] {
  const through = stream.replayThrough;
  if (through === undefined || stream.wrongSizeLogs.length === 0) return [];
  return stream.wrongSizeLogs.filter(
    (w) => w.listed.logKind === 'numbered' && w.listed.nameGeneration !== undefined && w.listed.nameGeneration > through && logByFileKey(stream.entries, w.listed.fileKey) === undefined,
  );
}

/**
 * The listing that shows a captured log at the wrong size (its header read, its file cut short or
 * grown): ESE refuses it (-541 JET_errLogFileSizeMismatch), so replay stops before it as before a
 * damaged log. Same name, and the same folder when both are known.
 */
export function listedWrongSize(stream: Pick<StreamModel, 'wrongSizeLogs'>, log: LogEvidence): WrongSizeLog | undefined {
  for (const w of stream.wrongSizeLogs) {
    if (w.listed.fileKey === log.fileKey && (log.folder === undefined || w.listed.folder === undefined || log.folder === w.listed.folder)) return w;
  }
  return undefined;
}

/**
 * The members of `run` from generation `from` on that a `dir` listing shows at the wrong size, in
 * generation order: only those members are made.
 */
export function listedWrongSizeMembers(stream: Pick<StreamModel, 'wrongSizeLogs'>, run: LogRun, from = run.first.generation!): LogEvidence[] {
  const low = run.first.generation!;
  const members: LogEvidence[] = [];
  for (const w of stream.wrongSizeLogs) {
    const g = w.listed.nameGeneration;
    if (g === undefined || g < from || g > run.lastGeneration || members.some((m) => m.generation === g)) continue;
    const member = memberOf(run, g - low);
    if (listedWrongSize(stream, member) !== undefined) members.push(member);
  }
  return members.sort((x, y) => x.generation! - y.generation!);
}

/**
 * `singles` (a stream's logs of their own, in generation order) with the members of its runs that a
 * `dir` listing shows at the wrong size, in generation order.
 */
export function wrongSizeMembers(stream: Pick<StreamModel, 'entries' | 'wrongSizeLogs'>, singles: readonly LogEvidence[]): LogEvidence[] {
  if (stream.wrongSizeLogs.length === 0) return [...singles];
  const members: LogEvidence[] = [];
  for (const entry of stream.entries) if (entry.kind === 'run') members.push(...listedWrongSizeMembers(stream, entry));
  if (members.length === 0) return [...singles];
  const order = (l: LogEvidence): number => l.generation ?? Infinity;
  return [...singles, ...members].sort((a, b) => order(a) - order(b));
}

/**
 * The file names of the ceiling logs (entries) and of the listed files above the ceiling, in
 * generation order (a listed file sorts after a log of the same generation).
 */
export function withListedAboveCeiling(ceilingLogs: readonly LogEntry[], listed: readonly WrongSizeLog[]): string[] {
  const all: (readonly [number, string])[] = [];
  for (const entry of ceilingLogs) {
    const low = entry.kind === 'run' ? lowOf(entry) : entry.generation ?? 0;
    filesOf([entry]).forEach((file, i) => all.push([low + i, file]));
  }
  for (const w of listed) all.push([w.listed.nameGeneration!, w.listed.file]);
  return all.sort((a, b) => a[0] - b[0]).map(([, file]) => file);
}
