/**
 * The database header (DBFILEHDR, ese-binary.md §1) from a database's first two pages: the
 * primary at offset 0 and its shadow at offset = page size. The page size is detected as
 * FILEU `ErrUtilReadSpecificShadowedHeader` does: each candidate from 2 KiB to 32 KiB, doubling,
 * is accepted when the XOR checksum over the candidate holds and `le_cbPageSize` (0 ⇒ 4096)
 * equals it.
 */
import {
  FILE_TYPE_OFFSET,
  checksumHolds,
  readLgpos,
  readLogTime,
  readSignature,
  view,
  type LogTime,
  type RawLgpos,
  type RawSignature,
} from './bytes.js';

/** Bytes to read from a database: the two header pages at the largest page size (32 KiB). */
export const DATABASE_HEAD_BYTES = 2 * 32 * 1024;

const PAGE_SIZES = [2048, 4096, 8192, 16384, 32768] as const;

export interface DatabaseHeader {
  readonly checksum: number;
  readonly version: number;
  readonly updateMajor: number;
  readonly updateMinor: number;
  readonly efv: number;
  readonly attrib: number;
  readonly dbtime: bigint;
  readonly dbSignature: RawSignature;
  readonly state: number;
  readonly lastConsistent: RawLgpos;
  readonly consistentTime: LogTime;
  readonly attachTime: LogTime;
  readonly lastAttach: RawLgpos;
  readonly detachTime: LogTime;
  readonly lastDetach: RawLgpos;
  readonly dbid: number;
  readonly logSignature: RawSignature;
  readonly shadowed: boolean;
  readonly objidLast: number;
  readonly pageSize: number;
  readonly repairCount: number;
  readonly repairTime: LogTime;
  readonly genMinRequired: number;
  readonly genMaxRequired: number;
  readonly createVersion: number;
  readonly createUpdate: number;
  readonly genMaxCommitted: number;
  readonly genRecovering: number;
  readonly genMinConsistent: number;
  readonly fileType: number;
}

/** Which copy was used, and what was wrong with the other (eseutil /mh warnings, DUMP l.590-647). */
export type HeaderCopies =
  | { readonly used: 'primary'; readonly shadow: 'identical' | 'different' | 'bad' }
  | { readonly used: 'shadow'; readonly primary: 'bad' | 'zeroed' };

export type DatabaseRead =
  | { readonly ok: true; readonly header: DatabaseHeader; readonly copies: HeaderCopies }
  | { readonly ok: false; readonly reason: string; readonly oldFormat?: string };

/** Format majors ESE refuses (JET_errDatabase500Format/400/200, db.cxx l.2690ff). */
export const OLD_DATABASE_FORMATS: Readonly<Record<number, string>> = {
  0x500: 'JET 500 (Exchange 4.0/5.0)',
  0x400: 'JET 400',
  0x1: 'JET 200',
};

/** `le_ulVersion` of every database from ESE97 (Exchange 5.5) on (DAE l.2521). */
const MODERN_FORMAT = 0x620;

function declaredPageSize(bytes: Uint8Array, at: number): number {
  const size = view(bytes).getUint32(at + 236, true);
  return size === 0 ? 4096 : size;
}

/** The page size at which the copy at `copyIndex` (0 primary, 1 shadow) is valid, if any. */
function validCopy(bytes: Uint8Array, copyIndex: 0 | 1): number | undefined {
  for (const size of PAGE_SIZES) {
    const at = copyIndex * size;
    if (bytes.length < at + size) break;
    if (declaredPageSize(bytes, at) === size && checksumHolds(bytes, at, size)) return size;
  }
  return undefined;
}

function decode(bytes: Uint8Array, at: number, pageSize: number): DatabaseHeader {
  const v = view(bytes);
  const u32 = (o: number): number => v.getUint32(at + o, true);
  return {
    checksum: u32(0),
    version: u32(8),
    attrib: u32(12),
    dbtime: v.getBigUint64(at + 16, true),
    dbSignature: readSignature(bytes, at + 24),
    state: u32(52),
    lastConsistent: readLgpos(bytes, at + 56),
    consistentTime: readLogTime(bytes, at + 64),
    attachTime: readLogTime(bytes, at + 72),
    lastAttach: readLgpos(bytes, at + 80),
    detachTime: readLogTime(bytes, at + 88),
    lastDetach: readLgpos(bytes, at + 96),
    dbid: u32(104),
    logSignature: readSignature(bytes, at + 108),
    shadowed: (bytes[at + 208]! & 0x01) === 0,
    objidLast: u32(212),
    updateMajor: u32(232),
    pageSize,
    repairCount: u32(240),
    repairTime: readLogTime(bytes, at + 244),
    genMinRequired: u32(296),
    genMaxRequired: u32(300),
    createVersion: u32(340),
    createUpdate: u32(344),
    genMaxCommitted: u32(416),
    genRecovering: u32(536),
    genMinConsistent: u32(640),
    updateMinor: u32(644),
    efv: u32(648),
    fileType: u32(FILE_TYPE_OFFSET),
  };
}

/** Reads the header from `bytes` = the file's first DATABASE_HEAD_BYTES (or all of a smaller file). */
export function readDatabaseHeader(bytes: Uint8Array): DatabaseRead {
  const version = bytes.length >= 12 ? view(bytes).getUint32(8, true) : 0;
  const old = OLD_DATABASE_FORMATS[version];
  if (old !== undefined) {
    return { ok: false, oldFormat: old, reason: `a ${old} database (format 0x${version.toString(16)}): ESE cannot open it (JET_errDatabase${version === 1 ? 200 : version === 0x400 ? 400 : 500}Format); upgrade it with the Exchange 5.5 tools first` };
  }
  if (version !== MODERN_FORMAT) {
    return { ok: false, reason: `its format version 0x${version.toString(16)} is none that ESE writes (0x620 since ESE97; 0x500, 0x400, 0x1 before)` };
  }
  const primary = validCopy(bytes, 0);
  const shadow = validCopy(bytes, 1);
  if (primary !== undefined) {
    let shadowState: 'identical' | 'different' | 'bad' = 'bad';
    if (shadow === primary) {
      const a = bytes.subarray(0, primary);
      const b = bytes.subarray(primary, 2 * primary);
      shadowState = Buffer.compare(a, b) === 0 ? 'identical' : 'different';
    }
    return { ok: true, header: decode(bytes, 0, primary), copies: { used: 'primary', shadow: shadowState } };
  }
  if (shadow !== undefined) {
    const zeroed = view(bytes).getUint32(0, true) === 0;
    return { ok: true, header: decode(bytes, shadow, shadow), copies: { used: 'shadow', primary: zeroed ? 'zeroed' : 'bad' } };
  }
  return {
    ok: false,
    reason:
      bytes.length < 4096
        ? `the file is ${bytes.length} bytes, shorter than a database header page`
        : 'neither the header (page 0) nor its shadow copy (page 1) passes its checksum at any page size from 2 KiB to 32 KiB (JET_errReadVerifyFailure)',
  };
}
