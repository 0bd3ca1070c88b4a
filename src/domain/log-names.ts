/**
 * Log file names ↔ generations (ese-format.md §7; KB Q296787 "Backing Up…" step 5:
 * "log files are numbered hexadecimally … Edbxxxxx.log, where xxxxx is five hexadecimal digits").
 *
 * name = 3-character base name + generation in hex, zero-padded to 5 digits (Exchange ≤ 2003,
 * Windows before generation 0xFFFFF) or 8 digits (Exchange 2007+), + `.log` (or `.jtx`).
 * The current log has no number (`Edb.log`, `E00.log`); its generation is only in its header.
 */

export type LogFileKind = 'numbered' | 'current' | 'reserve' | 'temp';

export interface LogFileName {
  /** File name without directory, as given. */
  readonly name: string;
  /** Three-character base name as written (`Edb`, `E00`); absent for `Res1.log`/`Res2.log`. */
  readonly baseName?: string;
  readonly kind: LogFileKind;
  /** Generation encoded in a numbered log's name. */
  readonly generation?: number;
  /** Hex digit count of a numbered log's name (5 or 8). */
  readonly digits?: number;
  readonly extension: string;
}

/** Strips a Windows or POSIX directory from a path. */
export function fileNameOf(path: string): string {
  const cut = Math.max(path.lastIndexOf('\\'), path.lastIndexOf('/'));
  return cut >= 0 ? path.slice(cut + 1) : path;
}

const RESERVE_LEGACY = /^res[12]\.log$/i;
const RESERVE_MODERN = /^([a-z0-9]{3})res[0-9a-f]{5}\.jrs$/i;
const TEMP = /^([a-z0-9]{3})tmp\.(log|jtx)$/i;
const CURRENT = /^([a-z0-9]{3})\.(log|jtx)$/i;
const NUMBERED = /^([a-z0-9]{3})([0-9a-f]{8}|[0-9a-f]{5})\.(log|jtx)$/i;

/** Recognizes a log-family file name (numbered, current, reserve, temp); undefined otherwise. */
export function parseLogFileName(path: string): LogFileName | undefined {
  const name = fileNameOf(path.trim());
  let m: RegExpExecArray | null;
  if (RESERVE_LEGACY.test(name)) return { name, kind: 'reserve', extension: 'log' };
  if ((m = RESERVE_MODERN.exec(name))) return { name, baseName: m[1]!, kind: 'reserve', extension: 'jrs' };
  if ((m = TEMP.exec(name))) return { name, baseName: m[1]!, kind: 'temp', extension: m[2]! };
  if ((m = CURRENT.exec(name))) return { name, baseName: m[1]!, kind: 'current', extension: m[2]! };
  if ((m = NUMBERED.exec(name))) {
    const hex = m[2]!;
    return {
      name,
      baseName: m[1]!,
      kind: 'numbered',
      generation: parseInt(hex, 16),
      digits: hex.length,
      extension: m[3]!,
    };
  }
  return undefined;
}

export interface LogNameStyle {
  /** Hex digits in the name: 5 (Exchange ≤ 2003, Windows) or 8 (Exchange 2007+). */
  readonly digits: 5 | 8;
  /** The KB writes 5.5 names in lower case (`Edb012cf.log`); later eras print upper case. */
  readonly hexCase: 'lower' | 'upper';
  readonly extension?: string;
}

/** Upper-case hex of a generation without prefix: 4815 → `12CF`. */
export function generationHex(generation: number): string {
  return generation.toString(16).toUpperCase();
}

/** `Edb` + 4815 + {5, lower} → `Edb012cf.log`; `E00` + 4815 + {8, upper} → `E00000012CF.log`. */
export function formatLogFileName(baseName: string, generation: number, style: LogNameStyle): string {
  let hex = generation.toString(16).padStart(style.digits, '0');
  hex = style.hexCase === 'lower' ? hex.toLowerCase() : hex.toUpperCase();
  return `${baseName}${hex}.${style.extension ?? 'log'}`;
}

/** The current log's name for a base name: `Edb` → `Edb.log`, `E00` → `E00.log`. */
export function currentLogFileName(baseName: string, extension = 'log'): string {
  return `${baseName}.${extension}`;
}

/** The three era spellings of one generation (SPEC §8 `esereport logname`). */
export function eraLogFileNames(generation: number): {
  readonly exchange55: string;
  readonly exchange2000: string;
  readonly exchange2007: string;
} {
  return {
    exchange55: formatLogFileName('Edb', generation, { digits: 5, hexCase: 'lower' }),
    exchange2000: formatLogFileName('E00', generation, { digits: 5, hexCase: 'upper' }),
    exchange2007: formatLogFileName('E00', generation, { digits: 8, hexCase: 'upper' }),
  };
}

/** Largest generation a 5-digit name can hold (then -519 JET_errLogSequenceEnd). */
export const MAX_FIVE_DIGIT_GENERATION = 0xfffff;
