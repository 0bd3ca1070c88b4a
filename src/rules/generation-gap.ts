import type { LogEvidence } from '../evidence/types.js';
import { defineRule } from './define.js';
import { describeGeneration, listFiles, logFileFor } from './naming.js';

/** Q296787 roll-forward steps 5 and 8: logs must be in unbroken lGeneration sequence from the anchor. */
export const generationGap = defineRule({
  id: 'generation-gap',
  title: 'Gap in the log sequence',
  defaultSeverity: 'error',
  kb: 'Q296787 roll-forward steps 5 and 8; Q237767 roll-forward step 3',
  description:
    'The logs from the anchor on are not an unbroken lGeneration sequence. Replay stops before the first missing generation; the logs after it are stranded.',
  remedy:
    'Look for the missing generations in other log backups. Otherwise replay only through the log before the gap and move the stranded logs aside.',
  check({ model }, report) {
    for (const s of model.streams) {
      if (s.highest === undefined) continue;
      const start = s.lowAnchor ?? s.lowest;
      if (start === undefined) continue;
      // The generations present, in order: the stream's own (already ordered) and its few
      // foreign logs, merged.
      const present = mergedGenerations(s.ordered, s.intruders);
      if (!hasSorted(present, start)) continue; // the anchor itself is missing: anchor-missing says so
      // From the gaps between the generations present, never one generation at a time: a stray
      // or garbled lGeneration (0xFFFFFFFF) must not cost four billion steps.
      const ranges = missingRanges(present, start, s.highest);
      if (ranges.length === 0) continue;
      const missing = firstGenerations(ranges, 50);
      const missingCount = ranges.reduce((n, [a, b]) => n + b - a + 1, 0);
      const first = ranges[0]!;
      const before = s.logAt(first[0] - 1);
      const after = s.logs.filter((l) => l.generation !== undefined && l.generation > first[1]);
      const rangeText = ranges
        .map(([a, b]) => (a === b ? describeGeneration(s, a) : `${describeGeneration(s, a)} … ${describeGeneration(s, b)}`))
        .join('; ');
      report({
        subjects: missing.map((g) => logFileFor(s, g)),
        stream: s.id,
        message:
          `Missing generation${missingCount > 1 ? 's' : ''} ${rangeText}: replay stops at ${describeGeneration(s, first[0] - 1)}` +
          (after.length ? `; ${after.length} later log${after.length > 1 ? 's' : ''} cannot replay (${listFiles(after.map((l) => l.file), 4)}).` : '.'),
        evidence: [before?.generationAt ?? before?.fileAt, after[0]?.generationAt ?? after[0]?.fileAt],
      });
    }
  },
});

/** The generations of `ordered` (sorted) and of `others`, in order; repeats are harmless. */
function mergedGenerations(ordered: readonly LogEvidence[], others: readonly LogEvidence[]): number[] {
  const extra = others.flatMap((l) => (l.generation === undefined ? [] : [l.generation])).sort((a, b) => a - b);
  const merged: number[] = [];
  let j = 0;
  for (const log of ordered) {
    const g = log.generation!;
    while (j < extra.length && extra[j]! < g) merged.push(extra[j++]!);
    merged.push(g);
  }
  while (j < extra.length) merged.push(extra[j++]!);
  return merged;
}

/** Whether the sorted list holds `value` (binary search). */
function hasSorted(sorted: readonly number[], value: number): boolean {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (sorted[mid]! < value) low = mid + 1;
    else high = mid;
  }
  return low < sorted.length && sorted[low] === value;
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

/** The first `max` generations of the ranges. */
function firstGenerations(ranges: readonly (readonly [number, number])[], max: number): number[] {
  const out: number[] = [];
  for (const [a, b] of ranges) for (let g = a; g <= b && out.length < max; g++) out.push(g);
  return out;
}
