/**
 * A stream's logs as the evidence keeps them (issue 18, memory census §4.2): entries in generation
 * order, a run of agreeing logs (src/evidence/log-run.ts) kept whole. Everything here finds what it
 * needs by binary search over the entries and materializes at most the members it returns; a run's
 * members share every fact but their generation, name and line numbers, so a fact read on a run's
 * first member holds for all of them, and a change between two logs is always at an entry boundary.
 *
 * The entries are sorted by generation (LogGroup.entries); logs without a generation come last.
 * Runs never share a generation with another entry of their group (src/evidence/streams.ts), so
 * the last generations of the entries never decrease.
 */
import { headOf, logCount, memberFile, memberOf, sliceOfRun } from '../evidence/log-run.js';
import type { LogEntry, LogEvidence } from '../evidence/types.js';

export { logCount };

/** The lowest generation of an entry; Infinity for a log without one (they sort last). */
export function lowOf(entry: LogEntry): number {
  return entry.kind === 'run' ? entry.first.generation! : entry.generation ?? Infinity;
}

/** The highest generation of an entry; Infinity for a log without one. */
export function highOf(entry: LogEntry): number {
  return entry.kind === 'run' ? entry.lastGeneration : entry.generation ?? Infinity;
}

/** How many logs an entry holds. */
export function sizeOf(entry: LogEntry): number {
  return entry.kind === 'run' ? entry.count : 1;
}

/** Index of the first entry holding a generation ≥ `generation` (entries.length when none). */
export function firstAtOrAbove(entries: readonly LogEntry[], generation: number): number {
  let low = 0;
  let high = entries.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (highOf(entries[mid]!) < generation) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * The logs of `entries` at `generation`, in their order: the member a run holds there (made
 * here, the only one materialized), or the logs captured at it one by one.
 */
export function logsAtGeneration(entries: readonly LogEntry[], generation: number): LogEvidence[] {
  const here: LogEvidence[] = [];
  for (let i = firstAtOrAbove(entries, generation); i < entries.length; i++) {
    const entry = entries[i]!;
    if (lowOf(entry) > generation) break;
    if (entry.kind === 'run') return [memberOf(entry, generation - entry.first.generation!)];
    here.push(entry);
  }
  return here;
}

/** Whether some entry holds `generation` (no member made). */
export function hasGeneration(entries: readonly LogEntry[], generation: number): boolean {
  const i = firstAtOrAbove(entries, generation);
  return i < entries.length && lowOf(entries[i]!) <= generation;
}

/** The entries that have a generation (all but the last few: logs without one sort last). */
export function orderedEntries(entries: readonly LogEntry[]): readonly LogEntry[] {
  const end = firstAtOrAbove(entries, Infinity);
  return end === entries.length ? entries : entries.slice(0, end);
}

/**
 * The entries with a generation from `generation` on (all of them when undefined): a run holding
 * `generation` inside is cut there (its member at `generation` made), the rest are the entries
 * themselves.
 */
export function orderedFrom(entries: readonly LogEntry[], generation: number | undefined): readonly LogEntry[] {
  const ordered = orderedEntries(entries);
  if (generation === undefined) return ordered;
  const at = firstAtOrAbove(ordered, generation);
  const first = ordered[at];
  if (first?.kind === 'run' && first.first.generation! < generation) {
    const rest = ordered.slice(at);
    const from = generation - first.first.generation!;
    rest[0] = sliceOfRun(first, from, first.count - from);
    return rest;
  }
  return at === 0 ? ordered : ordered.slice(at);
}

/** The members of an entry with a generation in `low`…`high`, as one entry (a run cut to them), or undefined. */
export function entryWithin(entry: LogEntry, low: number, high: number): LogEntry | undefined {
  if (entry.kind !== 'run') return entry.generation !== undefined && entry.generation >= low && entry.generation <= high ? entry : undefined;
  const first = entry.first.generation!;
  const from = Math.max(low, first) - first;
  const through = Math.min(high, entry.lastGeneration) - first;
  if (from > through) return undefined;
  return from === 0 && through === entry.count - 1 ? entry : sliceOfRun(entry, from, through - from + 1);
}


/** The file names of the logs of entries, in order: a run's names are made, not its members. */
export function filesOf(entries: readonly LogEntry[]): string[] {
  const files: string[] = [];
  for (const entry of entries) {
    if (entry.kind !== 'run') {
      files.push(entry.file);
      continue;
    }
    const low = entry.first.generation!;
    for (let g = low; g <= entry.lastGeneration; g++) files.push(memberFile(entry.template, g));
  }
  return files;
}

/** The first `max` file names of entries' logs (only those made). */
export function firstFiles(entries: readonly LogEntry[], max: number): string[] {
  const files: string[] = [];
  for (const entry of entries) {
    if (files.length >= max) break;
    if (entry.kind !== 'run') files.push(entry.file);
    else for (let g = entry.first.generation!; g <= entry.lastGeneration && files.length < max; g++) files.push(memberFile(entry.template, g));
  }
  return files;
}

/** The file name of entries' last log. */
export function lastFile(entries: readonly LogEntry[]): string | undefined {
  const last = entries[entries.length - 1];
  if (last === undefined) return undefined;
  return last.kind === 'run' ? memberFile(last.template, last.lastGeneration) : last.file;
}

/**
 * The own logs at `generation` (`undefined`: the logs captured without one, never run members),
 * in their order; a run's member made.
 */
export function ownLogsAt(entries: readonly LogEntry[], generation: number | undefined): LogEvidence[] {
  if (generation !== undefined) return logsAtGeneration(entries, generation);
  const here: LogEvidence[] = [];
  for (let i = firstAtOrAbove(entries, Infinity); i < entries.length; i++) here.push(entries[i] as LogEvidence);
  return here;
}

/**
 * The log shown (and replayed) at each generation from `low` through `high`, as entries: a run's
 * members are the only logs at their generations (the run is cut to the range); among the logs
 * captured at one generation, the numbered log whose name matches wins, else the first one.
 */
export function shownEntries(entries: readonly LogEntry[], low: number, high: number): LogEntry[] {
  const shown: LogEntry[] = [];
  for (let i = firstAtOrAbove(entries, low); i < entries.length && lowOf(entries[i]!) <= high;) {
    const entry = entries[i]!;
    if (entry.kind === 'run') {
      shown.push(entryWithin(entry, low, high)!);
      i++;
      continue;
    }
    let pick: LogEvidence = entry;
    for (i++; i < entries.length && entries[i]!.kind !== 'run' && lowOf(entries[i]!) === entry.generation; i++) {
      const log = entries[i] as LogEvidence;
      if ((pick.kind !== 'numbered' && log.kind === 'numbered') || (pick.nameGeneration !== pick.generation && log.nameGeneration === log.generation)) pick = log;
    }
    shown.push(pick);
  }
  return shown;
}

/** The entries that are logs of their own (not runs), in order. */
export function singlesOf(entries: readonly LogEntry[]): LogEvidence[] {
  const singles: LogEvidence[] = [];
  for (const entry of entries) if (entry.kind !== 'run') singles.push(entry);
  return singles;
}

/** The first `max` logs of entries (members made for those only). */
export function firstLogs(entries: readonly LogEntry[], max: number): LogEvidence[] {
  const logs: LogEvidence[] = [];
  for (const entry of entries) {
    if (logs.length >= max) break;
    if (entry.kind !== 'run') logs.push(entry);
    else for (let i = 0; i < entry.count && logs.length < max; i++) logs.push(memberOf(entry, i));
  }
  return logs;
}

/** The first log of entries (a run's first member). */
export function firstLog(entries: readonly LogEntry[]): LogEvidence | undefined {
  return entries.length > 0 ? headOf(entries[0]!) : undefined;
}

/**
 * The log of entries named `fileKey` (lower-cased file name): a log by its key, a run's member by
 * the generation its name gives, checked against the name the run gives that member.
 */
export function logByFileKey(entries: readonly LogEntry[], fileKey: string): LogEvidence | undefined {
  for (const entry of entries) {
    if (entry.kind !== 'run') {
      if (entry.fileKey === fileKey) return entry;
      continue;
    }
    const t = entry.template;
    const file = fileKey;
    if (file.length !== t.file.length) continue;
    const generation = parseInt(file.slice(t.baseLength, t.baseLength + t.digits), 16);
    if (!(generation >= entry.first.generation! && generation <= entry.lastGeneration)) continue;
    if (memberFile(t, generation).toLowerCase() === fileKey) return memberOf(entry, generation - entry.first.generation!);
  }
  return undefined;
}
