/**
 * A parse worker (SPEC §9: parsing dominates the profile of a large archive; two cores parse
 * two parts of it at once). It reads one part of one capture file and runs the same pipeline as
 * src/cli/read-capture.ts — LineDecoder → DumpSegmenter → Chevrotain → AST — then keeps, of
 * each `eseutil /ml FILE` dump, only the facts the evidence needs (src/evidence/log-header-facts.ts).
 */
import { isAscii } from 'node:buffer';
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { serialize } from 'node:v8';
import { parentPort, workerData } from 'node:worker_threads';
import { parseSegment } from '../../ast/index.js';
import { subjectFromInputName } from '../../ast/input-name.js';
import { logHeaderFacts } from '../../evidence/log-header-facts.js';
import { detectBinary } from '../../input/binary.js';
import { LineDecoder, SNIFF_BYTES } from '../../input/lines.js';
import { DumpSegmenter, type Segment } from '../../input/segment.js';
import type { PartItem, PartJob, PartStart, WorkerMessage } from './protocol.js';

/** The read size of src/cli/read-capture.ts: the first part decodes exactly as a whole read would. */
const CHUNK_BYTES = 64 * 1024;
/** Items per message: few enough messages, small enough batches to keep the reader busy. */
const BATCH_ITEMS = 512;

const job = workerData as PartJob;
const port = parentPort!;
const post = (message: WorkerMessage): void => port.postMessage(message);

function chunks(): AsyncIterable<Buffer> {
  return createReadStream(job.path, { start: job.start, end: job.end - 1, highWaterMark: CHUNK_BYTES });
}

/** A later part must decode to the same text under any encoding the first part chose. */
async function isPlainAscii(): Promise<boolean> {
  const handle = await open(job.path, 'r');
  try {
    const head = Buffer.alloc(Math.min(SNIFF_BYTES, job.end - job.start));
    await handle.read(head, 0, head.length, job.start);
    if (detectBinary(head, job.name, job.encoding ? { encoding: job.encoding } : {})) return false;
  } finally {
    await handle.close();
  }
  for await (const chunk of chunks()) {
    if (!isAscii(chunk) || chunk.indexOf(0) >= 0) return false;
  }
  return true;
}

async function parsePart(): Promise<void> {
  const decoder = new LineDecoder({ inputName: job.name, ...(job.encoding ? { encoding: job.encoding } : {}) });
  const segmenter = new DumpSegmenter();
  const subject = subjectFromInputName(job.name);
  let lineNumber = 0;
  let batch: PartItem[] = [];
  let bytes = 0;
  let start: PartStart | undefined;
  let started = false;

  const add = (segment: Segment): void => {
    const items = parseSegment(segment, subject, false);
    const only = items.length === 1 ? items[0]! : undefined;
    if (only?.type === 'dump' && only.dump.kind === 'logHeader') batch.push({ kind: 'log', facts: logHeaderFacts(job.name, only.dump) });
    else if (items.length > 0) batch.push({ kind: 'segment', segment });
    if (items.length > 0 && !started) {
      started = true;
      start = { ...(decoder.encoding ? { encoding: decoder.encoding } : {}), lineEndings: decoder.lineEndingCounts };
    }
  };
  const flush = (force: boolean): void => {
    if (!force && batch.length < BATCH_ITEMS) return;
    if (batch.length === 0 && bytes === 0) return;
    const items = serialize(batch);
    const buffer = items.byteOffset === 0 && items.byteLength === items.buffer.byteLength ? items : Buffer.from(items);
    port.postMessage({ type: 'items', items: buffer, bytes, ...(start ? { start } : {}) } satisfies WorkerMessage, [buffer.buffer]);
    batch = [];
    bytes = 0;
    start = undefined;
  };
  const feed = (lines: readonly string[]): void => {
    for (const line of lines) for (const segment of segmenter.push(line, ++lineNumber)) add(segment);
  };

  for await (const chunk of chunks()) {
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
    bytes: 0,
    lineCount: decoder.lineCount,
    lineEndings: decoder.lineEndingCounts,
    ...(decoder.encoding ? { encoding: decoder.encoding } : {}),
    binary: decoder.problem !== undefined,
  });
}

async function run(): Promise<void> {
  const ok = !job.mustBeAscii || (await isPlainAscii());
  post({ type: 'checked', ok });
  if (ok) await parsePart();
}

run().catch((error: unknown) => post({ type: 'failed', message: error instanceof Error ? error.message : String(error) }));
