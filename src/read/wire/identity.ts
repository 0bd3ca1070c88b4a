/**
 * How a signature or banner sent by a parse worker is matched to the same one already in the
 * evidence — the one place that knows the wire format hands over one object per value.
 *
 * Why it exists: the facts of 100,000 `eseutil /ml FILE` dumps quote the same few signatures
 * and one banner (ese-format §2, §0.1). The worker numbers each the first time it sends it and
 * then sends the number; the decoder (fact-codec.ts) hands out the same object for the same
 * number. The collector interns by value (src/evidence/signature.ts), which builds a text key
 * for every signature of every dump; these tables first look the object itself up, without a
 * key (SPEC §9: with the collector's other savings of the same change, its time a dump on the
 * 100,000-dump archive with workers went from 10.0 to 5.1 µs). What they answer is what the value tables answer for the same object,
 * so the evidence is the same whichever thread read a dump; a dump read on the main thread
 * brings objects of its own and takes the value path.
 */
import type { Signature, Tool } from '../../ast/types.js';
import type { InterningTables } from '../../evidence/collector.js';
import { SignatureTable, ToolTable } from '../../evidence/signature.js';
import type { SignatureRef } from '../../evidence/types.js';

/** Signature objects recognized by identity: a log's own and those of a few attached databases. */
const RECENT_SIGNATURES = 16;

class WireSignatureTable extends SignatureTable {
  /** Kept small: only the latest objects come back (a worker's decoder table grows, this does not). */
  private readonly recent = new Map<Signature, SignatureRef>();

  override intern(signature: Signature | undefined): SignatureRef | undefined {
    if (!signature) return undefined;
    let ref = this.recent.get(signature);
    if (ref === undefined) {
      ref = super.intern(signature)!;
      if (this.recent.size >= RECENT_SIGNATURES) this.recent.clear();
      this.recent.set(signature, ref);
    }
    return ref;
  }
}

class WireToolTable extends ToolTable {
  /** Most captures print one banner: the last object given, and the one kept for it. */
  private last: { readonly given: Tool; readonly kept: Tool } | undefined;

  override intern(tool: Tool): Tool {
    if (this.last?.given === tool) return this.last.kept;
    const kept = super.intern(tool);
    this.last = { given: tool, kept };
    return kept;
  }
}

/** The collector's tables for a read that parse workers may take part in. */
export function wireInterningTables(): InterningTables {
  return { signatures: new WireSignatureTable(), tools: new WireToolTable() };
}
