/**
 * One input as the main thread reads it: the file system's part (a file streamed in
 * CHUNK_BYTES pieces, standard input, an ESE file's header, a folder entry that is no file)
 * around the pure reader src/read/capture.ts.
 */
import { createReadStream } from 'node:fs';
import { readEseFile, type EseFileRead } from '../binary/read-file.js';
import { CHUNK_BYTES, deliverEseFile, notAFile, readCapture as readChunks, type CaptureReadOptions, type CaptureReadResult } from '../read/capture.js';
import type { InputSource } from './inputs.js';

export interface SourceReadOptions extends CaptureReadOptions {
  readonly stdin: AsyncIterable<Uint8Array | string>;
}

function chunksOf(source: InputSource, stdin: AsyncIterable<Uint8Array | string>): AsyncIterable<Uint8Array | string> {
  return source.kind === 'stdin' ? stdin : createReadStream(source.path, { highWaterMark: CHUNK_BYTES });
}

/**
 * The header of an ESE file (src/binary/), when `source` is one: only its first pages are read
 * (SPEC §3). Undefined for anything else, or when the file cannot be opened (the stream reports
 * why).
 */
export function sniffEseFile(source: InputSource, knownSize?: number): EseFileRead | undefined {
  if (source.kind !== 'file' || source.special !== undefined) return undefined;
  try {
    return readEseFile(source.path, source.name, knownSize);
  } catch {
    return undefined;
  }
}

export async function readCapture(source: InputSource, options: SourceReadOptions): Promise<CaptureReadResult> {
  if (source.kind === 'file' && source.special !== undefined) return notAFile(source.name, source.special, options);
  const ese = sniffEseFile(source);
  if (ese) return deliverEseFile(source.name, ese, options);
  return readChunks(source.name, chunksOf(source, options.stdin), options);
}
