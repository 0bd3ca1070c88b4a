/**
 * Pass 2 of the AST builder: one segment's line records → a typed Dump (SPEC §4) plus the
 * unrecognized line ranges. Every label/value line lands in `fields` as printed; the typed
 * properties are read from them by the value parsers.
 */
import type { LabelName } from '../../grammar/catalogue.js';
import { commandLine } from './command-line.js';
import { readDirListings } from './dir-listing.js';
import { parseLeadingNumber } from './generation.js';
import { errorCodeInLine, jetErrorRef, parseFooter, type FooterKind } from './footer.js';
import { parseEnvBlock, parseOnOff } from './env-block.js';
import { batchCheck } from './batch-check.js';
import { inferDumpKind, kindOfCommand } from './dump-kind.js';
import { inputNameFits } from './input-name.js';
import type { LineRecord } from './line-records.js';
import { parseLogPosition, readLogPositionAt } from './log-position.js';
import { missingFromAdjacencyError, parseMissingLogFiles } from './missing-logs.js';
import { parseSignature } from './signature.js';
import { stateKindOf } from './state-kind.js';
import { readTypedValue, TYPED_READERS } from './typed-values.js';
import { setValueFields, type ValueFieldsDraft } from './value-fields.js';
import type {
  AttachedDatabase,
  CircularLogging,
  CommandLine,
  DirListing,
  Dump,
  CheckpointDump,
  ChecksumDump,
  DumpBase,
  LogHeaderDump,
  LogStreamCheckDump,
  OperationDump,
  DumpKind,
  DumpResult,
  Field,
  FileSource,
  LogPosition,
  MissingRange,
  PageError,
  PromptRef,
  RunLine,
  Signature,
  StreamCheckLog,
  Tool,
  UnrecognizedRange,
} from './types.js';

export interface SegmentInput {
  readonly startLine: number;
  readonly lines: readonly string[];
  readonly prompt?: PromptRef;
  readonly contextPrompt?: PromptRef;
}

export interface BuildContext {
  /** The subject named by the input's file name (`EDB012CF.LOG.txt` → `EDB012CF.LOG`). */
  readonly inputSubject?: string;
}

export interface SegmentAst {
  readonly dump?: Dump;
  /** The segment's prompt line when it prints no dump (then there is no dump). */
  readonly command?: CommandLine;
  readonly unrecognized: UnrecognizedRange[];
  /** cmd.exe `dir` listings in the segment (issue 16); absent when there is none. */
  readonly dirListings?: DirListing[];
}

const FOOTER_KINDS: Partial<Record<LabelName, FooterKind>> = {
  OperationCompleted: 'completed',
  OperationTerminated: 'terminated',
  EsefileCompletes: 'esefileCompleted',
};

const COUNTERS: Record<string, 'pagesSeen' | 'badChecksums' | 'correctableChecksums' | 'uninitializedPages' | 'wrongPageNumbers'> = {
  'pages seen': 'pagesSeen',
  'bad checksums': 'badChecksums',
  'correctable checksums': 'correctableChecksums',
  'uninitialized pages': 'uninitializedPages',
  'wrong page numbers': 'wrongPageNumbers',
};

const NOT_FIELDS: ReadonlySet<string> = new Set([
  'promptLine',
  'bannerLine',
  'modeLine',
  'verifyingLogFilesLine',
  'checksumTitleLine',
  'checksumProgressLine',
  'footerLine',
  'noDamagedLogFilesLine',
  // One message each, not a label and a value: the operation's runLines hold them.
  'runLine',
  'dirListingLine',
  // The KB batch files' statements (`Comparing files …`, `FC: …`, `*****`): the batchCheck dump holds them.
  'batchLine',
]);

const PAGE_ERROR = /page[ \t]+(-?\d+)/;

function dropOk(value: string): { file: string; ok: boolean } {
  const m = /[ \t]*-[ \t]*OK$/.exec(value);
  return m === null ? { file: value, ok: false } : { file: value.slice(0, m.index), ok: true };
}

/** `1 E:\…\priv.edb LogOn VerOn RW` (§4) → the path alone. */
function attachedPath(value: string): string {
  return value.replace(/[ \t]+Log(?:On|Off)\b.*$/, '').trim();
}

function stripErrorLabel(text: string): string {
  return text.replace(/^(ERROR|Error|FAILURE)[ \t]*:[ \t]*/, '');
}

/**
 * Turns a segment's records into its dump, its `dir` listings and its unrecognized ranges.
 * `recognized` marks the lines the records cover; lines whose value cannot be read are unmarked
 * again here. `dirListingLines`: the segment holds listing lines (collectLineRecords says so).
 */
export function buildSegmentAst(
  segment: SegmentInput,
  segmentRecords: readonly LineRecord[],
  recognized: Uint8Array,
  context: BuildContext,
  dirListingLines = false,
): SegmentAst {
  const lineNo = (index: number) => segment.startLine + index;
  const prompt = segment.prompt;
  const unreadable = (r: LineRecord) => {
    for (let i = r.lineIndex; i <= r.lastLineIndex; i++) recognized[i] = 0;
  };
  const records = withoutStrayBatchLines(segmentRecords, prompt, unreadable);
  // Issue 16: a `dir` listing of the database or log folder, read beside any dump (not its fields).
  let dirListings: DirListing[] | undefined;
  if (dirListingLines) {
    const read = readDirListings(records, segment.lines, lineNo, prompt?.line);
    for (const r of read.unreadable) unreadable(r);
    if (read.listings.length > 0) dirListings = read.listings;
  }

  // A prompt line the prompt parser rejected is not a prompt. Lines that only frame a dump
  // (prompt, generic labels, a `(…)` line) do not make a dump of their own.
  for (const r of records) if (r.rule === 'promptLine' && (prompt === undefined || prompt.line !== lineNo(r.lineIndex))) unreadable(r);

  let significant = false;
  let hasContent = false;
  for (const r of records) {
    const rule = r.rule;
    // A `dir` listing is no dump (issue 16): its lines only say which files a folder holds.
    if (rule === 'dirListingLine') continue;
    if (rule !== 'promptLine' && rule !== 'labelLine' && rule !== 'parenthesizedValuesLine') significant = true;
    if (rule !== 'promptLine' && rule !== 'bannerLine' && rule !== 'modeLine' && rule !== 'footerLine') hasContent = true;
    if (significant && hasContent) break;
  }
  // Generic `Label: value` lines make a dump only under an ESE command prompt (a `find` fragment).
  if (!significant && prompt?.mode !== undefined && records.some((r) => r.rule === 'labelLine')) significant = true;

  if (!significant) {
    // Issue 16: a command line that prints no dump (`dir`, `prompt $G`, a `for` loop echoing its
    // own command lines, the empty prompt at the end of a capture) is held as a command, and a `dir`
    // listing after it as the input's listing. Any other line here stays unrecognized, so no line
    // is lost.
    for (const r of records) if (r.rule !== 'dirListingLine') unreadable(r);
    const held = prompt !== undefined && prompt.line === segment.startLine && records.some((r) => r.rule === 'promptLine' && r.lineIndex === 0);
    if (held) recognized[0] = 1;
    const unrecognized = unrecognizedRanges(segment, recognized, 0, segment.lines.length - 1);
    return { ...(held ? { command: commandLine(prompt) } : {}), unrecognized, ...(dirListings === undefined ? {} : { dirListings }) };
  }

  let product: string | undefined;
  let version: string | undefined;
  let mode: string | undefined;
  let footer: DumpResult | undefined;
  let errorResult: DumpResult | undefined;
  let hasBanner = false;
  const fields: Field[] = [];
  const subjects: Partial<Record<LabelName, LineRecord>> = {};

  for (const r of records) {
    if (!NOT_FIELDS.has(r.rule)) fields.push((r.field = { label: r.label, value: r.value, line: lineNo(r.lineIndex) }));
    if (r.rule === 'bannerLine') {
      hasBanner = true;
      if (r.token === 'BannerProduct') product = `${r.label} ${r.value}`.trim();
      else if (r.token === 'BannerVersion') version = r.label.slice('Version'.length).trim();
    } else if (r.rule === 'modeLine') {
      mode = r.value.replace(/[ \t]*mode\.*[ \t]*$/i, '').trim();
    } else if (r.rule === 'footerLine') {
      footer = parseFooter(FOOTER_KINDS[r.token] ?? 'completed', `${r.label} ${r.value}`.trim(), lineNo(r.lineIndex));
    } else if (r.rule === 'errorLine' && errorResult === undefined) {
      const code = errorCodeInLine(r.value);
      if (code !== undefined) errorResult = { ok: false, error: jetErrorRef(code), line: lineNo(r.lineIndex), text: `${r.label}: ${r.value}` };
    } else if (r.rule === 'subjectLine' && subjects[r.token] === undefined) {
      subjects[r.token] = r;
    }
  }

  const kind: DumpKind = inferDumpKind({ records, mode, prompt, contextPrompt: segment.contextPrompt, hasContent });

  // The dump spans its first to its last recognized line, the lines of a `dir` listing beside it left out.
  const listingLines = dirListings === undefined ? undefined : new Set(records.filter((r) => r.rule === 'dirListingLine').map((r) => r.lineIndex));
  let first = -1;
  let last = -1;
  for (let i = 0; i < recognized.length; i++) {
    if (recognized[i] === 1 && listingLines?.has(i) !== true) {
      if (first < 0) first = i;
      last = i;
    }
  }

  // The line each value is read from (src/ast/value-fields.ts): set as the values are read.
  const sources: ValueFieldsDraft = {};
  const subjectLine = subjectOf(kind, subjects, records);
  const dumpSubject = subjectLine === undefined ? undefined : subjectText(subjectLine);
  let file: string | undefined;
  let fileSource: FileSource | undefined;
  if (dumpSubject !== undefined && dumpSubject !== '') {
    file = dumpSubject;
    fileSource = 'dump';
    sources.file = subjectLine!.field;
  } else if (prompt?.file !== undefined) {
    file = prompt.file;
    fileSource = 'prompt';
  } else if (context.inputSubject !== undefined && inputNameFits(context.inputSubject, kind)) {
    file = context.inputSubject;
    fileSource = 'inputName';
  }

  const result = footer ?? errorResult;
  // Built by assignment, not by spreading: this runs once per dump of archives of 100,000 dumps.
  const base: Draft<DumpBase> = {
    kind,
    startLine: lineNo(Math.max(first, 0)),
    endLine: lineNo(Math.max(last, 0)),
    fragment: prompt?.filter !== undefined || !(hasBanner || mode !== undefined || footer !== undefined) || startsAtAttachBlock(kind, hasBanner, mode, records),
    fields,
  };
  if (product !== undefined || version !== undefined) {
    base.tool = { product: product ?? '', version: version ?? '' } satisfies Tool;
  }
  if (prompt !== undefined) {
    base.command = prompt.command;
    base.prompt = prompt;
  }
  if (file !== undefined) {
    base.file = file;
    base.fileSource = fileSource;
  }
  if (result !== undefined) base.result = result;

  const dump = typedDump(base, kind, records, mode, unreadable, lineNo, sources);
  setValueFields(dump, sources);
  const unrecognized = unrecognizedRanges(segment, recognized, 0, segment.lines.length - 1);
  return dirListings === undefined ? { dump, unrecognized } : { dump, unrecognized, dirListings };
}

/**
 * The KB batch files' lines (`*****`, `FC: …`, dashes) mean something only in a batch's output:
 * one that names a log (`SIGNATURE MATCHING FAILED FOR …`, `Comparing files …`) or follows the
 * batch's command line. Elsewhere they are unrecognized, as any line no dump explains.
 */
function withoutStrayBatchLines(records: readonly LineRecord[], prompt: PromptRef | undefined, unreadable: Unreadable): readonly LineRecord[] {
  let batchLines = false;
  for (const r of records) {
    if (r.token === 'SignatureMatchingFailed' || r.token === 'FcComparing') return records;
    if (r.rule === 'batchLine') batchLines = true;
  }
  if (!batchLines || kindOfCommand(prompt) === 'batchCheck') return records;
  return records.filter((r) => {
    if (r.rule !== 'batchLine') return true;
    unreadable(r);
    return false;
  });
}

/**
 * Issue 16: a pasted `/ml` part that starts at its attach block (`1 E:\…\PRIV.EDB`, then `dbtime`,
 * `Signature`, `Last Attach (…)  Last Consistent (…)`…, 5.5 and later layouts) has lost the
 * header above it (banner, mode line, `lGeneration`): a log fragment, footer or not.
 */
function startsAtAttachBlock(kind: DumpKind, hasBanner: boolean, mode: string | undefined, records: readonly LineRecord[]): boolean {
  if (kind !== 'logHeader' || hasBanner || mode !== undefined) return false;
  const first = records.find((r) => r.rule !== 'promptLine');
  return first?.rule === 'attachedDatabase';
}

/** The line that names the file a dump describes (its subject), if one does. */
function subjectOf(kind: DumpKind, subjects: Partial<Record<LabelName, LineRecord>>, records: readonly LineRecord[]): LineRecord | undefined {
  switch (kind) {
    case 'databaseHeader':
      return subjects['DatabaseLabel'];
    case 'logHeader':
      return subjects['LogFileLabel'] ?? records.find((r) => r.token === 'IntegrityPassed' || r.token === 'CorruptionDetected');
    case 'logStreamCheck':
      return subjects['BaseNameLabel'];
    case 'checkpoint':
      return subjects['CheckpointFileLabel'];
    case 'checksum':
      return subjects['FileLabel'] ?? subjects['DatabaseLabel'] ?? records.find((r) => r.token === 'Checksumming' && r.value !== '');
    case 'operation':
      return subjects['DatabaseLabel'] ?? subjects['LogFileLabel'] ?? subjects['CheckpointFileLabel'] ?? subjects['BaseNameLabel'];
  }
}

/** The file a subject line names: `Log file: <path> - OK` (§3) without its ` - OK`. */
function subjectText(r: LineRecord): string {
  if (r.token === 'LogFileLabel') return dropOk(r.value).file;
  if (r.token === 'IntegrityPassed' || r.token === 'CorruptionDetected') return r.value.replace(/^:[ \t]*/, '');
  return r.value;
}

type Unreadable = (r: LineRecord) => void;

/** Reads a value that must parse; a line whose value does not is reported as unrecognized. */
function must<T>(r: LineRecord, value: T | undefined, unreadable: Unreadable): T | undefined {
  if (value === undefined) unreadable(r);
  return value;
}

function typedDump(
  base: DumpBase,
  kind: DumpKind,
  records: readonly LineRecord[],
  mode: string | undefined,
  unreadable: Unreadable,
  lineNo: (index: number) => number,
  sources: ValueFieldsDraft,
): Dump {
  switch (kind) {
    case 'databaseHeader':
      return databaseHeader(base, records, unreadable, sources);
    case 'logHeader':
      return logHeader(base, records, unreadable, lineNo, sources);
    case 'logStreamCheck':
      return logStreamCheck(base, records, lineNo, sources);
    case 'checkpoint':
      return checkpoint(base, records, unreadable, lineNo, sources);
    case 'checksum':
      return checksum(base, records, lineNo, sources);
    case 'operation':
      return assignDefined(base as Draft<OperationDump>, { mode, runLines: runLines(records, lineNo) });
    case 'batchCheck':
      return batchCheck(base, records, unreadable, lineNo);
  }
}

const RUN_LINE_KINDS: Partial<Record<LabelName, RunLine['kind']>> = { RunStep: 'step', RunStatusTitle: 'statusTitle', RecoveryHint: 'hint' };

/** The steps, status titles and hints of a run (/r, /g, /p), in order; undefined when none. */
function runLines(records: readonly LineRecord[], lineNo: (index: number) => number): RunLine[] | undefined {
  let out: RunLine[] | undefined;
  for (const r of records) {
    const kind = r.rule === 'runLine' ? RUN_LINE_KINDS[r.token] : undefined;
    if (kind !== undefined) (out ??= []).push({ line: lineNo(r.lineIndex), kind, text: `${r.label} ${r.value}`.trim() });
  }
  return out;
}

/** §1: eseutil /mh. Typed properties from the catalogue (grammar/catalogue.ts), the state here. */
function databaseHeader(base: DumpBase, records: readonly LineRecord[], unreadable: Unreadable, sources: ValueFieldsDraft): Dump {
  // Properties go straight onto the dump, in the order their lines come, and only when read.
  const dump = base as Draft<DumpBase> & { kind: 'databaseHeader'; state?: string; stateKind?: ReturnType<typeof stateKindOf> };
  const readers = TYPED_READERS.databaseHeader;
  for (const r of records) {
    if (r.database >= 0) continue;
    if (r.token === 'State') {
      // §6: the state as printed, and what it means for recovery.
      if (dump.state === undefined && must(r, r.value === '' ? undefined : r.value, unreadable) !== undefined) {
        dump.state = r.value;
        dump.stateKind = stateKindOf(r.value);
        sources.state = r.field;
      }
      continue;
    }
    const reader = readers.get(r.token);
    if (reader !== undefined) readTypedValue(dump, sources, reader, r, unreadable);
  }
  return dump as Dump;
}

/** Attached databases of a log (§2) or checkpoint (§4) header, with their blocks. */
function attachedDatabases(records: readonly LineRecord[], unreadable: Unreadable, lineNo: (i: number) => number): AttachedDatabase[] {
  const out: {
    dbid: number;
    path: string;
    line: number;
    signature?: Signature;
    lastAttach?: LogPosition;
    lastConsistent?: LogPosition;
  }[] = [];
  for (const r of records) {
    if (r.database < 0) continue;
    if (r.rule === 'attachedDatabase') {
      out[r.database] = { dbid: Number(r.label), path: attachedPath(r.value), line: lineNo(r.lineIndex) };
      continue;
    }
    const db = out[r.database];
    if (db === undefined) continue;
    if (r.token === 'Signature') {
      if (db.signature === undefined && (db.signature = must(r, parseSignature(r.value), unreadable)) !== undefined) setValueFields(db, { signature: r.field });
    } else if (r.token === 'LastConsistent') db.lastConsistent ??= must(r, parseLogPosition(r.value), unreadable);
    else if (r.token === 'LastAttach') {
      // ESE97 prints `Last Attach (…)  Last Consistent (…)` on one line (§2.1).
      const read = readLogPositionAt(r.value, 0);
      if (must(r, read, unreadable) === undefined || read === undefined) continue;
      db.lastAttach ??= read.position;
      const rest = r.value.slice(read.end);
      const at = rest.indexOf('Last Consistent');
      if (at >= 0) {
        const consistent = parseLogPosition(rest.slice(at + 'Last Consistent'.length));
        if (consistent !== undefined) db.lastConsistent ??= consistent;
      }
    }
  }
  return out.filter((db) => db !== undefined);
}

/**
 * `eseutil /ml edb012cf.log | find /i "signature"` (Q296787 step 3, Q237767 sigchk): `find` drops
 * the `1 e:\MDBDATA\PRIV.EDB` lines, so the `Signature:` lines after the log's own are told apart
 * by their order alone — the n-th is the DB signature of the database attached as dbid n. This
 * is a rule about order within a filtered fragment, not a label: it cannot be a catalogue entry
 * (the catalogue's `Signature` reads the log's own signature). Only in a fragment of an `/ml`
 * command without any `dbid path` line: in a whole dump each `Signature:` sits in its database's block.
 */
function positionalAttachments(signatures: readonly LineRecord[], unreadable: Unreadable, lineNo: (i: number) => number): AttachedDatabase[] {
  const out: AttachedDatabase[] = [];
  for (const r of signatures) {
    const signature = must(r, parseSignature(r.value), unreadable);
    if (signature === undefined) continue;
    out.push({ dbid: out.length + 1, signature, line: lineNo(r.lineIndex) });
  }
  return out;
}

/** §2: eseutil /ml on one log. */
function logHeader(base: DumpBase, records: readonly LineRecord[], unreadable: Unreadable, lineNo: (i: number) => number, sources: ValueFieldsDraft): Dump {
  // Fields go straight onto the dump, in the order their lines come, and only when read (the AST
  // is plain JSON: a property is absent, never undefined). This runs for each of 100,000 log
  // dumps: copying the defined fields from a draft object cost a keyed store each (SPEC §9).
  const dump = base as Draft<LogHeaderDump>;
  const circular: { env?: boolean; currentFile?: boolean; pastFiles?: boolean } = {};
  let envHeading: string | undefined;
  const readers = TYPED_READERS.logHeader;
  const laterSignatures: LineRecord[] = [];
  for (const r of records) {
    if (r.database >= 0) continue;
    switch (r.token) {
      case 'Checkpoint':
        if (/NOT AVAILABLE/i.test(r.value)) dump.checkpointAvailable ??= false;
        else if (dump.checkpoint === undefined) {
          const position = must(r, parseLogPosition(r.value), unreadable);
          if (position !== undefined) {
            dump.checkpoint = position;
            dump.checkpointAvailable = true;
            sources.checkpoint = r.field;
          }
        }
        break;
      case 'IntegrityPassed':
        dump.integrity ??= 'passed';
        break;
      case 'CorruptionDetected':
      case 'LogDamaged':
        dump.integrity = 'failed';
        break;
      case 'ErrorLabel':
        if (/damaged|corrupt/i.test(r.value)) dump.integrity = 'failed';
        break;
      case 'CircularLoggingFlag': {
        const on = must(r, parseOnOff(r.value), unreadable);
        if (/current/.test(r.label)) {
          if (circular.currentFile === undefined && on !== undefined) sources.circularLoggingCurrentFile = r.field;
          circular.currentFile ??= on;
        } else {
          if (circular.pastFiles === undefined && on !== undefined) sources.circularLoggingPastFiles = r.field;
          circular.pastFiles ??= on;
        }
        break;
      }
      case 'Env':
        if (r.rule !== 'envBlock') break;
        if (r.label === 'Env') envHeading = r.value;
        // §2.1–§2.3 `Env SystemPath:` (where the checkpoint is), `Env LogFilePath:` (where the logs were written).
        else if (r.label === 'Env SystemPath') sources.envSystemPath ??= r.field;
        else if (r.label === 'Env LogFilePath') sources.envLogFilePath ??= r.field;
        break;
      case 'ParenthesizedValues':
        if (envHeading !== undefined) {
          const env = parseEnvBlock(envHeading, r.value);
          if (env?.circularLogging !== undefined) circular.env ??= env.circularLogging;
          if (env?.logFileSectors !== undefined) dump.logFileSectors ??= env.logFileSectors;
          envHeading = undefined;
        }
        break;
      default: {
        // KB Q296787 step 3: the first `Signature:` is the log's own; the others, outside an attach
        // block, may be its databases' by position (positionalAttachments).
        if (r.token === 'Signature' && dump.signature !== undefined) {
          laterSignatures.push(r);
          break;
        }
        // The catalogue's typed properties.
        const reader = readers.get(r.token);
        if (reader !== undefined) readTypedValue(dump, sources, reader, r, unreadable);
      }
    }
  }
  const attached = attachedDatabases(records, unreadable, lineNo);
  // Only under an `eseutil /ml` prompt: the Signature lines a KB batch file prints (chksig's
  // `FIND "%LOGSIG%"`, one line per matching log) are not one log's by position.
  const positional = attached.length === 0 && base.fragment && base.prompt?.mode === '/ml';
  dump.attachedDatabases = positional ? positionalAttachments(laterSignatures, unreadable, lineNo) : attached;
  if (circular.env !== undefined || circular.currentFile !== undefined || circular.pastFiles !== undefined) {
    dump.circularLogging = assignDefined({}, circular) as CircularLogging;
  }
  return dump;
}

/** §3: eseutil /ml or /k on a base name. */
function logStreamCheck(base: DumpBase, records: readonly LineRecord[], lineNo: (i: number) => number, sources: ValueFieldsDraft): Dump {
  const logs: { file: string; ok: boolean; errors: string[]; line: number }[] = [];
  const missing: MissingRange[] = [];
  let baseName: string | undefined;
  let noDamage: boolean | undefined;
  const addMissing = (range: MissingRange | undefined) => {
    if (range !== undefined && !missing.some((m) => m.first === range.first && m.last === range.last)) missing.push(range);
  };
  for (const r of records) {
    const line = lineNo(r.lineIndex);
    switch (r.token) {
      case 'BaseNameLabel':
        if (baseName === undefined) sources.baseName = r.field;
        baseName ??= r.value;
        break;
      case 'LogFileLabel': {
        const { file, ok } = dropOk(r.value);
        logs.push({ file, ok, errors: [], line });
        break;
      }
      case 'ErrorLabel': {
        const text = stripErrorLabel(`${r.label}: ${r.value}`);
        logs[logs.length - 1]?.errors.push(text);
        addMissing(missingFromAdjacencyError(text, line));
        break;
      }
      case 'MissingLogFiles':
        addMissing(parseMissingLogFiles(r.value, line, `${r.label}: ${r.value}`));
        break;
      case 'NoDamagedLogFiles':
        noDamage = true;
        break;
    }
  }
  const streamLogs: StreamCheckLog[] = logs;
  const dump = assignDefined(base as Draft<LogStreamCheckDump>, { baseName });
  dump.logs = streamLogs;
  dump.missing = missing;
  if (noDamage !== undefined) dump.noDamage = noDamage;
  return dump;
}

/** §4: eseutil /mk. Typed properties from the catalogue (grammar/catalogue.ts). */
function checkpoint(base: DumpBase, records: readonly LineRecord[], unreadable: Unreadable, lineNo: (i: number) => number, sources: ValueFieldsDraft): Dump {
  const dump = base as Draft<CheckpointDump>;
  const readers = TYPED_READERS.checkpoint;
  for (const r of records) {
    if (r.database >= 0) continue;
    const reader = readers.get(r.token);
    if (reader !== undefined) readTypedValue(dump, sources, reader, r, unreadable);
  }
  dump.attachedDatabases = attachedDatabases(records, unreadable, lineNo);
  return dump;
}

/** §5: esefile /s, /x and eseutil /k. Counters of several files (edb, then stm) add up. */
function checksum(base: DumpBase, records: readonly LineRecord[], lineNo: (i: number) => number, sources: ValueFieldsDraft): Dump {
  const counters: Partial<Record<(typeof COUNTERS)[string], number>> = {};
  const pageErrors: PageError[] = [];
  const addPageError = (text: string, line: number) => {
    const m = PAGE_ERROR.exec(text);
    if (m !== null) pageErrors.push({ page: Number(m[1]), message: text.trim(), line });
  };
  for (const r of records) {
    const line = lineNo(r.lineIndex);
    if (r.rule === 'checksumCounterLine') {
      const name = COUNTERS[r.label];
      const n = parseLeadingNumber(r.value);
      if (name !== undefined && n !== undefined) {
        // Counters of several files add up (edb, then stm): the line is the first one's.
        if (counters[name] === undefined) sources[name] = r.field;
        counters[name] = (counters[name] ?? 0) + n;
      }
    } else if (r.token === 'ErrorLabel') {
      addPageError(stripErrorLabel(`${r.label}: ${r.value}`), line);
    } else if (r.rule === 'checksumProgressLine') {
      // Spec deviation (§5.1): stderr page errors interleave with the dots on one line.
      const at = r.value.indexOf('ERROR:');
      if (at >= 0) addPageError(r.value.slice(at + 'ERROR:'.length), line);
    }
  }
  const dump = assignDefined(base as Draft<ChecksumDump>, counters);
  dump.pageErrors = pageErrors;
  return dump;
}

type Draft<T> = { -readonly [K in keyof T]: T[K] };

/**
 * Copies the defined properties of `extra` onto `target` (the AST is plain JSON: a property is
 * absent, never undefined).
 */
function assignDefined<T extends object, E extends object>(target: T, extra: E): T & { [K in keyof E]: Exclude<E[K], undefined> } {
  const out = target as Record<string, unknown>;
  for (const key in extra) {
    const value = extra[key];
    if (value !== undefined) out[key] = value;
  }
  return target as T & { [K in keyof E]: Exclude<E[K], undefined> };
}

/** Runs of unrecognized non-blank lines (blank lines between them join the run). */
export function unrecognizedRanges(
  segment: SegmentInput,
  recognized: Uint8Array,
  from: number,
  to: number,
): UnrecognizedRange[] {
  const out: UnrecognizedRange[] = [];
  let start = -1;
  let end = -1;
  const flush = () => {
    if (start >= 0) {
      out.push({
        startLine: segment.startLine + start,
        endLine: segment.startLine + end,
        text: segment.lines.slice(start, end + 1).join('\n'),
      });
    }
    start = -1;
  };
  for (let i = from; i <= to; i++) {
    const line = segment.lines[i] ?? '';
    if (recognized[i] === 1) {
      flush();
      continue;
    }
    if (line.trim() === '') continue;
    if (start < 0) start = i;
    end = i;
  }
  flush();
  return out;
}
