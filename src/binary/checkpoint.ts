/**
 * The checkpoint file (CHECKPOINT, ese-binary.md §3): a primary copy of 4,096 bytes at 0 and a
 * shadow at 4,096 (FILEU `ErrUtilWriteShadowedHeaderInternal`), each with its XOR checksum.
 */
import { FILE_TYPE, FILE_TYPE_OFFSET, checksumHolds, readLgpos, readLogTime, readSignature, view, type LogTime, type RawLgpos, type RawSignature } from './bytes.js';
import { readDbmsParam, type DbmsParam } from './log.js';

export const CHECKPOINT_COPY_BYTES = 4096;
export const CHECKPOINT_HEAD_BYTES = 2 * CHECKPOINT_COPY_BYTES;

export interface CheckpointHeader {
  readonly lastFullBackupCheckpoint: RawLgpos;
  readonly checkpoint: RawLgpos;
  readonly logSignature: RawSignature;
  readonly env: DbmsParam;
  readonly fullBackup: RawLgpos;
  readonly fullBackupTime: LogTime;
  readonly incBackup: RawLgpos;
  readonly incBackupTime: LogTime;
  readonly dbConsistency: RawLgpos;
  readonly fileType: number;
}

export type CheckpointRead =
  | { readonly ok: true; readonly header: CheckpointHeader; readonly used: 'primary' | 'shadow' }
  | { readonly ok: false; readonly reason: string };

function copyValid(bytes: Uint8Array, at: number): boolean {
  if (bytes.length < at + CHECKPOINT_COPY_BYTES) return false;
  const type = view(bytes).getUint32(at + FILE_TYPE_OFFSET, true);
  return (type === FILE_TYPE.checkpoint || type === FILE_TYPE.unknown) && checksumHolds(bytes, at, CHECKPOINT_COPY_BYTES);
}

function decode(bytes: Uint8Array, at: number): CheckpointHeader {
  return {
    lastFullBackupCheckpoint: readLgpos(bytes, at + 4),
    checkpoint: readLgpos(bytes, at + 12),
    logSignature: readSignature(bytes, at + 20),
    env: readDbmsParam(bytes, at + 48),
    fullBackup: readLgpos(bytes, at + 615),
    fullBackupTime: readLogTime(bytes, at + 623),
    incBackup: readLgpos(bytes, at + 631),
    incBackupTime: readLogTime(bytes, at + 639),
    dbConsistency: readLgpos(bytes, at + 648),
    fileType: view(bytes).getUint32(at + FILE_TYPE_OFFSET, true),
  };
}

/** Reads the checkpoint from the file's first CHECKPOINT_HEAD_BYTES. */
export function readCheckpointHeader(bytes: Uint8Array): CheckpointRead {
  if (copyValid(bytes, 0)) return { ok: true, header: decode(bytes, 0), used: 'primary' };
  if (copyValid(bytes, CHECKPOINT_COPY_BYTES)) return { ok: true, header: decode(bytes, CHECKPOINT_COPY_BYTES), used: 'shadow' };
  return {
    ok: false,
    reason:
      bytes.length < CHECKPOINT_COPY_BYTES
        ? `the file is ${bytes.length} bytes, shorter than a checkpoint (4096)`
        : 'neither the checkpoint (bytes 0-4095) nor its shadow copy (4096-8191) passes its checksum',
  };
}
