/**
 * Log groups → log streams. The evidence groups logs by their own signature; a stream is the group
 * a database (or --anchor) belongs to, and a smaller group of another signature and the same base
 * name whose logs sit inside that stream's generations is foreign logs copied into its folder —
 * chksig's "SIGNATURE MATCHING FAILED" (Q296787 step 8) — not a stream of its own.
 */
import { fileNameOf } from '../domain/log-names.js';
import { foldersOfEntries, headOf, logsOf } from '../evidence/log-run.js';
import type { DatabaseEvidence, Evidence, LogEntry, LogEvidence, LogGroup } from '../evidence/types.js';
import type { StreamDraft } from './draft.js';
import { logCount, logByFileKey, logsAtGeneration } from './entries.js';
import { generationRange } from './generations.js';
import { streamNaming } from './naming.js';
import type { ModelOptions, StreamNaming } from './types.js';

/** The lower-cased file name `--anchor` names, to compare with LogEvidence.fileKey. */
export function anchorFileKey(options: ModelOptions): string | undefined {
  return options.anchorFile !== undefined ? fileNameOf(options.anchorFile.trim()).toLowerCase() : undefined;
}

export function assembleStreams(evidence: Evidence, options: ModelOptions): StreamDraft[] {
  const anchorKey = anchorFileKey(options);
  // The evidence folds runs of agreeing logs (src/evidence/log-run.ts); the model keeps them
  // folded (issue 18): a group's entries are read as they are, members made only where asked.
  const groups = evidence.logGroups;
  // Each group's log count, counted once for this call (a local Map, dropped with it).
  const sizes = new Map<LogGroup, number>(groups.map((g) => [g, logCount(g.entries)]));
  const size = (group: LogGroup): number => sizes.get(group)!;
  const primaries = new Set(groups.filter((group) => isPrimary(group, evidence.databases, anchorKey)));
  const byBase = new Map<string, LogGroup[]>();
  // A group whose base name is unknown (a copy renamed `Edb012d2 (2).log`) sits with the only
  // base name of the capture set, when there is only one.
  const bases = new Set(groups.map((g) => g.baseName?.toLowerCase()).filter((b) => b !== undefined));
  const onlyBase = bases.size === 1 ? [...bases][0] : undefined;
  for (const group of groups) {
    const key = group.baseName?.toLowerCase() ?? onlyBase ?? `#${byBase.size}`;
    byBase.set(key, [...(byBase.get(key) ?? []), group]);
  }
  const intrudersOf = new Map<LogGroup, LogEvidence[]>();
  const absorbed = new Set<LogGroup>();
  const folders = new Map<LogGroup, Set<string>>();
  for (const sameBase of byBase.values()) {
    for (const group of sameBase) {
      if (primaries.has(group)) continue;
      // Logs of one base name in another folder are another stream (5.5 MDBDATA and DSADATA both
      // write Edb*.log; two servers' E00), never foreign logs of this one.
      const neighbours = sameBase.filter((g) => g !== group && !absorbed.has(g) && sameFolder(g, group, folders));
      let hosts = neighbours.filter((g) => primaries.has(g));
      if (hosts.length === 0) {
        const candidates = [...neighbours, group].sort((a, b) => size(b) - size(a));
        const largest = candidates[0]!;
        const tie = candidates.filter((g) => size(g) === size(largest)).length > 1;
        hosts = largest !== group && !tie ? [largest] : [];
      }
      if (hosts.length !== 1) continue;
      const host = hosts[0]!;
      if (size(group) >= size(host)) continue;
      // A log series started after the failure (a lone current log, maybe with its own new
      // checkpoint) is foreign to the restored stream: moved aside before the rename (Q296787 step 6).
      const newSeries = group.entries.every((e) => headOf(e).kind === 'current');
      if (!newSeries && evidence.checkpoints.some((c) => c.signature && group.signature && c.signature.key === group.signature.key)) continue;
      const hostRange = generationRange(host.entries);
      // A run's members are numbered logs of consecutive generations: its two ends decide.
      const inside = group.entries.every((e) => {
        const l = headOf(e);
        const high = e.kind === 'run' ? e.lastGeneration : l.generation;
        return l.kind === 'current' ||
          (l.generation !== undefined && high !== undefined && hostRange.lowest !== undefined && hostRange.highest !== undefined &&
            l.generation >= hostRange.lowest - 1 && high <= hostRange.highest + 1);
      });
      if (!inside) continue;
      // Foreign logs are few (a smaller group copied into the stream's folder): kept one by one.
      intrudersOf.set(host, [...(intrudersOf.get(host) ?? []), ...logsOf(group.entries)]);
      absorbed.add(group);
    }
  }

  const ids = new Set<string>();
  const streams: StreamDraft[] = [];
  for (const group of groups) {
    if (absorbed.has(group)) continue;
    const related = evidence.databases.filter((d) => group.signature && d.logSignature?.key === group.signature.key);
    const naming = streamNaming(group.entries, related);
    let id = `${naming.baseName}-${group.signature ? group.signature.rand : 'unsigned'}`;
    for (let n = 2; ids.has(id); n++) id = `${naming.baseName}-${group.signature ? group.signature.rand : 'unsigned'}-${n}`;
    ids.add(id);
    streams.push(makeStream(id, group, intrudersOf.get(group) ?? [], naming));
  }
  return streams;
}

/** A group carrying a database's Log Signature, or holding the --anchor log, is a stream. */
function isPrimary(group: LogGroup, databases: readonly DatabaseEvidence[], anchorKey: string | undefined): boolean {
  return (group.signature !== undefined && databases.some((d) => d.logSignature?.key === group.signature!.key)) ||
    (anchorKey !== undefined && logByFileKey(group.entries, anchorKey) !== undefined);
}

/** The folders a group's logs were captured in (LogEvidence.folder), read once per group into `known`. */
function foldersOf(group: LogGroup, known: Map<LogGroup, Set<string>>): Set<string> {
  let folders = known.get(group);
  if (!folders) {
    folders = foldersOfEntries(group.entries);
    known.set(group, folders);
  }
  return folders;
}

/** Two groups may be one folder's logs: a folder unknown on either side does not tell them apart. */
function sameFolder(a: LogGroup, b: LogGroup, known: Map<LogGroup, Set<string>>): boolean {
  const fa = foldersOf(a, known);
  const fb = foldersOf(b, known);
  if (fa.size === 0 || fb.size === 0) return true;
  for (const folder of fa) if (fb.has(folder)) return true;
  return false;
}

function makeStream(id: string, group: LogGroup, absorbed: readonly LogEvidence[], naming: StreamNaming): StreamDraft {
  // A log eseutil's stream check found to carry another signature (-530, ese-format §3) is a
  // foreign log even when its header was not captured: chksig's "SIGNATURE MATCHING FAILED".
  // Such a log is never a run member (the collector folds no log with a stream check fault).
  const foreign: LogEvidence[] = [];
  for (const entry of group.entries) if (entry.kind !== 'run' && entry.streamCheckFault?.kind === 'log-signature-mismatch') foreign.push(entry);
  const entries: readonly LogEntry[] = foreign.length === 0 ? group.entries : group.entries.filter((e) => e.kind === 'run' || !foreign.includes(e));
  return {
    id,
    ...(group.signature ? { signature: group.signature } : {}),
    naming,
    logAt: (generation) => shownAt(entries, generation),
    entries,
    logCount: logCount(entries),
    intruders: [...absorbed, ...foreign],
    ...generationRange(entries),
    databases: [],
    checkpoints: [],
    streamChecks: [],
    lowAnchorOf: [],
    rollsForward: false,
    wrongCurrentLogs: [],
    ceilingLogs: [],
    strandedLogs: [],
    softRecovery: false,
    circularLogs: [],
    circularHistoryLogs: [],
    replaying: [],
    pointInTime: [],
    attachmentChanges: [],
    wrongSizeLogs: [],
  };
}

/**
 * The log shown at a generation: at one generation the numbered log whose name matches wins,
 * else the first captured. A run's member is the only log at its generation (made on each call:
 * compare what it says, not its identity).
 */
function shownAt(entries: readonly LogEntry[], generation: number): LogEvidence | undefined {
  let shown: LogEvidence | undefined;
  for (const log of logsAtGeneration(entries, generation)) {
    if (!shown || (shown.kind !== 'numbered' && log.kind === 'numbered') || (shown.nameGeneration !== shown.generation && log.nameGeneration === log.generation)) shown = log;
  }
  return shown;
}
