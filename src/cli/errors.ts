/**
 * A mistake of the user (bad option, missing file, output over an input): the CLI prints its
 * message as one line, without a stack trace, and exits 2 (SPEC §8).
 */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
