/**
 * Generations, files and streams as every message and explanation words them: decimal, hex and
 * the file name in the stream's era (KB Q296787 step 2 gives all three), each written once.
 */
import { generationHex } from '../domain/log-names.js';
import type { LogEntry } from '../evidence/types.js';
import { filesOf, firstFiles, lastFile, logCount } from './entries.js';
import { logFileFor } from './naming.js';
import type { NamedStream, StreamNaming } from './types.js';

/** `Edb012cf.log (4815, 0x12CF)` — decimal, hex and file name, as every message shows them. */
export function describeGeneration(stream: NamedStream, generation: number): string {
  return `${logFileFor(stream, generation)} (${generation}, 0x${generationHex(generation)})`;
}

/**
 * A run of generations with their file names, each written once:
 * `E000000008F.log (143, 0x8F)` or `E0000000092.log … E0000000094.log (146–148, 0x92–0x94)`.
 */
export function describeGenerations(stream: NamedStream, first: number, last: number): string {
  if (first === last) return describeGeneration(stream, first);
  return `${logFileFor(stream, first)} … ${logFileFor(stream, last)} (${first}–${last}, 0x${generationHex(first)}–0x${generationHex(last)})`;
}

/** `4821–4829 (0x12D5–0x12DD)` or `4821 (0x12D5)`. */
export function describeRange(first: number, last: number): string {
  if (first === last) return `${first} (0x${generationHex(first)})`;
  return `${first}–${last} (0x${generationHex(first)}–0x${generationHex(last)})`;
}

/** Consecutive generations folded into ranges: [1,2,3,7] → [[1,3],[7,7]]. */
export function foldRanges(generations: readonly number[]): [number, number][] {
  const sorted = [...new Set(generations)].sort((a, b) => a - b);
  const ranges: [number, number][] = [];
  for (const g of sorted) {
    const last = ranges[ranges.length - 1];
    if (last && g === last[1] + 1) last[1] = g;
    else ranges.push([g, g]);
  }
  return ranges;
}

/** A list of file names for a message, shortened when long. */
export function listFiles(files: readonly string[], max = 6): string {
  if (files.length <= max) return files.join(', ');
  return `${files.slice(0, max - 1).join(', ')}, … ${files[files.length - 1]} (${files.length} files)`;
}

/** listFiles of the logs of entries, names made only for what is shown. */
export function listLogFiles(entries: readonly LogEntry[], max = 6): string {
  const count = logCount(entries);
  if (count <= max) return filesOf(entries).join(', ');
  return `${firstFiles(entries, max - 1).join(', ')}, … ${lastFile(entries)!} (${count} files)`;
}

/**
 * How a log stream is named in text an administrator reads: its base name and the creation
 * time of its log signature (the time Edb00001.log was created), never an internal id.
 * `the Edb log stream (signature 8/3/1999 17:37:42, Rand 710915685)`.
 */
export function describeStream(stream: { readonly naming: StreamNaming; readonly signature?: { readonly text: string; readonly rand: number } }): string {
  const base = `the ${stream.naming.baseName} log stream`;
  if (!stream.signature) return base;
  const created = /Create time:\s*([^R]*?)\s*Rand/i.exec(stream.signature.text)?.[1];
  return created ? `${base} (signature ${created}, Rand ${stream.signature.rand})` : `${base} (signature Rand ${stream.signature.rand})`;
}
