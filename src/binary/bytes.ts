/**
 * Shared pieces of every ESE header (ese-binary.md §0): the legacy XOR header checksum, LOGTIME,
 * SIGNATURE and LGPOS, all little-endian and packed. Printed the way eseutil prints them (DUMP
 * `DUMPPrintLogTime`, `SigToSz`, `(0x%X,%X,%X)`), so a binary dump reads like its capture.
 */

/** ESE file-header magic at offset 4 of a database header, and the checksum seed (§0). */
export const ESE_MAGIC = 0x89abcdef;

/** Offset of `le_filetype` in every header (DAE `C_ASSERT(667 == offsetof(…, le_filetype))`). */
export const FILE_TYPE_OFFSET = 667;

/** JET_filetype values (JETH). */
export const FILE_TYPE = { unknown: 0, database: 1, streamingFile: 2, log: 3, checkpoint: 4, tempDatabase: 5, flushMap: 7 } as const;

export function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/**
 * `ChecksumOldFormatSlowly` (CKU): 0x89ABCDEF XOR every little-endian uint32 from offset 4 to
 * `length`. Headers never use ECC (CKU l.155).
 */
export function xorChecksum(bytes: Uint8Array, offset: number, length: number): number {
  const v = view(bytes);
  let sum = ESE_MAGIC;
  for (let i = offset + 4; i + 4 <= offset + length; i += 4) sum ^= v.getUint32(i, true);
  return sum >>> 0;
}

/** Does the header at `offset` carry its own XOR checksum at its offset 0? */
export function checksumHolds(bytes: Uint8Array, offset: number, length: number): boolean {
  if (bytes.length < offset + length) return false;
  return view(bytes).getUint32(offset, true) === xorChecksum(bytes, offset, length);
}

export function isAllZero(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i] !== 0) return false;
  return true;
}

/** A LOGTIME (DAE l.2209): sec, min, hour, day, month (1-12), year−1900, UTC bit and ms. */
export interface LogTime {
  readonly second: number;
  readonly minute: number;
  readonly hour: number;
  readonly day: number;
  readonly month: number;
  readonly year: number;
  readonly millisecond: number;
  readonly utc: boolean;
}

export function readLogTime(bytes: Uint8Array, at: number): LogTime {
  const b6 = bytes[at + 6]!;
  const b7 = bytes[at + 7]!;
  return {
    second: bytes[at]!,
    minute: bytes[at + 1]!,
    hour: bytes[at + 2]!,
    day: bytes[at + 3]!,
    month: bytes[at + 4]!,
    year: 1900 + bytes[at + 5]!,
    utc: (b6 & 1) === 1,
    millisecond: (b6 >> 1) | (((b7 >> 1) & 7) << 7),
  };
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** `%02d/%02d/%04d %02d:%02d:%02d.%3.3d UTC|LOC` (DUMP `DUMPPrintLogTime`). */
export function logTimeText(t: LogTime): string {
  return `${pad(t.month)}/${pad(t.day)}/${pad(t.year, 4)} ${pad(t.hour)}:${pad(t.minute)}:${pad(t.second)}.${pad(t.millisecond, 3)} ${t.utc ? 'UTC' : 'LOC'}`;
}

export function logTimesEqual(a: LogTime, b: LogTime): boolean {
  return logTimeText(a) === logTimeText(b);
}

/** SIGNATURE (DAE l.2298): ulRandom, LOGTIME logtimeCreate, szComputerName[16]. */
export interface RawSignature {
  readonly rand: number;
  readonly created: LogTime;
  readonly computer: string;
}

export function readSignature(bytes: Uint8Array, at: number): RawSignature {
  const rand = view(bytes).getUint32(at, true);
  let computer = '';
  for (let i = at + 12; i < at + 28 && bytes[i] !== 0; i++) computer += String.fromCharCode(bytes[i]!);
  return { rand, created: readLogTime(bytes, at + 4), computer };
}

/** `Create time:MM/DD/YYYY hh:mm:ss.mmm Rand:%lu Computer:%s` (DAE `SigToSz`), without the zone. */
export function signatureText(s: RawSignature): string {
  const t = s.created;
  const date = `${pad(t.month)}/${pad(t.day)}/${pad(t.year, 4)} ${pad(t.hour)}:${pad(t.minute)}:${pad(t.second)}.${pad(t.millisecond, 3)}`;
  return `Create time:${date} Rand:${s.rand} Computer:${s.computer}`;
}

/** Is the signature all zeros (a repaired database's log signature, §9)? */
export function signatureIsZero(s: RawSignature): boolean {
  const t = s.created;
  return s.rand === 0 && s.computer === '' && t.year === 1900 && t.month === 0 && t.day === 0 && t.hour === 0 && t.minute === 0 && t.second === 0;
}

/** LGPOS (DAE l.874): ib, isec, lGeneration (signed). */
export interface RawLgpos {
  readonly generation: number;
  readonly sector: number;
  readonly offset: number;
}

export function readLgpos(bytes: Uint8Array, at: number): RawLgpos {
  const v = view(bytes);
  return { offset: v.getUint16(at, true), sector: v.getUint16(at + 2, true), generation: v.getInt32(at + 4, true) };
}

/** eseutil's `(0x%X,%X,%X)` = (gen,isec,ib). */
export function lgposText(p: RawLgpos): string {
  return `(0x${p.generation.toString(16).toUpperCase()},${p.sector.toString(16).toUpperCase()},${p.offset.toString(16).toUpperCase()})`;
}

export function readAnsi(bytes: Uint8Array, at: number, max: number): string {
  let text = '';
  for (let i = at; i < at + max && i < bytes.length && bytes[i] !== 0; i++) text += String.fromCharCode(bytes[i]!);
  return text;
}

export function readUtf16(bytes: Uint8Array, at: number, byteLength: number): string {
  let text = '';
  for (let i = at; i + 1 < at + byteLength && i + 1 < bytes.length; i += 2) {
    const code = bytes[i]! | (bytes[i + 1]! << 8);
    if (code === 0) break;
    text += String.fromCharCode(code);
  }
  return text;
}

/** The database magic at offset 4 (bytes EF CD AB 89). */
export function hasMagic(head: Uint8Array): boolean {
  return head.length >= 8 && head[4] === 0xef && head[5] === 0xcd && head[6] === 0xab && head[7] === 0x89;
}
