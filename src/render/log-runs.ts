/**
 * Folding runs of logs (SPEC §7: "Runs of healthy logs are folded
 * (`Edb012d0.log … Edb012dc.log — 13 logs, all match`)"). A stream of an Exchange 2010 server
 * holds tens of thousands of logs; a report lists the few that matter and folds the rest.
 */

/** A log, or a run of consecutive generations that read the same, in generation order. */
export interface LogRun<T> {
  /** The items, in order (one for a single log). */
  readonly items: readonly T[];
  readonly firstGeneration: number;
  readonly lastGeneration: number;
}

/**
 * Groups consecutive items with the same non-null key and consecutive generations.
 * A key of `null` keeps an item on its own row (the anchor, a change of path). Runs shorter
 * than `minRun` are split back into single items: a run of two reads better as two rows.
 */
export function foldLogRuns<T>(
  items: readonly T[],
  generationOf: (item: T) => number,
  keyOf: (item: T) => string | null,
  minRun: number,
): LogRun<T>[] {
  const runs: LogRun<T>[] = [];
  let pending: T[] = [];
  let pendingKey: string | null = null;

  const flush = (): void => {
    if (pending.length === 0) return;
    if (pending.length >= minRun) {
      runs.push(runOf(pending, generationOf));
    } else {
      for (const item of pending) runs.push(runOf([item], generationOf));
    }
    pending = [];
  };

  for (const item of items) {
    const key = keyOf(item);
    const last = pending[pending.length - 1];
    const continues =
      key !== null &&
      key === pendingKey &&
      last !== undefined &&
      generationOf(item) === generationOf(last) + 1;
    if (!continues) flush();
    pending.push(item);
    pendingKey = key;
    if (key === null) flush();
  }
  flush();
  return runs;
}

function runOf<T>(items: T[], generationOf: (item: T) => number): LogRun<T> {
  return {
    items,
    firstGeneration: generationOf(items[0]!),
    lastGeneration: generationOf(items[items.length - 1]!),
  };
}
