/**
 * Gaps reported by the whole-stream verification (ese-format.md §3):
 * `Missing log file: E000001A.log`, `Missing log files: E00{0001a - 0001f}.log` (ESE98 prints
 * lower-case 5-digit hex; modern 5 or 8 digits upper-case), and the adjacency error
 * `ERROR: Missing log file(s). Log file is generation 33 (0x21), but expected generation is 27 (0x1B).`
 */
import { fileNameOf } from '../domain/log-names.js';
import type { MissingRange } from './types.js';

const BRACED = /\{[ \t]*([0-9A-Fa-f]+)[ \t]*-[ \t]*([0-9A-Fa-f]+)[ \t]*\}/;
/** `<3-char base><5 or 8 hex digits>.<ext>` */
const SINGLE = /^[A-Za-z0-9]{3}([0-9A-Fa-f]{8}|[0-9A-Fa-f]{5})\.\w+$/;
const ADJACENCY = /generation[ \t]+(\d+)[^,]*,[ \t]*but expected generation is[ \t]+(\d+)/i;

/** The value after `Missing log file(s):`. */
export function parseMissingLogFiles(value: string, line: number, text: string): MissingRange | undefined {
  const v = value.replace(/^[ \t]*:?[ \t]*/, '').trim();
  const braced = BRACED.exec(v);
  if (braced !== null) {
    return { first: parseInt(braced[1]!, 16), last: parseInt(braced[2]!, 16), line, text };
  }
  const single = SINGLE.exec(fileNameOf(v));
  if (single !== null) {
    const generation = parseInt(single[1]!, 16);
    return { first: generation, last: generation, line, text };
  }
  return undefined;
}

/** The generations between the expected one and the one found, from the adjacency error text. */
export function missingFromAdjacencyError(errorText: string, line: number): MissingRange | undefined {
  if (!/Missing log file/i.test(errorText)) return undefined;
  const m = ADJACENCY.exec(errorText);
  if (m === null) return undefined;
  const found = Number(m[1]);
  const expected = Number(m[2]);
  if (!(found > expected)) return undefined;
  return { first: expected, last: found - 1, line, text: errorText };
}
