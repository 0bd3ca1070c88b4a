/**
 * Log positions (LGPOS, ese-format.md §0.4): (generation, sector, offset).
 * ESE97 prints decimal `(4815,7337,362)`; ESE98 on prints `(0x12CF,1CA9,16A)` — generation with
 * `0x`, sector and offset hex without prefix — and `Last Lgpos` uses a lower-case generation
 * `(0x12cf,1CA9,16A)`. Both triples above are generation 4815 (KB Q296787 step 2).
 * A date may follow on the same line (`Last Consistent: (…)  8/6/1999 20:46:33`); anything else
 * after the triple (an author's comment) is ignored here and kept in the field value.
 */
import { eseDateOf, readDateAt } from './ese-date.js';
import type { LogPosition } from './types.js';

const TRIPLE_AT = /\([ \t]*(0[xX])?([0-9A-Fa-f]+)[ \t]*,[ \t]*([0-9A-Fa-f]+)[ \t]*,[ \t]*([0-9A-Fa-f]+)[ \t]*\)/y;
const DECIMAL = /^\d+$/;

export interface PositionRead {
  readonly position: LogPosition;
  /** Index after the triple (and its date, when there is one). */
  readonly end: number;
}

/** Reads a triple starting at `start` (blanks and one `:` skipped first). */
export function readLogPositionAt(source: string, start: number): PositionRead | undefined {
  let i = start;
  while (i < source.length && (source[i] === ' ' || source[i] === '\t' || source[i] === ':')) i++;
  TRIPLE_AT.lastIndex = i;
  const m = TRIPLE_AT.exec(source);
  if (m === null) return undefined;
  const text = m[0];
  const g = m[2]!;
  const s = m[3]!;
  const o = m[4]!;
  // Without `0x` the triple is ESE97 decimal — unless a digit is a hex letter.
  const radix: 10 | 16 = m[1] === undefined && DECIMAL.test(g) && DECIMAL.test(s) && DECIMAL.test(o) ? 10 : 16;
  let end = i + text.length;
  let j = end;
  while (j < source.length && (source[j] === ' ' || source[j] === '\t')) j++;
  const date = j > end || j === source.length ? readDateAt(source, j) : undefined;
  // Built by assignment, not by spreading: several positions per dump (SPEC §9).
  const position: { -readonly [K in keyof LogPosition]: LogPosition[K] } = {
    generation: parseInt(g, radix),
    sector: parseInt(s, radix),
    offset: parseInt(o, radix),
    radix,
    text,
  };
  if (date !== undefined) {
    position.date = eseDateOf(date);
    end = date.end;
  }
  return { position, end };
}

/** The log position at the start of a field value, or undefined. */
export function parseLogPosition(value: string): LogPosition | undefined {
  return readLogPositionAt(value, 0)?.position;
}
