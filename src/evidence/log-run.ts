/**
 * Runs of agreeing logs (issue 18, memory census §4.1): consecutive generations of one stream
 * whose `eseutil /ml FILE` dumps say the same thing but the generation, captured one after the
 * other in one input with the same number of lines each, are kept as one LogRun — its first
 * member whole, a count and a line stride — instead of one LogEvidence each (SPEC §9). A member
 * is rebuilt on demand by `memberOf`, the only place that knows how a member reads; the collector
 * folds a dump into a run only when `memberOf` would rebuild exactly the facts it carries.
 */
import type { AttachmentEvidence, EvidenceLine, LogEntry, LogEvidence, LogRun } from './types.js';

type Writable<T> = { -readonly [K in keyof T]: T[K] };

export function isLogRun(entry: LogEntry): entry is LogRun {
  return entry.kind === 'run';
}

/** The first log of an entry: what every member shares (signature, folder, kind, input…). */
export function headOf(entry: LogEntry): LogEvidence {
  return entry.kind === 'run' ? entry.first : entry;
}

/** The folders (LogEvidence.folder) the logs of `entries` were captured in: a run's members share its first member's. */
export function foldersOfEntries(entries: readonly LogEntry[]): Set<string> {
  const folders = new Set<string>();
  for (const entry of entries) {
    const folder = headOf(entry).folder;
    if (folder !== undefined) folders.add(folder);
  }
  return folders;
}

/** Lowest and highest generation of an entry (undefined for a log without a generation). */
export function lastGenerationOf(entry: LogEntry): number | undefined {
  return entry.kind === 'run' ? entry.lastGeneration : entry.generation;
}

/**
 * How a run rebuilds the two texts that change from member to member, taken from its first member:
 * the file name inside `Log file: E0000000001.log` and the generation inside
 * `lGeneration: 1 (0x1)` (ese-format §2). Undefined when the first member's texts do not have
 * that shape: such a log never starts a run.
 */
export interface RunTemplate {
  /** The log the template was read from (a run cut in pieces keeps its template). */
  readonly file: string;
  readonly baseLength: number;
  readonly digits: number;
  readonly fileText: string;
  readonly generationText: string;
  /** Where the file name sits in fileText. */
  readonly fileAt: number;
  /** Where the decimal generation sits in the first member's generationAt text, and its length. */
  readonly decimalAt: number;
  readonly decimalLength: number;
  /** Where the hex generation sits after `0x` (-1: no hex printed), its length, whether zero-padded. */
  readonly hexAt: number;
  readonly hexLength: number;
  readonly hexPadded: boolean;
  readonly hexLower: boolean;
  /** Hex digits of the file name are lower case (`Edb012cf.log`, ese-format §7.2). */
  readonly nameLower: boolean;
}

const DIGIT_0 = 48;
const DIGIT_9 = 57;

function isDigit(code: number): boolean {
  return code >= DIGIT_0 && code <= DIGIT_9;
}

/** The template of a log that may start a run, or undefined. */
export function runTemplateOf(log: LogEvidence): RunTemplate | undefined {
  if (log.kind !== 'numbered' || log.generation === undefined || log.nameGeneration !== log.generation || log.digits === undefined) return undefined;
  if (!log.generationFromHeader || log.generationAt === undefined || log.baseName === undefined) return undefined;
  if (log.file.length !== log.baseName.length + log.digits + 4 || !log.file.startsWith(log.baseName)) return undefined;
  const fileAt = log.fileAt.text.lastIndexOf(log.file);
  if (fileAt < 0) return undefined;
  const text = log.generationAt.text;
  const decimal = String(log.generation);
  let decimalAt = text.indexOf(decimal);
  while (decimalAt >= 0 && (isDigit(text.charCodeAt(decimalAt - 1)) || isDigit(text.charCodeAt(decimalAt + decimal.length)))) {
    decimalAt = text.indexOf(decimal, decimalAt + 1);
  }
  if (decimalAt < 0) return undefined;
  const hex = /0x([0-9a-f]+)/i.exec(text.slice(decimalAt + decimal.length));
  let hexAt = -1;
  let hexLength = 0;
  if (hex) {
    if (parseInt(hex[1]!, 16) !== log.generation) return undefined;
    hexAt = decimalAt + decimal.length + hex.index + 2;
    hexLength = hex[1]!.length;
  }
  const hexDigits = hex?.[1] ?? '';
  const nameHex = log.file.slice(log.baseName.length, log.baseName.length + log.digits);
  return {
    file: log.file,
    baseLength: log.baseName.length,
    digits: log.digits,
    fileText: log.fileAt.text,
    generationText: text,
    fileAt,
    decimalAt,
    decimalLength: decimal.length,
    hexAt,
    hexLength,
    hexPadded: hexLength > 1 && hexDigits.charCodeAt(0) === DIGIT_0,
    hexLower: /[a-f]/.test(hexDigits),
    nameLower: /[a-f]/.test(nameHex),
  };
}

function hexOf(generation: number, width: number, lower: boolean): string {
  const hex = generation.toString(16).padStart(width, '0');
  return lower ? hex : hex.toUpperCase();
}

/** The file name of a run's member at `generation`: the template log's name with that number. */
export function memberFile(t: RunTemplate, generation: number): string {
  return t.file.slice(0, t.baseLength) + hexOf(generation, t.digits, t.nameLower) + t.file.slice(t.baseLength + t.digits);
}

/** The `Log file:` line of the member named `file`. */
export function memberFileText(t: RunTemplate, file: string): string {
  const text = t.fileText;
  const at = t.fileAt;
  return text.slice(0, at) + file + text.slice(at + t.file.length);
}

/** The `lGeneration:` line of the member at `generation`. */
export function memberGenerationText(t: RunTemplate, generation: number): string {
  const text = t.generationText;
  const decimalEnd = t.decimalAt + t.decimalLength;
  if (t.hexAt < 0) return text.slice(0, t.decimalAt) + String(generation) + text.slice(decimalEnd);
  return text.slice(0, t.decimalAt) + String(generation) + text.slice(decimalEnd, t.hexAt)
    + hexOf(generation, t.hexPadded ? t.hexLength : 0, t.hexLower) + text.slice(t.hexAt + t.hexLength);
}

function shifted(line: EvidenceLine, delta: number): EvidenceLine {
  return { input: line.input, line: (line.line + delta) | 0, text: line.text };
}

function shiftedAttachment(a: AttachmentEvidence, delta: number): AttachmentEvidence {
  const attachment = { dbid: a.dbid, path: a.path, nameKey: a.nameKey } as Writable<AttachmentEvidence>;
  if (a.signature) attachment.signature = a.signature;
  attachment.at = shifted(a.at, delta);
  if (a.signatureAt) attachment.signatureAt = shifted(a.signatureAt, delta);
  return attachment;
}

/**
 * Member `i` of a run (0 = its first log, the same object), built as the collector builds a log
 * placed alone (property by property, in that order): the objects every member shares (signature,
 * tool, texts) are the first member's, the lines are moved down by `i × lineStride`.
 */
export function memberOf(run: LogRun, i: number): LogEvidence {
  const f = run.first;
  if (i === 0) return f;
  const generation = f.generation! + i;
  const delta = i * run.lineStride;
  const file = memberFile(run.template, generation);
  const log = { file, fileKey: file.toLowerCase(), fileSource: f.fileSource, kind: f.kind } as Writable<LogEvidence>;
  log.baseName = f.baseName!;
  log.nameGeneration = generation;
  log.digits = f.digits!;
  log.generation = generation;
  log.generationFromHeader = true;
  if (f.signature) log.signature = f.signature;
  log.attachments = f.attachments.map((a) => shiftedAttachment(a, delta));
  if (f.circularLogging) log.circularLogging = Object.assign({}, f.circularLogging, { at: shifted(f.circularLogging.at, delta) });
  if (f.integrity) log.integrity = f.integrity;
  log.input = f.input;
  log.sources = ['logHeader'];
  log.fileAt = { input: f.fileAt.input, line: (f.fileAt.line + delta) | 0, text: memberFileText(run.template, file) };
  const generationAt = f.generationAt!;
  log.generationAt = { input: generationAt.input, line: (generationAt.line + delta) | 0, text: memberGenerationText(run.template, generation) };
  if (f.signatureAt) log.signatureAt = shifted(f.signatureAt, delta);
  if (f.tool) log.tool = f.tool;
  if (f.radix) log.radix = f.radix;
  if (f.directory !== undefined) log.directory = f.directory;
  if (f.envSystemPath !== undefined) log.envSystemPath = f.envSystemPath;
  if (f.envLogFilePath !== undefined) log.envLogFilePath = f.envLogFilePath;
  if (f.folder !== undefined) log.folder = f.folder;
  return log;
}

/** Members `from … from + count − 1` of a run as one entry: a log alone, or a shorter run. */
export function sliceOfRun(run: LogRun, from: number, count: number): LogEntry {
  const first = memberOf(run, from);
  if (count === 1) return first;
  return makeRun(first, count, run.lineStride, run.template);
}

export function makeRun(first: LogEvidence, count: number, lineStride: number, template: RunTemplate): LogRun {
  return { kind: 'run', first, count, lineStride, lastGeneration: first.generation! + count - 1, template };
}

/**
 * The pieces of a run cut so that each generation in `cuts` (sorted, inside the run) is a log of
 * its own: `before | member | between | member | after`, in generation order.
 */
export function cutRun(run: LogRun, cuts: readonly number[]): LogEntry[] {
  const pieces: LogEntry[] = [];
  const low = run.first.generation!;
  let next = 0;
  for (const generation of cuts) {
    const i = generation - low;
    if (i < next || i >= run.count) continue;
    if (i > next) pieces.push(sliceOfRun(run, next, i - next));
    pieces.push(memberOf(run, i));
    next = i + 1;
  }
  if (next < run.count) pieces.push(sliceOfRun(run, next, run.count - next));
  return pieces;
}

/** The logs of entries, runs expanded member by member as they are read. */
export function* logsOf(entries: Iterable<LogEntry>): Generator<LogEvidence> {
  for (const entry of entries) {
    if (entry.kind !== 'run') {
      yield entry;
      continue;
    }
    for (let i = 0; i < entry.count; i++) yield memberOf(entry, i);
  }
}

/** How many logs entries hold. */
export function logCount(entries: readonly LogEntry[]): number {
  let count = 0;
  for (const entry of entries) count += entry.kind === 'run' ? entry.count : 1;
  return count;
}
