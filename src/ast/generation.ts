/**
 * Generation numbers (ese-format.md §0.7): `lGeneration (4815)` (ESE97, decimal only),
 * `lGeneration: 46 (0x2E)`; ranges `Log Required: 143-145 (0x8f-0x91)` (2007+), `44-46`
 * (2003 TechNet text), `Log Committed: 0-147 (0x0-0x93)`. The decimal part is read; the hex
 * part only confirms it.
 */
import type { GenerationRange } from './types.js';

const GENERATION = /^[ \t]*:?[ \t]*\(?[ \t]*(\d+)/;
const RANGE = /^[ \t]*:?[ \t]*(\d+)[ \t]*-[ \t]*(\d+)/;

export function parseGeneration(value: string): number | undefined {
  const m = GENERATION.exec(value);
  return m === null ? undefined : Number(m[1]);
}

export function parseGenerationRange(value: string): GenerationRange | undefined {
  const m = RANGE.exec(value);
  return m === null ? undefined : { low: Number(m[1]), high: Number(m[2]) };
}

/** A plain decimal number at the start of a value (`cbDbPage: 4096`, `Repair Count: 1`). */
export function parseLeadingNumber(value: string): number | undefined {
  const m = /^[ \t]*:?[ \t]*(-?\d+)/.exec(value);
  return m === null ? undefined : Number(m[1]);
}
