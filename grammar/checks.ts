/**
 * Chevrotain's lexer and grammar checks cost start-up time (about 60 ms and 50 ms). They run
 * whenever the code runs under test (vitest sets VITEST) or ESEREPORT_GRAMMAR_CHECKS is set;
 * the CLI skips them (SPEC §9: a one-dump check feels instant).
 */
export function grammarChecksRequested(): boolean {
  const env = typeof process === 'undefined' ? {} : process.env;
  return env['VITEST'] !== undefined || env['ESEREPORT_GRAMMAR_CHECKS'] !== undefined;
}
