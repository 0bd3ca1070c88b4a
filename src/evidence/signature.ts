/**
 * Signature comparison (ese-format §0.6): two signatures are equal when Create time, Rand and
 * Computer are equal. The date is compared as numbers, so the unpadded 5.5 form
 * `12/29/2000 21:6:38` equals the padded `12/29/2000 21:06:38`.
 */
import type { Signature } from '../ast/types.js';
import type { SignatureRef } from './types.js';

function normalizedDate(createTime: string): string {
  const numbers = createTime.match(/\d+/g);
  return numbers ? numbers.map((n) => String(Number(n))).join('.') : createTime.trim();
}

export function signatureKey(signature: Signature): string {
  return `${normalizedDate(signature.createTime)}|${signature.rand}|${signature.computer.trim().toLowerCase()}`;
}

/** Interns signatures so that thousands of logs of one stream share one object. */
export class SignatureTable {
  private readonly byKey = new Map<string, SignatureRef>();
  /** Fast path: the same printed text is the same signature (thousands of logs repeat it). */
  private readonly byText = new Map<string, SignatureRef>();

  intern(signature: Signature | undefined): SignatureRef | undefined {
    if (!signature) return undefined;
    const textKey = `${signature.createTime}\u0000${signature.rand}\u0000${signature.computer}`;
    const known = this.byText.get(textKey);
    if (known) return known;
    const key = signatureKey(signature);
    let ref = this.byKey.get(key);
    if (!ref) {
      ref = { key, text: signature.text, rand: signature.rand };
      this.byKey.set(key, ref);
    }
    this.byText.set(textKey, ref);
    return ref;
  }
}

export function sameSignature(a: SignatureRef | undefined, b: SignatureRef | undefined): boolean | undefined {
  if (!a || !b) return undefined;
  return a.key === b.key;
}
