/**
 * A part of a large capture file, read on its own (SPEC §9: every core parses parts of one
 * archive at once). A parse worker (src/cli/parallel/parse-worker.ts) reads a part with
 * `readPart`; the main thread puts each item back in its place in the whole input with
 * `placePartItem`. Together they give what src/read/capture.ts gives for the whole file: the
 * same items in the same order with the same line numbers (src/cli/parallel/read-parallel.ts
 * cuts the file where that holds, at prompt lines).
 *
 * Of each clean `eseutil /ml FILE` dump only its facts travel (src/evidence/log-header-facts.ts),
 * the common case and compact; any other segment travels as it is and is parsed again on the
 * main thread with its true line numbers (rare, and then exact by construction).
 */
import { parseSegment, type ParsedItem } from '../ast/index.js';
import type { EncodingName } from '../ast/types.js';
import { logHeaderFacts, type LogHeaderFacts } from '../evidence/log-header-facts.js';
import { LineDecoder, type LineEndingCounts } from '../input/lines.js';
import { DumpSegmenter, type Segment } from '../input/segment.js';

/** One item of a part, or of a whole file read by a worker. */
export type PartItem =
  | { readonly kind: 'log'; readonly facts: LogHeaderFacts }
  | { readonly kind: 'segment'; readonly segment: Segment }
  /** A whole file's items have their true line numbers: anything but a log header goes as it is. */
  | { readonly kind: 'item'; readonly item: ParsedItem };

/** What the decoder knew when the part's first item was complete (SPEC §4 input metadata). */
export interface PartStart {
  readonly encoding?: EncodingName;
  readonly lineEndings: LineEndingCounts;
}

/** What a part's decoder saw, once the part is read. */
export interface PartEnd {
  readonly lineCount: number;
  readonly lineEndings: LineEndingCounts;
  readonly encoding?: EncodingName;
  /** The decoder found a binary file: the whole input is then read the usual way. */
  readonly binary: boolean;
}

/**
 * The input name in the facts' evidence lines of a worker: left empty, the collector names each
 * line with its own copy of the input's name (src/evidence/collector.ts names every evidence line
 * it keeps with the input it is given) — eight copies fewer per dump on the wire.
 */
const NAMED_BY_READER = '';

/** An item of a whole file read by a worker (src/read/capture.ts), as it travels. */
export function fileItem(item: ParsedItem): PartItem {
  return item.type === 'dump' && item.dump.kind === 'logHeader' ? { kind: 'log', facts: logHeaderFacts(NAMED_BY_READER, item.dump) } : { kind: 'item', item };
}

export interface PartReadOptions {
  readonly name: string;
  readonly encoding?: EncodingName;
  /** The subject of the input's name (`subjectFromInputName`), computed once per input. */
  readonly subject: string | undefined;
  /** Each item, in order; `start` with the part's first. */
  readonly onItem: (item: PartItem, start: PartStart | undefined) => void;
  /** After each chunk is parsed, with its size (a binary part's last chunk included). */
  readonly onChunk?: (bytes: number) => void;
}

/**
 * Reads one part, lines numbered from 1: LineDecoder → DumpSegmenter → Chevrotain → AST, as
 * src/read/capture.ts reads a whole input (its CaptureParser is this pipeline, line by line).
 */
export function readPart(chunks: Iterable<Uint8Array>, options: PartReadOptions): PartEnd {
  const decoder = new LineDecoder({ inputName: options.name, ...(options.encoding ? { encoding: options.encoding } : {}) });
  const segmenter = new DumpSegmenter();
  let lineNumber = 0;
  let started = false;

  const add = (segment: Segment): void => {
    const items = parseSegment(segment, options.subject, false);
    if (items.length === 0) return;
    const only = items.length === 1 ? items[0]! : undefined;
    const item: PartItem = only?.type === 'dump' && only.dump.kind === 'logHeader' ? { kind: 'log', facts: logHeaderFacts(NAMED_BY_READER, only.dump) } : { kind: 'segment', segment };
    if (started) options.onItem(item, undefined);
    else {
      started = true;
      options.onItem(item, { ...(decoder.encoding ? { encoding: decoder.encoding } : {}), lineEndings: decoder.lineEndingCounts });
    }
  };
  const feed = (lines: readonly string[]): void => {
    for (const line of lines) for (const segment of segmenter.push(line, ++lineNumber)) add(segment);
  };

  for (const chunk of chunks) {
    feed(decoder.push(chunk));
    options.onChunk?.(chunk.length);
    if (decoder.problem) break;
  }
  feed(decoder.end());
  for (const segment of segmenter.end()) add(segment);
  return {
    lineCount: decoder.lineCount,
    lineEndings: decoder.lineEndingCounts,
    ...(decoder.encoding ? { encoding: decoder.encoding } : {}),
    binary: decoder.problem !== undefined,
  };
}

/** Moves a segment parsed by a worker to its place in the whole input. */
function shifted(segment: Segment, offset: number): Segment {
  if (offset === 0) return segment;
  return {
    ...segment,
    startLine: segment.startLine + offset,
    ...(segment.prompt ? { prompt: { ...segment.prompt, line: segment.prompt.line + offset } } : {}),
    ...(segment.contextPrompt ? { contextPrompt: { ...segment.contextPrompt, line: segment.contextPrompt.line + offset } } : {}),
  };
}

export interface PlacedItems {
  /** The facts of an `eseutil /ml FILE` dump whose lines start `lineOffset` lines into the input. */
  readonly onLogFacts: (facts: LogHeaderFacts, lineOffset: number) => void;
  readonly onItem: (item: ParsedItem) => void;
}

/** A part's item in its place in the whole input, its lines starting `lineOffset` lines in. */
export function placePartItem(item: PartItem, lineOffset: number, subject: string | undefined, to: PlacedItems): void {
  if (item.kind === 'log') to.onLogFacts(item.facts, lineOffset);
  else if (item.kind === 'item') to.onItem(item.item);
  else for (const parsed of parseSegment(shifted(item.segment, lineOffset), subject)) to.onItem(parsed);
}
