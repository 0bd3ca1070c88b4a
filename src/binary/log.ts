/**
 * The transaction log header (LGFILEHDR, ese-binary.md §2): one copy of 4,096 bytes at offset 0,
 * not shadowed, verified by its XOR checksum (LOGC `ErrLGIReadFileHeader`). The attached
 * databases follow at 671 as ATTACHINFO entries (§2.1).
 */
import {
  FILE_TYPE,
  FILE_TYPE_OFFSET,
  checksumHolds,
  readAnsi,
  readLgpos,
  readLogTime,
  readSignature,
  readUtf16,
  view,
  type LogTime,
  type RawLgpos,
  type RawSignature,
} from './bytes.js';

export const LOG_HEAD_BYTES = 4096;

export interface AttachInfo {
  readonly dbid: number;
  readonly sparse: boolean;
  readonly path: string;
  readonly dbtime: bigint;
  readonly objidLast: number;
  readonly maxDbSize: number;
  readonly lastAttach: RawLgpos;
  readonly lastConsistent: RawLgpos;
  readonly dbSignature: RawSignature;
}

/** DBMS_PARAM (DAE l.3835) at `at`: paths, flags and the Env numbers. */
export interface DbmsParam {
  readonly systemPath: string;
  readonly logFilePath: string;
  readonly circularLogging: boolean;
  readonly sessions: number;
  readonly openTables: number;
  readonly versionPages: number;
  readonly cursors: number;
  readonly logBuffers: number;
  readonly logFileSectors: number;
  readonly cacheSizeMax: number;
}

export function readDbmsParam(bytes: Uint8Array, at: number): DbmsParam {
  const v = view(bytes);
  const u32 = (o: number): number => v.getUint32(at + o, true);
  return {
    systemPath: readAnsi(bytes, at, 261),
    logFilePath: readAnsi(bytes, at + 261, 261),
    circularLogging: (bytes[at + 522]! & 1) === 1,
    sessions: u32(523),
    openTables: u32(527),
    versionPages: u32(531),
    cursors: u32(535),
    logBuffers: u32(539),
    logFileSectors: u32(543),
    cacheSizeMax: u32(547),
  };
}

export interface LogHeader {
  readonly checksum: number;
  readonly generation: number;
  readonly sectorSize: number;
  readonly headerSectors: number;
  readonly fileSectors: number;
  readonly pageSize: number;
  readonly created: LogTime;
  readonly prevGen: LogTime;
  readonly major: number;
  readonly minor: number;
  readonly updateMajor: number;
  readonly updateMinor: number;
  readonly logSignature: RawSignature;
  readonly env: DbmsParam;
  readonly flags: number;
  readonly checkpointAtCreation: RawLgpos;
  readonly efv: number;
  readonly fileType: number;
  readonly attached: readonly AttachInfo[];
}

export type LogRead =
  | { readonly ok: true; readonly header: LogHeader }
  | { readonly ok: false; readonly reason: string; readonly oldFormat?: string };

/** `ErrLGIReadFileHeader`'s probes for logs older than 7.3701 (ese-binary.md §2). */
export function oldLogFormat(bytes: Uint8Array): string | undefined {
  if (bytes.length < 52) return undefined;
  const v = view(bytes);
  const u32 = (o: number): number => v.getUint32(o, true);
  if (u32(24) === 4 && (u32(28) === 909 || u32(28) === 995) && u32(32) === 0) return 'JET 500 (Exchange 4.0/5.0)';
  if (u32(20) === 443 && u32(24) === 0 && u32(28) === 0) return 'JET 400';
  if (u32(44) === 0 && u32(48) === 0x0ca0001) return 'JET 200';
  return undefined;
}

/** Does this 4 KiB look like a log header (file type 3, or 0 in logs before 7.3704.5, and a valid checksum)? */
export function isLogHeader(bytes: Uint8Array): boolean {
  if (bytes.length < LOG_HEAD_BYTES) return false;
  const type = view(bytes).getUint32(FILE_TYPE_OFFSET, true);
  return (type === FILE_TYPE.log || type === FILE_TYPE.unknown) && checksumHolds(bytes, 0, LOG_HEAD_BYTES);
}

function readAttachments(bytes: Uint8Array): AttachInfo[] {
  const list: AttachInfo[] = [];
  const v = view(bytes);
  let at = 671;
  while (at + 64 <= Math.min(bytes.length, 671 + 2048)) {
    const dbid = bytes[at]!;
    if (dbid === 0) break;
    const flags = bytes[at + 1]!;
    const cbNames = v.getUint16(at + 2, true);
    const unicode = (flags & 0x20) !== 0;
    list.push({
      dbid,
      sparse: (flags & 0x40) !== 0,
      dbtime: v.getBigUint64(at + 4, true),
      objidLast: v.getUint32(at + 12, true),
      maxDbSize: v.getUint32(at + 16, true),
      lastAttach: readLgpos(bytes, at + 20),
      lastConsistent: readLgpos(bytes, at + 28),
      dbSignature: readSignature(bytes, at + 36),
      path: unicode ? readUtf16(bytes, at + 64, cbNames) : readAnsi(bytes, at + 64, cbNames),
    });
    at += 64 + cbNames;
  }
  return list;
}

/** Reads the header from the file's first LOG_HEAD_BYTES. */
export function readLogHeader(bytes: Uint8Array): LogRead {
  const old = oldLogFormat(bytes);
  if (old !== undefined) return { ok: false, oldFormat: old, reason: `a ${old} log: its header layout predates ESE 7.3701 and is not read` };
  if (bytes.length < LOG_HEAD_BYTES) return { ok: false, reason: `the file is ${bytes.length} bytes, shorter than a log header (4096)` };
  if (!checksumHolds(bytes, 0, LOG_HEAD_BYTES)) {
    return { ok: false, reason: 'the log header (bytes 0-4095, not shadowed) fails its checksum: eseutil /ml reports it damaged (JET_errLogFileCorrupt)' };
  }
  const v = view(bytes);
  return {
    ok: true,
    header: {
      checksum: v.getUint32(0, true),
      generation: v.getInt32(4, true),
      sectorSize: v.getUint16(8, true),
      headerSectors: v.getUint16(10, true),
      fileSectors: v.getUint16(12, true),
      pageSize: v.getUint16(14, true) || 4096,
      created: readLogTime(bytes, 16),
      prevGen: readLogTime(bytes, 24),
      major: v.getUint32(32, true),
      minor: v.getUint32(36, true),
      updateMajor: v.getUint32(40, true),
      logSignature: readSignature(bytes, 44),
      env: readDbmsParam(bytes, 72),
      flags: bytes[639]!,
      checkpointAtCreation: readLgpos(bytes, 640),
      updateMinor: v.getUint32(648, true),
      efv: v.getUint32(661, true),
      fileType: v.getUint32(FILE_TYPE_OFFSET, true),
      attached: readAttachments(bytes),
    },
  };
}
