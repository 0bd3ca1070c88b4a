/**
 * Generations of a stream: ordered, looked up, and their gaps (Q296787 roll-forward steps 5 and 8
 * read the logs "in unbroken lGeneration sequence"). Everything here walks the stream's ordered
 * logs or a list of the generations present, never one generation at a time: an archive has
 * 100,000 logs (SPEC §9) and a garbled lGeneration (0xFFFFFFFF) must not cost four billion steps.
 */
import type { LogEvidence } from '../evidence/types.js';
import type { StreamModel } from './types.js';

/** The lowest and highest generation among the logs, each absent when no log has one. */
export function generationRange(logs: readonly LogEvidence[]): { lowest?: number; highest?: number } {
  let lowest: number | undefined;
  let highest: number | undefined;
  for (const log of logs) {
    if (log.generation === undefined) continue;
    lowest = lowest === undefined ? log.generation : Math.min(lowest, log.generation);
    highest = highest === undefined ? log.generation : Math.max(highest, log.generation);
  }
  return { ...(lowest !== undefined ? { lowest } : {}), ...(highest !== undefined ? { highest } : {}) };
}

/** The logs that have a generation, stably sorted by it (captures usually come in order: no sort then). */
export function inGenerationOrder(logs: readonly LogEvidence[]): LogEvidence[] {
  const ordered: LogEvidence[] = [];
  let sorted = true;
  for (const log of logs) {
    if (log.generation === undefined) continue;
    if (sorted && ordered.length > 0 && ordered[ordered.length - 1]!.generation! > log.generation) sorted = false;
    ordered.push(log);
  }
  return sorted ? ordered : ordered.sort((a, b) => a.generation! - b.generation!);
}

/** Index of the first log of `ordered` whose generation is at least `generation`. */
export function firstAtOrAbove(ordered: readonly LogEvidence[], generation: number): number {
  let low = 0;
  let high = ordered.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (ordered[mid]!.generation! < generation) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The logs of `ordered` at or above `generation`, in generation order. */
export function orderedFrom(ordered: readonly LogEvidence[], generation: number | undefined): readonly LogEvidence[] {
  if (generation === undefined) return ordered;
  const first = firstAtOrAbove(ordered, generation);
  return first === 0 ? ordered : ordered.slice(first);
}

/** The logs of `ordered` at `generation`, starting the look at index `from`. */
export function ownLogsAt(ordered: readonly LogEvidence[], from: number, generation: number): LogEvidence[] {
  const here: LogEvidence[] = [];
  for (let i = from; i < ordered.length && ordered[i]!.generation === generation; i++) here.push(ordered[i]!);
  return here;
}

/** Logs at one generation: the stream's own and foreign ones. */
export function logsAt(stream: StreamModel, generation: number): { own: LogEvidence[]; foreign: LogEvidence[] } {
  return {
    own: ownLogsAt(stream.ordered, firstAtOrAbove(stream.ordered, generation), generation),
    foreign: stream.intruders.filter((l) => l.generation === generation),
  };
}

/**
 * The generations present in a stream, ascending (repeats kept): its own logs' (already in
 * order) merged with those of its few foreign logs. Gaps are read from this list.
 */
export function presentGenerations(stream: StreamModel): number[] {
  const foreign = stream.intruders.flatMap((l) => (l.generation === undefined ? [] : [l.generation])).sort((a, b) => a - b);
  const merged: number[] = [];
  let j = 0;
  for (const log of stream.ordered) {
    const g = log.generation!;
    while (j < foreign.length && foreign[j]! < g) merged.push(foreign[j++]!);
    merged.push(g);
  }
  while (j < foreign.length) merged.push(foreign[j++]!);
  return merged;
}

/**
 * The generations from `start` through `highest` that are not present, as inclusive ranges.
 * `present` is in ascending order (repeats allowed).
 */
export function missingRanges(present: readonly number[], start: number, highest: number): [number, number][] {
  const ranges: [number, number][] = [];
  let next = start;
  for (const g of present) {
    if (g < start || g > highest) continue;
    if (g > next) ranges.push([next, g - 1]);
    next = Math.max(next, g + 1);
  }
  if (next <= highest) ranges.push([next, highest]);
  return ranges;
}

/** low..high, at most 100,000 of them (a garbled Log Required must not fill memory). */
export function generationsFrom(low: number, high: number): number[] {
  const out: number[] = [];
  for (let g = low; g <= high && out.length < 100_000; g++) out.push(g);
  return out;
}
