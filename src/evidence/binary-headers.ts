/**
 * What the evidence keeps of a dump read from an ESE file's bytes (src/binary/, SPEC §3): the
 * facts only the bytes give — a log's creation and prev-gen times for the chain eseutil checks
 * ("Invalid log sequence", logdump.cxx l.1116-1126), and the header notes (shadow copy used,
 * log size against its header). Text captures never carry these.
 */
import type { Dump, HeaderNote, Signature } from '../ast/types.js';
import { signatureKey } from '../ast/signature.js';
import { fileNameOf } from '../domain/log-names.js';
import { evidenceLine, fieldEvidence } from './lines.js';
import type { EvidenceLine } from './types.js';

export interface BinaryHeaderEvidence {
  readonly input: string;
  readonly file: string;
  readonly kind: Dump['kind'];
  readonly notes: readonly HeaderNote[];
  /** The dump's first line: where a note points. */
  readonly at: EvidenceLine;
  /** Logs only. */
  readonly generation?: number;
  readonly signatureKey?: string;
  readonly creationTime?: string;
  readonly prevGenTime?: string;
  readonly creationAt?: EvidenceLine;
  readonly prevGenAt?: EvidenceLine;
}

/** The logs of a stream share one Signature object (src/ast/signature.ts): its key is made once. */
const keys = new WeakMap<Signature, string>();
function keyOf(signature: Signature): string {
  let key = keys.get(signature);
  if (key === undefined) {
    key = signatureKey(signature);
    keys.set(signature, key);
  }
  return key;
}

export function binaryHeaderEvidence(input: string, dump: Dump): BinaryHeaderEvidence {
  const file = fileNameOf(dump.file ?? input);
  const base = { input, file, kind: dump.kind, notes: dump.headerNotes ?? [], at: evidenceLine(input, dump.startLine, fileNameOf(input)) };
  if (dump.kind !== 'logHeader') return base;
  return {
    ...base,
    ...(dump.lGeneration !== undefined ? { generation: dump.lGeneration } : {}),
    ...(dump.signature ? { signatureKey: keyOf(dump.signature) } : {}),
    ...(dump.creationTime ? { creationTime: dump.creationTime.text, creationAt: fieldEvidence(input, dump, 'creationTime', `creation time: ${dump.creationTime.text}`) } : {}),
    ...(dump.prevGenTime ? { prevGenTime: dump.prevGenTime.text, prevGenAt: fieldEvidence(input, dump, 'prevGenTime', `prev gen time: ${dump.prevGenTime.text}`) } : {}),
  };
}

/** A log whose prev-gen time is not the creation time of the generation before it. */
export interface ChainBreak {
  readonly previous: BinaryHeaderEvidence;
  readonly log: BinaryHeaderEvidence;
}

/**
 * The breaks of the prev-gen time chain (logdump.cxx l.1116-1126, "Invalid log sequence"): per
 * log stream (the logs' own signature), each log whose predecessor by generation is present and
 * was created at another time than the log's prev gen time says.
 */
export function chainBreaks(headers: readonly BinaryHeaderEvidence[]): ChainBreak[] {
  const streams = new Map<string, Map<number, BinaryHeaderEvidence>>();
  for (const header of headers) {
    if (header.kind !== 'logHeader' || header.generation === undefined || header.signatureKey === undefined) continue;
    let stream = streams.get(header.signatureKey);
    if (stream === undefined) streams.set(header.signatureKey, (stream = new Map()));
    stream.set(header.generation, header);
  }
  const breaks: ChainBreak[] = [];
  for (const stream of streams.values()) {
    for (const log of stream.values()) {
      const previous = stream.get(log.generation! - 1);
      if (previous === undefined || log.prevGenTime === undefined || previous.creationTime === undefined) continue;
      if (log.prevGenTime !== previous.creationTime) breaks.push({ previous, log });
    }
  }
  return breaks;
}
