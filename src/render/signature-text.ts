/**
 * Comparing signatures as printed (ese-format.md §0.6): `Create time:12/29/2000 21:6:38
 * Rand:24842 Computer:`. SPEC §4: two signatures are equal when the create time (as a date),
 * rand and computer are equal — so `21:6:38` equals `21:06:38`, and spacing does not matter.
 */

const SIGNATURE = /Create\s*time\s*:?\s*(.*?)\s*Rand\s*:?\s*(\d+)\s*Computer\s*:?\s*(.*)$/i;

/** The comparable parts of a printed signature, or undefined when it is not in that shape. */
function signatureKey(text: string): string | undefined {
  const m = SIGNATURE.exec(text.trim());
  if (!m) return undefined;
  const dateNumbers = (m[1]!.match(/\d+/g) ?? []).map((n) => String(Number(n)));
  return `${dateNumbers.join(',')}|${Number(m[2])}|${m[3]!.trim().toLowerCase()}`;
}

/** True when both texts print the same signature. */
export function sameSignature(a: string, b: string): boolean {
  const ka = signatureKey(a);
  const kb = signatureKey(b);
  if (ka !== undefined && kb !== undefined) return ka === kb;
  return a.trim().replace(/\s+/g, ' ') === b.trim().replace(/\s+/g, ' ');
}
