/**
 * Many capture files read by parse workers at once (SPEC §1: "thousands from an archive", one
 * capture per log from `for %f in (*.log) do eseutil /ml %f > %f.txt`). Each worker reads
 * whole files with src/cli/read-capture.ts itself, so each file's items, metadata and problem
 * are exactly those of a read on one thread; the reader hands them over in the order of the
 * files, each file's start before its items, as checkCaptures expects.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { deserialize } from 'node:v8';
import { Worker } from 'node:worker_threads';
import type { ParsedItem } from '../../ast/index.js';
import type { EncodingName } from '../../ast/types.js';
import type { LogHeaderFacts } from '../../evidence/log-header-facts.js';
import type { CaptureReadResult, InputStart } from '../read-capture.js';
import type { PartItem, WorkerJob, WorkerMessage, WorkerSetup } from './protocol.js';

export interface FileSource {
  readonly kind: 'file';
  readonly path: string;
  readonly name: string;
}

export interface FilesReadOptions {
  readonly encoding?: EncodingName;
  readonly workers: number;
  readonly onItem: (file: FileSource, item: ParsedItem) => void;
  readonly onLogFacts: (file: FileSource, facts: LogHeaderFacts) => void;
  readonly onBytes?: (bytes: number) => void;
  readonly onInputStart?: (meta: InputStart) => void;
}

const WORKER_FILE = fileURLToPath(new URL('./parse-worker.js', import.meta.url));
/** Files given to a worker ahead of the one it reads. */
const FILES_AHEAD = 2;

interface FileState {
  start?: InputStart;
  startDelivered: boolean;
  readonly pending: Extract<WorkerMessage, { type: 'file-items' }>[];
  result?: CaptureReadResult;
  dumps: number;
}

export function canReadFilesInWorkers(workers: number): boolean {
  return workers >= 2 && existsSync(WORKER_FILE);
}

/**
 * Reads `files` in order with workers. The results of the files handed over, in order: all of
 * them, or fewer when a worker failed — the caller reads the others itself. A file whose items
 * were handed over in part when its worker failed gets an `internal` problem.
 */
export function readFilesInWorkers(files: readonly FileSource[], options: FilesReadOptions): Promise<CaptureReadResult[]> {
  const states: FileState[] = files.map(() => ({ startDelivered: false, pending: [], dumps: 0 }));
  const results: CaptureReadResult[] = [];
  let nextToRead = 0;
  let next = 0;

  return new Promise<CaptureReadResult[]>((resolve) => {
    let settled = false;
    const workers: Worker[] = [];
    const finish = (): void => {
      if (settled) return;
      settled = true;
      for (const worker of workers) void worker.terminate();
      resolve(results);
    };
    const fail = (message: string): void => {
      // Items of the next file already handed over cannot be taken back: it keeps them, with the reason.
      const state = states[next];
      if (state && (state.startDelivered || state.pending.length > 0) && next < files.length) {
        const file = files[next]!;
        results.push({
          name: file.name,
          encoding: state.start?.encoding ?? options.encoding ?? 'utf-8',
          lineEnding: state.start?.lineEnding ?? 'none',
          lineCount: 0,
          bytes: 0,
          dumps: state.dumps,
          unrecognized: 0,
          problem: { kind: 'internal', message: `internal error while reading ${file.name}: ${message}` },
        });
      }
      finish();
    };
    const giveWork = (worker: Worker): void => {
      if (nextToRead >= files.length) return;
      const file = files[nextToRead]!;
      worker.postMessage({ type: 'file', file: nextToRead, path: file.path, name: file.name } satisfies WorkerJob);
      nextToRead++;
    };

    /** Hands over what can be handed over now, in file order. */
    const pump = (): void => {
      while (next < files.length) {
        const state = states[next]!;
        const file = files[next]!;
        if (!state.start) return;
        if (!state.startDelivered) {
          state.startDelivered = true;
          options.onInputStart?.(state.start);
        }
        for (const message of state.pending.splice(0)) {
          options.onBytes?.(message.bytes);
          for (const item of deserialize(message.items) as PartItem[]) {
            if (item.kind === 'log') {
              state.dumps++;
              options.onLogFacts(file, item.facts);
            } else if (item.kind === 'item') {
              if (item.item.type === 'dump') state.dumps++;
              options.onItem(file, item.item);
            }
          }
        }
        if (!state.result) return;
        results.push(state.result);
        next++;
      }
      finish();
    };

    const setup: WorkerSetup = { path: '', name: '', ...(options.encoding ? { encoding: options.encoding } : {}) };
    for (let w = 0; w < Math.min(options.workers, files.length); w++) {
      const worker = new Worker(WORKER_FILE, { workerData: setup });
      workers.push(worker);
      worker.on('message', (message: WorkerMessage) => {
        if (settled) return;
        switch (message.type) {
          case 'file-start':
            states[message.file]!.start = message.meta;
            break;
          case 'file-items':
            states[message.file]!.pending.push(message);
            break;
          case 'file-done':
            states[message.file]!.result = message.result;
            giveWork(worker);
            break;
          case 'failed':
            fail(message.message);
            return;
          default:
            return;
        }
        pump();
      });
      worker.on('error', (error) => fail(error.message));
    }
    for (let ahead = 0; ahead <= FILES_AHEAD; ahead++) for (const worker of workers) giveWork(worker);
  });
}
