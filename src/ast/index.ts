/**
 * Capture text → AST (SPEC §2–§4): lines → segments (src/input/segment.ts) → Chevrotain CST
 * (grammar/) → line records → typed dumps. Incremental: only the current dump's lines are held,
 * so an archive of any size streams through in bounded memory.
 */
import { parseEseOutput } from '../../grammar/index.js';
import { DumpSegmenter, type Segment } from '../input/segment.js';
import { buildSegmentAst } from './build-dump.js';
import { detachStrings } from './detach-strings.js';
import { subjectFromInputName } from './input-name.js';
import { collectLineRecords } from './line-records.js';
import type { CommandLine, DirListing, Dump, EncodingName, InputAst, LineEnding, UnrecognizedRange } from './types.js';

export type ParsedItem =
  | { readonly type: 'dump'; readonly dump: Dump }
  /** A command line that prints no dump (issue 16): `for`, `dir`, `prompt $G`, an empty prompt… */
  | { readonly type: 'command'; readonly command: CommandLine }
  | { readonly type: 'unrecognized'; readonly range: UnrecognizedRange }
  /** A cmd.exe `dir` listing (issue 16): no dump, but which files a folder holds and their sizes. */
  | { readonly type: 'dirListing'; readonly listing: DirListing };

export interface CaptureParserOptions {
  /** Input name (path or `<stdin>`); its file name can name a dump's subject (`EDB012CF.LOG.txt`). */
  readonly inputName: string;
  /**
   * Copy every string of a finished dump (src/ast/detach-strings.ts); default true. A parse
   * worker turns it off: sending a dump to another thread copies its strings anyway.
   */
  readonly detachStrings?: boolean;
}

/**
 * Incremental parser for one input: feed lines in order (without their terminators), get dumps
 * and unrecognized ranges as soon as they are complete. Never throws on any text.
 */
export class CaptureParser {
  private readonly segmenter = new DumpSegmenter();
  private readonly inputSubject: string | undefined;
  private lineNumber = 0;

  constructor(readonly options: CaptureParserOptions) {
    this.inputSubject = subjectFromInputName(options.inputName);
  }

  /** Feeds line number (previous + 1). Returns the items this line completed. */
  pushLine(line: string): ParsedItem[] {
    this.lineNumber++;
    // A caller may hand over a line with a stray terminator; it must not shift line numbers.
    const clean = line.includes('\n') || line.includes('\r') ? line.replace(/[\r\n]/g, ' ') : line;
    const segments = this.segmenter.push(clean, this.lineNumber);
    return segments.length === 0 ? [] : this.parseSegments(segments);
  }

  /** End of input: returns the remaining items. */
  end(): ParsedItem[] {
    return this.parseSegments(this.segmenter.end());
  }

  private parseSegments(segments: readonly Segment[]): ParsedItem[] {
    const items: ParsedItem[] = [];
    const detach = this.options.detachStrings ?? true;
    for (const segment of segments) appendSegmentItems(segment, this.inputSubject, detach, items);
    return items;
  }
}

/**
 * One segment → its dump and unrecognized ranges, in line order. `detach: false` leaves the
 * strings sliced from the text: for a caller that copies them anyway (a worker's message).
 */
export function parseSegment(segment: Segment, inputSubject: string | undefined, detach = true): ParsedItem[] {
  const items: ParsedItem[] = [];
  appendSegmentItems(segment, inputSubject, detach, items);
  return items;
}

/**
 * parseSegment appending to `items`: the CaptureParser collects the items of all segments a line
 * closed without a list per segment spread into another (SPEC §9).
 */
function appendSegmentItems(segment: Segment, inputSubject: string | undefined, detach: boolean, items: ParsedItem[]): void {
  const { cst } = parseEseOutput(segment.lines.join('\n'));
  const { records, recognized, dirListingLines } = collectLineRecords(cst, segment.lines);
  const ast = buildSegmentAst(segment, records, recognized, inputSubject === undefined ? {} : { inputSubject }, dirListingLines);
  // Own copies of the strings: a kept value must not keep the chunk it was sliced from.
  const own = detach ? detachStrings : <T>(value: T): T => value;
  // A command line is its segment's first line (a segment that holds one holds no dump).
  if (ast.command !== undefined) items.push({ type: 'command', command: own(ast.command) });
  // The dump goes before the first unrecognized range that starts after it.
  let pending = ast.dump === undefined ? undefined : own(ast.dump);
  if (ast.dirListings !== undefined) {
    appendInLineOrder(items, pending, ast.unrecognized, ast.dirListings, own);
    return;
  }
  for (const range of ast.unrecognized) {
    if (pending !== undefined && range.startLine > pending.startLine) {
      items.push({ type: 'dump', dump: pending });
      pending = undefined;
    }
    items.push({ type: 'unrecognized', range: own(range) });
  }
  if (pending !== undefined) items.push({ type: 'dump', dump: pending });
}

/** A segment with `dir` listings: its dump, listings and unrecognized ranges by first line (the dump first at a tie). */
function appendInLineOrder(
  items: ParsedItem[],
  dump: Dump | undefined,
  unrecognized: readonly UnrecognizedRange[],
  listings: readonly DirListing[],
  own: <T>(value: T) => T,
): void {
  const segmentItems: ParsedItem[] = [
    ...(dump === undefined ? [] : [{ type: 'dump' as const, dump }]),
    ...listings.map((listing) => ({ type: 'dirListing' as const, listing: own(listing) })),
    ...unrecognized.map((range) => ({ type: 'unrecognized' as const, range: own(range) })),
  ];
  const startOf = (item: ParsedItem): number =>
    item.type === 'dump' ? item.dump.startLine : item.type === 'dirListing' ? item.listing.startLine : item.type === 'command' ? item.command.line : item.range.startLine;
  // A stable sort: at one line the dump, then the listing, then the range, as listed above.
  segmentItems.sort((a, b) => startOf(a) - startOf(b));
  items.push(...segmentItems);
}

const LINE_BREAK = /\r\n|\n|\r/;

/** The line ending a text uses (`mixed` when it uses several, `none` for one line). */
export function detectLineEnding(text: string): LineEnding {
  let crlf = 0;
  let lf = 0;
  let cr = 0;
  for (let i = text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0 ? 0 : text.length; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) {
        crlf++;
        i++;
      } else cr++;
    } else if (c === 10) lf++;
    if (crlf + lf + cr > 1000) break;
  }
  const kinds = (crlf > 0 ? 1 : 0) + (lf > 0 ? 1 : 0) + (cr > 0 ? 1 : 0);
  if (kinds === 0) return 'none';
  if (kinds > 1) return 'mixed';
  return crlf > 0 ? 'CRLF' : lf > 0 ? 'LF' : 'CR';
}

/** Whole-text convenience over CaptureParser (splits on CRLF, LF or CR). */
export function parseCaptureText(input: {
  readonly name: string;
  readonly text: string;
  readonly encoding?: EncodingName;
  readonly lineEnding?: LineEnding;
}): InputAst {
  const parser = new CaptureParser({ inputName: input.name });
  const lines = input.text.split(LINE_BREAK);
  // A final terminator does not start another line.
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  const dumps: Dump[] = [];
  const commands: CommandLine[] = [];
  const unrecognized: UnrecognizedRange[] = [];
  const dirListings: DirListing[] = [];
  const take = (items: ParsedItem[]) => {
    for (const item of items) {
      if (item.type === 'dump') dumps.push(item.dump);
      else if (item.type === 'command') commands.push(item.command);
      else if (item.type === 'dirListing') dirListings.push(item.listing);
      else unrecognized.push(item.range);
    }
  };
  for (const line of lines) take(parser.pushLine(line));
  take(parser.end());
  return {
    name: input.name,
    encoding: input.encoding ?? 'utf-8',
    lineEnding: input.lineEnding ?? detectLineEnding(input.text),
    lineCount: input.text === '' ? 0 : lines.length,
    dumps,
    ...(commands.length > 0 ? { commands } : {}),
    unrecognized,
    ...(dirListings.length > 0 ? { dirListings } : {}),
  };
}

export { signaturesEqual } from './signature.js';
