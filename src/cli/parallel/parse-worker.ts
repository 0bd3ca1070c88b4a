/**
 * A parse worker (SPEC §9: parsing dominates the profile of a large archive; every core parses
 * parts of it at once). For each part it is given it runs the pipeline of
 * src/cli/read-capture.ts — LineDecoder → DumpSegmenter → Chevrotain → AST — then keeps, of each
 * `eseutil /ml FILE` dump, only the facts the evidence needs (src/evidence/log-header-facts.ts).
 * Jobs run one at a time, in the order they come.
 */
import { isAscii } from 'node:buffer';
import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { parentPort, workerData } from 'node:worker_threads';
import { CaptureParser, parseSegment } from '../../ast/index.js';
import { subjectFromInputName } from '../../ast/input-name.js';
import { logHeaderFacts } from '../../evidence/log-header-facts.js';
import { detectBinary } from '../../input/binary.js';
import { LineDecoder, SNIFF_BYTES } from '../../input/lines.js';
import { DumpSegmenter, type Segment } from '../../input/segment.js';
import { CHUNK_BYTES, readCapture, type InputStart } from '../read-capture.js';
import { PartItemEncoder, serializedToMove } from './fact-codec.js';
import type { FileRead, PartStart, WorkerJob, WorkerMessage, WorkerSetup } from './protocol.js';

/** Items per message: few messages, batches small enough to keep the reader busy. */
const BATCH_ITEMS = 256;

const setup = workerData as WorkerSetup;
/**
 * The input name in the facts' evidence lines: left empty, the collector puts its own copy of
 * the name back (src/evidence/collector.ts) — eight copies fewer per dump on the wire.
 */
const NAMED_BY_READER = '';
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
 * In CHUNK_BYTES pieces, as read-capture.ts reads: the first part decodes exactly as a whole read
 * would. Read synchronously: a worker does one job at a time, and a read stream's promise per
 * chunk cost several times the read itself (SPEC §9).
 */
function* chunks(start: number, end: number): Iterable<Buffer> {
  const fd = openSync(setup.path, 'r');
  try {
    for (let at = start; at < end; ) {
      const chunk = Buffer.allocUnsafe(Math.min(CHUNK_BYTES, end - at));
      const read = readSync(fd, chunk, 0, chunk.length, at);
      if (read === 0) return;
      at += read;
      yield read === chunk.length ? chunk : chunk.subarray(0, read);
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
  const decoder = new LineDecoder({ inputName: setup.name, ...(setup.encoding ? { encoding: setup.encoding } : {}) });
  const segmenter = new DumpSegmenter();
  let lineNumber = 0;
  let bytes = 0;
  let start: PartStart | undefined;
  let started = false;

  const add = (segment: Segment): void => {
    const items = parseSegment(segment, subject, false);
    if (items.length === 0) return;
    const only = items.length === 1 ? items[0]! : undefined;
    encoder.add(only?.type === 'dump' && only.dump.kind === 'logHeader' ? { kind: 'log', facts: logHeaderFacts(NAMED_BY_READER, only.dump) } : { kind: 'segment', segment });
    if (!started) {
      started = true;
      start = { ...(decoder.encoding ? { encoding: decoder.encoding } : {}), lineEndings: decoder.lineEndingCounts };
    }
  };
  const flush = (force: boolean): void => {
    if (!force && encoder.count < BATCH_ITEMS) return;
    const { encoded, transfer } = encoder.take();
    post({ type: 'items', part: job.part, items: encoded, bytes, ...(start ? { start } : {}) }, transfer);
    bytes = 0;
    start = undefined;
  };
  const feed = (lines: readonly string[]): void => {
    for (const line of lines) for (const segment of segmenter.push(line, ++lineNumber)) add(segment);
  };

  for (const chunk of chunks(job.start, job.end)) {
    bytes += chunk.length;
    feed(decoder.push(chunk));
    if (decoder.problem) break;
    flush(false);
  }
  feed(decoder.end());
  for (const segment of segmenter.end()) add(segment);
  flush(true);
  post({
    type: 'done',
    part: job.part,
    lineCount: decoder.lineCount,
    lineEndings: decoder.lineEndingCounts,
    ...(decoder.encoding ? { encoding: decoder.encoding } : {}),
    binary: decoder.problem !== undefined,
  });
}

/** A small file at once, cut as read-capture.ts cuts a stream (the decoder sees the same chunks). */
function* fileChunks(path: string): Iterable<Uint8Array> {
  const bytes = readFileSync(path);
  for (let at = 0; at < bytes.length; at += CHUNK_BYTES) yield bytes.subarray(at, at + CHUNK_BYTES);
}

/** Whole input files through read-capture.ts itself; one message for the batch. */
async function readFiles(job: Extract<WorkerJob, { type: 'files' }>): Promise<void> {
  const reads: FileRead[] = [];
  for (const file of job.files) {
    let items = 0;
    let start: InputStart | undefined;
    const result = await readCapture(
      { kind: 'file', path: file.path, name: file.name },
      {
        ...(setup.encoding ? { encoding: setup.encoding } : {}),
        stdin: noInput(),
        chunks: fileChunks(file.path),
        createParser: (inputName) => new CaptureParser({ inputName, detachStrings: false }),
        onInputStart: (meta) => {
          start = meta;
        },
        onItem: (item) => {
          items++;
          encoder.add(item.type === 'dump' && item.dump.kind === 'logHeader' ? { kind: 'log', facts: logHeaderFacts(NAMED_BY_READER, item.dump) } : { kind: 'item', item });
        },
      },
    );
    reads.push({ start: start!, items, result });
  }
  const files = serializedToMove(reads);
  const { encoded, transfer } = encoder.take();
  post({ type: 'files-done', batch: job.batch, files, items: encoded }, [files.buffer as ArrayBuffer, ...transfer]);
}

async function* noInput(): AsyncIterable<Uint8Array> {}

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
