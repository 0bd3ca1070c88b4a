/**
 * `12,345`: a count with its thousands separated, as en-US prints it, without
 * `toLocaleString`, whose first call loads ICU's locale data (about 40 ms of a one-dump check,
 * SPEC §9).
 */
export function countText(count: number): string {
  if (!Number.isSafeInteger(count)) return count.toLocaleString('en-US');
  const digits = String(Math.abs(count));
  let out = digits.slice(0, ((digits.length - 1) % 3) + 1);
  for (let i = out.length; i < digits.length; i += 3) out += ',' + digits.slice(i, i + 3);
  return count < 0 ? '-' + out : out;
}
