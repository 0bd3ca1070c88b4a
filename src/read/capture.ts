/**
 * One input, bytes to parsed items (SPEC §2 "input" and "ast" stages): its chunks → LineDecoder
 * (src/input/lines.ts) → CaptureParser (src/ast/index.ts) line by line. Pure reading: where the
 * chunks come from (a file, standard input, a worker's read of a file) is the caller's; neither
 * the bytes nor the text of an input is held whole, so a 150 MB archive streams through (SPEC §9).
 * Whatever happens to one input is a value (`problem`), never a crash of the run. The main thread
 * (src/cli/read-capture.ts) and the parse workers (src/cli/parallel/parse-worker.ts) read
 * through this one function.
 */
import type { CaptureParser, ParsedItem } from '../ast/index.js';
import type { EncodingName, InputProblem, LineEnding } from '../ast/types.js';
import { binaryDump, type EseFileRead } from '../binary/read-file.js';
import { LineDecoder } from '../input/lines.js';

export interface CaptureReadOptions {
  readonly encoding?: EncodingName;
  /** Makes the parser for an input (the parser module is loaded lazily by the command). */
  readonly createParser: (inputName: string) => CaptureParser;
  /** Called with each dump and unrecognized range as soon as it is complete. */
  readonly onItem: (item: ParsedItem) => void | Promise<void>;
  /** Called with the size of each chunk read (progress bar). */
  readonly onBytes?: (bytes: number) => void;
  /**
   * Called once before the first item (or at the end when there is none) with what is known of
   * the input then: the encoding is decided; the line endings are those seen so far.
   */
  readonly onInputStart?: (meta: InputStart) => void;
}

export interface InputStart {
  readonly name: string;
  /** Absent for a binary input: it was never decoded. */
  readonly encoding?: EncodingName;
  readonly lineEnding: LineEnding;
  readonly problem?: InputProblem;
}

export interface CaptureReadResult {
  readonly name: string;
  readonly encoding: EncodingName;
  readonly lineEnding: LineEnding;
  readonly lineCount: number;
  readonly bytes: number;
  readonly dumps: number;
  readonly unrecognized: number;
  readonly problem?: InputProblem;
}

/** The read size: every caller that reads an input cuts it in pieces of this size (the decoder then sees the same chunks). */
export const CHUNK_BYTES = 64 * 1024;

/** `ENOENT: no such file…, open 'x'` → `no such file`. */
function systemReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'it is a folder';
    case 'EBUSY':
      return 'the file is locked by another program';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}

/** What a failure of esereport itself while reading `name` says (a bug, never the input's fault). */
export function internalReadProblem(name: string, error: unknown): InputProblem {
  return { kind: 'internal', message: `internal error while reading ${name}: ${error instanceof Error ? error.message : String(error)}` };
}

/** A folder entry that is no file (`a named pipe (FIFO)`, …): listed with its problem, never opened. */
export function notAFile(name: string, what: string, options: Pick<CaptureReadOptions, 'encoding' | 'onInputStart'>): CaptureReadResult {
  const problem: InputProblem = {
    kind: 'unreadable',
    message: `${name} is ${what}, not a capture file: not read. Give it by name, or pipe its output into esereport.`,
  };
  options.onInputStart?.({ name, ...(options.encoding ? { encoding: options.encoding } : {}), lineEnding: 'none', problem });
  return { name, encoding: options.encoding ?? 'utf-8', lineEnding: 'none', lineCount: 0, bytes: 0, dumps: 0, unrecognized: 0, problem };
}

/** An ESE file's header (src/binary/), read by the caller: its dump, delivered as a capture's would be. */
export async function deliverEseFile(
  name: string,
  read: EseFileRead,
  options: Pick<CaptureReadOptions, 'onItem' | 'onInputStart' | 'createParser'>,
): Promise<CaptureReadResult> {
  const dump = read.problem ? undefined : binaryDump(read, options.createParser(name));
  const problem = read.problem ?? (dump ? undefined : internalReadProblem(name, new Error('its header printed no dump')));
  options.onInputStart?.({ name, lineEnding: 'none', ...(problem ? { problem } : {}) });
  if (dump) await options.onItem({ type: 'dump', dump });
  return {
    name,
    encoding: 'utf-8',
    lineEnding: 'none',
    lineCount: dump ? read.lines.length : 0,
    bytes: 0,
    dumps: dump ? 1 : 0,
    unrecognized: 0,
    ...(problem ? { problem } : {}),
  };
}

/**
 * Reads the input `name` from its `chunks`. An error thrown while a chunk is read is the input's
 * `unreadable` problem; one thrown while parsing is an `internal` one.
 */
export async function readCapture(
  name: string,
  chunks: Iterable<Uint8Array> | AsyncIterable<Uint8Array | string>,
  options: CaptureReadOptions,
): Promise<CaptureReadResult> {
  const decoder = new LineDecoder({ inputName: name, encoding: options.encoding });
  let parser: CaptureParser | undefined;
  let dumps = 0;
  let unrecognized = 0;
  let problem: InputProblem | undefined;

  let started = false;
  const start = (): void => {
    if (started) return;
    started = true;
    const encoding = decoder.encoding ?? options.encoding;
    options.onInputStart?.({
      name,
      ...(encoding ? { encoding } : {}),
      lineEnding: decoder.lineEnding,
      ...(problem ? { problem } : {}),
    });
  };
  const deliver = async (items: readonly ParsedItem[]): Promise<void> => {
    for (const item of items) {
      start();
      if (item.type === 'dump') dumps++;
      else if (item.type === 'unrecognized') unrecognized++;
      await options.onItem(item);
    }
  };
  const feed = async (lines: readonly string[]): Promise<void> => {
    if (lines.length === 0) return;
    parser ??= options.createParser(name);
    for (const line of lines) {
      const items = parser.pushLine(line);
      // Most lines complete nothing: no await (a promise tick per line of a 150 MB capture).
      if (items.length > 0) await deliver(items);
    }
  };

  let stage: 'read' | 'parse' = 'read';
  try {
    for await (const chunk of chunks) {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
      options.onBytes?.(bytes.length);
      stage = 'parse';
      await feed(decoder.push(bytes));
      if (decoder.problem) break; // a binary file: nothing more to learn from it
      stage = 'read'; // the next chunk is read at the head of the loop
    }
    stage = 'parse';
    await feed(decoder.end());
    if (parser) await deliver(parser.end());
    problem = decoder.problem;
    if (!problem && decoder.byteCount === 0) problem = { kind: 'empty', message: `${name} is empty.` };
  } catch (error) {
    problem =
      stage === 'read'
        ? { kind: 'unreadable', message: `cannot read ${name}: ${systemReason(error)}` }
        : internalReadProblem(name, error);
  }
  start();
  return {
    name,
    encoding: decoder.encoding ?? options.encoding ?? 'utf-8',
    lineEnding: decoder.lineEnding,
    lineCount: decoder.lineCount,
    bytes: decoder.byteCount,
    dumps,
    unrecognized,
    ...(problem ? { problem } : {}),
  };
}
