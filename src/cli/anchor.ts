/**
 * `--anchor` (SPEC §6, the chksig use: `chksig.bat edb012cf.log`) resolved against the captured
 * logs before the analysis. The user may write the anchor as a file or path (`D:\logs\Edb012cf.log`),
 * a generation (`4815`, `0x12CF`), or a log name in another era's spelling (`E00000012CF.log`
 * for a 5.5 stream, Q296787 "log files are numbered hexadecimally"); the restore model takes the
 * captured file's own name. An anchor that is not captured is a usage error listing what was
 * captured: checking a chain from a log the captures do not hold decides nothing, and a typo
 * must not turn into "point in time only, replay no log".
 */
import { fileNameOf, generationHex, parseLogFileName } from '../domain/log-names.js';
import { headOf, logCount, memberOf, type Evidence, type LogEntry, type LogEvidence } from '../evidence/index.js';
import { logByFileKey, logsAtGeneration } from '../model/index.js';
import { parseGeneration } from './commands/logname.js';
import { UsageError } from './errors.js';

/** `Edb012cf.log (4815)`. */
function named(log: LogEvidence): string {
  return log.generation !== undefined ? `${log.file} (${log.generation})` : log.file;
}

/** The last log of an entry (a run's last member made). */
function lastOf(entry: LogEntry): LogEvidence {
  return entry.kind === 'run' ? memberOf(entry, entry.count - 1) : entry;
}

/**
 * `captured: Edb012cf.log (4815) … Edb.log (4829)`, one range per log stream. A group's entries
 * are in generation order already (logs without one last): its ends are its first and last logs.
 */
export function capturedRange(evidence: Evidence): string {
  const ranges = evidence.logGroups
    .filter((group) => group.entries.length > 0)
    .map(({ entries }) => (logCount(entries) === 1 ? named(headOf(entries[0]!)) : `${named(headOf(entries[0]!))} … ${named(lastOf(entries.at(-1)!))}`));
  return ranges.length === 0 ? 'no log was captured (capture eseutil /ml of the logs)' : `captured: ${ranges.join('; ')}`;
}

function generationText(generation: number): string {
  return `generation ${generation}, 0x${generationHex(generation)}`;
}

/**
 * The captured file name `--anchor` designates; a usage error when it designates none, or
 * several files of different names (two streams holding that generation).
 */
export function resolveAnchor(anchor: string, evidence: Evidence): string {
  const fileKey = fileNameOf(anchor.trim()).toLowerCase();
  for (const group of evidence.logGroups) {
    const byName = logByFileKey(group.entries, fileKey);
    if (byName) return byName.file;
  }
  const asName = parseLogFileName(anchor);
  const generation = asName?.kind === 'numbered' ? asName.generation : parseGeneration(anchor);
  const which = generation !== undefined ? ` (${generationText(generation)})` : '';
  if (generation === undefined && asName === undefined) {
    throw new UsageError(`--anchor ${anchor} is neither a log file name nor a generation (4815 or 0x12CF); ${capturedRange(evidence)}`);
  }
  // Each group's entries are in generation order: the logs at that generation are found by search.
  let matches = generation !== undefined ? evidence.logGroups.flatMap((group) => logsAtGeneration(group.entries, generation)) : [];
  // `E00000012CF.log` given for a stream of E00 logs: the base name decides between streams.
  const sameBase = matches.filter((log) => asName?.baseName !== undefined && log.baseName?.toLowerCase() === asName.baseName.toLowerCase());
  if (sameBase.length > 0) matches = sameBase;
  const files = [...new Set(matches.map((log) => log.file))];
  if (files.length === 0) throw new UsageError(`--anchor ${anchor}${which} is not among the captured logs; ${capturedRange(evidence)}`);
  if (files.length > 1) {
    throw new UsageError(`--anchor ${anchor}${which} names more than one captured log (${files.join(', ')}): give the file name`);
  }
  return files[0]!;
}
