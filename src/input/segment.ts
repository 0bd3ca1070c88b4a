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
import { BOUNDARY_LABELS, BoundaryClass, boundaryPattern, type BoundaryLabel } from './boundary-labels.js';
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

export { BoundaryClass } from './boundary-labels.js';

/** A boundary label as the segmenter tries it: its pattern, sticky. */
interface StickyBoundary {
  readonly pattern: RegExp;
  readonly role: BoundaryClass;
  readonly wraps?: true;
}

/** The boundary labels that may start a line starting with a character (ASCII), in trying order. */
const BY_START_CHAR: StickyBoundary[][] = [];
for (const boundary of Object.values(BOUNDARY_LABELS) as readonly BoundaryLabel[]) {
  const { pattern, startChars } = boundaryPattern(boundary);
  // Sticky, tried at the first non-blank character: no slice of the line, and a sticky test costs
  // a fraction of String#startsWith in V8 (this runs on every line, SPEC §9).
  const sticky: StickyBoundary = { pattern: new RegExp(pattern.source, 'y'), role: boundary.role, ...(boundary.wraps ? { wraps: true } : {}) };
  for (const c of startChars) (BY_START_CHAR[c.charCodeAt(0)] ??= []).push(sticky);
}
const VERIFIED = /-[ \t]*OK[ \t]*$/;
const ENDS_WITH_PERIOD = /\.\s*$/;

/** Whether `pattern` (sticky) matches `line` at `at`. */
function matchesAt(pattern: RegExp, line: string, at: number): boolean {
  pattern.lastIndex = at;
  return pattern.test(line);
}

/** What a line means for dump boundaries: a look at its first characters (src/input/boundary-labels.ts). */
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
  const candidates = BY_START_CHAR[first];
  if (candidates !== undefined) {
    for (const label of candidates) {
      if (!matchesAt(label.pattern, line, i)) continue;
      if (label.role === BoundaryClass.logFileSubject && VERIFIED.test(line)) return BoundaryClass.verifiedLogFile;
      if (label.wraps === true && !ENDS_WITH_PERIOD.test(line)) return BoundaryClass.openFooter;
      return label.role;
    }
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
