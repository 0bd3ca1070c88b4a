/**
 * One ESE file → the dump its eseutil capture would give (SPEC §3, §4), reading only headers:
 * a database's first two pages, a log's first 4,096 bytes, a checkpoint's two 4,096-byte copies.
 * The dump is printed in eseutil's layout (format.ts) and read back by the text parser, so its
 * typed fields are the ones a capture gives, with `source: "binary"`; what only the bytes tell
 * is added as `headerNotes`. The parser is the caller's: it is loaded lazily (SPEC §9).
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import type { CaptureParser } from '../ast/index.js';
import type { Dump, HeaderNote, InputProblem } from '../ast/types.js';
import { carriedValueFields, restoreValueFields } from '../ast/value-fields.js';
import { DUMP_MODE, eseFileRole } from '../input/binary.js';
import { fileNameOf } from '../domain/log-names.js';
import { readCheckpointHeader, CHECKPOINT_HEAD_BYTES } from './checkpoint.js';
import { DATABASE_HEAD_BYTES, readDatabaseHeader } from './database.js';
import { formatCheckpoint, formatDatabase, formatLog } from './format.js';
import { LOG_HEAD_BYTES, readLogHeader } from './log.js';
import { recognizeEseFile, type EseFileKind } from './recognize.js';

export interface EseFileRead {
  readonly kind: EseFileKind;
  /** The printed eseutil layout (`esereport dump`); empty when there is no header to print. */
  readonly lines: readonly string[];
  /** What only the bytes tell (a shadow copy used, a log's size against its header). */
  readonly notes: readonly HeaderNote[];
  /** Why the file gives no dump (a header that cannot be trusted, an old format, no header). */
  readonly problem?: InputProblem;
}

/** Log base name: the three characters before the generation (`SRU0004E.log`, `E00.log`). */
export function logBaseName(fileName: string): string {
  return fileName.slice(0, 3);
}

/**
 * The dump of a header read by readEseBytes: its printed lines through the text parser (loaded
 * lazily by the caller, as for any capture), with `source: "binary"` and the header notes.
 */
export function binaryDump(read: EseFileRead, parser: Pick<CaptureParser, 'pushLine' | 'end'>): Dump | undefined {
  if (read.lines.length === 0) return undefined;
  let dump: Dump | undefined;
  for (const line of read.lines) for (const item of parser.pushLine(line)) if (item.type === 'dump') dump ??= item.dump;
  for (const item of parser.end()) if (item.type === 'dump') dump ??= item.dump;
  if (dump === undefined) return undefined;
  const binary: Dump = { ...dump, source: 'binary', fragment: false, ...(read.notes.length > 0 ? { headerNotes: read.notes } : {}) };
  // The copy's values keep the lines of the printed layout they were read from.
  restoreValueFields(binary, carriedValueFields(dump));
  return binary;
}

const skipped = (kind: EseFileKind, message: string): EseFileRead => ({ kind, lines: [], notes: [], problem: { kind: 'ese-binary', message } });

/**
 * A file that is an ESE file but whose header cannot be trusted: named with the reason, and with
 * the eseutil command that would show what eseutil makes of it (src/input/binary.ts).
 */
function untrusted(kind: EseFileKind, name: string, what: 'database' | 'log' | 'checkpoint', reason: string): EseFileRead {
  const role = eseFileRole(name) ?? what;
  const file = /\s/.test(name) ? `"${name}"` : name;
  return skipped(kind, `${name} is an ESE ${role} file whose header cannot be read: ${reason}. \`eseutil ${DUMP_MODE[role]} ${file}\` on Windows shows what eseutil makes of it.`);
}

/**
 * Reads the ESE file whose first bytes are `head` (DATABASE_HEAD_BYTES, or the whole file when
 * smaller) and whose size is `fileSize`; `name` is the path as given. Pure.
 */
export function readEseBytes(head: Uint8Array, fileSize: number, name: string): EseFileRead | undefined {
  const fileName = fileNameOf(name);
  const kind = recognizeEseFile(head.subarray(0, LOG_HEAD_BYTES), fileName);
  switch (kind) {
    case undefined:
      return undefined;
    case 'zeroFilled':
      return skipped(kind, `${name} is zero-filled: a pre-created reserve or tmp log with no header yet, never replayed (skipped).`);
    case 'flushMap':
      return skipped(kind, `${name} is an ESE flush map (file type 7): not a log, not needed for a restore (skipped).`);
    case 'damagedLog':
      return untrusted(kind, name, 'log', 'the log header (bytes 0-4095, not shadowed) fails its checksum, so the log cannot be replayed');
    case 'database': {
      const read = readDatabaseHeader(head.subarray(0, DATABASE_HEAD_BYTES));
      if (!read.ok) return read.oldFormat ? skipped(kind, `${name} is an old-format ESE database: ${read.reason}.`) : untrusted(kind, name, 'database', read.reason);
      const notes: HeaderNote[] = [];
      if (read.copies.used === 'shadow') {
        notes.push({ code: 'primary-header-bad', message: `the primary header of ${fileName} ${read.copies.primary === 'zeroed' ? 'has a zeroed checksum' : 'fails its checksum'}; its shadow copy (page 1) is good and was used` });
      } else if (read.copies.shadow === 'bad') {
        notes.push({ code: 'shadow-header-bad', message: `the shadow header of ${fileName} (page 1) fails its checksum; the primary is good and was used` });
      } else if (read.copies.shadow === 'different') {
        notes.push({ code: 'shadow-header-differs', message: `the primary header and the shadow header of ${fileName} are not identical; the primary was used` });
      }
      const lines = formatDatabase(fileName, read.header, read.copies);
      return { kind, lines, notes };
    }
    case 'log': {
      const read = readLogHeader(head.subarray(0, LOG_HEAD_BYTES));
      if (!read.ok) return read.oldFormat ? skipped(kind, `${name} is an old-format ESE log: ${read.reason}.`) : untrusted(kind, name, 'log', read.reason);
      const h = read.header;
      const notes: HeaderNote[] = [];
      const expected = h.fileSectors * h.sectorSize;
      if (expected > 0 && fileSize !== expected) {
        notes.push({
          code: 'log-file-size',
          message: `${fileName} is ${fileSize} bytes but its header says ${h.fileSectors} sectors of ${h.sectorSize} bytes = ${expected} (JET_errLogFileSizeMismatch, -541): a truncated or padded copy that cannot be replayed`,
        });
      }
      const lines = formatLog(fileName, logBaseName(fileName), h);
      return { kind, lines, notes };
    }
    case 'checkpoint': {
      const read = readCheckpointHeader(head.subarray(0, CHECKPOINT_HEAD_BYTES));
      if (!read.ok) return untrusted(kind, name, 'checkpoint', read.reason);
      const notes: HeaderNote[] =
        read.used === 'shadow' ? [{ code: 'primary-header-bad', message: `the primary copy of ${fileName} fails its checksum; its shadow copy (bytes 4096-8191) is good and was used` }] : [];
      return { kind, lines: formatCheckpoint(fileName, read.header), notes };
    }
  }
}

/** Bytes read from the head of any file: enough for a database's two header pages. */
export const HEAD_BYTES = DATABASE_HEAD_BYTES;

/**
 * Reads the head of the file at `path` (never the whole file: at most HEAD_BYTES) and, when it is
 * an ESE file, its header. Undefined for any other file (a text capture). Throws on read errors.
 * `knownSize`: the file's size when the caller has it.
 */
export function readEseFile(path: string, name: string, knownSize?: number): EseFileRead | undefined {
  const fd = openSync(path, 'r');
  try {
    // The caller may know the size already (read-inputs.ts stats every input once).
    const size = knownSize ?? fstatSync(fd).size;
    const first = Buffer.alloc(Math.min(LOG_HEAD_BYTES, size));
    const got = readSync(fd, first, 0, first.length, 0);
    const head4k = first.subarray(0, got);
    const kind = recognizeEseFile(head4k, fileNameOf(name));
    if (kind === undefined) return undefined;
    // A database needs its two header pages, a checkpoint its two copies; a log its first 4 KiB.
    const want = kind === 'database' ? DATABASE_HEAD_BYTES : kind === 'checkpoint' ? CHECKPOINT_HEAD_BYTES : LOG_HEAD_BYTES;
    let head: Uint8Array = head4k;
    if (want > got && size > got) {
      const more = Buffer.alloc(Math.min(want, size));
      first.copy(more, 0, 0, got);
      const rest = readSync(fd, more, got, more.length - got, got);
      head = more.subarray(0, got + rest);
    }
    return readEseBytes(head, size, name);
  } finally {
    closeSync(fd);
  }
}
