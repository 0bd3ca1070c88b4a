/**
 * Dates as eseutil prints them (ese-format.md §0.5): always month/day/year, whatever the locale.
 * ESE97 `8/6/1999 20:46:33` (unpadded; unset `0/0/1900 0:0:0`), ESE98 `12/03/2010 21:20:08`
 * (unset `00/00/1900 00:00:00`), modern `03/16/2021 15:28:34.123 UTC` (milliseconds, UTC/LOC).
 */
import type { EseDate } from './types.js';

const DATE_AT = /(\d{1,2})\/(\d{1,2})\/(\d{1,4})[ \t]+(\d{1,2}):(\d{1,2}):(\d{1,2})(?:\.(\d{1,3}))?(?:[ \t]+(UTC|LOC)\b)?/y;

/** A date's parts as numbers, for comparing dates printed with and without padding. */
export interface DateParts {
  readonly month: number;
  readonly day: number;
  readonly year: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  readonly millisecond?: number;
  readonly zone?: 'UTC' | 'LOC';
}

export interface DateRead {
  readonly parts: DateParts;
  readonly text: string;
  /** Index after the date in the scanned string. */
  readonly end: number;
}

/** Reads a date starting exactly at `start` (no blanks skipped). */
export function readDateAt(source: string, start: number): DateRead | undefined {
  DATE_AT.lastIndex = start;
  const m = DATE_AT.exec(source);
  if (m === null) return undefined;
  // Built by assignment, not by spreading: several dates per dump (SPEC §9).
  const parts: Draft<DateParts> = {
    month: Number(m[1]),
    day: Number(m[2]),
    year: Number(m[3]),
    hour: Number(m[4]),
    minute: Number(m[5]),
    second: Number(m[6]),
  };
  if (m[7] !== undefined) parts.millisecond = Number(m[7]);
  if (m[8] !== undefined) parts.zone = m[8] as 'UTC' | 'LOC';
  return { parts, text: m[0], end: start + m[0].length };
}

type Draft<T> = { -readonly [K in keyof T]: T[K] };

/** `n` with leading zeros to `width` digits (n ≥ 0); the common two digits without padStart. */
function pad(n: number, width: number): string {
  if (width === 2 && n < 100) return n < 10 ? '0' + n : String(n);
  return String(n).padStart(width, '0');
}

/** ISO 8601 form of a set, valid date; undefined for the unset `0/0/1900` and impossible dates. */
export function isoOf(p: DateParts): string | undefined {
  if (p.month < 1 || p.month > 12 || p.day < 1 || p.day > 31 || p.year < 1900) return undefined;
  if (p.hour > 23 || p.minute > 59 || p.second > 60) return undefined;
  const ms = p.millisecond === undefined ? '' : '.' + pad(p.millisecond, 3);
  const zone = p.zone === 'UTC' ? 'Z' : '';
  return `${pad(p.year, 4)}-${pad(p.month, 2)}-${pad(p.day, 2)}T${pad(p.hour, 2)}:${pad(p.minute, 2)}:${pad(p.second, 2)}${ms}${zone}`;
}

/** Parses a date at the start of `value` (leading blanks and a `:` allowed); the rest is ignored. */
export function parseEseDate(value: string): EseDate | undefined {
  let i = 0;
  while (i < value.length && (value[i] === ' ' || value[i] === '\t' || value[i] === ':')) i++;
  const read = readDateAt(value, i);
  if (read === undefined) return undefined;
  return eseDateOf(read);
}

export function eseDateOf(read: DateRead): EseDate {
  const iso = isoOf(read.parts);
  return iso === undefined ? { text: read.text } : { text: read.text, iso };
}
