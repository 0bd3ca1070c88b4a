/**
 * A mistake of the user (bad option, missing file, output over an input): the CLI prints its
 * message as one line, without a stack trace, and exits 2 (SPEC §8).
 */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/**
 * esereport's own failure (a bug) while working on some inputs: main() prints this one line,
 * which names the inputs so a user can send them with the bug report; the stack of `cause`
 * only with ESEREPORT_DEBUG=1.
 */
export class InternalError extends Error {
  override readonly name = 'InternalError';
  constructor(doing: string, cause: unknown) {
    super(`internal error while ${doing}: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
  }
}

/** Runs `work`; a failure that is not the user's becomes an InternalError saying what was being done. */
export function asInternal<T>(doing: () => string, work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (error instanceof UsageError || error instanceof InternalError) throw error;
    throw new InternalError(doing(), error);
  }
}

/** Input names for an error line: all of a few, the first ones and the count of many. */
export function inputList(names: readonly string[]): string {
  if (names.length === 0) return 'no input';
  if (names.length <= 4) return names.join(', ');
  return `${names.slice(0, 3).join(', ')} … (${names.length} inputs)`;
}
