/**
 * AST dumps → compact evidence, one dump at a time (SPEC §2 "evidence" stage).
 */
import type {
  BatchCheckDump,
  CheckpointDump,
  ChecksumDump,
  DatabaseHeaderDump,
  DirListing,
  Dump,
  LogStreamCheckDump,
  UnrecognizedRange,
} from '../ast/types.js';
import { fileNameOf, parseLogFileName } from '../domain/log-names.js';
import { folderOfFile, isAbsoluteWindowsPath, joinWindowsPath } from '../domain/windows-paths.js';
import { evidenceLine, fieldEvidence, fieldText } from './lines.js';
import { parseSignature } from '../ast/signature.js';
import { DAMAGE_TEXT, directoryOf, errorFooterOf, folderKey, logFileNameFrom, logHeaderFacts, UNPRINTED_PATH, type LogFact, type LogHeaderFacts } from './log-header-facts.js';
import { binaryHeaderEvidence, chainBreaks, type BinaryHeaderEvidence } from './binary-headers.js';
import { SignatureTable, ToolTable } from './signature.js';
import { batchCheckFacts } from './batch-facts.js';
import { groupLogsBySignature } from './streams.js';
import { cutRun, makeRun, memberFile, memberFileText, memberGenerationText, runTemplateOf } from './log-run.js';
import type {
  AttachmentEvidence,
  CheckpointEvidence,
  CircularLoggingEvidence,
  ChecksumEvidence,
  DatabaseEvidence,
  ErrorFooterEvidence,
  Evidence,
  EvidenceLine,
  InputEvidence,
  ListedFileEvidence,
  LogEntry,
  LogEvidence,
  LogRun,
  PositionRef,
  SignatureRef,
  StreamCheckEvidence,
  StreamCheckFault,
  StreamCheckProblem,
} from './types.js';
import type { InputProblem, LogPosition, Signature } from '../ast/types.js';
import type { ParsedItem } from '../ast/index.js';

export interface InputMeta {
  readonly name: string;
  readonly encoding?: string;
  readonly lineEnding?: string;
  readonly problem?: InputProblem;
}

/** A database is named by the last segment of its path as printed. */
export function databaseNameKey(path: string): string {
  return fileNameOf(path.trim()).toLowerCase();
}

type Writable<T> = { -readonly [K in keyof T]: T[K] };

/** A log fact with its signatures interned: what placeLog merges into the logs seen so far. */
type LogPlacement = Omit<LogFact, 'signature' | 'attachments'> & {
  readonly signature?: SignatureRef;
  readonly attachments: AttachmentEvidence[];
  readonly streamCheckFault?: StreamCheckFault;
};

/**
 * The tables that give one object for each signature and banner the evidence keeps (SPEC §9:
 * memory follows the evidence, not the text). A reader may bring its own, which find the same
 * objects sooner for what it hands over (src/read/wire/identity.ts).
 */
export interface InterningTables {
  readonly signatures?: SignatureTable;
  readonly tools?: ToolTable;
  /**
   * false: every log is kept as a LogEvidence of its own, no run is folded (log-run.ts). What the
   * tests compare the folded evidence with: the reports must be the same.
   */
  readonly foldRuns?: boolean;
}

export class EvidenceCollector {
  private readonly inputs = new Map<string, InputEvidence>();
  private readonly signatures: SignatureTable;
  private readonly tools: ToolTable;
  private readonly logsByFile = new Map<string, LogEvidence[]>();
  /** Logs and runs of agreeing logs (src/evidence/log-run.ts), as captured. */
  private readonly logs: LogEntry[] = [];
  /** The last entry placed, while the next dump may extend it into a run (log-run.ts). */
  private open: Writable<LogRun> | LogEvidence | undefined;
  /** Runs by generation block, to find a run member captured a second time. */
  private readonly runsByBlock = new Map<number, LogRun[]>();
  /** Runs cut by a second capture of a member: the pieces that stand in their place. */
  private readonly cutInto = new Map<LogRun, LogEntry[]>();
  private readonly databases: DatabaseEvidence[] = [];
  private readonly checkpoints: CheckpointEvidence[] = [];
  private readonly checksums: ChecksumEvidence[] = [];
  private readonly streamChecks: StreamCheckEvidence[] = [];
  private readonly errorFooters: ErrorFooterEvidence[] = [];
  private readonly conflicts: [LogEvidence, LogEvidence][] = [];
  private readonly binaryHeaders: BinaryHeaderEvidence[] = [];
  private readonly listedFiles: ListedFileEvidence[] = [];
  private readonly paths = new Map<string, { readonly path: string; readonly nameKey: string }>();
  private readonly texts = new Map<string, string>();

  private readonly foldRuns: boolean;

  constructor(tables: InterningTables = {}) {
    this.signatures = tables.signatures ?? new SignatureTable();
    this.tools = tables.tools ?? new ToolTable();
    this.foldRuns = tables.foldRuns ?? true;
  }

  addInput(input: InputMeta): void {
    if (this.inputs.has(input.name)) return;
    this.inputs.set(input.name, {
      name: input.name,
      ...(input.encoding !== undefined ? { encoding: input.encoding } : {}),
      ...(input.lineEnding !== undefined ? { lineEnding: input.lineEnding } : {}),
      ...(input.problem !== undefined ? { problem: input.problem } : {}),
      dumps: 0,
      unrecognized: [],
    });
  }

  addDump(inputName: string, dump: Dump): void {
    if (dump.source === 'binary') this.binaryHeaders.push(binaryHeaderEvidence(inputName, dump));
    if (dump.kind === 'logHeader') {
      this.addLogHeaderFacts(inputName, logHeaderFacts(inputName, dump));
      return;
    }
    this.inputFor(inputName).dumps += 1;
    switch (dump.kind) {
      case 'logStreamCheck':
        this.addStreamCheck(inputName, dump);
        break;
      case 'databaseHeader':
        this.addDatabase(inputName, dump);
        break;
      case 'checkpoint':
        this.addCheckpoint(inputName, dump);
        break;
      case 'checksum':
        this.addChecksum(inputName, dump);
        break;
      case 'operation':
        break;
      case 'batchCheck':
        this.addBatchCheck(inputName, dump);
        break;
    }
    const errorFooter = errorFooterOf(inputName, dump);
    if (errorFooter) this.errorFooters.push(errorFooter);
  }

  /** An item of the parser (src/ast/index.ts ParsedItem), whichever kind it is. */
  addItem(inputName: string, item: ParsedItem): void {
    if (item.type === 'dump') this.addDump(inputName, item.dump);
    else if (item.type === 'dirListing') this.addDirListing(inputName, item.listing);
    else if (item.type === 'unrecognized') this.addUnrecognized(inputName, item.range);
    // A command line that prints no dump (issue 16) is no evidence: the AST alone holds it.
  }

  addUnrecognized(inputName: string, range: UnrecognizedRange): void {
    const firstLine = (range.text.split('\n').find((l) => l.trim() !== '') ?? '').trim().slice(0, 200);
    this.inputFor(inputName).unrecognized.push({
      input: inputName,
      startLine: range.startLine,
      endLine: range.endLine,
      firstLine,
    });
  }

  /**
   * A cmd.exe `dir` listing (issue 16): each file it shows, with its folder and size. Folders
   * (`<DIR>`) are not files. The lines are quoted as `dir` prints them (en-US digit grouping).
   */
  addDirListing(inputName: string, listing: DirListing): void {
    const input = this.inputFor(inputName).name;
    const directory = listing.directory?.trim();
    const folder = folderKey(directory);
    for (const entry of listing.entries) {
      if (entry.size === undefined) continue;
      const parsed = parseLogFileName(entry.name);
      const listed = { file: entry.name, fileKey: entry.name.toLowerCase() } as Writable<ListedFileEvidence>;
      if (directory !== undefined && directory !== '') listed.directory = directory;
      if (folder !== undefined) listed.folder = folder;
      listed.size = entry.size;
      if (parsed !== undefined) {
        listed.logKind = parsed.kind;
        if (parsed.baseName !== undefined) listed.baseName = parsed.baseName;
        if (parsed.generation !== undefined) listed.nameGeneration = parsed.generation;
      }
      listed.at = evidenceLine(input, entry.line, `${entry.dateTime}  ${entry.size.toLocaleString('en-US')} ${entry.name}`);
      this.listedFiles.push(listed);
    }
  }

  finish(): Evidence {
    this.open = undefined;
    const entries = this.markUnreplayableBinaryLogs(this.capturedEntries());
    const grouped = groupLogsBySignature(entries);
    return {
      inputs: [...this.inputs.values()],
      logGroups: grouped.groups,
      reservedLogs: grouped.reserved,
      databases: this.databases,
      checkpoints: this.listedFiles.length > 0 ? withListedCheckpoints(this.checkpoints, this.listedFiles) : this.checkpoints,
      checksums: this.checksums,
      streamChecks: this.streamChecks,
      errorFooters: this.errorFooters,
      conflictingCaptures: this.conflicts,
      ...(this.binaryHeaders.length > 0 ? { binaryHeaders: this.binaryHeaders } : {}),
      ...(this.listedFiles.length > 0 ? { listedFiles: this.listedFiles } : {}),
    };
  }

  /**
   * What only a log's bytes tell and ESE refuses to replay (ese-binary.md §2): a log whose size is
   * not its header's sector count (JET_errLogFileSizeMismatch) and a log that breaks the prev-gen
   * chain ("Invalid log sequence"). The replay stops before such a log, as before a damaged one;
   * rules ese-header and log-sequence say why.
   */
  private markUnreplayableBinaryLogs(entries: LogEntry[]): LogEntry[] {
    if (this.binaryHeaders.length === 0) return entries;
    const unreplayable = new Map<string, EvidenceLine>();
    for (const header of this.binaryHeaders) {
      if (header.kind === 'logHeader' && header.notes.some((note) => note.code === 'log-file-size')) unreplayable.set(header.input, header.at);
    }
    for (const { log } of chainBreaks(this.binaryHeaders)) unreplayable.set(log.input, log.prevGenAt ?? log.at);
    // A binary input is one log (src/binary/): never a run; a run of a text input is left whole.
    for (const log of entries) {
      if (log.kind === 'run') continue;
      const at = unreplayable.get(log.input);
      if (at === undefined || log.integrity === 'failed') continue;
      log.integrity = 'failed';
      log.damageAt = at;
    }
    return entries;
  }

  /** The entries as captured, a run cut by a second capture of a member replaced by its pieces. */
  private capturedEntries(): LogEntry[] {
    if (this.cutInto.size === 0) return this.logs;
    const entries: LogEntry[] = [];
    const add = (entry: LogEntry): void => {
      const pieces = entry.kind === 'run' ? this.cutInto.get(entry) : undefined;
      if (pieces) for (const piece of pieces) add(piece);
      else entries.push(entry);
    };
    for (const entry of this.logs) add(entry);
    return entries;
  }

  private inputFor(name: string): InputEvidence {
    let input = this.inputs.get(name);
    if (!input) {
      input = { name, dumps: 0, unrecognized: [] };
      this.inputs.set(name, input);
    }
    return input;
  }

  /** An attached database's path, kept once, with its name key (every log of a stream lists it). */
  private internPath(path: string): { readonly path: string; readonly nameKey: string } {
    let known = this.paths.get(path);
    if (known === undefined) {
      known = { path, nameKey: databaseNameKey(path) };
      this.paths.set(path, known);
    }
    return known;
  }

  private position(input: string, dump: Dump, property: 'lastConsistent' | 'checkpoint', label: string, pos: LogPosition | undefined): PositionRef | undefined {
    if (!pos) return undefined;
    return {
      generation: pos.generation,
      radix: pos.radix,
      text: pos.text,
      at: fieldEvidence(input, dump, property, `${label}: ${pos.text}`),
    };
  }

  // ---- eseutil /ml FILE (ese-format §2) ----------------------------------------------------

  /**
   * The facts of one `eseutil /ml FILE` dump (src/evidence/log-header-facts.ts), computed here or
   * by a parse worker. `lineOffset`: a worker numbers the lines of its part of an input from 1;
   * the lines before that part are added here (src/read/part.ts).
   */
  addLogHeaderFacts(inputName: string, facts: LogHeaderFacts, lineOffset = 0): void {
    const input = this.inputFor(inputName);
    input.dumps += 1;
    if (facts.log) this.placeLog(this.internedLogFact(input.name, facts.log, lineOffset));
    if (facts.errorFooter) this.errorFooters.push({ ...facts.errorFooter, input: input.name, at: this.at(input.name, facts.errorFooter.at, lineOffset) });
  }

  /**
   * Thousands of logs of one stream quote the same signature, path and circular-logging lines:
   * those texts are kept once (SPEC §9: memory follows the evidence, not the text).
   */
  private sharedText(text: string): string {
    const known = this.texts.get(text);
    if (known !== undefined) return known;
    this.texts.set(text, text);
    return text;
  }

  /**
   * An evidence line of `input`, moved down by `lineOffset`; `shared` texts are interned. `| 0`:
   * a worker's decoded numbers would otherwise make `line` a boxed double in every EvidenceLine
   * (16 bytes more each, memory census §2); line numbers are < 2³¹.
   */
  private at(input: string, line: EvidenceLine, lineOffset: number, shared = false): EvidenceLine {
    return { input, line: (line.line + lineOffset) | 0, text: shared ? this.sharedText(line.text) : line.text };
  }

  private internedSignature(signature: Signature | undefined): SignatureRef | undefined {
    return signature ? this.signatures.intern(signature) : undefined;
  }

  /**
   * Built property by property, in the order of log-header-facts.ts: an archive has 100,000 of
   * these (SPEC §9), and an object spread per optional property costs about ten times more.
   */
  private internedLogFact(input: string, fact: LogFact, lineOffset: number): LogPlacement {
    // The log's signature first: the first text of a signature is the one its ref keeps.
    const signature = this.internedSignature(fact.signature);
    const attachments: AttachmentEvidence[] = fact.attachments.map((a) => {
      const attachedSignature = this.internedSignature(a.signature);
      const { path, nameKey } = this.internPath(a.path);
      const attachment = { dbid: a.dbid, path, nameKey } as Writable<AttachmentEvidence>;
      if (attachedSignature) attachment.signature = attachedSignature;
      attachment.at = this.at(input, a.at, lineOffset, true);
      if (a.signatureAt) attachment.signatureAt = this.at(input, a.signatureAt, lineOffset, true);
      return attachment;
    });
    const placement = { file: fact.file, fileSource: fact.fileSource, input, source: fact.source } as Writable<LogPlacement>;
    if (fact.generation !== undefined) placement.generation = fact.generation;
    if (fact.generationAt) placement.generationAt = this.at(input, fact.generationAt, lineOffset);
    if (signature) placement.signature = signature;
    if (fact.signatureAt) placement.signatureAt = this.at(input, fact.signatureAt, lineOffset, true);
    placement.attachments = attachments;
    // Object.assign, as log-header-facts.ts: a spread would give each copy a hidden class of its own.
    if (fact.circularLogging) placement.circularLogging = Object.assign({}, fact.circularLogging, { at: this.at(input, fact.circularLogging.at, lineOffset, true) });
    if (fact.integrity) placement.integrity = fact.integrity;
    if (fact.damageAt) placement.damageAt = this.at(input, fact.damageAt, lineOffset);
    if (fact.reservedLogFile) placement.reservedLogFile = true;
    placement.fileAt = this.at(input, fact.fileAt, lineOffset);
    if (fact.tool) placement.tool = this.tools.intern(fact.tool);
    if (fact.radix) placement.radix = fact.radix;
    if (fact.baseName !== undefined) placement.baseName = fact.baseName;
    if (fact.directory !== undefined) placement.directory = this.sharedText(fact.directory);
    if (fact.envSystemPath !== undefined) placement.envSystemPath = this.sharedText(fact.envSystemPath);
    if (fact.envLogFilePath !== undefined) placement.envLogFilePath = this.sharedText(fact.envLogFilePath);
    return placement;
  }

  // ---- chksig.bat, sigchk.bat, pathchk.bat (Q296787 step 8, Q237767; issue 16) ---------------

  /** The logs a KB batch file's output names, with what it says of each (src/evidence/batch-facts.ts). */
  private addBatchCheck(input: string, dump: BatchCheckDump): void {
    for (const fact of batchCheckFacts(input, dump)) {
      const placement = this.internedLogFact(input, fact, 0) as Writable<LogPlacement>;
      if (fact.fault) placement.streamCheckFault = fact.fault;
      this.placeLog(placement);
    }
  }

  // ---- eseutil /ml E00 (ese-format §3) ------------------------------------------------------

  private addStreamCheck(input: string, dump: LogStreamCheckDump): void {
    const problems: StreamCheckProblem[] = [];
    let previous: { generation?: number; ok: boolean } | undefined;
    // The footer names no file: it is about the last log listed when that one has no ` - OK`
    // and no ERROR line of its own (a `find`-filtered or cut capture).
    const footerFault = faultOfCode(dump.result && !dump.result.ok ? dump.result.error?.code : undefined);
    const last = dump.logs[dump.logs.length - 1];
    for (const log of dump.logs) {
      const fileName = logFileNameFrom(log.file);
      const parsed = parseLogFileName(fileName);
      const damaged = !log.ok && log.errors.some((e) => DAMAGE_TEXT.test(e));
      log.errors.forEach((error, i) => {
        const text = /^error:/i.test(error.trim()) ? error : `ERROR: ${error}`;
        problems.push({ kind: 'error', file: fileName, at: evidenceLine(input, log.line + 1 + i, text) });
      });
      const fileAt = evidenceLine(input, log.line, `Log file: ${log.file}${log.ok ? ' - OK' : ''}`);
      // §3 prints each log with its full path: the folder the stream was verified in.
      const directory = folderOfFile(log.file, dump.prompt?.directory);
      // eseutil walks the stream in order and lists the current log last: an OK current log
      // directly after an OK numbered log carries the next generation (ese-format §3).
      let generation = parsed?.generation;
      if (parsed?.kind === 'current' && log.ok && previous?.ok && previous.generation !== undefined) {
        generation = previous.generation + 1;
      }
      const found = log.ok ? undefined : this.streamCheckFinding(input, log);
      const fault = found?.fault
        ?? (!log.ok && log === last && log.errors.length === 0 && footerFault && dump.result?.line !== undefined
          ? { kind: footerFault, at: evidenceLine(input, dump.result.line, dump.result.text ?? `error ${dump.result.error?.code}`) }
          : undefined);
      if (found?.generation !== undefined) generation = found.generation;
      this.placeLog({
        file: fileName,
        fileSource: 'streamCheck',
        input,
        source: 'streamCheck',
        ...(generation !== undefined && (parsed?.kind === 'current' || found?.generation !== undefined) ? { generation, generationAt: found?.generation !== undefined ? fault!.at : fileAt } : {}),
        ...(found?.signature ? { signature: found.signature, signatureAt: fault!.at } : {}),
        attachments: [],
        ...(damaged || fault?.kind === 'log-damaged'
          ? { integrity: 'failed' as const, damageAt: damaged ? problems[problems.length - 1]!.at : fault!.at }
          : log.ok ? { integrity: 'passed' as const } : {}),
        ...(fault && fault.kind !== 'log-damaged' ? { streamCheckFault: fault } : {}),
        fileAt,
        ...(dump.tool ? { tool: dump.tool } : {}),
        ...(dump.baseName !== undefined ? { baseName: dump.baseName } : {}),
        ...(directory !== undefined ? { directory: this.sharedText(directory) } : {}),
      });
      previous = { ...(generation !== undefined ? { generation } : {}), ok: log.ok };
    }
    for (const missing of dump.missing) {
      problems.push({ kind: 'missing', at: evidenceLine(input, missing.line, missing.text), first: missing.first, last: missing.last });
    }
    for (const field of dump.fields) {
      const text = fieldText(field);
      if (/^\s*error:/i.test(text) && !problems.some((p) => p.at.line === field.line)) {
        problems.push({ kind: 'error', at: evidenceLine(input, field.line, text) });
      }
    }
    this.streamChecks.push({
      ...(dump.baseName !== undefined ? { baseName: dump.baseName } : {}),
      logFiles: dump.logs.map((l) => logFileNameFrom(l.file)),
      problems,
      noDamage: dump.noDamage === true,
      input,
      at: fieldEvidence(input, dump, 'baseName', `Base name: ${dump.baseName ?? '?'}`),
    });
  }

  /**
   * The ERROR lines under one log of the stream check (ese-format §3) as facts about that log:
   * `Invalid log signature: <sig>` (-530) gives the log's own signature, `Mismatched log
   * generation G (0x..) with log file name` (-513) its lGeneration. Damage (-501) is DAMAGE_TEXT.
   */
  private streamCheckFinding(input: string, log: LogStreamCheckDump['logs'][number]): { fault: StreamCheckFault; signature?: SignatureRef; generation?: number } | undefined {
    for (const [i, error] of log.errors.entries()) {
      const at = evidenceLine(input, log.line + 1 + i, /^error:/i.test(error.trim()) ? error : `ERROR: ${error}`);
      const signatureError = /invalid log signature:?\s*(.*?)(?:\s*expected signature.*)?$/i.exec(error);
      if (signatureError) {
        const signature = this.signatures.intern(parseSignature(signatureError[1] ?? ''));
        return { fault: { kind: 'log-signature-mismatch', at }, ...(signature ? { signature } : {}) };
      }
      const generationError = /mismatched log generation\s+(\d+)/i.exec(error);
      if (generationError) return { fault: { kind: 'name-generation-mismatch', at }, generation: Number(generationError[1]) };
      if (/invalid log signature|-530\b/i.test(error)) return { fault: { kind: 'log-signature-mismatch', at } };
      if (/mismatched log generation|-513\b/i.test(error)) return { fault: { kind: 'name-generation-mismatch', at } };
    }
    return undefined;
  }

  /** One log file seen in one or more dumps: facts merge unless two captures disagree. */
  private placeLog(fact: LogPlacement): void {
    const parsed = fact.file !== undefined ? parseLogFileName(fact.file) : undefined;
    const file = fact.file ?? `(lGeneration ${fact.generation})`;
    const fileKey = file.toLowerCase();
    // eseutil's stream check read the lGeneration of a -513 log from its header (ese-format §3).
    const headerGeneration = (fact.source === 'logHeader' || fact.streamCheckFault?.kind === 'name-generation-mismatch') && fact.generation !== undefined;
    const generation = fact.generation ?? parsed?.generation;
    const folder = logFolderKey(fact);

    let existing = this.logsByFile.get(fileKey);
    if (existing === undefined && parsed?.kind === 'numbered') {
      // A second capture of a run's member (a stream check line, the header twice): the run is
      // cut around it and the member merges as a log placed alone would.
      const member = this.cutAtMember(parsed.generation!, fileKey);
      if (member) this.logsByFile.set(fileKey, (existing = [member]));
      else if (this.extendsOpen(fact, parsed.generation!, parsed.digits!)) return;
    }
    this.open = undefined;
    for (const log of existing ?? []) {
      const generationConflict = generation !== undefined && log.generation !== undefined && generation !== log.generation
        && (headerGeneration || log.generationFromHeader);
      const signatureConflict = fact.signature && log.signature && fact.signature !== log.signature;
      if (generationConflict || signatureConflict) continue;
      // Same file, compatible facts: merge what the new dump adds.
      if (headerGeneration && !log.generationFromHeader) {
        log.generation = fact.generation;
        log.generationFromHeader = true;
        if (fact.generationAt) log.generationAt = fact.generationAt;
      } else if (log.generation === undefined && generation !== undefined) {
        log.generation = generation;
        if (fact.generationAt) log.generationAt = fact.generationAt;
      }
      if (!log.signature && fact.signature) {
        log.signature = fact.signature;
        if (fact.signatureAt) log.signatureAt = fact.signatureAt;
      }
      if (fact.attachments.length > 0) log.attachments = mergedAttachments(log.attachments, fact.attachments);
      if (!log.circularLogging && fact.circularLogging) log.circularLogging = fact.circularLogging;
      if (fact.integrity === 'failed' || (fact.integrity === 'passed' && log.integrity === undefined)) {
        log.integrity = fact.integrity;
        if (fact.damageAt) log.damageAt = fact.damageAt;
      }
      if (fact.reservedLogFile) log.reservedLogFile = true;
      if (!log.radix && fact.radix) log.radix = fact.radix;
      if (log.folder === undefined && folder !== undefined) log.folder = folder;
      if (!log.streamCheckFault && fact.streamCheckFault) log.streamCheckFault = fact.streamCheckFault;
      if (log.directory === undefined && fact.directory !== undefined) log.directory = fact.directory;
      if (log.envSystemPath === undefined && fact.envSystemPath !== undefined) log.envSystemPath = fact.envSystemPath;
      if (log.envLogFilePath === undefined && fact.envLogFilePath !== undefined) log.envLogFilePath = fact.envLogFilePath;
      if (!log.sources.includes(fact.source)) log.sources.push(fact.source);
      if (fact.source === 'logHeader' && (log.fileSource === 'streamCheck' || log.fileSource === 'batchCheck')) log.fileAt = fact.fileAt;
      return;
    }

    // Property by property, as internedLogFact builds a placement.
    const log = { file, fileKey, fileSource: fact.file === undefined ? 'lGeneration' : fact.fileSource, kind: parsed?.kind ?? 'numbered' } as Writable<LogEvidence>;
    if (parsed?.baseName !== undefined) log.baseName = parsed.baseName;
    else if (fact.baseName !== undefined) log.baseName = fact.baseName;
    if (parsed?.generation !== undefined) log.nameGeneration = parsed.generation;
    if (parsed?.digits !== undefined) log.digits = parsed.digits;
    if (generation !== undefined) log.generation = generation;
    log.generationFromHeader = headerGeneration;
    if (fact.signature) log.signature = fact.signature;
    log.attachments = fact.attachments;
    if (fact.circularLogging) log.circularLogging = fact.circularLogging;
    if (fact.integrity) log.integrity = fact.integrity;
    if (fact.damageAt) log.damageAt = fact.damageAt;
    if (fact.reservedLogFile) log.reservedLogFile = true;
    log.input = fact.input;
    log.sources = [fact.source];
    log.fileAt = fact.fileAt;
    if (fact.generationAt) log.generationAt = fact.generationAt;
    if (fact.signatureAt) log.signatureAt = fact.signatureAt;
    if (fact.tool) log.tool = fact.tool;
    if (fact.radix) log.radix = fact.radix;
    if (fact.streamCheckFault) log.streamCheckFault = fact.streamCheckFault;
    if (fact.directory !== undefined) log.directory = fact.directory;
    if (fact.envSystemPath !== undefined) log.envSystemPath = fact.envSystemPath;
    if (fact.envLogFilePath !== undefined) log.envLogFilePath = fact.envLogFilePath;
    if (folder !== undefined) log.folder = folder;
    // A file is almost always seen once: a one-element list, not an empty one grown by push
    // (which reserves 17 slots: 16 MB kept for 100,000 logs).
    if (existing === undefined) {
      this.logsByFile.set(fileKey, [log]);
      // The first member of a run to come; which dumps may follow it is told by extendsOpen.
      if (this.foldRuns && fact.source === 'logHeader' && log.kind === 'numbered' && !log.damageAt && log.integrity !== 'failed' && !log.streamCheckFault && !log.reservedLogFile) this.open = log;
    } else {
      this.conflicts.push([existing[0]!, log]);
      existing.push(log);
    }
    this.logs.push(log);
  }

  /**
   * Folds the dump of `fact` into the open entry when it is its next member: what `memberOf`
   * would rebuild for that generation is exactly what the dump says (log-run.ts). Identity
   * compares of interned values first; the three texts that change are built only for a dump
   * that agrees in everything else.
   */
  private extendsOpen(fact: LogPlacement, generation: number, digits: number): boolean {
    const open = this.open;
    if (open === undefined || fact.source !== 'logHeader' || fact.generation !== generation) return false;
    const run = open.kind === 'run' ? open : undefined;
    const head = run ? run.first : (open as LogEvidence);
    const n = run ? run.count : 1;
    if (
      head.generation! + n !== generation || head.digits !== digits || fact.input !== head.input || fact.fileSource !== head.fileSource ||
      fact.signature !== head.signature || fact.tool !== head.tool || fact.radix !== head.radix ||
      fact.directory !== head.directory || fact.envSystemPath !== head.envSystemPath || fact.envLogFilePath !== head.envLogFilePath ||
      fact.integrity !== head.integrity || fact.damageAt !== undefined || fact.reservedLogFile || fact.streamCheckFault !== undefined
    ) {
      return false;
    }
    const stride = run ? run.lineStride : fact.fileAt.line - head.fileAt.line;
    const delta = n * stride;
    if (stride <= 0 || fact.fileAt.line !== head.fileAt.line + delta) return false;
    if (!sameShifted(fact.generationAt, head.generationAt, delta, false) || !sameShifted(fact.signatureAt, head.signatureAt, delta, true)) return false;
    if (!sameAttachments(fact.attachments, head.attachments, delta) || !sameCircularLogging(fact.circularLogging, head.circularLogging, delta)) return false;
    const template = run ? run.template : runTemplateOf(head);
    if (template === undefined) return false;
    const file = memberFile(template, generation);
    if (fact.file !== file || fact.fileAt.text !== memberFileText(template, file) || fact.generationAt!.text !== memberGenerationText(template, generation)) return false;
    if (run) {
      run.count = n + 1;
      run.lastGeneration = generation;
      if (generation % RUN_BLOCK === 0) this.indexRun(run, generation);
    } else {
      // The open log becomes a run's first member: found through the run from now on.
      const started = makeRun(head, 2, stride, template) as Writable<LogRun>;
      this.logsByFile.delete(head.fileKey);
      this.logs[this.logs.length - 1] = started;
      this.indexRun(started, head.generation!);
      if (Math.floor(generation / RUN_BLOCK) !== Math.floor(head.generation! / RUN_BLOCK)) this.indexRun(started, generation);
      this.open = started;
    }
    return true;
  }

  /** Files `run` under the generation block of `generation`. */
  private indexRun(run: LogRun, generation: number): void {
    const block = Math.floor(generation / RUN_BLOCK);
    const runs = this.runsByBlock.get(block);
    if (runs === undefined) this.runsByBlock.set(block, [run]);
    else runs.push(run);
  }

  /** The run member named `fileKey` at `generation`, cut out of its run; undefined when none. */
  private cutAtMember(generation: number, fileKey: string): LogEvidence | undefined {
    const runs = this.runsByBlock.get(Math.floor(generation / RUN_BLOCK));
    if (runs === undefined) return undefined;
    for (const run of runs) {
      const low = run.first.generation!;
      if (generation < low || generation > run.lastGeneration || this.cutInto.has(run)) continue;
      if (memberFile(run.template, generation).toLowerCase() !== fileKey) continue;
      const pieces = cutRun(run, [generation]);
      this.cutInto.set(run, pieces);
      let member: LogEvidence | undefined;
      for (const piece of pieces) {
        if (piece.kind === 'run') {
          const first = piece.first.generation!;
          for (let g = first; g <= piece.lastGeneration; g = (Math.floor(g / RUN_BLOCK) + 1) * RUN_BLOCK) this.indexRun(piece, g);
        } else if (piece.generation === generation) {
          member = piece;
        } else {
          this.logsByFile.set(piece.fileKey, [piece]);
        }
      }
      if (this.open === run) this.open = undefined;
      return member;
    }
    return undefined;
  }

  // ---- eseutil /mh (ese-format §1) ----------------------------------------------------------

  private addDatabase(input: string, dump: DatabaseHeaderDump): void {
    // A relative name is in the prompt's working directory (`D:\Exchsrvr\mdbdata>eseutil /mh priv1.stm`).
    const printed = dump.file?.trim();
    const promptDirectory = dump.prompt?.directory?.trim().replace(/\\$/, '');
    const path = printed !== undefined && printed !== '' && directoryOf(printed) === undefined && promptDirectory ? `${promptDirectory}\\${printed}` : printed;
    const name = path ? fileNameOf(path) : 'unknown database';
    const dbSignature = this.signatures.intern(dump.dbSignature);
    const logSignature = this.signatures.intern(dump.logSignature);
    const lastConsistent = this.position(input, dump, 'lastConsistent', 'Last Consistent', dump.lastConsistent);
    const named = dump.prompt?.file !== undefined && isAbsoluteWindowsPath(dump.prompt.file) ? dump.prompt.file : path;
    const directory = named !== undefined ? folderOfFile(named, dump.prompt?.directory) : undefined;
    this.placeDatabase({
      name,
      nameKey: name.toLowerCase(),
      ...(path ? { path } : {}),
      ...(dump.fileType !== undefined ? { fileType: dump.fileType } : {}),
      ...(dump.state !== undefined ? { state: dump.state, stateAt: fieldEvidence(input, dump, 'state', `State: ${dump.state}`) } : {}),
      ...(dump.stateKind !== undefined ? { stateKind: dump.stateKind } : {}),
      ...(dbSignature
        ? { dbSignature, dbSignatureAt: fieldEvidence(input, dump, 'dbSignature', `DB Signature: ${dbSignature.text}`) }
        : {}),
      ...(logSignature
        ? { logSignature, logSignatureAt: fieldEvidence(input, dump, 'logSignature', `Log Signature: ${logSignature.text}`) }
        : {}),
      ...(lastConsistent ? { lastConsistent } : {}),
      ...(dump.logRequired
        ? { logRequired: { ...dump.logRequired, at: fieldEvidence(input, dump, 'logRequired', `Log Required: ${dump.logRequired.low}-${dump.logRequired.high}`) } }
        : {}),
      ...(dump.logCommitted
        ? { logCommitted: { ...dump.logCommitted, at: fieldEvidence(input, dump, 'logCommitted', `Log Committed: ${dump.logCommitted.low}-${dump.logCommitted.high}`) } }
        : {}),
      ...(dump.repairCount !== undefined
        ? { repairCount: dump.repairCount, repairCountAt: fieldEvidence(input, dump, 'repairCount', `Repair Count: ${dump.repairCount}`) }
        : {}),
      ...(dump.dbid !== undefined ? { dbid: dump.dbid } : {}),
      input,
      at: path
        ? fieldEvidence(input, dump, 'file', dump.prompt?.text ?? `Database: ${path}`)
        : evidenceLine(input, dump.startLine, dump.prompt?.text ?? 'eseutil /mh'),
      ...(dump.tool ? { tool: dump.tool } : {}),
      fragment: dump.fragment,
      ...(directory !== undefined ? { directory } : {}),
      ...(dump.prompt?.filter !== undefined ? { findFilter: dump.prompt.filter } : {}),
    });
  }

  /**
   * Several captures of one database (`find "consistent"` and `find "signature"` fragments, a
   * failed and a good run) are one database when their facts agree; they stay apart otherwise.
   */
  private placeDatabase(fresh: DatabaseEvidence): void {
    const index = fresh.path === undefined ? -1 : this.databases.findIndex((db) => db.nameKey === fresh.nameKey && compatibleDatabases(db, fresh));
    if (index < 0) {
      this.databases.push(fresh);
      return;
    }
    const existing = this.databases[index]!;
    const merged: Record<string, unknown> = { ...existing };
    for (const [key, value] of Object.entries(fresh)) if (merged[key] === undefined && value !== undefined) merged[key] = value;
    merged.fragment = existing.fragment && fresh.fragment;
    // A `| find` filter matters only while no whole header of the database was captured.
    if (existing.findFilter === undefined || fresh.findFilter === undefined) delete merged.findFilter;
    this.databases[index] = merged as unknown as DatabaseEvidence;
  }

  // ---- eseutil /mk (ese-format §4) ----------------------------------------------------------

  private addCheckpoint(input: string, dump: CheckpointDump): void {
    const file = dump.file !== undefined ? fileNameOf(dump.file.trim()) : 'edb.chk';
    const hasDirectory = dump.file !== undefined && dump.file.trim() !== file;
    const directory = dump.prompt?.directory;
    const path = hasDirectory ? dump.file!.trim() : directory ? `${directory.replace(/\\$/, '')}\\${file}` : file;
    const signature = this.signatures.intern(dump.signature);
    const checkpoint = this.position(input, dump, 'checkpoint', 'Checkpoint', dump.checkpoint);
    this.checkpoints.push({
      file,
      path,
      ...(checkpoint ? { checkpoint } : {}),
      ...(signature ? { signature, signatureAt: fieldEvidence(input, dump, 'signature', `Signature: ${signature.text}`) } : {}),
      input,
      at: fieldEvidence(input, dump, 'file', dump.prompt?.text ?? `Checkpoint file: ${file}`),
    });
  }

  // ---- esefile /s, /x, eseutil /k (ese-format §5) -------------------------------------------

  private addChecksum(input: string, dump: ChecksumDump): void {
    const file = dump.file !== undefined ? fileNameOf(dump.file.trim()) : 'unknown file';
    const lines: EvidenceLine[] = [];
    const summary = (counter: 'badChecksums' | 'wrongPageNumbers', value: number | undefined, text: string): void => {
      if (value !== undefined) lines.push(fieldEvidence(input, dump, counter, text));
    };
    summary('badChecksums', dump.badChecksums, `${dump.badChecksums} bad checksums`);
    summary('wrongPageNumbers', dump.wrongPageNumbers, `${dump.wrongPageNumbers} wrong page numbers`);
    for (const pageError of dump.pageErrors.slice(0, 10)) lines.push(evidenceLine(input, pageError.line, pageError.message));
    this.checksums.push({
      file,
      nameKey: file.toLowerCase(),
      ...(dump.pagesSeen !== undefined ? { pagesSeen: dump.pagesSeen } : {}),
      ...(dump.badChecksums !== undefined ? { badChecksums: dump.badChecksums } : {}),
      ...(dump.wrongPageNumbers !== undefined ? { wrongPageNumbers: dump.wrongPageNumbers } : {}),
      ...(dump.uninitializedPages !== undefined ? { uninitializedPages: dump.uninitializedPages } : {}),
      pageErrorCount: dump.pageErrors.length,
      lines,
      input,
      at: dump.prompt ? evidenceLine(input, dump.prompt.line, dump.prompt.text) : evidenceLine(input, dump.startLine, `checksum of ${file}`),
    });
  }
}

/** A checkpoint file's name (ese-format §7.2: `<base>.chk`, `.jcp` where legacy names are not asked for). */
const CHECKPOINT_NAME = /\.(?:chk|jcp)$/i;

/**
 * The checkpoints with what `dir` listings show (issue 16, Q296787 step 9): a listed checkpoint
 * file joins its `/mk` capture by name and folder (a capture whose folder is unknown takes the
 * listing's); one that no `/mk` captured is a checkpoint of unknown position, there all the same.
 */
function withListedCheckpoints(checkpoints: readonly CheckpointEvidence[], listedFiles: readonly ListedFileEvidence[]): CheckpointEvidence[] {
  const out = checkpoints.slice();
  for (const listed of listedFiles) {
    if (!CHECKPOINT_NAME.test(listed.file)) continue;
    const path = listed.directory !== undefined ? joinWindowsPath(listed.directory, listed.file) : listed.file;
    const i = out.findIndex((c) => {
      if (c.file.toLowerCase() !== listed.fileKey || c.listedAt !== undefined) return false;
      const folder = folderKey(folderOfFile(c.path));
      return folder === undefined || listed.folder === undefined || folder === listed.folder;
    });
    if (i < 0) {
      out.push({ file: listed.file, path, input: listed.at.input, at: listed.at, listedAt: listed.at });
      continue;
    }
    const dumped = out[i]!;
    out[i] = { ...dumped, ...(folderOfFile(dumped.path) === undefined ? { path } : {}), listedAt: listed.at };
  }
  return out;
}

/** Generations per block of the index that finds a run's members (EvidenceCollector.runsByBlock). */
const RUN_BLOCK = 256;

/** `line` is `first` moved down by `delta`; `sharedText`: the texts are interned, so compared by identity. */
function sameShifted(line: EvidenceLine | undefined, first: EvidenceLine | undefined, delta: number, sharedText: boolean): boolean {
  if (line === undefined || first === undefined) return line === first;
  return line.line === first.line + delta && (!sharedText || line.text === first.text);
}

function sameAttachments(attachments: readonly AttachmentEvidence[], first: readonly AttachmentEvidence[], delta: number): boolean {
  if (attachments.length !== first.length) return false;
  for (let i = 0; i < attachments.length; i++) {
    const a = attachments[i]!;
    const b = first[i]!;
    if (a.dbid !== b.dbid || a.path !== b.path || a.signature !== b.signature || !sameShifted(a.at, b.at, delta, true) || !sameShifted(a.signatureAt, b.signatureAt, delta, true)) return false;
  }
  return true;
}

function sameCircularLogging(circular: CircularLoggingEvidence | undefined, first: CircularLoggingEvidence | undefined, delta: number): boolean {
  if (circular === undefined || first === undefined) return circular === first;
  return circular.env === first.env && circular.currentFile === first.currentFile && circular.pastFiles === first.pastFiles && sameShifted(circular.at, first.at, delta, true);
}

/** A stream check's footer code as a fault of the log it stopped at (ese-format §3, §8). */
function faultOfCode(code: number | undefined): StreamCheckFault['kind'] | undefined {
  if (code === -530) return 'log-signature-mismatch';
  if (code === -513) return 'name-generation-mismatch';
  if (code === -501) return 'log-damaged';
  return undefined;
}

function differ<T>(a: T | undefined, b: T | undefined, same: (x: T, y: T) => boolean): boolean {
  return a !== undefined && b !== undefined && !same(a, b);
}

function compatibleDatabases(a: DatabaseEvidence, b: DatabaseEvidence): boolean {
  return !(
    differ(a.stateKind, b.stateKind, (x, y) => x === y) ||
    differ(a.dbSignature, b.dbSignature, (x, y) => x === y) ||
    differ(a.logSignature, b.logSignature, (x, y) => x === y) ||
    differ(a.lastConsistent, b.lastConsistent, (x, y) => x.generation === y.generation) ||
    differ(a.logRequired, b.logRequired, (x, y) => x.low === y.low && x.high === y.high)
  );
}

/**
 * The folder a log was in, as a comparison key (LogEvidence.folder): the folder it was dumped in,
 * else the `Env LogFilePath` it was written to (ese-format §2.1–§2.3).
 */
function logFolderKey(fact: { readonly directory?: string; readonly envLogFilePath?: string }): string | undefined {
  return folderKey(fact.directory ?? fact.envLogFilePath);
}

/**
 * The attachments of a log seen in two dumps: the first list, unless it is empty or one of them
 * holds positions only (`find /i "signature"` prints the signatures without their paths, `find /i
 * ".edb"` the paths without their signatures, Q296787 steps 3–4): then each dbid takes its path
 * and its signature from whichever dump printed them, the earlier dump first.
 */
function mergedAttachments(had: AttachmentEvidence[], added: AttachmentEvidence[]): AttachmentEvidence[] {
  if (had.length === 0) return added;
  const positional = (list: AttachmentEvidence[]) => list.some((a) => a.path === UNPRINTED_PATH);
  if (!positional(had) && !positional(added)) return had;
  const merged = had.slice();
  for (const a of added) {
    const i = merged.findIndex((m) => m.dbid === a.dbid);
    if (i < 0) {
      merged.push(a);
      continue;
    }
    const m = merged[i]!;
    const path = m.path === UNPRINTED_PATH ? a : m;
    const signature = m.signature ? m : a;
    const joined = { dbid: m.dbid, path: path.path, nameKey: path.nameKey, at: path.at } as Writable<AttachmentEvidence>;
    if (signature.signature) joined.signature = signature.signature;
    if (signature.signatureAt) joined.signatureAt = signature.signatureAt;
    merged[i] = joined;
  }
  return merged.sort((x, y) => x.dbid - y.dbid);
}
