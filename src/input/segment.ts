/**
 * Splits a capture into dumps, line by line, holding only the current dump's lines (SPEC §1:
 * `for %f in (edb*.log) do eseutil /ml %f >> logs.txt`, pasted threads, concatenated files).
 *
 * A new dump starts at a command prompt line, at a banner, at `Initiating … mode...`, at
 * `Verifying log files...`, after a footer (`Operation completed…`, `Operation terminated…`,
 * `esefile completes…`), at a second subject label (`Database:`, `Log file:`, `Checkpoint file:`,
 * `Base name:`) and at a second `lGeneration` — the last two split runs of `find` fragments
 * that have no banner. A prompt, banner or mode line only opens the dump that follows it.
 */
import { looksLikePrompt, parsePromptLine, type PromptRef } from './prompt.js';

export interface Segment {
  /** 1-based number of the segment's first line. */
  readonly startLine: number;
  /** The lines, as decoded, without terminators (blank lines kept). */
  readonly lines: readonly string[];
  /** The prompt line the segment starts with. */
  readonly prompt?: PromptRef;
  /** The last prompt seen before this segment, when it has none (a loop run with `@eseutil`). */
  readonly contextPrompt?: PromptRef;
}

/** What a line means for dump boundaries (a cheap look at its first characters). */
export const BoundaryClass = {
  blank: 0,
  prompt: 1,
  bannerProduct: 2,
  bannerDetail: 3,
  mode: 4,
  verifying: 5,
  footer: 6,
  /** A footer wrapped over two lines: the next line ends it. */
  openFooter: 7,
  databaseSubject: 8,
  logFileSubject: 9,
  /** `Log file: <path> - OK` of a stream verification. */
  verifiedLogFile: 10,
  checkpointSubject: 11,
  baseNameSubject: 12,
  lGeneration: 13,
  content: 14,
} as const;
export type BoundaryClass = (typeof BoundaryClass)[keyof typeof BoundaryClass];

// Sticky patterns tried at the first non-blank character: no slice of the line, and a sticky
// test costs a fraction of String#startsWith in V8 (this runs on every line, SPEC §9).
const BANNER_PRODUCT_MICROSOFT = /Microsoft\(R\)/y;
const BANNER_PRODUCT_ESE = /Extensible Storage Engine Utilities/y;
const BANNER_VERSION = /Version[ \t]+\d/y;
const VERIFYING = /Verifying log files/y;
const BANNER_COPYRIGHT = /Copyright/y;
const BANNER_LICENSE = /Licensed under the/y;
const MODE = /Initiating /y;
const OPERATION_FOOTER = /Operation (?:completed|terminated)/y;
const ESEFILE_FOOTER = /esefile completes/y;
const L_GENERATION = /lGeneration/y;
const SUBJECT_DATABASE = /Database[ \t]*:/y;
const SUBJECT_LOG_FILE = /Log [Ff]ile[ \t]*:/y;
const SUBJECT_CHECKPOINT = /Checkpoint [Ff]ile[ \t]*:/y;
const SUBJECT_BASE_NAME = /Base name[ \t]*:/y;
const VERIFIED = /-[ \t]*OK[ \t]*$/;
const ENDS_WITH_PERIOD = /\.\s*$/;

/** Whether `pattern` (sticky) matches `line` at `at`. */
function matchesAt(pattern: RegExp, line: string, at: number): boolean {
  pattern.lastIndex = at;
  return pattern.test(line);
}

export function classifyLine(line: string): BoundaryClass {
  let i = 0;
  const n = line.length;
  while (i < n) {
    const c = line.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 0xa0 && c !== 0xfeff && c !== 13 && c !== 12 && c !== 11) break;
    i++;
  }
  if (i === n) return BoundaryClass.blank;
  const first = line.charCodeAt(i);
  // Rare blanks (em space, line separator…) only need the full check when such a char leads.
  if (first > 0x7e && line.trim() === '') return BoundaryClass.blank;
  switch (first) {
    case 0x4d /* M */:
      if (matchesAt(BANNER_PRODUCT_MICROSOFT, line, i)) return BoundaryClass.bannerProduct;
      break;
    case 0x45 /* E */:
      if (matchesAt(BANNER_PRODUCT_ESE, line, i)) return BoundaryClass.bannerProduct;
      break;
    case 0x56 /* V */:
      if (matchesAt(BANNER_VERSION, line, i)) return BoundaryClass.bannerDetail;
      if (matchesAt(VERIFYING, line, i)) return BoundaryClass.verifying;
      break;
    case 0x43 /* C */:
      if (matchesAt(BANNER_COPYRIGHT, line, i)) return BoundaryClass.bannerDetail;
      if (matchesAt(SUBJECT_CHECKPOINT, line, i)) return BoundaryClass.checkpointSubject;
      break;
    case 0x4c /* L */:
      if (matchesAt(BANNER_LICENSE, line, i)) return BoundaryClass.bannerDetail;
      if (matchesAt(SUBJECT_LOG_FILE, line, i)) {
        return VERIFIED.test(line) ? BoundaryClass.verifiedLogFile : BoundaryClass.logFileSubject;
      }
      break;
    case 0x49 /* I */:
      if (matchesAt(MODE, line, i)) return BoundaryClass.mode;
      break;
    case 0x4f /* O */:
      if (matchesAt(OPERATION_FOOTER, line, i)) {
        return ENDS_WITH_PERIOD.test(line) ? BoundaryClass.footer : BoundaryClass.openFooter;
      }
      break;
    case 0x65 /* e */:
      if (matchesAt(ESEFILE_FOOTER, line, i)) return BoundaryClass.footer;
      break;
    case 0x44 /* D */:
      if (matchesAt(SUBJECT_DATABASE, line, i)) return BoundaryClass.databaseSubject;
      break;
    case 0x42 /* B */:
      if (matchesAt(SUBJECT_BASE_NAME, line, i)) return BoundaryClass.baseNameSubject;
      break;
    case 0x6c /* l */:
      if (matchesAt(L_GENERATION, line, i)) return BoundaryClass.lGeneration;
      break;
  }
  if (looksLikePrompt(line, i)) return BoundaryClass.prompt;
  return BoundaryClass.content;
}

const SUBJECT_DATABASE_BIT = 1;
const SUBJECT_LOG_FILE_BIT = 2;
const SUBJECT_CHECKPOINT_BIT = 4;
const SUBJECT_BASE_NAME_BIT = 8;

/**
 * A dump longer than this is cut (a stream check of many thousand logs fits; an endless run
 * of prose does not stay in memory).
 */
export const MAX_SEGMENT_LINES = 200_000;

class OpenSegment {
  readonly lines: string[] = [];
  prompt: PromptRef | undefined;
  contextPrompt: PromptRef | undefined;
  hasBanner = false;
  hasMode = false;
  hasVerifying = false;
  hasContent = false;
  hasLGeneration = false;
  sawVerifiedLog = false;
  subjects = 0;
  openFooter = false;

  constructor(readonly startLine: number) {}

  /** Nothing but a prompt, banner lines and blanks so far. */
  get isPreamble(): boolean {
    return !this.hasMode && !this.hasVerifying && !this.hasContent && !this.hasLGeneration && this.subjects === 0;
  }

  toSegment(): Segment {
    // Built by assignment, not by spreading: one segment per dump (SPEC §9); keys in this order.
    const segment: { -readonly [K in keyof Segment]: Segment[K] } = { startLine: this.startLine, lines: this.lines };
    if (this.prompt !== undefined) segment.prompt = this.prompt;
    if (this.contextPrompt !== undefined) segment.contextPrompt = this.contextPrompt;
    return segment;
  }
}

/** Incremental segmenter: push lines in order, receive finished segments. */
export class DumpSegmenter {
  private current: OpenSegment | undefined;
  private lastPrompt: PromptRef | undefined;

  /** `lineNumber` is 1-based and increases by one per call. Returns the segments this line closed. */
  push(line: string, lineNumber: number): Segment[] {
    const cls = classifyLine(line);
    const closed: Segment[] = [];
    const cur = this.current;

    if (cur?.openFooter) {
      if (cls === BoundaryClass.blank) {
        cur.lines.push(line);
        return closed;
      }
      if (cls === BoundaryClass.content) {
        cur.lines.push(line);
        closed.push(this.close());
        return closed;
      }
      closed.push(this.close());
    }

    if (cls === BoundaryClass.blank) {
      // Blank lines between dumps belong to no dump; inside one they keep the numbering.
      this.current?.lines.push(line);
      return closed;
    }

    const seg = this.current;
    if (seg !== undefined && seg.lines.length >= MAX_SEGMENT_LINES) closed.push(this.close());

    switch (cls) {
      case BoundaryClass.prompt: {
        if (this.current !== undefined) closed.push(this.close());
        const prompt = parsePromptLine(line, lineNumber);
        const next = this.open(lineNumber, false);
        next.prompt = prompt;
        next.contextPrompt = undefined;
        if (prompt !== undefined) this.lastPrompt = prompt;
        next.lines.push(line);
        return closed;
      }
      case BoundaryClass.bannerProduct: {
        const target = this.current !== undefined && this.current.isPreamble && !this.current.hasBanner ? this.current : undefined;
        const s = target ?? this.reopen(lineNumber, closed);
        s.hasBanner = true;
        s.lines.push(line);
        return closed;
      }
      case BoundaryClass.mode: {
        const target = this.current !== undefined && this.current.isPreamble ? this.current : undefined;
        const s = target ?? this.reopen(lineNumber, closed);
        s.hasMode = true;
        s.lines.push(line);
        return closed;
      }
      case BoundaryClass.bannerDetail: {
        const s = this.current ?? this.open(lineNumber, true);
        s.lines.push(line);
        return closed;
      }
      case BoundaryClass.verifying: {
        const c = this.current;
        // §3: `Initiating FILE DUMP mode...` is followed by `Verifying log files...`.
        const fresh = c !== undefined && !c.hasVerifying && !c.hasContent && !c.hasLGeneration && c.subjects === 0;
        const target = fresh ? c : undefined;
        const s = target ?? this.reopen(lineNumber, closed);
        s.hasVerifying = true;
        s.lines.push(line);
        return closed;
      }
      case BoundaryClass.footer:
      case BoundaryClass.openFooter: {
        const s = this.current ?? this.open(lineNumber, true);
        s.lines.push(line);
        if (cls === BoundaryClass.footer) closed.push(this.close());
        else s.openFooter = true;
        return closed;
      }
      case BoundaryClass.lGeneration: {
        const c = this.current;
        const s = c !== undefined && !c.hasLGeneration ? c : this.reopen(lineNumber, closed);
        s.hasLGeneration = true;
        s.lines.push(line);
        return closed;
      }
      case BoundaryClass.databaseSubject:
      case BoundaryClass.logFileSubject:
      case BoundaryClass.verifiedLogFile:
      case BoundaryClass.checkpointSubject:
      case BoundaryClass.baseNameSubject: {
        const c = this.current;
        const s = c !== undefined && this.subjectContinues(c, cls) ? c : this.reopen(lineNumber, closed);
        s.subjects |= subjectBit(cls);
        if (cls === BoundaryClass.verifiedLogFile) s.sawVerifiedLog = true;
        s.lines.push(line);
        return closed;
      }
      default: {
        const s = this.current ?? this.open(lineNumber, true);
        s.hasContent = true;
        s.lines.push(line);
        return closed;
      }
    }
  }

  /** End of input: the segment still open, if any. */
  end(): Segment[] {
    return this.current === undefined ? [] : [this.close()];
  }

  /** Whether a subject label continues the open segment rather than starting a new dump. */
  private subjectContinues(c: OpenSegment, cls: BoundaryClass): boolean {
    const isLogFile = cls === BoundaryClass.logFileSubject || cls === BoundaryClass.verifiedLogFile;
    // §3: a stream verification lists one `Log file:` line per log.
    const streamCheck =
      c.hasVerifying ||
      c.sawVerifiedLog ||
      (cls === BoundaryClass.verifiedLogFile && !c.hasLGeneration && (c.subjects & ~(SUBJECT_BASE_NAME_BIT | SUBJECT_LOG_FILE_BIT)) === 0);
    if (isLogFile && streamCheck) return true;
    // §2.2: `Base name: E00` then `Log file: E00.log` open the same log header dump.
    if (isLogFile && c.subjects === SUBJECT_BASE_NAME_BIT && !c.hasContent && !c.hasLGeneration) return true;
    return c.subjects === 0 && !c.hasContent && !c.hasLGeneration;
  }

  private open(lineNumber: number, inheritContext: boolean): OpenSegment {
    const s = new OpenSegment(lineNumber);
    if (inheritContext) s.contextPrompt = this.lastPrompt;
    this.current = s;
    return s;
  }

  private reopen(lineNumber: number, closed: Segment[]): OpenSegment {
    if (this.current !== undefined) closed.push(this.close());
    return this.open(lineNumber, true);
  }

  private close(): Segment {
    const s = this.current!;
    this.current = undefined;
    return s.toSegment();
  }
}

function subjectBit(cls: BoundaryClass): number {
  switch (cls) {
    case BoundaryClass.databaseSubject:
      return SUBJECT_DATABASE_BIT;
    case BoundaryClass.checkpointSubject:
      return SUBJECT_CHECKPOINT_BIT;
    case BoundaryClass.baseNameSubject:
      return SUBJECT_BASE_NAME_BIT;
    default:
      return SUBJECT_LOG_FILE_BIT;
  }
}
