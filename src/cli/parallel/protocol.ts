/**
 * Messages between the check command and its parse workers (src/cli/parallel/). The file is cut
 * into many parts; a worker parses the parts it is given one after the other and numbers the
 * lines of each from 1; the reader adds the lines of the parts before it.
 */
import { fileURLToPath } from 'node:url';
import type { Worker } from 'node:worker_threads';
import type { EncodingName } from '../../ast/types.js';
import type { CaptureReadResult, InputStart } from '../../read/capture.js';
import type { PartEnd, PartStart } from '../../read/part.js';
import type { EncodedItems } from '../../read/wire/fact-codec.js';

/** The worker's script, beside this file in the build (absent when running from sources). */
export const WORKER_FILE = fileURLToPath(new URL('./parse-worker.js', import.meta.url));

/** What every job of a worker shares: the file (when it parses parts of one) and how it is read. */
export interface WorkerSetup {
  readonly path: string;
  /** The input's name as the report shows it. */
  readonly name: string;
  readonly encoding?: EncodingName;
}

export type WorkerJob =
  /**
   * Bytes `start`–`end` must be plain ASCII without NUL, and the head of each part starting at
   * `partStarts` must not look binary: then every part after the first decodes to the same text
   * whatever encoding the first part chose.
   */
  | { readonly type: 'check'; readonly start: number; readonly end: number; readonly partStarts: readonly number[] }
  | { readonly type: 'parse'; readonly part: number; readonly start: number; readonly end: number }
  /** Whole input files, each read exactly as the main thread reads it (src/read/capture.ts). */
  | { readonly type: 'files'; readonly batch: number; readonly files: readonly { readonly path: string; readonly name: string }[] };

export type WorkerMessage =
  | { readonly type: 'checked'; readonly ok: boolean }
  /**
   * `items`: a batch of `PartItem`s (src/read/wire/fact-codec.ts). A part's items wait in the reader until
   * the parts before it are done; encoded they take a fraction of the memory.
   */
  | { readonly type: 'items'; readonly part: number; readonly items: EncodedItems; readonly bytes: number; readonly start?: PartStart }
  | ({ readonly type: 'done'; readonly part: number } & PartEnd)
  /** A batch of whole files: `files` is a `FileRead[]` serialized with v8.serialize; their items follow one another in `items`. */
  | { readonly type: 'files-done'; readonly batch: number; readonly files: Uint8Array; readonly items: EncodedItems }
  | { readonly type: 'failed'; readonly message: string };

/** One whole file as src/read/capture.ts read it: what it told its caller, in that order. */
export interface FileRead {
  /** Before the first item (or at the end when there is none). */
  readonly start: InputStart;
  /** How many of the batch's items are this file's. */
  readonly items: number;
  readonly result: CaptureReadResult;
}

/** An `error` after the read is over changes nothing; it must only not be unhandled. */
function ignoreError(): void {}

/**
 * At most this long a read waits for its workers to be gone: a worker stuck in a system call
 * (a file on a share that stopped answering) must not hold the check up. Idle workers exit in
 * milliseconds.
 */
const EXIT_WAIT_MS = 2000;

/**
 * Ends the workers of a read that is over, and resolves once they are gone. Their `message` and
 * `error` listeners are closures over the read's options and so over the EvidenceCollector: they
 * are removed at once (memory census §2). Waiting for their exit frees each worker's isolate —
 * its heap, its parser, its garbage, about 100 MB for two at 100,000 dumps — before the caller
 * goes on to analyze: the CLI's analysis runs synchronously right after the read, and a worker
 * not yet gone kept that memory through it (issue 18).
 */
export async function release(workers: readonly Worker[]): Promise<void> {
  const exits = workers.map((worker) => {
    worker.removeAllListeners('message');
    worker.removeAllListeners('error');
    worker.on('error', ignoreError);
    return worker.terminate().then(ignoreError, ignoreError);
  });
  let timer: NodeJS.Timeout | undefined;
  const cap = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, EXIT_WAIT_MS);
  });
  await Promise.race([Promise.all(exits), cap]);
  clearTimeout(timer);
}
