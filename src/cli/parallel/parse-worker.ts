/**
 * A parse worker (SPEC §9: parsing dominates the profile of a large archive; every core parses
 * parts of it at once): the shell around the pure readers of src/read/. It reads the bytes it is
 * told to read, parses them with src/read/part.ts (a part of one file) or src/read/capture.ts
 * (whole files), and posts the items in the wire format of src/read/wire/fact-codec.ts.
 * Jobs run one at a time, in the order they come.
 */
import { isAscii } from 'node:buffer';
import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { parentPort, workerData } from 'node:worker_threads';
import { CaptureParser } from '../../ast/index.js';
import { subjectFromInputName } from '../../ast/input-name.js';
import { detectBinary } from '../../input/binary.js';
import { SNIFF_BYTES } from '../../input/lines.js';
import { CHUNK_BYTES, readCapture, type InputStart } from '../../read/capture.js';
import { fileItem, readPart, type PartStart } from '../../read/part.js';
import { PartItemEncoder, serializedToMove } from '../../read/wire/fact-codec.js';
import type { FileRead, WorkerJob, WorkerMessage, WorkerSetup } from './protocol.js';

/** Items per message: few messages, batches small enough to keep the reader busy. */
const BATCH_ITEMS = 256;

const setup = workerData as WorkerSetup;
const port = parentPort!;
const subject = subjectFromInputName(setup.name);
/**
 * For the worker's life: what it has sent once, the reader keeps (fact-codec.ts). Jobs run one
 * at a time; after a failed job the reader stops every worker.
 */
const encoder = new PartItemEncoder();

function post(message: WorkerMessage, transfer?: ArrayBuffer[]): void {
  port.postMessage(message, transfer);
}

/**
 * The one buffer every chunk of the worker's life is read into. Its readers keep nothing of a
 * chunk once they have taken it (LineDecoder.push copies what it keeps; the ASCII check only
 * looks), so the next read may overwrite it. A fresh 64 KB buffer per chunk cost ~40 MB of RSS
 * per worker (memory census, issue 18): each is outside the V8 heap, and V8 collects such
 * buffers only after tens of MB of them have piled up in the worker's malloc arena.
 */
const readBuffer = Buffer.allocUnsafeSlow(CHUNK_BYTES);

/**
 * In CHUNK_BYTES pieces, as src/cli/read-capture.ts streams a file: the first part decodes
 * exactly as a whole read would. Read synchronously: a worker does one job at a time, and a read
 * stream's promise per chunk cost several times the read itself (SPEC §9). Each chunk is a view
 * of `readBuffer`, valid until the next one is asked for.
 */
function* chunks(start: number, end: number): Iterable<Buffer> {
  const fd = openSync(setup.path, 'r');
  try {
    for (let at = start; at < end; ) {
      const read = readSync(fd, readBuffer, 0, Math.min(CHUNK_BYTES, end - at), at);
      if (read === 0) return;
      at += read;
      yield readBuffer.subarray(0, read);
    }
  } finally {
    closeSync(fd);
  }
}

async function isPlainAscii(job: Extract<WorkerJob, { type: 'check' }>): Promise<boolean> {
  if (job.partStarts.length > 0) {
    const handle = await open(setup.path, 'r');
    try {
      const head = Buffer.alloc(SNIFF_BYTES);
      for (const start of job.partStarts) {
        const { bytesRead } = await handle.read(head, 0, head.length, start);
        if (detectBinary(head.subarray(0, bytesRead), setup.name, setup.encoding ? { encoding: setup.encoding } : {})) return false;
      }
    } finally {
      await handle.close();
    }
  }
  if (job.end <= job.start) return true;
  for (const chunk of chunks(job.start, job.end)) {
    if (!isAscii(chunk) || chunk.indexOf(0) >= 0) return false;
  }
  return true;
}

function parsePart(job: Extract<WorkerJob, { type: 'parse' }>): void {
  let bytes = 0;
  let start: PartStart | undefined;
  const flush = (force: boolean): void => {
    if (!force && encoder.count < BATCH_ITEMS) return;
    const { encoded, transfer } = encoder.take();
    post({ type: 'items', part: job.part, items: encoded, bytes, ...(start ? { start } : {}) }, transfer);
    bytes = 0;
    start = undefined;
  };
  const end = readPart(chunks(job.start, job.end), {
    name: setup.name,
    ...(setup.encoding ? { encoding: setup.encoding } : {}),
    subject,
    onItem: (item, first) => {
      encoder.add(item);
      if (first) start = first;
    },
    onChunk: (read) => {
      bytes += read;
      flush(false);
    },
  });
  flush(true);
  post({ type: 'done', part: job.part, ...end });
}

/** A small file at once, cut as src/cli/read-capture.ts cuts a stream (the decoder sees the same chunks). */
function* fileChunks(path: string): Iterable<Uint8Array> {
  const bytes = readFileSync(path);
  for (let at = 0; at < bytes.length; at += CHUNK_BYTES) yield bytes.subarray(at, at + CHUNK_BYTES);
}

/** Whole input files through src/read/capture.ts itself; one message for the batch. */
async function readFiles(job: Extract<WorkerJob, { type: 'files' }>): Promise<void> {
  const reads: FileRead[] = [];
  for (const file of job.files) {
    let items = 0;
    let start: InputStart | undefined;
    // The file is read when its first chunk is taken: a read error is the file's problem, as a stream's.
    const result = await readCapture(file.name, fileChunks(file.path), {
        ...(setup.encoding ? { encoding: setup.encoding } : {}),
        createParser: (inputName) => new CaptureParser({ inputName, detachStrings: false }),
        onInputStart: (meta) => {
          start = meta;
        },
        onItem: (item) => {
          items++;
          encoder.add(fileItem(item));
        },
    });
    reads.push({ start: start!, items, result });
  }
  const files = serializedToMove(reads);
  const { encoded, transfer } = encoder.take();
  post({ type: 'files-done', batch: job.batch, files, items: encoded }, [files.buffer as ArrayBuffer, ...transfer]);
}

let queue = Promise.resolve();
port.on('message', (job: WorkerJob) => {
  queue = queue
    .then(async () => {
      if (job.type === 'check') post({ type: 'checked', ok: await isPlainAscii(job) });
      else if (job.type === 'parse') parsePart(job);
      else await readFiles(job);
    })
    .catch((error: unknown) => post({ type: 'failed', message: error instanceof Error ? error.message : String(error) }));
});
