/**
 * Generations of a stream: their range, the logs at one, and the gaps (Q296787 roll-forward steps
 * 5 and 8 read the logs "in unbroken lGeneration sequence"). Everything here walks the stream's
 * entries (./entries.ts) or ranges of generations, never one generation at a time: an archive has
 * 100,000 logs (SPEC §9) and a garbled lGeneration (0xFFFFFFFF) must not cost four billion steps.
 */
import type { LogEntry, LogEvidence } from '../evidence/types.js';
import { highOf, logsAtGeneration, lowOf, orderedEntries } from './entries.js';
import type { StreamModel } from './types.js';

/** The lowest and highest generation of the entries, each absent when no log has one. */
export function generationRange(entries: Iterable<LogEntry>): { lowest?: number; highest?: number } {
  let lowest: number | undefined;
  let highest: number | undefined;
  for (const entry of entries) {
    const low = lowOf(entry);
    if (low === Infinity) continue;
    const high = highOf(entry);
    lowest = lowest === undefined ? low : Math.min(lowest, low);
    highest = highest === undefined ? high : Math.max(highest, high);
  }
  return { ...(lowest !== undefined ? { lowest } : {}), ...(highest !== undefined ? { highest } : {}) };
}

/** Logs at one generation: the stream's own and foreign ones. */
export function logsAt(stream: StreamModel, generation: number): { own: LogEvidence[]; foreign: LogEvidence[] } {
  return {
    own: logsAtGeneration(stream.entries, generation),
    foreign: stream.intruders.filter((l) => l.generation === generation),
  };
}

/**
 * The generations present in a stream as inclusive ranges, ascending by their low end (ranges
 * may touch or repeat): one per own entry (a run is one range) merged with one per foreign log.
 * Gaps are read from this list.
 */
export function presentGenerations(stream: StreamModel): [number, number][] {
  const foreign = stream.intruders.flatMap((l) => (l.generation === undefined ? [] : [l.generation])).sort((a, b) => a - b);
  const merged: [number, number][] = [];
  let j = 0;
  for (const entry of orderedEntries(stream.entries)) {
    const low = lowOf(entry);
    for (; j < foreign.length && foreign[j]! < low; j++) merged.push([foreign[j]!, foreign[j]!]);
    merged.push([low, highOf(entry)]);
  }
  for (; j < foreign.length; j++) merged.push([foreign[j]!, foreign[j]!]);
  return merged;
}

/**
 * The generations from `start` through `highest` that are not present, as inclusive ranges.
 * `present` holds inclusive ranges ascending by their low end (touching or repeated ranges allowed).
 */
export function missingRanges(present: readonly (readonly [number, number])[], start: number, highest: number): [number, number][] {
  const ranges: [number, number][] = [];
  let next = start;
  for (const [low, high] of present) {
    if (high < start || low > highest) continue;
    if (low > next) ranges.push([next, low - 1]);
    next = Math.max(next, high + 1);
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
