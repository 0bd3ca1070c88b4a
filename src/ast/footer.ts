/**
 * The final status line (ese-format.md §0.3, §5.1) → DumpResult:
 * `Operation completed successfully in 1.5 seconds.`,
 * `Operation completed successfully with 595 (…) after 3.2 seconds.` (repair warning),
 * `Operation terminated with error -1811 (JET_errFileNotFound, File not found) after 0.31 seconds.`
 * (` after N seconds.` optional, KB 248122), ESE97 `Operation terminated with error -1018.`,
 * `Operation terminated unsuccessfully after 0.31 seconds.`, and esefile's
 * `esefile completes successfully after 10 seconds`.
 * When only the code is printed, name and description come from the JET error table.
 */
import { findJetError } from '../domain/jet-errors.js';
import type { DumpResult, JetErrorRef } from './types.js';

export type FooterKind = 'completed' | 'terminated' | 'esefileCompleted';

const ERROR_CODE = /with error[ \t]+(-?\d+)/;

/** `(JET_errName, description)` right after the code. */
function errorDetails(rest: string): { name?: string; description?: string } {
  const open = rest.indexOf('(');
  if (open < 0) return {};
  const close = rest.lastIndexOf(')');
  const inner = rest.slice(open + 1, close > open ? close : undefined).trim();
  const comma = inner.indexOf(',');
  const name = (comma < 0 ? inner : inner.slice(0, comma)).trim();
  const description = comma < 0 ? undefined : inner.slice(comma + 1).trim();
  if (!/^JET_\w+$/.test(name)) return description === undefined ? {} : { description };
  return description === undefined || description === '' ? { name } : { name, description };
}

export function jetErrorRef(code: number, printed: { name?: string; description?: string } = {}): JetErrorRef {
  const known = findJetError(code);
  const name = printed.name ?? known?.name;
  const description = printed.description ?? known?.description;
  return {
    code,
    ...(name === undefined ? {} : { name }),
    ...(description === undefined ? {} : { description }),
  };
}

/** `text` is the whole footer as printed (a wrapped footer joined back into one line). */
export function parseFooter(kind: FooterKind, text: string, line: number): DumpResult {
  if (kind !== 'terminated') return { ok: true, line, text };
  const m = ERROR_CODE.exec(text);
  if (m === null) return { ok: false, line, text };
  const code = Number(m[1]);
  const rest = text.slice(m.index + m[0].length);
  return { ok: false, error: jetErrorRef(code, errorDetails(rest)), line, text };
}

/** A JET code in an error line: `… Error -501.`, `failed with Jet error -1032.` */
export function errorCodeInLine(text: string): number | undefined {
  const m = /(?:Error|error)[ \t]+(-\d+)/.exec(text);
  return m === null ? undefined : Number(m[1]);
}
