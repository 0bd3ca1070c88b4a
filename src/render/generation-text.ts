/**
 * Generations as an administrator reads them: decimal (as eseutil 5.5 prints in
 * `Last Consistent: (4815,…)`), hex (as the file names and later eras print) and the file name
 * (KB Q296787 "Decimal 4815 is equivalent to hexadecimal 12CF … the first log file you need is
 * the Edb012cf.log file").
 */
import { formatLogFileName, generationHex } from '../domain/log-names.js';
import type { StreamReport } from '../verdict/types.js';

/** `4815 (0x12CF)`. */
export function generationText(generation: number): string {
  return `${generation} (0x${generationHex(generation)})`;
}

/** `4816–4828 (0x12D0–0x12DC)`; a single generation reads as {@link generationText}. */
export function generationRangeText(first: number, last: number): string {
  if (first === last) return generationText(first);
  return `${first}–${last} (0x${generationHex(first)}–0x${generationHex(last)})`;
}

/**
 * A database header's Log Required range. A consistent database prints `Log Required: 0-0
 * (0x0-0x0)` (ese-format §1.3): generation 0 is no log, it needs none; `none (0-0)` says so
 * instead of naming a log `E0000000.log` that cannot exist.
 */
export function logRequiredText(range: { readonly low: number; readonly high: number }): string {
  return needsLogs(range) ? generationRangeText(range.low, range.high) : 'none (0-0)';
}

/** Whether a Log Required range names any log (generations start at 1). */
export function needsLogs(range: { readonly low: number; readonly high: number }): boolean {
  return range.high > 0;
}

/**
 * Names the file of a generation in one stream: the file the stream's evidence lists for it
 * (which may be `Edb.log` for the current log), else the numbered name in the stream's own
 * spelling (digit count and hex case of its numbered logs). Only the listed names that differ
 * from that spelling are kept (the current log, a misnamed copy): a stream of 100,000 logs keeps
 * a handful, not 100,000 (issue 18).
 */
export class StreamFileNames {
  /** Listed names the numbered spelling would not give, by generation (the first listed). */
  private readonly byGeneration = new Map<number, string>();
  private readonly baseName: string | undefined;
  private readonly digits: 5 | 8;
  private readonly hexCase: 'lower' | 'upper';

  constructor(stream: StreamReport | undefined) {
    let hexCase: 'lower' | 'upper' | undefined;
    for (const log of stream?.logs ?? []) {
      // The first numbered name with a hex letter decides: Exchange 5.5 names (and the KB) are
      // lower case (Edb012cf.log), later eras upper case (E00000012CF.log).
      if (log.status !== 'missing') {
        const digits = /^[a-z0-9]{3}([0-9a-f]{5}|[0-9a-f]{8})\./i.exec(log.file)?.[1];
        if (digits !== undefined && /[a-f]/i.test(digits)) {
          hexCase = /[a-f]/.test(digits) ? 'lower' : 'upper';
          break;
        }
      }
    }
    this.baseName = stream?.baseName;
    this.digits = stream?.digits === 8 ? 8 : 5;
    this.hexCase = hexCase ?? 'upper';
    let previous: number | undefined;
    // The logs are in generation order: the first entry of a generation is the one listed.
    for (const log of stream?.logs ?? []) {
      if (log.generation === previous) continue;
      previous = log.generation;
      if ((this.baseName === undefined || log.file !== this.numberedName(log.generation)) && !this.byGeneration.has(log.generation)) {
        this.byGeneration.set(log.generation, log.file);
      }
    }
  }

  private numberedName(generation: number): string {
    return formatLogFileName(this.baseName!, generation, { digits: this.digits, hexCase: this.hexCase });
  }

  fileOf(generation: number): string | undefined {
    const listed = this.byGeneration.get(generation);
    if (listed !== undefined) return listed;
    if (this.baseName === undefined) return undefined;
    return this.numberedName(generation);
  }
}
