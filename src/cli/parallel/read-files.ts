/**
 * Many capture files read by parse workers at once (SPEC §1: "thousands from an archive", one
 * capture per log from `for %f in (*.log) do eseutil /ml %f > %f.txt`). Each worker reads
 * batches of whole files with src/read/capture.ts itself, so each file's items, metadata
 * and problem are exactly those of a read on one thread; the reader hands them over in the
 * order of the files, each file's start before its items, as checkCaptures expects.
 */
import { existsSync } from 'node:fs';
import { deserialize } from 'node:v8';
import { Worker } from 'node:worker_threads';
import type { ParsedItem } from '../../ast/index.js';
import type { EncodingName } from '../../ast/types.js';
import type { LogHeaderFacts } from '../../evidence/log-header-facts.js';
import type { CaptureReadResult, InputStart } from '../../read/capture.js';
import { PartItemDecoder, type EncodedItems } from '../../read/wire/fact-codec.js';
import { release, WORKER_FILE, type FileRead, type WorkerJob, type WorkerMessage, type WorkerSetup } from './protocol.js';

export interface FileSource {
  readonly kind: 'file';
  readonly path: string;
  readonly name: string;
}

export interface FilesReadOptions {
  readonly encoding?: EncodingName;
  readonly workers: number;
  /** The size of each file, to make batches of about BATCH_BYTES. */
  readonly sizes?: readonly number[];
  readonly onItem: (file: FileSource, item: ParsedItem) => void;
  readonly onLogFacts: (file: FileSource, facts: LogHeaderFacts) => void;
  readonly onBytes?: (bytes: number) => void;
  readonly onInputStart?: (meta: InputStart) => void;
}

/** A batch: one message each way for up to this many files or bytes (a message costs ~0.1 ms). */
const BATCH_FILES = 200;
const BATCH_BYTES = 1024 * 1024;
/** Batches given to a worker ahead of the one it reads, so it never waits for the reader. */
const BATCHES_AHEAD = 1;

export function canReadFilesInWorkers(workers: number): boolean {
  return workers >= 2 && existsSync(WORKER_FILE);
}

/** Consecutive files in batches of at most BATCH_FILES files and, past the first, BATCH_BYTES. */
function batches(files: readonly FileSource[], sizes: readonly number[] | undefined): { readonly first: number; readonly files: readonly FileSource[] }[] {
  const out: { first: number; files: FileSource[] }[] = [];
  let bytes = 0;
  files.forEach((file, i) => {
    const last = out[out.length - 1];
    const size = sizes?.[i] ?? 0;
    if (last && last.files.length < BATCH_FILES && bytes + size <= BATCH_BYTES) {
      last.files.push(file);
      bytes += size;
    } else {
      out.push({ first: i, files: [file] });
      bytes = size;
    }
  });
  return out;
}

/**
 * Reads `files` in order with workers. The results of the files handed over, in order: all of
 * them, or fewer when a worker failed — the caller reads the others itself. Files are handed
 * over a whole batch at a time, so a failure never leaves a file half delivered.
 */
export function readFilesInWorkers(files: readonly FileSource[], options: FilesReadOptions): Promise<CaptureReadResult[]> {
  const jobs = batches(files, options.sizes);
  const done: ({ readonly files: Uint8Array; readonly items: EncodedItems; readonly decoder: PartItemDecoder } | undefined)[] = jobs.map(() => undefined);
  const results: CaptureReadResult[] = [];
  let nextToRead = 0;
  let next = 0;

  return new Promise<CaptureReadResult[]>((resolve) => {
    let settled = false;
    const workers: Worker[] = [];
    const finish = (): void => {
      if (settled) return;
      settled = true;
      // The results once the workers are gone (their memory with them).
      void release(workers).then(() => resolve(results));
    };
    const giveWork = (worker: Worker): void => {
      if (nextToRead >= jobs.length) return;
      const job = jobs[nextToRead]!;
      worker.postMessage({ type: 'files', batch: nextToRead, files: job.files.map(({ path, name }) => ({ path, name })) } satisfies WorkerJob);
      nextToRead++;
    };

    /** Hands over the batches that are next in file order. */
    const pump = (): void => {
      while (next < jobs.length) {
        const batch = done[next];
        if (!batch) return;
        done[next] = undefined;
        const job = jobs[next]!;
        const items = batch.decoder.decode(batch.items);
        let at = 0;
        (deserialize(batch.files) as FileRead[]).forEach((read, i) => {
          const file = job.files[i]!;
          options.onInputStart?.(read.start);
          // The batch's items, file after file: each file takes its count.
          for (const end = at + read.items; at < end; at++) {
            const item = items[at]!;
            if (item.kind === 'log') options.onLogFacts(file, item.facts);
            else if (item.kind === 'item') options.onItem(file, item.item);
          }
          options.onBytes?.(read.result.bytes);
          results.push(read.result);
        });
        next++;
      }
      finish();
    };

    const setup: WorkerSetup = { path: '', name: '', ...(options.encoding ? { encoding: options.encoding } : {}) };
    for (let w = 0; w < Math.min(options.workers, jobs.length); w++) {
      const worker = new Worker(WORKER_FILE, { workerData: setup });
      workers.push(worker);
      const decoder = new PartItemDecoder();
      worker.on('message', (message: WorkerMessage) => {
        if (settled) return;
        if (message.type === 'failed') {
          finish();
          return;
        }
        if (message.type !== 'files-done') return;
        decoder.learn(message.items);
        done[message.batch] = { files: message.files, items: message.items, decoder };
        giveWork(worker);
        pump();
      });
      worker.on('error', () => finish());
    }
    for (let ahead = 0; ahead <= BATCHES_AHEAD; ahead++) for (const worker of workers) giveWork(worker);
  });
}
