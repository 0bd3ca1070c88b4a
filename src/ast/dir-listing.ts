/**
 * A cmd.exe `dir` listing of a database or log folder (issue 16): which files exist and their
 * sizes. Not eseutil output: the layout is cmd.exe's (samples/2003-dir-listings/README.md), en-US
 * and the like — ` Directory of L:\Exchsrvr\logs`, one line per entry (date, time, `<DIR>` or the
 * size with thousands separators, the name), then `N File(s) … bytes` and `N Dir(s) … bytes free`.
 * The lines are the catalogue's `DirVolume`, `DirDirectoryOf`, `DirEntry` and `DirSummary`
 * (grammar/catalogue.ts); this reads their values.
 */
import type { DirListing, DirListingEntry, DirListingTotal } from './types.js';
import type { LineRecord } from './line-records.js';

export type { DirListing, DirListingEntry };

/** After date and time: `<DIR>` or a size, blanks, the name (which may hold blanks). */
const ENTRY_TAIL = /[ \t]+(?:<([A-Z]+)>|(\d[\d,.\u00a0\u202f]*))[ \t]+(\S.*?)[ \t]*$/;
/** `11 File(s)     52,428,800 bytes`, `2 Dir(s)  61,203,144,704 bytes free`. */
const SUMMARY = /^[ \t]*(\d[\d,.\u00a0\u202f]*)[ \t]+(File|Dir)\(s\)[ \t]+(\d[\d,.\u00a0\u202f]*)[ \t]+bytes/;
/** Thousands separators of any regional setting (`,` `.` no-break spaces). */
const SEPARATORS = /[,.\u00a0\u202f]/g;
/** The date and time an entry line starts with: `10/26/2004  08:57 AM`, `26.10.2004  08:57`. */
const DATE_TIME = /^[ \t]*(\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}[ \t]+\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]*[AaPp]\.?[Mm]\.?)?)/;

/** `155,197,440` → 155197440 (`5.242.880` in a German listing). */
export function parseDirSize(text: string): number {
  return Number(text.replace(SEPARATORS, ''));
}

/** A `DirEntry` line → its name, size (none for `<DIR>`), tag and date as printed; undefined when it does not read. */
export function parseDirEntryLine(text: string): Omit<DirListingEntry, 'line'> | undefined {
  const dateTime = DATE_TIME.exec(text);
  if (dateTime === null) return undefined;
  const m = ENTRY_TAIL.exec(text.slice(dateTime[0].length));
  if (m === null) return undefined;
  if (m[1] !== undefined) return { name: m[3]!, tag: m[1], dateTime: dateTime[1]! };
  return { name: m[3]!, size: parseDirSize(m[2]!), dateTime: dateTime[1]! };
}

/** A `DirSummary` line → which count it is, the count and the bytes. */
export function parseDirSummaryLine(text: string): { readonly of: 'File' | 'Dir'; readonly count: number; readonly bytes: number } | undefined {
  const m = SUMMARY.exec(text);
  if (m === null) return undefined;
  return { of: m[2] as 'File' | 'Dir', count: parseDirSize(m[1]!), bytes: parseDirSize(m[3]!) };
}

/** The listing's properties in the order of the AST contract (src/ast/types.ts DirListing), absent ones left out. */
function inContractOrder(draft: Draft): DirListing {
  const listing = { startLine: draft.startLine, endLine: draft.endLine } as Draft;
  if (draft.directory !== undefined) listing.directory = draft.directory;
  if (draft.directoryLine !== undefined) listing.directoryLine = draft.directoryLine;
  listing.entries = draft.entries;
  if (draft.files !== undefined) listing.files = draft.files;
  if (draft.dirs !== undefined) listing.dirs = draft.dirs;
  return listing;
}

type Draft = { -readonly [K in keyof DirListing]: DirListing[K] } & { entries: DirListingEntry[] };

export interface SegmentDirListings {
  readonly listings: DirListing[];
  /** Listing lines whose values do not read (an entry without a name, totals before any listing): unrecognized. */
  readonly unreadable: LineRecord[];
}

/**
 * The listings of one segment, from its line records: a ` Volume in drive` or ` Directory of`
 * line (or the first entry) opens one, its `Dir(s)` line closes it. `promptLine` is the line of
 * the `dir` command, if any; `lines` the segment's lines and `lineNo` turns a line index into a
 * capture line number.
 */
export function readDirListings(
  records: readonly LineRecord[],
  lines: readonly string[],
  lineNo: (index: number) => number,
  promptLine?: number,
): SegmentDirListings {
  const listings: DirListing[] = [];
  const unreadable: LineRecord[] = [];
  let open: Draft | undefined;
  const close = () => {
    if (open !== undefined) listings.push(inContractOrder(open));
    open = undefined;
  };
  const opened = (line: number): Draft => ({ startLine: listings.length === 0 && promptLine !== undefined && promptLine < line ? promptLine : line, endLine: line, entries: [] });
  for (const r of records) {
    if (r.rule !== 'dirListingLine') continue;
    const line = lineNo(r.lineIndex);
    const text = lines[r.lineIndex]!;
    if (r.token === 'DirVolume') {
      if (open !== undefined && (open.directory !== undefined || open.entries.length > 0)) close();
      open ??= opened(line);
    } else if (r.token === 'DirDirectoryOf') {
      if (open !== undefined && (open.directory !== undefined || open.entries.length > 0)) close();
      open ??= opened(line);
      open.directory = r.value;
      open.directoryLine = line;
    } else if (r.token === 'DirEntry') {
      const entry = parseDirEntryLine(text);
      if (entry === undefined) {
        unreadable.push(r);
        continue;
      }
      open ??= opened(line);
      open.entries.push({ ...entry, line });
    } else if (r.token === 'DirSummary') {
      const summary = parseDirSummaryLine(text);
      if (summary === undefined || open === undefined) {
        unreadable.push(r);
        continue;
      }
      const total: DirListingTotal = { count: summary.count, bytes: summary.bytes, line };
      open.endLine = line;
      if (summary.of === 'File') open.files = total;
      else {
        open.dirs = total;
        close();
      }
      continue;
    }
    if (open !== undefined) open.endLine = line;
  }
  close();
  return { listings, unreadable };
}
