/**
 * A cmd.exe `dir` listing of a database or log folder (issue 16): which files exist and their
 * sizes. Not eseutil output: the layout is cmd.exe's (samples/2003-dir-listings/README.md), en-US
 * and the like — ` Directory of L:\Exchsrvr\logs`, one line per entry (date, time, `<DIR>` or the
 * size with thousands separators, the name), then `N File(s) … bytes` and `N Dir(s) … bytes free`.
 * The lines are the catalogue's `DirVolume`, `DirDirectoryOf`, `DirEntry` and `DirSummary`
 * (grammar/catalogue.ts); this reads their values.
 */
import type { LineRecord } from './line-records.js';

export interface DirEntry {
  readonly name: string;
  /** Bytes; absent for `<DIR>` (and `<JUNCTION>`, `<SYMLINKD>`). */
  readonly size?: number;
  readonly line: number;
}

export interface DirListing {
  /** The `dir` command line, or the `Directory of` line when the command is not captured. */
  readonly startLine: number;
  /** The `Dir(s) … bytes free` line, or the last line of the listing. */
  readonly endLine: number;
  readonly directory?: string;
  readonly entries: readonly DirEntry[];
  readonly fileCount?: number;
  readonly totalBytes?: number;
  readonly dirCount?: number;
  readonly freeBytes?: number;
}

/** After date and time: `<DIR>` or a size, blanks, the name (which may hold blanks). */
const ENTRY_TAIL = /[ \t]+(?:<([A-Z]+)>|(\d[\d,.\u00a0\u202f]*))[ \t]+(\S.*?)[ \t]*$/;
/** `11 File(s)     52,428,800 bytes`, `2 Dir(s)  61,203,144,704 bytes free`. */
const SUMMARY = /^[ \t]*(\d[\d,.\u00a0\u202f]*)[ \t]+(File|Dir)\(s\)[ \t]+(\d[\d,.\u00a0\u202f]*)[ \t]+bytes/;
/** Thousands separators of any regional setting (`,` `.` no-break spaces). */
const SEPARATORS = /[,.\u00a0\u202f]/g;
/** The end of a line token's date and time: `10/26/2004  08:57 AM`, `26.10.2004  08:57`. */
const DATE_TIME = /^[ \t]*\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}[ \t]+\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]*[AaPp]\.?[Mm]\.?)?/;

/** `155,197,440` → 155197440 (`5.242.880` in a German listing). */
export function parseDirSize(text: string): number {
  return Number(text.replace(SEPARATORS, ''));
}

/** A `DirEntry` line → its name and size (none for `<DIR>`), or undefined when it does not read. */
export function parseDirEntryLine(text: string): { readonly name: string; readonly size?: number } | undefined {
  const dateTime = DATE_TIME.exec(text);
  if (dateTime === null) return undefined;
  const m = ENTRY_TAIL.exec(text.slice(dateTime[0].length));
  if (m === null) return undefined;
  if (m[1] !== undefined) return { name: m[3]! };
  return { name: m[3]!, size: parseDirSize(m[2]!) };
}

/** A `DirSummary` line → which count it is, the count and the bytes. */
export function parseDirSummaryLine(text: string): { readonly of: 'File' | 'Dir'; readonly count: number; readonly bytes: number } | undefined {
  const m = SUMMARY.exec(text);
  if (m === null) return undefined;
  return { of: m[2] as 'File' | 'Dir', count: parseDirSize(m[1]!), bytes: parseDirSize(m[3]!) };
}

type Draft = { -readonly [K in keyof DirListing]: DirListing[K] } & { entries: DirEntry[] };

/**
 * The listings of one segment, from its line records: a `Directory of` line (or the first entry)
 * opens one, its `Dir(s)` line closes it. `promptLine` is the line of the `dir` command, if any;
 * `lines` the segment's lines and `lineNo` turns a line index into a capture line number.
 */
export function readDirListings(
  records: readonly LineRecord[],
  lines: readonly string[],
  lineNo: (index: number) => number,
  promptLine?: number,
): DirListing[] {
  const out: DirListing[] = [];
  let open: Draft | undefined;
  const close = () => {
    if (open !== undefined) out.push(open);
    open = undefined;
  };
  for (const r of records) {
    if (r.rule !== 'dirListingLine') continue;
    const line = lineNo(r.lineIndex);
    const text = lines[r.lineIndex]!;
    if (r.token === 'DirVolume') {
      if (open !== undefined && open.entries.length > 0) close();
      open ??= { startLine: out.length === 0 && promptLine !== undefined ? promptLine : line, endLine: line, entries: [] };
    } else if (r.token === 'DirDirectoryOf') {
      if (open !== undefined && (open.directory !== undefined || open.entries.length > 0)) close();
      open ??= { startLine: out.length === 0 && promptLine !== undefined ? promptLine : line, endLine: line, entries: [] };
      open.directory = r.value;
    } else if (r.token === 'DirEntry') {
      const entry = parseDirEntryLine(text);
      if (entry === undefined) continue;
      open ??= { startLine: line, endLine: line, entries: [] };
      open.entries.push(entry.size === undefined ? { name: entry.name, line } : { name: entry.name, size: entry.size, line });
    } else if (r.token === 'DirSummary') {
      const summary = parseDirSummaryLine(text);
      if (summary === undefined || open === undefined) continue;
      if (summary.of === 'File') {
        open.fileCount = summary.count;
        open.totalBytes = summary.bytes;
      } else {
        open.dirCount = summary.count;
        open.freeBytes = summary.bytes;
        open.endLine = line;
        close();
        continue;
      }
    }
    if (open !== undefined) open.endLine = line;
  }
  close();
  return out;
}
