/**
 * The restore model: evidence → log streams with their databases, anchors and replay chains.
 * Rules report on it, verdicts and the plan are read from it. It implements the shared restore
 * semantics (KB Q296787 "Roll Forward" steps 2–9, Q237767, Q183380).
 */
import { fileNameOf, parseLogFileName } from '../domain/log-names.js';
import type {
  AttachmentEvidence,
  CheckpointEvidence,
  ChecksumEvidence,
  DatabaseEvidence,
  Evidence,
  EvidenceLine,
  LogEvidence,
  LogGroup,
  SignatureRef,
  StreamCheckEvidence,
} from '../evidence/types.js';
import type { Era, NamedStream, StreamNaming } from './naming.js';

export interface ModelOptions {
  /** `--anchor FILE` (chksig.bat edb012cf.log): the anchor of a chain checked without /mh. */
  readonly anchorFile?: string;
}

/** Where a replay chain stops (semantics: "It stops before the first …"). */
export interface ChainStop {
  readonly kind: 'generation-gap' | 'log-signature-mismatch' | 'log-damaged' | 'name-generation-mismatch';
  /** The generation that cannot replay. */
  readonly generation: number;
  /** The foreign or damaged log at that generation. */
  readonly log?: LogEvidence;
  /** For a gap: the last missing generation of the gap. */
  readonly missingThrough?: number;
}

export interface Chain {
  readonly from: number;
  /** Last generation that replays; `from - 1` when even the anchor cannot replay. */
  readonly through: number;
  readonly stop?: ChainStop;
  /** The log chosen at each generation from..through. */
  readonly logs: readonly LogEvidence[];
}

/** Replay into one database stops where the log stream records a change for it (Q183380, pathchk). */
export interface DatabaseChange {
  readonly kind: 'db-signature-change' | 'path-change';
  readonly generation: number;
  readonly log: LogEvidence;
  readonly from: string;
  readonly to: string;
  readonly before: EvidenceLine;
  readonly after: EvidenceLine;
}

export interface DatabaseModel {
  readonly db: DatabaseEvidence;
  stream?: StreamModel;
  /** false: the database's Log Signature is not the signature of the logs it was joined to. */
  logSignatureMatch?: boolean;
  /** clean → Last Consistent generation; dirty → low end of Log Required (Q296787 step 2). */
  anchor?: number;
  anchorFrom?: 'lastConsistent' | 'logRequired';
  anchorLog?: LogEvidence;
  /** A log of another stream sitting at the anchor generation. */
  foreignAnchorLog?: LogEvidence;
  chain?: Chain;
  /** The attachment entry for this database in the anchor log (or the next log listing it). */
  recorded?: { readonly attachment: AttachmentEvidence; readonly log: LogEvidence };
  dbSignatureMatch?: boolean;
  change?: DatabaseChange;
  replayThrough?: number;
  /** Dirty database: Log Required generations not present (or not replayable). */
  requiredMissing: number[];
  /**
   * Dirty database: generations above Log Required's high end up to Log Committed's high end
   * (ese-format §1.5) that are not present or do not replay. Not needed for consistency, but
   * needed to lose nothing: non-empty means a lossy recovery (`eseutil /r … /a`, -582).
   */
  committedMissing?: number[];
  requiredSatisfied?: boolean;
  checksums: ChecksumEvidence[];
  /**
   * Clean database whose `Last Consistent` is `(0x0,0,0)` / `(0,0,0)`: a captured value, not a
   * missing one. It was repaired (eseutil /p) or never shut down cleanly with a log stream; its log
   * signature was reset, so no log can replay into it (Q183380): point-in-time only.
   */
  lastConsistentZero?: boolean;
  /**
   * Logs from this database's anchor on written with circular logging on (`Env CircLog` on or
   * `Circular Logging Flag (current file): on`, ese-format §2.4). The `(past files)` flag is
   * history and never counts here. Decides point-in-time for a clean copy only: soft recovery of
   * a dirty database replays its Log Required logs whatever circular logging says.
   */
  circularLogs: LogEvidence[];
  /**
   * The other half of an Exchange 2000/2003 store: `priv1.stm` for `priv1.edb` and back (same
   * folder and base name). The two are one unit: a damaged half makes the store not restorable;
   * each keeps its own file name and path (the logs record only the `.edb`).
   */
  partner?: DatabaseModel;
  /**
   * Whether this database replays logs (roll-forward, partial roll-forward or soft recovery) —
   * false for a point-in-time, not-restorable or undetermined one. Set once the model is built;
   * the plan restores the databases that do not replay only after replay has run.
   */
  replays?: boolean;
}

export type CurrentLogProblem = 'wrong-generation' | 'missing';

export interface StreamModel extends NamedStream {
  readonly id: string;
  readonly signature?: SignatureRef;
  readonly naming: StreamNaming;
  /** Logs with the stream's own signature (plus unsigned captures joined by base name), by generation. */
  readonly logs: readonly LogEvidence[];
  /**
   * The logs that have a generation, in generation order; logs at one generation keep their order
   * in `logs`. Chains, attachments and gaps walk it instead of sorting or scanning `logs` again
   * for each generation: an archive has 100,000 logs (SPEC §9).
   */
  readonly ordered: readonly LogEvidence[];
  /** Logs of another signature found among this stream's logs (same base name): chksig mismatches. */
  readonly intruders: readonly LogEvidence[];
  readonly highest?: number;
  readonly lowest?: number;
  readonly databases: DatabaseModel[];
  readonly checkpoints: CheckpointEvidence[];
  readonly streamChecks: StreamCheckEvidence[];
  /** The log named by --anchor, when it is in this stream. */
  anchorFileLog?: LogEvidence;
  lowAnchor?: number;
  /** Database names (or the --anchor file) whose anchor is the low anchor. */
  lowAnchorOf: string[];
  chain?: Chain;
  /** Last generation that will replay into any database: the log that is or becomes the current log. */
  replayThrough?: number;
  /** True when at least one database (or the --anchor chain) replays logs. */
  rollsForward: boolean;
  /** The current log (`Edb.log`/`E00.log`) that may stay: lGeneration = chain's last + 1. */
  validCurrentLog?: LogEvidence;
  /** Current logs of this stream that must be moved aside (Q296787 step 6). */
  wrongCurrentLogs: LogEvidence[];
  /** The numbered log to rename to the current log name (Q296787 step 7). */
  renameToCurrent?: LogEvidence;
  /** Logs above the (renamed) current log (Q296787 step 7 CRITICAL NOTE). */
  ceilingLogs: LogEvidence[];
  /**
   * Logs a dirty database's soft recovery needs (Log Required through Log Committed, ese-format
   * §1.5) that cannot replay because an earlier generation is missing or bad. Not ceiling logs:
   * they are the committed data the lossy recovery (`eseutil /r … /a`) gives up; move them aside
   * (keep them) before it runs, so recovery ends at the chain's last log.
   */
  strandedLogs: LogEvidence[];
  /**
   * True when replay in this stream is soft recovery of a dirty database (Q237767 Notes): no log
   * of it may be renamed (`renameToCurrent` stays unset) and the logs it needs are never ceiling.
   */
  softRecovery: boolean;
  /**
   * Logs from the low anchor on (all logs when there is none) whose current setting shows circular
   * logging on (`Env CircLog`, `Circular Logging Flag (current file)`, ese-format §2.4).
   */
  circularLogs: LogEvidence[];
  /**
   * Logs whose only circular-logging flag on is `Circular Logging Flag (past files)`: history
   * (ESE keeps it on in every later header once circular logging was ever on), an info only.
   */
  circularHistoryLogs: LogEvidence[];
  /** The databases of this stream that replay logs (DatabaseModel.replays), in capture order. */
  replaying: DatabaseModel[];
  /**
   * The databases of this stream into which no log replays: point-in-time ones, and those that are
   * not restorable or undetermined. None of them may be in place while replay runs for `replaying`.
   */
  pointInTime: DatabaseModel[];
}

export interface RestoreModel {
  readonly streams: readonly StreamModel[];
  readonly databases: readonly DatabaseModel[];
  /** Checkpoints that match no stream. */
  readonly strayCheckpoints: readonly CheckpointEvidence[];
  readonly options: ModelOptions;
}

const UNUSABLE_STATES = new Set(['justCreated', 'beingConverted', 'illegal', 'forceDetach', 'incrementalReseed', 'revert']);

export function isDirty(db: DatabaseEvidence): boolean {
  return db.stateKind === 'dirty' || db.stateKind === 'dirtyPatched';
}

export function isUnusableState(db: DatabaseEvidence): boolean {
  return db.stateKind !== undefined && UNUSABLE_STATES.has(db.stateKind);
}

// ---- streams ---------------------------------------------------------------------------------

function groupRange(group: { readonly logs: readonly LogEvidence[] }): { lowest?: number; highest?: number } {
  let lowest: number | undefined;
  let highest: number | undefined;
  for (const log of group.logs) {
    if (log.generation === undefined) continue;
    lowest = lowest === undefined ? log.generation : Math.min(lowest, log.generation);
    highest = highest === undefined ? log.generation : Math.max(highest, log.generation);
  }
  return { ...(lowest !== undefined ? { lowest } : {}), ...(highest !== undefined ? { highest } : {}) };
}

function namingOf(logs: readonly LogEvidence[], databases: readonly DatabaseEvidence[]): StreamNaming {
  const numbered = logs.filter((l) => l.kind === 'numbered' && l.digits !== undefined);
  const first = numbered[0];
  const radix = logs.find((l) => l.radix)?.radix ?? databases.find((d) => d.lastConsistent)?.lastConsistent?.radix;
  const tool = logs.find((l) => l.tool)?.tool ?? databases.find((d) => d.tool)?.tool;
  const toolMajor = tool ? parseFloat(tool.version) : undefined;
  const digits: 5 | 8 = first?.digits === 8 ? 8 : first?.digits === 5 ? 5 : toolMajor !== undefined && toolMajor >= 8 && !/windows/i.test(tool!.product) ? 8 : 5;
  const baseName = first?.baseName ?? logs.find((l) => l.baseName)?.baseName ?? (radix === 10 ? 'Edb' : 'E00');
  let hexCase: 'lower' | 'upper' = radix === 10 ? 'lower' : 'upper';
  for (const log of numbered) {
    const hex = fileNameOf(log.file).slice(3, 3 + (log.digits ?? 0));
    if (/[a-f]/.test(hex)) { hexCase = 'lower'; break; }
    if (/[A-F]/.test(hex)) { hexCase = 'upper'; break; }
  }
  let era: Era;
  if (radix === 10) era = 'exchange55';
  else if (digits === 8 && !(tool && /windows/i.test(tool.product))) era = 'exchange2007';
  else if ((tool && /windows/i.test(tool.product)) || /^edb$/i.test(baseName)) era = radix === 16 || tool ? 'windows' : 'exchange55';
  else era = 'exchange2000';
  return { baseName, digits, hexCase, era };
}

/** The logs that have a generation, stably sorted by it (captures usually come in order: no sort then). */
function inGenerationOrder(logs: readonly LogEvidence[]): LogEvidence[] {
  const ordered: LogEvidence[] = [];
  let sorted = true;
  for (const log of logs) {
    if (log.generation === undefined) continue;
    if (sorted && ordered.length > 0 && ordered[ordered.length - 1]!.generation! > log.generation) sorted = false;
    ordered.push(log);
  }
  return sorted ? ordered : ordered.sort((a, b) => a.generation! - b.generation!);
}

/**
 * The generations present in a stream, ascending (repeats kept): its own logs' (already in
 * order) merged with those of its few foreign logs. Gaps are read from this list, never one
 * generation at a time: a garbled lGeneration (0xFFFFFFFF) must not cost four billion steps.
 */
export function presentGenerations(stream: StreamModel): number[] {
  const foreign = stream.intruders.flatMap((l) => (l.generation === undefined ? [] : [l.generation])).sort((a, b) => a - b);
  const merged: number[] = [];
  let j = 0;
  for (const log of stream.ordered) {
    const g = log.generation!;
    while (j < foreign.length && foreign[j]! < g) merged.push(foreign[j++]!);
    merged.push(g);
  }
  while (j < foreign.length) merged.push(foreign[j++]!);
  return merged;
}

/** Index of the first log of `ordered` whose generation is at least `generation`. */
function firstAtOrAbove(ordered: readonly LogEvidence[], generation: number): number {
  let low = 0;
  let high = ordered.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (ordered[mid]!.generation! < generation) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The logs of `ordered` at or above `generation`, in generation order. */
function orderedFrom(ordered: readonly LogEvidence[], generation: number | undefined): readonly LogEvidence[] {
  if (generation === undefined) return ordered;
  const first = firstAtOrAbove(ordered, generation);
  return first === 0 ? ordered : ordered.slice(first);
}

function makeStream(
  id: string,
  group: LogGroup,
  absorbed: LogEvidence[],
  naming: StreamNaming,
): StreamModel {
  // A log eseutil's stream check found to carry another signature (-530, ese-format §3) is a
  // foreign log even when its header was not captured: chksig's "SIGNATURE MATCHING FAILED".
  const foreign = group.logs.filter((l) => l.streamCheckFault?.kind === 'log-signature-mismatch');
  const logs = foreign.length === 0 ? group.logs : group.logs.filter((l) => !foreign.includes(l));
  const intruders = [...absorbed, ...foreign];
  const byGeneration = new Map<number, LogEvidence>();
  for (const log of logs) {
    if (log.generation === undefined) continue;
    const existing = byGeneration.get(log.generation);
    // At one generation the numbered log whose name matches is the one shown.
    if (!existing || (existing.kind !== 'numbered' && log.kind === 'numbered') || (existing.nameGeneration !== existing.generation && log.nameGeneration === log.generation)) {
      byGeneration.set(log.generation, log);
    }
  }
  const range = groupRange({ logs });
  return {
    id,
    ...(group.signature ? { signature: group.signature } : {}),
    naming,
    logAt: (generation) => byGeneration.get(generation),
    logs,
    ordered: inGenerationOrder(logs),
    intruders,
    ...range,
    databases: [],
    checkpoints: [],
    streamChecks: [],
    lowAnchorOf: [],
    rollsForward: false,
    wrongCurrentLogs: [],
    ceilingLogs: [],
    strandedLogs: [],
    softRecovery: false,
    circularLogs: [],
    circularHistoryLogs: [],
    replaying: [],
    pointInTime: [],
  };
}

/** Circular logging on by its current setting (ese-format §2.4), not by the history flag. */
export function circularNow(log: LogEvidence): boolean {
  return log.circularLogging !== undefined && (log.circularLogging.env === true || log.circularLogging.currentFile === true);
}

/** Only the `(past files)` flag is on: circular logging was on once, not when this log was written. */
function circularHistoryOnly(log: LogEvidence): boolean {
  return log.circularLogging?.pastFiles === true && !circularNow(log);
}

function anchorFileKey(options: ModelOptions): string | undefined {
  return options.anchorFile !== undefined ? fileNameOf(options.anchorFile.trim()).toLowerCase() : undefined;
}

/**
 * Groups of one base name: the group a database (or --anchor) belongs to is the stream; a
 * smaller group of another signature whose logs sit inside that stream's generations (or that is
 * a current log) is taken as logs of a foreign stream copied into this folder — chksig's
 * "SIGNATURE MATCHING FAILED" (Q296787 step 8) — and not as a stream of its own.
 */
function assembleStreams(evidence: Evidence, options: ModelOptions): StreamModel[] {
  const anchorKey = anchorFileKey(options);
  const groups = evidence.logGroups;
  const isPrimary = (group: LogGroup): boolean =>
    (group.signature !== undefined && evidence.databases.some((d) => d.logSignature?.key === group.signature!.key)) ||
    (anchorKey !== undefined && group.logs.some((l) => l.fileKey === anchorKey));

  const primaries = new Set(groups.filter(isPrimary));
  const byBase = new Map<string, LogGroup[]>();
  // A group whose base name is unknown (a copy renamed `Edb012d2 (2).log`) sits with the only
  // base name of the capture set, when there is only one.
  const bases = new Set(groups.map((g) => g.baseName?.toLowerCase()).filter((b) => b !== undefined));
  const onlyBase = bases.size === 1 ? [...bases][0] : undefined;
  for (const group of groups) {
    const key = group.baseName?.toLowerCase() ?? onlyBase ?? `#${byBase.size}`;
    byBase.set(key, [...(byBase.get(key) ?? []), group]);
  }
  const intrudersOf = new Map<LogGroup, LogEvidence[]>();
  const absorbed = new Set<LogGroup>();
  const folders = new Map<LogGroup, Set<string>>();
  for (const sameBase of byBase.values()) {
    for (const group of sameBase) {
      if (primaries.has(group)) continue;
      // Logs of one base name in another folder are another stream (5.5 MDBDATA and DSADATA both
      // write Edb*.log; two servers' E00), never foreign logs of this one.
      const neighbours = sameBase.filter((g) => g !== group && !absorbed.has(g) && sameFolder(g, group, folders));
      let hosts = neighbours.filter((g) => primaries.has(g));
      if (hosts.length === 0) {
        const candidates = [...neighbours, group].sort((a, b) => b.logs.length - a.logs.length);
        const largest = candidates[0]!;
        const tie = candidates.filter((g) => g.logs.length === largest.logs.length).length > 1;
        hosts = largest !== group && !tie ? [largest] : [];
      }
      if (hosts.length !== 1) continue;
      const host = hosts[0]!;
      if (group.logs.length >= host.logs.length) continue;
      // A log series started after the failure (a lone current log, maybe with its own new
      // checkpoint) is foreign to the restored stream: moved aside before the rename (Q296787 step 6).
      const newSeries = group.logs.every((l) => l.kind === 'current');
      if (!newSeries && evidence.checkpoints.some((c) => c.signature && group.signature && c.signature.key === group.signature.key)) continue;
      const hostRange = groupRange(host);
      const inside = group.logs.every((l) =>
        l.kind === 'current' ||
        (l.generation !== undefined && hostRange.lowest !== undefined && hostRange.highest !== undefined &&
          l.generation >= hostRange.lowest - 1 && l.generation <= hostRange.highest + 1));
      if (!inside) continue;
      intrudersOf.set(host, [...(intrudersOf.get(host) ?? []), ...group.logs]);
      absorbed.add(group);
    }
  }

  const ids = new Set<string>();
  const streams: StreamModel[] = [];
  for (const group of groups) {
    if (absorbed.has(group)) continue;
    const related = evidence.databases.filter((d) => group.signature && d.logSignature?.key === group.signature.key);
    const naming = namingOf(group.logs, related);
    let id = `${naming.baseName}-${group.signature ? group.signature.rand : 'unsigned'}`;
    for (let n = 2; ids.has(id); n++) id = `${naming.baseName}-${group.signature ? group.signature.rand : 'unsigned'}-${n}`;
    ids.add(id);
    streams.push(makeStream(id, group, intrudersOf.get(group) ?? [], naming));
  }
  return streams;
}

/** The folders a group's logs were captured in (LogEvidence.folder), read once per group into `known`. */
function foldersOf(group: LogGroup, known: Map<LogGroup, Set<string>>): Set<string> {
  let folders = known.get(group);
  if (!folders) {
    folders = new Set<string>();
    for (const log of group.logs) if (log.folder !== undefined) folders.add(log.folder);
    known.set(group, folders);
  }
  return folders;
}

/** Two groups may be one folder's logs: a folder unknown on either side does not tell them apart. */
function sameFolder(a: LogGroup, b: LogGroup, known: Map<LogGroup, Set<string>>): boolean {
  const fa = foldersOf(a, known);
  const fb = foldersOf(b, known);
  if (fa.size === 0 || fb.size === 0) return true;
  for (const folder of fa) if (fb.has(folder)) return true;
  return false;
}

// ---- databases and checkpoints join streams ----------------------------------------------------

function streamListing(streams: readonly StreamModel[], nameKey: string): StreamModel[] {
  return streams.filter((s) => s.logs.some((l) => l.attachments.some((a) => a.nameKey === nameKey)));
}

/**
 * A signature eseutil prints for "none" (`Create time:00/00/1900 00:00:00 Rand:0 Computer:`): a
 * repaired database's reset Log Signature (Q183380). It names no log stream.
 */
export function isZeroSignature(signature: SignatureRef | undefined): boolean {
  return signature !== undefined && signature.rand === 0 && /\b0?0\/0?0\/1900\b/.test(signature.text);
}

function joinDatabase(model: DatabaseModel, streams: readonly StreamModel[]): void {
  const db = model.db;
  const bySignature = db.logSignature ? streams.find((s) => s.signature?.key === db.logSignature!.key) : undefined;
  if (bySignature) {
    model.stream = bySignature;
    model.logSignatureMatch = true;
    return;
  }
  // No stream carries the database's Log Signature: compare it with the stream that lists the
  // database, or with the only stream there is (Q237767: "the anchor log belongs to an entirely
  // different database").
  const listing = streamListing(streams, db.nameKey);
  const candidate = listing.length === 1 ? listing[0] : streams.length === 1 ? streams[0] : undefined;
  if (!candidate) return;
  model.stream = candidate;
  if (db.logSignature && candidate.signature && !isZeroSignature(db.logSignature)) model.logSignatureMatch = false;
}

function joinCheckpoint(checkpoint: CheckpointEvidence, streams: readonly StreamModel[]): StreamModel | undefined {
  if (checkpoint.signature) {
    const match = streams.find((s) => s.signature?.key === checkpoint.signature!.key);
    if (match) return match;
  }
  return streams.length === 1 ? streams[0] : undefined;
}

// ---- chains ------------------------------------------------------------------------------------

/** Logs at one generation: the stream's own and foreign ones. */
function logsAt(stream: StreamModel, generation: number): { own: LogEvidence[]; foreign: LogEvidence[] } {
  return {
    own: ownLogsAt(stream.ordered, firstAtOrAbove(stream.ordered, generation), generation),
    foreign: stream.intruders.filter((l) => l.generation === generation),
  };
}

/** The logs of `ordered` at `generation`, starting the look at index `from`. */
function ownLogsAt(ordered: readonly LogEvidence[], from: number, generation: number): LogEvidence[] {
  const here: LogEvidence[] = [];
  for (let i = from; i < ordered.length && ordered[i]!.generation === generation; i++) here.push(ordered[i]!);
  return here;
}

/**
 * From the anchor through consecutive generations present with the anchor log's signature and
 * not damaged (Q296787 steps 5 and 8); stops before the first gap, foreign or damaged log.
 */
export function walkChain(stream: StreamModel, from: number): Chain {
  const logs: LogEvidence[] = [];
  const highest = stream.highest ?? from;
  const ordered = stream.ordered;
  let at = firstAtOrAbove(ordered, from);
  let g = from;
  let stop: ChainStop | undefined;
  for (; g <= highest; g++) {
    const here = ownLogsAt(ordered, at, g);
    at += here.length;
    if (here.length === 0) {
      const foreign = stream.intruders.find((l) => l.generation === g);
      if (foreign) {
        stop = { kind: 'log-signature-mismatch', generation: g, log: foreign };
      } else {
        // The gap ends before the next generation present (own or foreign), found without
        // stepping through it: a garbled lGeneration can put billions of generations in between.
        let next = highest + 1;
        for (const l of [...stream.logs, ...stream.intruders]) {
          if (l.generation !== undefined && l.generation > g && l.generation < next) next = l.generation;
        }
        stop = { kind: 'generation-gap', generation: g, missingThrough: next - 1 };
      }
      break;
    }
    const chosen = here.find((l) => l.kind === 'numbered' && l.nameGeneration === g) ?? here.find((l) => l.kind === 'numbered') ?? here[0]!;
    if (here.some((l) => l.integrity === 'failed')) {
      stop = { kind: 'log-damaged', generation: g, log: here.find((l) => l.integrity === 'failed')! };
      break;
    }
    // eseutil's stream check said -513 for this file but did not print the lGeneration it read.
    const misnamed = here.find((l) => l.streamCheckFault?.kind === 'name-generation-mismatch' && !nameMismatch(l));
    if (misnamed) {
      stop = { kind: 'name-generation-mismatch', generation: g, log: misnamed };
      break;
    }
    logs.push(chosen);
  }
  return { from, through: g - 1, ...(stop ? { stop } : {}), logs };
}

/**
 * The attachment a log lists for a database: by file name, else by dbid. The dbid never joins
 * files of different kinds: an `.stm` shares its `.edb`'s dbid (one store, ese-format §7.1), and
 * the `.edb`'s recorded path is not the `.stm`'s (copying an `.stm` there overwrites the database).
 */
function attachmentFor(log: LogEvidence, db: DatabaseEvidence, dbid: number | undefined): AttachmentEvidence | undefined {
  const byName = log.attachments.find((a) => a.nameKey === db.nameKey);
  if (byName || dbid === undefined) return byName;
  const kind = extensionOf(db.nameKey);
  return log.attachments.find((a) => a.dbid === dbid && extensionOf(a.nameKey) === kind);
}

function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot + 1).toLowerCase();
}

/** `priv1.edb` and `priv1.stm` of one folder: the two files of one Exchange 2000/2003 store. */
function pairStores(databases: readonly DatabaseModel[]): void {
  const stem = (m: DatabaseModel): string => {
    const path = (m.db.path ?? m.db.name).trim().toLowerCase();
    const dot = path.lastIndexOf('.');
    return dot < 0 ? path : path.slice(0, dot);
  };
  for (const stm of databases) {
    if (extensionOf(stm.db.nameKey) !== 'stm') continue;
    const edb = databases.find((m) => extensionOf(m.db.nameKey) === 'edb' && !m.partner && stem(m) === stem(stm))
      ?? databases.find((m) => extensionOf(m.db.nameKey) === 'edb' && !m.partner && fileNameOf(stem(m)) === fileNameOf(stem(stm)));
    if (!edb) continue;
    edb.partner = stm;
    stm.partner = edb;
  }
}

function samePath(a: string, b: string): boolean {
  // Every log of a stream usually prints the same path: no case folding needed then.
  return a === b || a.trim().toLowerCase() === b.trim().toLowerCase();
}

/**
 * Per database along its chain: the signature and path the logs record for it. Replay into it
 * stops at the first log where either changes (Q296787 "Dealing with Database Signature and Path
 * Mismatches"; Q237767 sigchk / pathchk).
 */
function followDatabase(model: DatabaseModel, chain: Chain): void {
  const db = model.db;
  let baseline: { attachment: AttachmentEvidence; log: LogEvidence } | undefined;
  for (const log of chain.logs) {
    const attachment = attachmentFor(log, db, baseline?.attachment.dbid ?? db.dbid);
    if (!attachment) continue;
    if (!baseline) {
      baseline = { attachment, log };
      continue;
    }
    const was = baseline.attachment;
    if (was.signature && attachment.signature && was.signature.key !== attachment.signature.key) {
      model.change = {
        kind: 'db-signature-change',
        generation: log.generation!,
        log,
        from: was.signature.text,
        to: attachment.signature.text,
        before: was.signatureAt ?? was.at,
        after: attachment.signatureAt ?? attachment.at,
      };
      return;
    }
    if (!samePath(was.path, attachment.path)) {
      model.change = { kind: 'path-change', generation: log.generation!, log, from: was.path, to: attachment.path, before: was.at, after: attachment.at };
      return;
    }
  }
}

function recordedAttachment(model: DatabaseModel, stream: StreamModel, anchor: number): DatabaseModel['recorded'] {
  // Generation 1 has no attachment list: use generation 2 (Q296787 step 4 NOTE, Q237767 step 2).
  for (const log of orderedFrom(stream.ordered, anchor)) {
    const attachment = attachmentFor(log, model.db, model.db.dbid);
    if (attachment) return { attachment, log };
  }
  return undefined;
}

function analyzeDatabase(model: DatabaseModel): void {
  const { db, stream } = model;
  if (isDirty(db)) {
    if (db.logRequired && db.logRequired.low > 0) {
      model.anchor = db.logRequired.low;
      model.anchorFrom = 'logRequired';
    }
  } else if (db.lastConsistent && db.lastConsistent.generation > 0) {
    model.anchor = db.lastConsistent.generation;
    model.anchorFrom = 'lastConsistent';
  } else if (db.lastConsistent) {
    // `Last Consistent: (0x0,0,0)` was printed: there is no anchor log to find (Q183380).
    model.lastConsistentZero = true;
  }
  if (!stream || model.anchor === undefined) {
    if (isDirty(db) && db.logRequired && model.anchor !== undefined) {
      model.requiredMissing = range(db.logRequired.low, db.logRequired.high);
      model.requiredSatisfied = false;
    }
    return;
  }
  const at = logsAt(stream, model.anchor);
  const anchorLog = at.own.find((l) => l.kind === 'numbered') ?? at.own[0];
  if (anchorLog) model.anchorLog = anchorLog;
  else if (at.foreign[0]) model.foreignAnchorLog = at.foreign[0];

  const recorded = recordedAttachment(model, stream, model.anchor);
  if (recorded) {
    model.recorded = recorded;
    if (db.dbSignature && recorded.attachment.signature) model.dbSignatureMatch = db.dbSignature.key === recorded.attachment.signature.key;
  }

  if (anchorLog) {
    const chain = walkChain(stream, model.anchor);
    model.chain = chain;
    followDatabase(model, chain);
    model.replayThrough = model.change ? model.change.generation - 1 : chain.through;
  }
  const anchor = model.anchor;
  model.circularLogs = stream.logs.filter((l) => l.generation !== undefined && l.generation >= anchor && circularNow(l));
  if (isDirty(db) && db.logRequired) {
    const reached = model.replayThrough ?? model.anchor - 1;
    model.requiredMissing = range(db.logRequired.low, db.logRequired.high).filter(
      (g) => g > reached || stream.logAt(g) === undefined,
    );
    model.requiredSatisfied = reached >= db.logRequired.high;
    // Log Committed 0-N (ese-format §1.5): N+1.. hold nothing of this database; required.high+1..N
    // are needed to lose nothing (-582 JET_errCommittedLogFilesMissing without them).
    if (db.logCommitted && db.logCommitted.high > db.logRequired.high) {
      model.committedMissing = range(db.logRequired.high + 1, db.logCommitted.high).filter((g) => g > reached);
    } else if (db.logCommitted) {
      model.committedMissing = [];
    }
  }
}

/** The highest generation a dirty database's soft recovery needs: Log Committed's high end, else Log Required's. */
export function neededThrough(model: DatabaseModel): number | undefined {
  const db = model.db;
  if (!isDirty(db) || !db.logRequired) return undefined;
  return Math.max(db.logRequired.high, db.logCommitted?.high ?? 0);
}

function range(low: number, high: number): number[] {
  const out: number[] = [];
  for (let g = low; g <= high && out.length < 100_000; g++) out.push(g);
  return out;
}

/** Can this database be rolled forward at all (before looking at how far)? */
export function databaseReplays(model: DatabaseModel): boolean {
  const db = model.db;
  if (isUnusableState(db)) return false;
  if (hasDamagedPages(model)) return false;
  if (!model.stream || !model.anchorLog || model.replayThrough === undefined) return false;
  if (model.replayThrough < (model.anchor ?? 0)) return false;
  if (isDirty(db)) return model.requiredSatisfied === true && model.dbSignatureMatch !== false && model.logSignatureMatch !== false && (!model.partner || partnerUsable(model.partner));
  if (db.stateKind !== 'clean') return false;
  if (model.logSignatureMatch === false || model.dbSignatureMatch === false) return false;
  if (model.circularLogs.length > 0) return false;
  if (model.partner && !partnerUsable(model.partner)) return false;
  return true;
}

/** The other half of a store is usable: not in a broken state, no damaged pages. */
export function partnerUsable(partner: DatabaseModel): boolean {
  return !isUnusableState(partner.db) && !hasDamagedPages(partner);
}

export function hasDamagedPages(model: DatabaseModel): boolean {
  return model.checksums.some((c) => (c.badChecksums ?? 0) > 0 || (c.wrongPageNumbers ?? 0) > 0);
}

/**
 * The current log (Q296787 steps 6–7): `Edb.log` stays only when its lGeneration is the chain's
 * highest numbered log + 1; otherwise it is moved aside and the chain's last log is renamed.
 * Every log above that one is a ceiling (step 7 CRITICAL NOTE).
 */
function decideCurrentLog(stream: StreamModel): void {
  const through = stream.replayThrough;
  const currents = stream.logs.filter((l) => l.kind === 'current');
  if (through === undefined) {
    stream.wrongCurrentLogs.push(...currents);
    return;
  }
  const numberedAtEnd = stream.logs.find((l) => l.kind === 'numbered' && l.generation === through);
  for (const current of currents) {
    if (current.generation === through && !numberedAtEnd && current.integrity !== 'failed' && !stream.validCurrentLog) stream.validCurrentLog = current;
    else stream.wrongCurrentLogs.push(current);
  }
  // Q237767 Notes: the logs of a dirty database are never renamed; soft recovery reads them as they are.
  if (!stream.validCurrentLog && numberedAtEnd && !stream.softRecovery) stream.renameToCurrent = numberedAtEnd;
  // A dirty database needs its logs up to Log Committed: those it cannot replay are stranded, not ceiling.
  let needed = through;
  for (const m of stream.replaying) needed = Math.max(needed, neededThrough(m) ?? through);
  for (const log of stream.logs) {
    if (log.kind === 'current' || log.generation === undefined || log.generation <= through) continue;
    if (log.generation <= needed) stream.strandedLogs.push(log);
    else stream.ceilingLogs.push(log);
  }
}

export function buildRestoreModel(evidence: Evidence, options: ModelOptions = {}): RestoreModel {
  const streams = assembleStreams(evidence, options);
  const databases: DatabaseModel[] = evidence.databases.map((db) => ({
    db,
    requiredMissing: [],
    circularLogs: [],
    checksums: evidence.checksums.filter((c) => c.nameKey === db.nameKey),
  }));
  pairStores(databases);
  for (const model of databases) {
    joinDatabase(model, streams);
    model.stream?.databases.push(model);
  }
  const strayCheckpoints: CheckpointEvidence[] = [];
  for (const checkpoint of evidence.checkpoints) {
    const stream = joinCheckpoint(checkpoint, streams);
    if (stream) stream.checkpoints.push(checkpoint);
    else strayCheckpoints.push(checkpoint);
  }
  for (const check of evidence.streamChecks) {
    const base = check.baseName?.toLowerCase();
    const byFile = streams.find((s) => check.logFiles.some((f) => s.logs.some((l) => l.fileKey === fileNameOf(f).toLowerCase())));
    const stream = byFile ?? streams.find((s) => base !== undefined && s.naming.baseName.toLowerCase() === base);
    stream?.streamChecks.push(check);
  }

  for (const model of databases) analyzeDatabase(model);

  for (const model of databases) model.replays = databaseReplays(model);

  const anchorKey = anchorFileKey(options);
  for (const stream of streams) {
    stream.replaying.push(...stream.databases.filter((m) => m.replays));
    stream.pointInTime.push(...stream.databases.filter((m) => !m.replays));
    stream.softRecovery = stream.replaying.some((m) => isDirty(m.db));
    // The low anchor is where replay starts: the lowest anchor of the databases that replay. A
    // database restored point-in-time does not pull it down, so the logs below the replaying
    // databases' anchors are moved aside rather than replayed (Q296787 step 2).
    const anchoring = stream.replaying.length > 0 ? stream.replaying : stream.databases;
    const anchors: { generation: number; by: string }[] = [];
    for (const model of anchoring) {
      if (model.anchor !== undefined && model.logSignatureMatch !== false) anchors.push({ generation: model.anchor, by: model.db.name });
    }
    const anchorFileLog = anchorKey !== undefined ? [...stream.logs, ...stream.intruders].find((l) => l.fileKey === anchorKey) : undefined;
    if (anchorFileLog && stream.logs.includes(anchorFileLog)) {
      stream.anchorFileLog = anchorFileLog;
      if (anchorFileLog.generation !== undefined) anchors.push({ generation: anchorFileLog.generation, by: anchorFileLog.file });
    }
    if (anchors.length > 0) {
      const low = Math.min(...anchors.map((a) => a.generation));
      stream.lowAnchor = low;
      stream.lowAnchorOf = anchors.filter((a) => a.generation === low).map((a) => a.by);
      // A database anchored there walked this chain already (walkChain depends on the stream and the anchor only).
      if (stream.logAt(low) !== undefined) stream.chain = stream.databases.find((m) => m.chain?.from === low)?.chain ?? walkChain(stream, low);
    }
    const from = stream.lowAnchor;
    for (const log of stream.logs) {
      if (from !== undefined && (log.generation === undefined || log.generation < from)) continue;
      if (circularNow(log)) stream.circularLogs.push(log);
      else if (circularHistoryOnly(log)) stream.circularHistoryLogs.push(log);
    }
    const throughs = stream.replaying.map((m) => m.replayThrough!);
    if (stream.anchorFileLog && stream.chain && stream.databases.length === 0 && stream.circularLogs.length === 0) throughs.push(stream.chain.through);
    if (throughs.length > 0) {
      stream.replayThrough = Math.max(...throughs);
      stream.rollsForward = true;
    }
    decideCurrentLog(stream);
  }
  return { streams, databases, strayCheckpoints, options };
}

/** Is the name of a numbered log at odds with its lGeneration (ese-format §2.4, -513)? */
export function nameMismatch(log: LogEvidence): boolean {
  return log.kind === 'numbered' && log.generationFromHeader && log.nameGeneration !== undefined && log.nameGeneration !== log.generation;
}

export function isLogFileName(name: string): boolean {
  return parseLogFileName(name) !== undefined;
}

/** Naming for a database whose logs were not captured: the era its /mh output shows. */
export function namingForDatabase(model: DatabaseModel): NamedStream {
  if (model.stream) return model.stream;
  const db = model.db;
  const radix = db.lastConsistent?.radix;
  const major = db.tool ? parseFloat(db.tool.version) : undefined;
  const windows = db.tool ? /windows/i.test(db.tool.product) : false;
  const era: Era = radix === 10 ? 'exchange55' : windows ? 'windows' : major !== undefined && major >= 8 ? 'exchange2007' : 'exchange2000';
  const naming: StreamNaming = {
    baseName: era === 'exchange55' || windows ? 'Edb' : 'E00',
    digits: era === 'exchange2007' ? 8 : 5,
    hexCase: era === 'exchange55' ? 'lower' : 'upper',
    era,
  };
  return { naming, logAt: () => undefined };
}

/** The log a stream compares signatures against: the --anchor log, the low anchor's, else the first. */
export function referenceLog(stream: StreamModel): LogEvidence | undefined {
  if (stream.anchorFileLog) return stream.anchorFileLog;
  if (stream.lowAnchor !== undefined) {
    const atAnchor = stream.logAt(stream.lowAnchor);
    if (atAnchor) return atAnchor;
  }
  return stream.logs.find((l) => l.signature) ?? stream.logs[0];
}

/**
 * Signature and path changes the stream records for databases that have no /mh capture
 * (pathchk / sigchk over logs alone), keyed by the attachment's name.
 */
export function unmatchedAttachmentChanges(stream: StreamModel): { name: string; change: DatabaseChange }[] {
  let changes = attachmentChangesCache.get(stream);
  if (!changes) {
    changes = findAttachmentChanges(stream);
    attachmentChangesCache.set(stream, changes);
  }
  return changes;
}

/** Three rules and the stream report ask for the same changes: computed once per stream. */
const attachmentChangesCache = new WeakMap<StreamModel, { name: string; change: DatabaseChange }[]>();

function findAttachmentChanges(stream: StreamModel): { name: string; change: DatabaseChange }[] {
  const matched = new Set(stream.databases.map((m) => m.db.nameKey));
  const start = stream.lowAnchor ?? stream.lowest;
  const logs = orderedFrom(stream.ordered, start);
  const baselines = new Map<string, AttachmentEvidence>();
  const changes: { name: string; change: DatabaseChange }[] = [];
  const done = new Set<string>();
  for (const log of logs) {
    for (const attachment of log.attachments) {
      const key = attachment.nameKey;
      if (matched.has(key) || done.has(key)) continue;
      const was = baselines.get(key);
      if (!was) {
        baselines.set(key, attachment);
        continue;
      }
      const name = fileNameOf(attachment.path);
      if (was.signature && attachment.signature && was.signature.key !== attachment.signature.key) {
        changes.push({ name, change: { kind: 'db-signature-change', generation: log.generation!, log, from: was.signature.text, to: attachment.signature.text, before: was.signatureAt ?? was.at, after: attachment.signatureAt ?? attachment.at } });
        done.add(key);
      } else if (!samePath(was.path, attachment.path)) {
        changes.push({ name, change: { kind: 'path-change', generation: log.generation!, log, from: was.path, to: attachment.path, before: was.at, after: attachment.at } });
        done.add(key);
      }
    }
  }
  return changes;
}
