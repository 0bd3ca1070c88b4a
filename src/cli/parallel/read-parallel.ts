/**
 * One large capture file read by several parse workers at once (SPEC §9: 100,000 dumps in
 * seconds on two cores), with the same result as src/read/capture.ts reading it alone:
 * the same items in the same order, the same line numbers, encoding and line endings.
 *
 * The file is cut at prompt lines (split-points.ts); worker k parses part k (src/read/part.ts)
 * and numbers its lines from 1. Items reach the caller in file order: the first part's as they come, a later part's
 * once every part before it is done and its line count known. Nothing reaches the caller until
 * every later part has proved plain ASCII and the first part has produced an item; when that
 * fails (a binary file, another encoding further on, a part without dumps) the workers stop and
 * the caller reads the file the usual way: the answer is `undefined`.
 */
import { existsSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { Worker } from 'node:worker_threads';
import type { ParsedItem } from '../../ast/index.js';
import { subjectFromInputName } from '../../ast/input-name.js';
import type { EncodingName } from '../../ast/types.js';
import type { LogHeaderFacts } from '../../evidence/log-header-facts.js';
import { lineEndingOf, type LineEndingCounts } from '../../input/lines.js';
import type { CaptureReadResult, InputStart } from '../../read/capture.js';
import { placePartItem, type PartStart, type PlacedItems } from '../../read/part.js';
import { PartItemDecoder } from '../../read/wire/fact-codec.js';
import { release, WORKER_FILE, type WorkerJob, type WorkerMessage, type WorkerSetup } from './protocol.js';
import { findSplitPoints } from './split-points.js';

/**
 * Below this size one thread is as fast or faster (npm run bench): each worker spends about
 * 0.4 s of CPU loading the parser, and on this workplace's 2-core machines two busy threads run
 * each about 1.5× slower than one alone. The 5.5-era 10,000-dump archive (11 MB) took 3.6 s
 * with workers against 2.7 s without; the 160 MB archive 14.9 s against 24.4 s.
 */
export const PARALLEL_MIN_BYTES = 16 * 1024 * 1024;

/**
 * About this many bytes a part. Many parts, handed out as workers free up, keep the cores
 * evenly busy, let the reader place each part's facts while later parts parse, and bound what
 * waits in memory to a few parts.
 */
const PART_BYTES = 2 * 1024 * 1024;
/** Parts given to a worker ahead of the one it parses, so it never waits for the reader. */
const PARTS_AHEAD = 1;

export interface ParallelReadOptions {
  readonly path: string;
  readonly name: string;
  readonly encoding?: EncodingName;
  /** Parse workers wanted, at least 2. */
  readonly workers: number;
  readonly minBytes?: number;
  /** Bytes per part (tests use small parts). */
  readonly partBytes?: number;
  readonly onItem: (item: ParsedItem) => void;
  /** The facts of an `eseutil /ml FILE` dump whose lines start `lineOffset` lines into the input. */
  readonly onLogFacts: (facts: LogHeaderFacts, lineOffset: number) => void;
  readonly onBytes?: (bytes: number) => void;
  readonly onInputStart?: (meta: InputStart) => void;
}


interface Part {
  readonly start: number;
  readonly end: number;
  done?: Extract<WorkerMessage, { type: 'done' }>;
  /**
   * Messages not yet delivered (a part waits for the line count of those before it), each with
   * the decoder of the worker that sent it.
   */
  readonly pending: { readonly message: Extract<WorkerMessage, { type: 'items' }>; readonly decoder: PartItemDecoder }[];
  firstItem?: PartStart;
}

class FallBack extends Error {}

const addCounts = (a: LineEndingCounts, b: LineEndingCounts): LineEndingCounts => ({ crlf: a.crlf + b.crlf, lf: a.lf + b.lf, cr: a.cr + b.cr });

/** Reads `options.path` with workers; `undefined` when it must be read the usual way (nothing was delivered). */
export async function readCaptureParallel(options: ParallelReadOptions): Promise<CaptureReadResult | undefined> {
  if (options.workers < 2 || !existsSync(WORKER_FILE)) return undefined;
  if (options.encoding === 'utf-16le' || options.encoding === 'utf-16be') return undefined;
  const size = (await stat(options.path)).size;
  if (size < (options.minBytes ?? PARALLEL_MIN_BYTES)) return undefined;
  const wantedParts = Math.max(options.workers, Math.ceil(size / (options.partBytes ?? PART_BYTES)));
  const cuts = await findSplitPoints(options.path, size, wantedParts);
  if (cuts.length === 0) return undefined;
  const bounds = [0, ...cuts, size];
  const parts: Part[] = bounds.slice(1).map((end, k) => ({ start: bounds[k]!, end, pending: [] }));
  const subject = subjectFromInputName(options.name);

  let dumps = 0;
  let unrecognized = 0;
  let delivering = false;
  let checksLeft = options.workers;
  /** Parts fully delivered; the next part's line offset. */
  let next = 0;
  let lineOffset = 0;
  let counts: LineEndingCounts = { crlf: 0, lf: 0, cr: 0 };
  let nextToParse = 0;

  /** Where a part's items go, counted as src/read/capture.ts counts them. */
  const placed: PlacedItems = {
    onLogFacts: (facts, offset) => {
      dumps++;
      options.onLogFacts(facts, offset);
    },
    onItem: (parsed) => {
      if (parsed.type === 'dump') dumps++;
      else if (parsed.type === 'unrecognized') unrecognized++;
      options.onItem(parsed);
    },
  };

  return new Promise<CaptureReadResult | undefined>((resolve, reject) => {
    let settled = false;
    const workers: Worker[] = [];
    const finish = (result: CaptureReadResult | undefined, error?: unknown): void => {
      if (settled) return;
      settled = true;
      // The result once the workers are gone (their memory with them), whatever it is.
      void release(workers).then(() => {
        if (error !== undefined) reject(error instanceof Error ? error : new Error(String(error)));
        else resolve(result);
      });
    };
    const giveWork = (worker: Worker): void => {
      if (nextToParse >= parts.length) return;
      const part = parts[nextToParse]!;
      worker.postMessage({ type: 'parse', part: nextToParse, start: part.start, end: part.end } satisfies WorkerJob);
      nextToParse++;
    };

    /** Delivers what can be delivered now, in file order. */
    const pump = (): void => {
      if (!delivering) {
        if (checksLeft > 0) return;
        const first = parts[0]!;
        // The first part's first item fixes the input's metadata, as in src/read/capture.ts.
        if (first.firstItem === undefined) {
          if (first.done) throw new FallBack('the first part has no dump');
          return;
        }
        delivering = true;
        const encoding = first.firstItem.encoding ?? options.encoding;
        options.onInputStart?.({ name: options.name, ...(encoding ? { encoding } : {}), lineEnding: lineEndingOf(first.firstItem.lineEndings) });
      }
      while (next < parts.length) {
        const part = parts[next]!;
        for (const { message, decoder } of part.pending.splice(0)) {
          options.onBytes?.(message.bytes);
          for (const item of decoder.decode(message.items)) placePartItem(item, lineOffset, subject, placed);
        }
        if (!part.done) return;
        if (part.done.binary) throw new FallBack('binary');
        lineOffset += part.done.lineCount;
        counts = addCounts(counts, part.done.lineEndings);
        next++;
      }
      finish({
        name: options.name,
        encoding: parts[0]!.done!.encoding ?? options.encoding ?? 'utf-8',
        lineEnding: lineEndingOf(counts),
        lineCount: lineOffset,
        bytes: size,
        dumps,
        unrecognized,
      });
    };

    const onMessage = (worker: Worker, decoder: PartItemDecoder, message: WorkerMessage): void => {
      if (settled) return;
      try {
        switch (message.type) {
          case 'checked':
            if (!message.ok) throw new FallBack('a later part is not plain ASCII');
            checksLeft--;
            break;
          case 'items': {
            const part = parts[message.part]!;
            if (message.start && part.firstItem === undefined) part.firstItem = message.start;
            decoder.learn(message.items);
            part.pending.push({ message, decoder });
            break;
          }
          case 'done':
            parts[message.part]!.done = message;
            giveWork(worker);
            break;
          case 'failed':
            throw new Error(message.message);
        }
        pump();
      } catch (error) {
        if (error instanceof FallBack && !delivering) finish(undefined);
        else finish(undefined, error);
      }
    };

    // Every part after the first is checked up front, a share for each worker.
    const checkFrom = parts[1]!.start;
    const share = Math.ceil((size - checkFrom) / options.workers);
    for (let w = 0; w < options.workers; w++) {
      const worker = new Worker(WORKER_FILE, {
        workerData: { path: options.path, name: options.name, ...(options.encoding ? { encoding: options.encoding } : {}) } satisfies WorkerSetup,
      });
      workers.push(worker);
      const decoder = new PartItemDecoder();
      worker.on('message', (message: WorkerMessage) => onMessage(worker, decoder, message));
      worker.on('error', (error) => {
        if (!delivering) finish(undefined);
        else finish(undefined, error);
      });
      const start = Math.min(size, checkFrom + w * share);
      const end = Math.min(size, start + share);
      const partStarts = parts.slice(1).filter((_, k) => k % options.workers === w).map((part) => part.start);
      worker.postMessage({ type: 'check', start, end, partStarts } satisfies WorkerJob);
    }
    // Parts in file order across the workers: the first parts are done first.
    for (let ahead = 0; ahead <= PARTS_AHEAD; ahead++) for (const worker of workers) giveWork(worker);
  });
}
