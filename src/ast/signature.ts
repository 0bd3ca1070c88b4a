/**
 * Signatures (ese-format.md §0.6): `Create time:<date> Rand:<unsigned decimal> Computer:<name>`.
 * Tolerates captures cut short: `… Rand:24842 Computer` (no colon) or no `Computer` at all is
 * still a signature; without `Rand:` it is not (the rand is what tells streams apart).
 */
import { readDateAt } from './ese-date.js';
import type { Signature } from './types.js';

const CREATE_TIME = 'create time:';
const RAND = 'rand:';
const COMPUTER = 'computer';

/**
 * The last two values read and what they gave: a log stream prints the same two signatures (the
 * log's own and its database's) in each of thousands of `/ml` dumps (SPEC §9). The dumps then
 * share one Signature object, which nothing changes once read.
 */
let newestValue: string | undefined;
let newest: Signature | undefined;
let olderValue: string | undefined;
let older: Signature | undefined;

export function parseSignature(value: string): Signature | undefined {
  if (value === newestValue) return newest;
  if (value === olderValue) return older;
  const signature = readSignature(value);
  olderValue = newestValue;
  older = newest;
  newestValue = value;
  newest = signature;
  return signature;
}

function readSignature(value: string): Signature | undefined {
  const text = value.trim();
  const lower = text.toLowerCase();
  const createAt = lower.indexOf(CREATE_TIME);
  if (createAt < 0) return undefined;
  const randAt = lower.indexOf(RAND, createAt + CREATE_TIME.length);
  if (randAt < 0) return undefined;
  let i = randAt + RAND.length;
  while (text[i] === ' ') i++;
  const digitsStart = i;
  while (i < text.length && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) i++;
  if (i === digitsStart) return undefined;
  const rand = Number(text.slice(digitsStart, i));
  const createTime = text.slice(createAt + CREATE_TIME.length, randAt).trim();
  let computer = '';
  const computerAt = lower.indexOf(COMPUTER, i);
  if (computerAt >= 0) {
    const colon = computerAt + COMPUTER.length;
    computer = text[colon] === ':' ? text.slice(colon + 1).trim() : '';
  }
  return { createTime, rand, computer, text };
}

function dateOf(createTime: string) {
  return readDateAt(createTime, 0)?.parts;
}

/**
 * The comparable identity of a signature (SPEC §4): the create time as a date (`8/3/1999
 * 17:37:42` and `08/03/1999 17:37:42.000` are one date), the rand, and the computer name
 * (case-insensitive, as Windows computer names are). Equal keys ⇔ equal signatures; the
 * evidence interns signatures by it.
 */
export function signatureKey(signature: Signature): string {
  const d = dateOf(signature.createTime);
  const date =
    d === undefined
      ? signature.createTime.trim()
      : `${d.year}-${d.month}-${d.day} ${d.hour}:${d.minute}:${d.second}.${d.millisecond ?? 0}`;
  return `${date}|${signature.rand}|${signature.computer.trim().toLowerCase()}`;
}

/**
 * KB Q296787 step 3 / chksig: two signatures are the same when the create time (as a date:
 * `8/3/1999 17:37:42` equals `08/03/1999 17:37:42`), the rand and the computer are equal.
 */
export function signaturesEqual(a: Signature, b: Signature): boolean {
  return signatureKey(a) === signatureKey(b);
}
