/**
 * Every input of a check, in order, into one evidence sink (SPEC §9: seconds for 100,000 dumps
 * on two cores). How each is read is this file's one decision:
 * - two or more capture files in a row, each under 8 MB, holding 8 MB or more together: parse
 *   workers read batches of whole files at once (src/cli/parallel/read-files.ts);
 * - one capture file of 16 MB or more: parse workers read parts of it at once
 *   (src/cli/parallel/read-parallel.ts), unless it cannot be cut safely;
 * - anything else, standard input, or `ESEREPORT_WORKERS=0`: read on this thread
 *   (src/cli/read-capture.ts around src/read/capture.ts).
 * Workers and this thread read with the same pure readers (src/read/).
 * Whichever way, the sink receives the same calls in the same order.
 */
import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import type { CaptureParser, ParsedItem } from '../ast/index.js';
import type { EncodingName } from '../ast/types.js';
import type { InputMeta } from '../evidence/collector.js';
import type { LogHeaderFacts } from '../evidence/log-header-facts.js';
import type { InputSource } from './inputs.js';
import type { CliIo } from './io.js';
import { canReadFilesInWorkers, readFilesInWorkers, type FileSource } from './parallel/read-files.js';
import { readCaptureParallel } from './parallel/read-parallel.js';
import type { EseFileRead } from '../binary/read-file.js';
import { deliverEseFile, internalReadProblem, type CaptureReadResult } from '../read/capture.js';
import { readCapture, sniffEseFile } from './read-capture.js';

/** What the inputs are read into: the EvidenceCollector's intake. */
export interface EvidenceSink {
  addInput(meta: InputMeta): void;
  addDump(inputName: string, dump: Extract<ParsedItem, { type: 'dump' }>['dump']): void;
  addUnrecognized(inputName: string, range: Extract<ParsedItem, { type: 'unrecognized' }>['range']): void;
  addDirListing(inputName: string, listing: Extract<ParsedItem, { type: 'dirListing' }>['listing']): void;
  addLogHeaderFacts(inputName: string, facts: LogHeaderFacts, lineOffset?: number): void;
}

export interface ReadInputsOptions {
  readonly encoding?: EncodingName;
  readonly stdin: AsyncIterable<Uint8Array | string>;
  readonly env: CliIo['env'];
  readonly createParser: (inputName: string) => CaptureParser;
  readonly onBytes: (bytes: number) => void;
  /** Size from which workers are used (tests use 0). */
  readonly parallelMinBytes?: number;
}

/** Parse workers: one per core (at most 4); `ESEREPORT_WORKERS=N` sets it, 0 or 1 for none. */
export function parseWorkers(env: CliIo['env']): number {
  const wanted = env.ESEREPORT_WORKERS;
  if (wanted !== undefined && /^\d+$/.test(wanted.trim())) return Math.min(Number(wanted), 16);
  return Math.min(availableParallelism(), 4);
}

/**
 * Many small files pay off sooner than one file cut in parts: read on one thread each costs an
 * asynchronous open and stream (10,000 one-dump files, 16 MB: 3.5 s with workers, about twice
 * that without).
 */
const FILES_MIN_BYTES = 8 * 1024 * 1024;

/** A file this large is cut into parts rather than read whole by one worker. */
const WHOLE_FILE_MAX_BYTES = 8 * 1024 * 1024;

/** Synchronous: thousands of files are stat'ed in milliseconds, the promise API takes seconds. */
export function fileSize(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}

/** A folder entry that is no file: read-capture.ts reports it without opening it. */
function isSpecial(source: InputSource): boolean {
  return source.kind === 'file' && source.special !== undefined;
}

function deliver(sink: EvidenceSink, name: string, item: ParsedItem): void {
  // A command line that prints no dump (issue 16) is no evidence: the AST alone holds it.
  if (item.type === 'dump') sink.addDump(name, item.dump);
  else if (item.type === 'dirListing') sink.addDirListing(name, item.listing);
  else if (item.type === 'unrecognized') sink.addUnrecognized(name, item.range);
}

/** A failure after items were handed over: the input's problem, worded as src/read/capture.ts words it. */
function internalProblem(name: string, error: unknown): CaptureReadResult {
  return {
    name,
    encoding: 'utf-8',
    lineEnding: 'none',
    lineCount: 0,
    bytes: 0,
    dumps: 0,
    unrecognized: 0,
    problem: internalReadProblem(name, error),
  };
}

async function readOnThisThread(source: InputSource, sink: EvidenceSink, options: ReadInputsOptions): Promise<CaptureReadResult> {
  return readCapture(source, {
    ...(options.encoding ? { encoding: options.encoding } : {}),
    stdin: options.stdin,
    createParser: options.createParser,
    onItem: (item) => deliver(sink, source.name, item),
    onBytes: options.onBytes,
    // The collector keeps an input's first description: it must come before its dumps.
    onInputStart: (meta) => sink.addInput(meta),
  });
}

async function readOne(source: InputSource, sink: EvidenceSink, options: ReadInputsOptions, workers: number): Promise<CaptureReadResult> {
  if (source.kind === 'file' && source.special === undefined && workers >= 2) {
    const result = await readCaptureParallel({
      path: source.path,
      name: source.name,
      workers,
      ...(options.encoding ? { encoding: options.encoding } : {}),
      ...(options.parallelMinBytes !== undefined ? { minBytes: options.parallelMinBytes } : {}),
      onItem: (item) => deliver(sink, source.name, item),
      onLogFacts: (facts, lineOffset) => sink.addLogHeaderFacts(source.name, facts, lineOffset),
      onBytes: options.onBytes,
      onInputStart: (meta) => sink.addInput(meta),
    }).catch((error: unknown) => internalProblem(source.name, error));
    if (result) return result;
  }
  return readOnThisThread(source, sink, options);
}

/** Reads `sources` in order into `sink`; one result per source, in order. */
export async function readInputs(sources: readonly InputSource[], sink: EvidenceSink, options: ReadInputsOptions): Promise<CaptureReadResult[]> {
  const workers = parseWorkers(options.env);
  const minBytes = options.parallelMinBytes ?? FILES_MIN_BYTES;
  const sizes = sources.map((source) => (source.kind === 'file' ? fileSize(source.path) : 0));
  const results: CaptureReadResult[] = [];
  // ESE files (src/binary/) are read here, headers only: never whole by a worker, never cut in parts.
  const ese = new Map<number, EseFileRead | undefined>();
  const eseAt = (index: number): EseFileRead | undefined => {
    if (!ese.has(index)) ese.set(index, sniffEseFile(sources[index]!, sizes[index]));
    return ese.get(index);
  };
  let i = 0;
  while (i < sources.length) {
    const header = eseAt(i);
    if (header) {
      const name = sources[i]!.name;
      results.push(
        await deliverEseFile(name, header, { createParser: options.createParser, onItem: (item) => deliver(sink, name, item), onInputStart: (meta) => sink.addInput(meta) }),
      );
      ese.delete(i);
      i++;
      continue;
    }
    // A run of files: whole files to the workers (a large one is cut into parts instead).
    let end = i;
    let bytes = 0;
    while (end < sources.length && sources[end]!.kind === 'file' && !isSpecial(sources[end]!) && sizes[end]! < WHOLE_FILE_MAX_BYTES && !eseAt(end)) bytes += sizes[end++]!;
    if (end - i >= 2 && bytes >= minBytes && canReadFilesInWorkers(workers)) {
      const files = sources.slice(i, end) as FileSource[];
      const read = await readFilesInWorkers(files, {
        ...(options.encoding ? { encoding: options.encoding } : {}),
        workers,
        sizes: sizes.slice(i, end),
        onItem: (file, item) => deliver(sink, file.name, item),
        onLogFacts: (file, facts) => sink.addLogHeaderFacts(file.name, facts),
        onBytes: options.onBytes,
        onInputStart: (meta) => sink.addInput(meta),
      });
      results.push(...read);
      i += read.length;
      // A worker failed: the files it left are read here.
      for (; i < end; i++) results.push(await readOnThisThread(sources[i]!, sink, options));
      continue;
    }
    results.push(await readOne(sources[i]!, sink, options, workers));
    i++;
  }
  return results;
}
