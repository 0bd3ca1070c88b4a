/**
 * Colour in the text report (SPEC §7: only on a TTY, honours NO_COLOR), the first that applies:
 * `--color` / `--no-color`; `FORCE_COLOR` (Node's and chalk's convention: set and not `0` or
 * `false` forces colour, `0` / `false` turns it off); `NO_COLOR` (no-color.org: set and not
 * empty turns it off); otherwise colour when the report goes to a terminal.
 */
export function colorWanted(flag: boolean | undefined, env: Readonly<Record<string, string | undefined>>, toTerminal: boolean): boolean {
  if (flag !== undefined) return flag;
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force.toLowerCase() !== 'false';
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  return toTerminal;
}
