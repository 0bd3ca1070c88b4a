/**
 * The output of the KB batch files (issue 16) as a `batchCheck` dump:
 *
 * - Q296787 step 8 `chksig.bat`: for each `EDB*.LOG`, the lines of `ESEUTIL /ML %1 | FIND
 *   "%LOGSIG%"` (the anchor's first `Signature:` line, so every printed line holds the anchor's log
 *   signature; the log is not named) or `SIGNATURE MATCHING FAILED FOR %1!`; at the end `TYPE "C:\
 *   SIGNATURE CHECK.ERR"` prints the failures again, without the `!`.
 * - Q237767 `sigchk.bat`: the anchor's `find "Sig"` lines (its own signature, then each attached
 *   database's by position), two `echo --------------------` lines, then `fc %1.check X.CHECK` for
 *   every `*.CHECK` file: `Comparing files A and B`, then `FC: no differences encountered` or the
 *   lines that differ under `***** A` and `***** B`, closed by `*****`.
 * - Q237767 `pathchk.bat`: the anchor's `find "exchsrvr"` lines (`Env SystemPath:`, `1 T:\…\PRIV.EDB`),
 *   then the same `fc` output over `find "%2"` files (the `dbid path` lines).
 *
 * fc prints, for each difference, the differing lines of each file and the first line that matches
 * again (Windows `fc`). Before its first difference every line matched, so the first block starts at
 * the same line of both files; that line is found among the anchor's own lines above the dashes.
 * A position that cannot be found is left unknown: a `Signature:` line is then no one's.
 */
import type { LineRecord } from './line-records.js';
import { BATCH_COMMAND } from './dump-kind.js';
import { parseSignature } from './signature.js';
import type {
  AttachedDatabase,
  BatchCheckDump,
  BatchFailure,
  BatchFile,
  BatchSignatureLine,
  CheckLines,
  DumpBase,
  FcComparison,
  PromptRef,
  Signature,
} from './types.js';

type Unreadable = (r: LineRecord) => void;
type Draft<T> = { -readonly [K in keyof T]: T[K] };

/** One line `find` kept of a log, as the batch output printed it. */
type CheckItem =
  | { readonly kind: 'signature'; readonly line: number; readonly text: string; readonly signature: Signature }
  | { readonly kind: 'path'; readonly line: number; readonly text: string; readonly dbid: number; readonly path: string }
  | { readonly kind: 'env'; readonly line: number; readonly text: string; readonly label: string; readonly value: string };

interface OpenComparison {
  readonly line: number;
  readonly files: readonly [string, string];
  same?: boolean;
  resultLine?: number;
  message?: string;
  /** Marks seen: 1 `***** A`, 2 `***** B`, 3 the closing `*****` of the first pair; 4, 5, 6 the next pair's… */
  marks: number;
  readonly anchorItems: CheckItem[];
  readonly logItems: CheckItem[];
}

const COMPARING = /^(.+?)[ \t]+and[ \t]+(.+)$/;
const CHECK_SUFFIX = /\.check$/i;
const FAILED_FILE = /^(\S+?)!?$/;

/** The batch file a command runs (`chksig edb012cf.log` → chksig) and its first argument, the anchor. */
function batchCommand(prompt: PromptRef | undefined): { batch: BatchFile; anchor?: string } | undefined {
  if (prompt === undefined) return undefined;
  const m = BATCH_COMMAND.exec(prompt.command);
  if (m === null) return undefined;
  const anchor = prompt.command.slice(m[0].length).trim().split(/[ \t]+/)[0]?.replace(/^"|"$/g, '');
  return { batch: m[1]!.toLowerCase() as BatchFile, ...(anchor ? { anchor } : {}) };
}

/** A record as one of the lines `find` keeps; undefined for any other line. */
function checkItem(r: LineRecord, line: number): CheckItem | undefined {
  if (r.token === 'Signature') {
    const signature = parseSignature(r.value);
    return signature === undefined ? undefined : { kind: 'signature', line, text: `Signature: ${r.value}`, signature };
  }
  if (r.rule === 'attachedDatabase') return { kind: 'path', line, text: `${r.label} ${r.value}`, dbid: Number(r.label), path: r.value };
  if (r.rule === 'envBlock' && (r.label === 'Env SystemPath' || r.label === 'Env LogFilePath')) {
    return { kind: 'env', line, text: `${r.label}:${r.value}`, label: r.label, value: r.value };
  }
  return undefined;
}

/**
 * The lines of one log's `.CHECK` file (or fc's block of them) as facts. `start`: the position of
 * the first item in its file, when known; a `Signature:` line is read by its position only.
 */
function checkLines(items: readonly CheckItem[], start: number | undefined): CheckLines | undefined {
  if (items.length === 0) return undefined;
  let signature: Signature | undefined;
  let envSystemPath: string | undefined;
  let envLogFilePath: string | undefined;
  const attached: AttachedDatabase[] = [];
  items.forEach((item, j) => {
    if (item.kind === 'path') attached.push({ dbid: item.dbid, path: item.path, line: item.line });
    else if (item.kind === 'env') {
      if (item.label === 'Env SystemPath') envSystemPath ??= item.value;
      else envLogFilePath ??= item.value;
    } else if (start !== undefined) {
      const position = start + j;
      if (position === 0) signature = item.signature;
      else attached.push({ dbid: position, signature: item.signature, line: item.line });
    }
  });
  // Keys in the order of the type (the parse JSON reads top-down).
  const out: Draft<CheckLines> = { startLine: items[0]!.line, endLine: items[items.length - 1]!.line } as Draft<CheckLines>;
  if (signature !== undefined) out.signature = signature;
  out.attachedDatabases = attached;
  if (envSystemPath !== undefined) out.envSystemPath = envSystemPath;
  if (envLogFilePath !== undefined) out.envLogFilePath = envLogFilePath;
  return out;
}

/**
 * Where fc's first block starts in both files: the anchor block's lines found, in order, among the
 * anchor's own lines (sigchk prints them above the dashes: `eseutil /ml %1 | find "Sig"`, the
 * `.check` file's very lines). Undefined when they are not there, or not at one place only.
 */
function blockStart(anchorTop: readonly CheckItem[], anchorBlock: readonly CheckItem[]): number | undefined {
  if (anchorBlock.length === 0 || anchorTop.length === 0) return undefined;
  let found: number | undefined;
  for (let k = 0; k + anchorBlock.length <= anchorTop.length; k++) {
    if (!anchorBlock.every((item, j) => item.text === anchorTop[k + j]!.text)) continue;
    if (found !== undefined) return undefined;
    found = k;
  }
  return found;
}

/** The batch output of a segment (its kind decided by dump-kind.ts). */
export function batchCheck(
  base: DumpBase,
  records: readonly LineRecord[],
  unreadable: Unreadable,
  lineNo: (index: number) => number,
): BatchCheckDump {
  const command = batchCommand(base.prompt);
  const top: CheckItem[] = [];
  const failed: BatchFailure[] = [];
  const comparisons: OpenComparison[] = [];
  let open: OpenComparison | undefined;
  for (const r of records) {
    if (r.rule === 'promptLine') continue;
    const line = lineNo(r.lineIndex);
    switch (r.token) {
      case 'SignatureMatchingFailed': {
        const m = FAILED_FILE.exec(r.value);
        if (m === null) unreadable(r);
        else failed.push({ file: m[1]!, line, text: `${r.label} ${r.value}` });
        continue;
      }
      case 'BatchSeparator':
        continue;
      case 'FcComparing': {
        const m = COMPARING.exec(r.value);
        if (m === null) {
          unreadable(r);
          open = undefined;
          continue;
        }
        open = { line, files: [m[1]!.trim(), m[2]!.trim()], marks: 0, anchorItems: [], logItems: [] };
        comparisons.push(open);
        continue;
      }
      case 'FcNoDifferences':
      case 'FcMessage':
      case 'FcBlockMark':
        if (open === undefined || !readFcLine(open, r, line)) unreadable(r);
        continue;
    }
    const item = checkItem(r, line);
    if (item === undefined) {
      unreadable(r);
      continue;
    }
    if (open === undefined) top.push(item);
    else if (open.marks === 1) open.anchorItems.push(item);
    else if (open.marks === 2) open.logItems.push(item);
    // Between fc's blocks, or after `FC: no differences encountered`: no file's line.
    else if (open.marks % 3 === 0 || open.same === true) unreadable(r);
    // Lines of fc's later blocks are fc's, but their place in the files is not known: not read.
  }

  const batch = command?.batch ?? batchOfLines(top, failed, comparisons);
  const anchor = command?.anchor ?? (comparisons[0] !== undefined ? comparisons[0].files[0].replace(CHECK_SUFFIX, '') : undefined);
  const dump = base as Draft<DumpBase> & Draft<Partial<BatchCheckDump>>;
  dump.fragment = false;
  if (batch !== undefined) dump.batch = batch;
  if (anchor !== undefined) dump.anchor = anchor;
  const matched: BatchSignatureLine[] = [];
  if (batch === 'chksig') {
    for (const item of top) if (item.kind === 'signature') matched.push({ line: item.line, signature: item.signature });
    const first = matched[0]?.signature;
    if (first !== undefined && matched.every((m) => m.signature.text === first.text)) dump.signature = first;
  } else {
    const anchorLines = checkLines(top, 0);
    if (anchorLines !== undefined) dump.anchorLines = anchorLines;
  }
  dump.matched = matched;
  dump.failed = failed;
  dump.comparisons = comparisons.map((c) => comparisonOf(c, batch === 'sigchk' ? top : []));
  return dump as BatchCheckDump;
}

/** `FC: no differences encountered`, another `FC:` message, or a `*****` mark, into the open comparison. */
function readFcLine(open: OpenComparison, r: LineRecord, line: number): boolean {
  if (r.token === 'FcNoDifferences') {
    if (open.same !== undefined || open.marks > 0) return false;
    open.same = true;
    open.resultLine = line;
    return true;
  }
  if (r.token === 'FcMessage') {
    open.message ??= `FC: ${r.value}`.trim();
    open.resultLine ??= line;
    return true;
  }
  // `***** A`, `***** B`, `*****`; later pairs of the same comparison only count.
  if (open.same === true) return false;
  if (open.marks === 0) {
    open.same = false;
    open.resultLine ??= line;
  }
  open.marks++;
  return true;
}

function comparisonOf(c: OpenComparison, anchorTop: readonly CheckItem[]): FcComparison {
  const start = blockStart(anchorTop, c.anchorItems);
  const out: Draft<FcComparison> = { line: c.line, files: c.files, log: c.files[1].replace(CHECK_SUFFIX, '') };
  if (c.same !== undefined) out.same = c.same;
  if (c.resultLine !== undefined) out.resultLine = c.resultLine;
  if (c.message !== undefined) out.message = c.message;
  if (start !== undefined) out.blockStart = start;
  const anchorLines = checkLines(c.anchorItems, start);
  if (anchorLines !== undefined) out.anchorLines = anchorLines;
  const logLines = checkLines(c.logItems, start);
  if (logLines !== undefined) out.logLines = logLines;
  return out;
}

/** Without the command line: chksig's failures, else what the compared lines are (signatures: sigchk; paths: pathchk). */
function batchOfLines(top: readonly CheckItem[], failed: readonly BatchFailure[], comparisons: readonly OpenComparison[]): BatchFile | undefined {
  if (failed.length > 0 && comparisons.length === 0) return 'chksig';
  const items = [...top, ...comparisons.flatMap((c) => [...c.anchorItems, ...c.logItems])];
  if (items.some((i) => i.kind === 'signature')) return 'sigchk';
  if (items.some((i) => i.kind === 'path' || i.kind === 'env')) return 'pathchk';
  return undefined;
}
