/**
 * What an ESE file is, by its content (ese-binary.md §0, §4), whatever its name: a database
 * carries the magic 0x89ABCDEF at offset 4; every header keeps its file type at offset 667
 * (1 database, 3 log, 4 checkpoint, 7 flush map). Logs older than 7.3704.5 have type 0 and are
 * known by their checksum; JET 500/400/200 logs by the probes of `ErrLGIReadFileHeader`.
 * Zero-filled files named like logs are the pre-created reserve and tmp logs (§4).
 */
import { FILE_TYPE, FILE_TYPE_OFFSET, hasMagic, isAllZero, view } from './bytes.js';
import { isLogHeader, oldLogFormat } from './log.js';

export type EseFileKind = 'database' | 'log' | 'checkpoint' | 'flushMap' | 'zeroFilled' | 'damagedLog';

/** Names of files that are logs, reserve logs, tmp logs or checkpoints (ese-format.md §7). */
const LOG_LIKE_NAME = /\.(log|jtx|jrs|chk|jcp)$/i;

/**
 * The kind of ESE file whose first bytes are `head` (at least 4,096 when the file has them),
 * or undefined for anything else (a text capture, another binary).
 */
export function recognizeEseFile(head: Uint8Array, name: string): EseFileKind | undefined {
  if (hasMagic(head)) return 'database';
  if (head.length >= FILE_TYPE_OFFSET + 4) {
    const type = view(head).getUint32(FILE_TYPE_OFFSET, true);
    if (type === FILE_TYPE.log) return isLogHeader(head) ? 'log' : 'damagedLog';
    if (type === FILE_TYPE.checkpoint) return 'checkpoint';
    if (type === FILE_TYPE.flushMap) return 'flushMap';
  }
  if (oldLogFormat(head) !== undefined && LOG_LIKE_NAME.test(name)) return 'log';
  if (head.length > 0 && isAllZero(head) && LOG_LIKE_NAME.test(name)) return 'zeroFilled';
  if (isLogHeader(head) && !isAllZero(head)) return 'log';
  return undefined;
}
