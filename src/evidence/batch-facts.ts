/**
 * A KB batch file's output (src/ast/batch-check.ts) → facts about the logs it names, each quoting
 * the line that says it (issue 16). The batch files compare every log with the anchor they were
 * given, so what they say of a log is said relative to the anchor:
 *
 * - chksig.bat `SIGNATURE MATCHING FAILED FOR EDB012D2.LOG!` (Q296787 step 8): the log does not
 *   carry the anchor's log signature — which signature it carries is not printed, so none is given;
 *   the `FIND "%LOGSIG%"` lines are the anchor's log signature (the anchor matches itself).
 * - sigchk.bat (Q237767): the anchor's `find "Sig"` lines are its own signature and its databases'
 *   by position; `FC: no differences encountered` says the log has the very same lines; a block of
 *   differing lines says what the log has instead, read by position only where the anchor's lines
 *   show where fc's block starts; a block they do not place still says the log does not match.
 * - pathchk.bat (Q237767): the anchor's `1 T:\…\PRIV.EDB` and `Env` lines; a block of differing
 *   `dbid path` lines is the paths the log records.
 *
 * A log the batch output names and says nothing else of is still a log of the folder: its name
 * gives its generation (ese-format §0.4).
 */
import type { BatchCheckDump, CheckLines, FcComparison, Signature } from '../ast/types.js';
import { isAbsoluteWindowsPath, withoutTrailingSlash } from '../domain/windows-paths.js';
import { evidenceLine } from './lines.js';
import { UNPRINTED_PATH, type AttachmentFact, type LogFact } from './log-header-facts.js';
import type { EvidenceLine, StreamCheckFault } from './types.js';

/** A log fact of a batch's output; `fault`: the batch says the log does not match the anchor. */
export type BatchLogFact = LogFact & { readonly fault?: StreamCheckFault };

const NO_DIFFERENCES = 'FC: no differences encountered';

/** The facts a batch output gives, the anchor's first, in the order of their lines. */
export function batchCheckFacts(input: string, dump: BatchCheckDump): BatchLogFact[] {
  const facts: BatchLogFact[] = [];
  const directory = dump.prompt?.directory;
  const fact = (file: string, fileAt: EvidenceLine, more: Partial<Omit<BatchLogFact, 'file' | 'fileAt'>> = {}): BatchLogFact => ({
    file,
    fileSource: 'batchCheck',
    input,
    source: 'batchCheck',
    attachments: [],
    fileAt,
    ...(directory !== undefined ? { directory } : {}),
    ...more,
  });
  const comparingLine = (c: FcComparison): EvidenceLine => evidenceLine(input, c.line, `Comparing files ${c.files[0]} and ${c.files[1]}`);
  const anchorAt = dump.prompt
    ? evidenceLine(input, dump.prompt.line, dump.prompt.text)
    : dump.comparisons[0] !== undefined
      ? comparingLine(dump.comparisons[0])
      : undefined;

  // The anchor's own lines: chksig's matched signature, sigchk's / pathchk's lines above the comparisons.
  const anchorSignature = dump.signature ?? dump.anchorLines?.signature;
  const anchorAttachments = dump.anchorLines !== undefined ? attachmentsOf(input, dump.anchorLines) : [];
  if (dump.anchor !== undefined && anchorAt !== undefined) {
    const signatureAt = dump.signature !== undefined
      ? evidenceLine(input, dump.matched[0]!.line, `Signature: ${dump.signature.text}`)
      : dump.anchorLines?.signature !== undefined
        ? evidenceLine(input, dump.anchorLines.startLine, `Signature: ${dump.anchorLines.signature.text}`)
        : undefined;
    const envSystemPath = envPath(dump.anchorLines?.envSystemPath);
    const envLogFilePath = envPath(dump.anchorLines?.envLogFilePath);
    facts.push(fact(dump.anchor, anchorAt, {
      ...(anchorSignature !== undefined && signatureAt !== undefined ? { signature: anchorSignature, signatureAt } : {}),
      attachments: anchorAttachments,
      ...(envSystemPath !== undefined ? { envSystemPath } : {}),
      ...(envLogFilePath !== undefined ? { envLogFilePath } : {}),
    }));
  }

  // chksig: each log named once (the console line, then the same from C:\SIGNATURE CHECK.ERR).
  const named = new Set<string>();
  for (const failure of dump.failed) {
    const key = failure.file.toLowerCase();
    if (named.has(key)) continue;
    named.add(key);
    const at = evidenceLine(input, failure.line, failure.text);
    facts.push(fact(failure.file, at, { fault: { kind: 'log-signature-mismatch', at } }));
  }

  for (const c of dump.comparisons) {
    const fileAt = comparingLine(c);
    if (c.same === true) {
      // The log's `find` lines are the anchor's, line for line.
      const at = evidenceLine(input, c.resultLine ?? c.line, NO_DIFFERENCES);
      facts.push(fact(c.log, fileAt, dump.batch === 'sigchk' ? sameSignatures(anchorSignature, anchorAttachments, at) : {}));
      continue;
    }
    if (c.same === false && c.anchorLines !== undefined) {
      // The anchor's lines fc printed: the anchor's, as those above the comparisons are.
      if (dump.anchor !== undefined && c.anchorLines.attachedDatabases.some((a) => a.path !== undefined)) {
        facts.push(fact(dump.anchor, fileAt, { attachments: attachmentsOf(input, c.anchorLines).filter((a) => a.path !== UNPRINTED_PATH) }));
      }
    }
    const differing = c.same === false ? differingLines(input, c, anchorSignature, anchorAttachments) : {};
    // sigchk's fc says the log's `Sig` lines differ from the anchor's but, with no anchor lines to
    // place its block, not which: its own signature or an attached database's. Q237767 stops replay
    // before such a log in either case (a log signature mismatch: remove it, nothing after replays;
    // a DB signature mismatch: remove the log where it was detected and all later ones), so it is
    // a log that does not match the anchor — which signature it carries is not invented.
    const unplaced = c.same === false && dump.batch === 'sigchk' && c.blockStart === undefined && differing.signature === undefined;
    // The fault quotes fc's first `*****` line, where its report of differing lines starts.
    const fault: Partial<BatchLogFact> = unplaced ? { fault: { kind: 'log-signature-mismatch', at: evidenceLine(input, c.resultLine ?? c.line, `***** ${c.files[0]}`) } } : {};
    facts.push(fact(c.log, fileAt, { ...differing, ...fault }));
  }
  return facts;
}

/** What fc's `***** X.CHECK` block says the log holds instead of the anchor's lines. */
function differingLines(input: string, c: FcComparison, anchorSignature: Signature | undefined, anchorAttachments: readonly AttachmentFact[]): Partial<BatchLogFact> {
  const lines = c.logLines;
  const attachments = lines !== undefined ? attachmentsOf(input, lines) : [];
  const start = c.blockStart;
  if (start === undefined || start === 0) {
    // Read by position only from the file's first line; a path line names its dbid itself.
    const kept = start === 0 ? attachments : attachments.filter((a) => a.path !== UNPRINTED_PATH);
    return {
      ...(lines?.signature !== undefined ? { signature: lines.signature, signatureAt: evidenceLine(input, lines.startLine, `Signature: ${lines.signature.text}`) } : {}),
      attachments: kept,
    };
  }
  // Every line before the block matched: the log's own signature and the first databases' are the anchor's.
  const at = evidenceLine(input, c.resultLine ?? c.line, `***** ${c.files[1]}`);
  const before = anchorAttachments.filter((a) => a.dbid < start && a.path === UNPRINTED_PATH).map((a) => ({ ...a, at, ...(a.signature ? { signatureAt: at } : {}) }));
  return {
    ...(anchorSignature !== undefined ? { signature: anchorSignature, signatureAt: at } : {}),
    attachments: [...before, ...attachments],
  };
}

/** `FC: no differences encountered` of sigchk: the log carries the anchor's signature and its databases'. */
function sameSignatures(signature: Signature | undefined, attachments: readonly AttachmentFact[], at: EvidenceLine): Partial<BatchLogFact> {
  const positional = attachments.filter((a) => a.path === UNPRINTED_PATH).map((a) => ({ ...a, at, ...(a.signature ? { signatureAt: at } : {}) }));
  return { ...(signature !== undefined ? { signature, signatureAt: at } : {}), attachments: positional };
}

/** The attached databases of a group of `find` lines: paths as printed, signatures by position. */
function attachmentsOf(input: string, lines: CheckLines): AttachmentFact[] {
  return lines.attachedDatabases.map((a) => {
    if (a.path === undefined) {
      const at = evidenceLine(input, a.line, `Signature: ${a.signature?.text ?? ''}`);
      return { dbid: a.dbid, path: UNPRINTED_PATH, ...(a.signature ? { signature: a.signature, signatureAt: at } : {}), at };
    }
    return { dbid: a.dbid, path: a.path, at: evidenceLine(input, a.line, `${a.dbid} ${a.path}`) };
  });
}

/** An `Env SystemPath:` / `Env LogFilePath:` value, when it is an absolute folder (as log-header-facts.ts). */
function envPath(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed !== undefined && isAbsoluteWindowsPath(trimmed) ? withoutTrailingSlash(trimmed) : undefined;
}
