/**
 * Comparing signatures as printed in a report (ese-format.md §0.6): the report carries the
 * signature text (`Create time:12/29/2000 21:6:38 Rand:24842 Computer:`); equality is the
 * AST's (SPEC §4: create time as a date, rand, computer), so `21:6:38` equals `21:06:38`.
 */
import { parseSignature, signaturesEqual } from '../ast/signature.js';

/** True when both texts print the same signature. */
export function sameSignature(a: string, b: string): boolean {
  const sa = parseSignature(a);
  const sb = parseSignature(b);
  if (sa !== undefined && sb !== undefined) return signaturesEqual(sa, sb);
  return a.trim().replace(/\s+/g, ' ') === b.trim().replace(/\s+/g, ' ');
}
