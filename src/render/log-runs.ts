/**
 * Folding runs of logs (SPEC §7: "Runs of healthy logs are folded
 * (`Edb012d0.log … Edb012dc.log — 13 logs, all match`)"). A stream of an Exchange 2010 server
 * holds tens of thousands of logs; a report lists the few that matter and folds the rest.
 *
 * The input is already folded into runs of entries that read alike (StreamReport.logs' `runs()`,
 * issue 18), so folding costs one step per such run and keeps only the first and last entry of
 * each row: a stream of 100,000 agreeing logs is one step, not 100,000 items.
 */

/** Consecutive entries with consecutive generations that share every key a view folds by. */
export interface LogSegment<T> {
  readonly first: T;
  /** The entry after `first`, when `count` is at least 2. */
  readonly second: T | undefined;
  readonly last: T;
  readonly count: number;
}

/** A log, or a run of consecutive generations that read the same, in generation order. */
export interface LogRun<T> {
  readonly first: T;
  readonly last: T;
  /** Number of logs (1 for a single log). */
  readonly count: number;
  readonly firstGeneration: number;
  readonly lastGeneration: number;
}

/**
 * Groups consecutive segments with the same non-null key and consecutive generations.
 * A key of `null` keeps an item on its own row (the anchor, a change of path): such a segment
 * must be a single entry. Runs shorter than `minRun` (at most 3) are split back into single
 * items: a run of two reads better as two rows.
 */
export function foldLogRuns<T>(
  segments: Iterable<LogSegment<T>>,
  generationOf: (item: T) => number,
  keyOf: (item: T) => string | null,
  minRun: number,
): LogRun<T>[] {
  // A pending run shorter than minRun is told entry by entry from its segments' first and second.
  if (minRun > 3) throw new RangeError('foldLogRuns: minRun is at most 3');
  const runs: LogRun<T>[] = [];
  let pending: LogSegment<T>[] = [];
  let pendingCount = 0;
  let pendingKey: string | null = null;

  const single = (item: T): void => {
    const g = generationOf(item);
    runs.push({ first: item, last: item, count: 1, firstGeneration: g, lastGeneration: g });
  };
  const flush = (): void => {
    if (pending.length === 0) return;
    if (pendingCount >= minRun) {
      const first = pending[0]!.first;
      const last = pending[pending.length - 1]!.last;
      runs.push({ first, last, count: pendingCount, firstGeneration: generationOf(first), lastGeneration: generationOf(last) });
    } else {
      for (const segment of pending) {
        single(segment.first);
        if (segment.count === 2) single(segment.second ?? segment.last);
      }
    }
    pending = [];
    pendingCount = 0;
  };

  for (const segment of segments) {
    const key = keyOf(segment.first);
    if (key === null && segment.count > 1) throw new RangeError('foldLogRuns: an entry kept on its own row must be a segment of one');
    const last = pending[pending.length - 1];
    const continues =
      key !== null && key === pendingKey && last !== undefined && generationOf(segment.first) === generationOf(last.last) + 1;
    if (!continues) flush();
    pending.push(segment);
    pendingCount += segment.count;
    pendingKey = key;
    if (key === null) flush();
  }
  flush();
  return runs;
}
