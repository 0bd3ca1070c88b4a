// 10,000 real-format ESE log files for `npm run bench` (issue 19): copies of the real SRUM log
// test/fixtures/ese-binary/museum/win10-belkasoft/Dirty/SRU00051.log (DFIRArtifactMuseum, MIT),
// each with its generation (offset 4), creation time (16) and prev-gen time (24) rewritten so the
// copies form one chain, and its header checksum (offset 0, XOR over bytes 4-4095) recomputed.
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const SOURCE = join(root, 'test/fixtures/ese-binary/museum/win10-belkasoft/Dirty/SRU00051.log');
const FIRST_GENERATION = 81;

/** LOGTIME (ese-binary.md §0.1): sec, min, hour, day, month 1-12, year-1900, UTC bit + ms. */
function writeLogTime(bytes, at, date) {
  bytes[at] = date.getUTCSeconds();
  bytes[at + 1] = date.getUTCMinutes();
  bytes[at + 2] = date.getUTCHours();
  bytes[at + 3] = date.getUTCDate();
  bytes[at + 4] = date.getUTCMonth() + 1;
  bytes[at + 5] = date.getUTCFullYear() - 1900;
  const ms = date.getUTCMilliseconds();
  bytes[at + 6] = 1 | ((ms & 0x7f) << 1);
  bytes[at + 7] = ((ms >> 7) & 7) << 1;
}

function checksum(bytes) {
  let sum = 0x89abcdef;
  for (let i = 4; i < 4096; i += 4) sum ^= bytes.readUInt32LE(i);
  return sum >>> 0;
}

/** Writes `count` logs SRU00051.log … into `folder` (kept between runs). */
export function writeBinaryLogs(folder, count) {
  if (existsSync(folder)) return folder;
  const building = `${folder}.partial`;
  rmSync(building, { recursive: true, force: true });
  mkdirSync(building, { recursive: true });
  const source = readFileSync(SOURCE);
  const start = Date.UTC(2021, 1, 14, 2, 32, 43, 303);
  for (let i = 0; i < count; i++) {
    const generation = FIRST_GENERATION + i;
    const log = Buffer.from(source);
    log.writeInt32LE(generation, 4);
    writeLogTime(log, 16, new Date(start + i * 60_000));
    writeLogTime(log, 24, new Date(start + (i - 1) * 60_000));
    log.writeUInt32LE(checksum(log), 0);
    writeFileSync(join(building, `SRU${generation.toString(16).toUpperCase().padStart(5, '0')}.log`), log);
  }
  renameSync(building, folder);
  return folder;
}
