/**
 * Signature identity in the evidence (ese-format §0.6): interned by `signatureKey` of
 * src/ast/signature.ts, the one definition of signature equality.
 */
import { signatureKey } from '../ast/signature.js';
import type { Signature, Tool } from '../ast/types.js';
import type { SignatureRef } from './types.js';

export { signatureKey };

/**
 * Interns signatures so that thousands of logs of one stream share one object. By value: a
 * reader that hands over the same object again and again may recognize it sooner
 * (src/read/wire/identity.ts).
 */
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

/** Interns the banners (§0.1) every dump of a capture repeats: one object per product and version. By value, as SignatureTable. */
export class ToolTable {
  private readonly byKey = new Map<string, Tool>();

  intern(tool: Tool): Tool {
    const key = `${tool.product}\u0000${tool.version}`;
    const known = this.byKey.get(key);
    if (known) return known;
    const own = { product: tool.product, version: tool.version };
    this.byKey.set(key, own);
    return own;
  }
}
