/**
 * Per-database verdict (semantics "Verdicts"; SPEC §6), read from the restore model.
 * Problems the plan fixes (checkpoint, wrong Edb.log, rename) do not lower a verdict.
 */
import { logCount, type DatabaseModel, describeGenerations, firstLog, orderedFrom, describeStream, foldRanges, hasDamagedPages, isDirty, isUnusableState, listFiles, logFileFor, type NamedStream, namingForDatabase, type RestoreModel, type StreamModel } from '../model/index.js';
import type { RuleId } from '../rules/types.js';
import type { DatabaseVerdict, VerdictKind } from './types.js';
import { VERDICT_ORDER } from './types.js';

function at(stream: NamedStream, generation: number): string {
  return `${logFileFor(stream, generation)} (${generation})`;
}

function verdict(kind: VerdictKind, explanation: string, reasons: RuleId[] = [], replay?: { from: number; through: number }): DatabaseVerdict {
  return {
    kind,
    ...(replay ? { replayFrom: replay.from, replayThrough: replay.through } : {}),
    reasons,
    explanation,
  };
}

const NO_REPLAY = 'restore it without replaying any log';

/** How far replay goes once it can start: roll-forward, or partial with what is lost and why. */
function replayExtent(name: string, m: DatabaseModel, stream: StreamModel, extraReasons: RuleId[] = []): DatabaseVerdict {
  const from = m.anchor!;
  const through = m.replayThrough!;
  const highest = stream.highest ?? through;
  const span = through === from ? `${name} replays only ${at(stream, from)}` : `${name} replays ${at(stream, from)} through ${at(stream, through)}`;
  if (through >= highest) return verdict('roll-forward', `${span}: every captured log from its anchor on.`, extraReasons, { from, through });
  const stopGeneration = through + 1;
  let reason: RuleId;
  let why: string;
  if (m.change && m.change.generation === stopGeneration) {
    reason = m.change.kind;
    why = m.change.kind === 'db-signature-change'
      ? `${at(stream, stopGeneration)} records a new signature for ${name} (offline defrag or repair)`
      : `${at(stream, stopGeneration)} records another path for ${name} (${m.change.to})`;
  } else {
    const stop = m.chain?.stop;
    reason = stop?.kind ?? 'generation-gap';
    if (stop?.kind === 'log-signature-mismatch') why = `${stop.log?.file ?? logFileFor(stream, stopGeneration)} (${stopGeneration}) has another log signature`;
    else if (stop?.kind === 'log-damaged') why = `${at(stream, stopGeneration)} is damaged`;
    else if (stop?.kind === 'name-generation-mismatch') why = `eseutil reports ${at(stream, stopGeneration)} does not carry the generation its name gives`;
    else if (stop?.missingThrough !== undefined && stop.missingThrough > stopGeneration) why = `${describeGenerations(stream, stopGeneration, stop.missingThrough)} are missing`;
    else why = `${at(stream, stopGeneration)} is missing`;
  }
  const later = logCount(orderedFrom(stream.entries, stopGeneration + 1));
  const lost = later > 0 ? `, ${later} later log${later > 1 ? 's' : ''} cannot replay` : ', and the changes in it are lost';
  return verdict('roll-forward-partial', `${span}; ${why}${lost}.`, [reason, ...extraReasons], { from, through });
}

/** What stops replay at `generation` (the chain's stop, else a missing log), for a message. */
function stopText(m: DatabaseModel, stream: StreamModel, generation: number): { reason: RuleId; why: string } {
  const stop = m.chain?.stop;
  if (stop && stop.generation === generation) {
    if (stop.kind === 'log-signature-mismatch') return { reason: stop.kind, why: `${stop.log?.file ?? logFileFor(stream, generation)} (${generation}) has another log signature` };
    if (stop.kind === 'log-damaged') return { reason: stop.kind, why: `${at(stream, generation)} is damaged` };
    if (stop.kind === 'name-generation-mismatch') return { reason: stop.kind, why: `eseutil reports ${at(stream, generation)} does not carry the generation its name gives` };
    const last = stop.missingThrough ?? generation;
    return { reason: 'generation-gap', why: `${describeGenerations(stream, generation, last)} ${last > generation ? 'are' : 'is'} missing` };
  }
  return { reason: 'db-not-clean', why: `${describeGenerations(stream, generation, generation)} was not captured` };
}

/**
 * Soft recovery of a dirty database whose Log Committed range is known (ese-format §1.5): it is
 * made consistent by its Log Required logs; the logs up to Log Committed's high end hold the rest
 * of its committed data. Logs above that hold nothing of it and do not make the recovery partial.
 */
function softRecoveryExtent(name: string, m: DatabaseModel, stream: StreamModel): DatabaseVerdict {
  const from = m.anchor!;
  const through = m.replayThrough!;
  const span = through === from ? `${name} replays only ${at(stream, from)}` : `${name} replays ${at(stream, from)} through ${at(stream, through)}`;
  const lost = m.committedMissing ?? [];
  if (lost.length === 0) return verdict('roll-forward', `${span}: every log of its Log Required and Log Committed ranges.`, [], { from, through });
  const { reason, why } = stopText(m, stream, lost[0]!);
  const lostText = listFiles(foldRanges(lost).map(([a, b]) => describeGenerations(stream, a, b)));
  const tool = stream.naming.era === 'windows' ? 'esentutl' : 'eseutil';
  return verdict(
    'roll-forward-partial',
    `${span}, enough to make it consistent, but ${why}: the committed data of ${lostText} (Log Committed ends at ${m.db.logCommitted!.high}) is lost. Recovery must be run as a lossy recovery, ${tool} /r ${stream.naming.baseName} /a, only once those logs cannot be found.`,
    [...new Set<RuleId>(['db-not-clean', reason])],
    { from, through },
  );
}

export function databaseVerdict(m: DatabaseModel, model: RestoreModel): DatabaseVerdict {
  const db = m.db;
  const name = db.name;
  const named = namingForDatabase(m);
  const anyLogs = model.streams.length > 0;

  if (isUnusableState(db)) {
    return verdict('not-restorable', `${name} is in state "${db.state}": this copy cannot be used; restore another backup.`, ['db-not-clean']);
  }
  const damaged = m.checksums.filter((c) => (c.badChecksums ?? 0) > 0 || (c.wrongPageNumbers ?? 0) > 0);
  // An Exchange 2000/2003 store is its .edb and its .stm together: one damaged half, and the store goes.
  const partner = m.partner;
  if (partner && damaged.length === 0 && (isUnusableState(partner.db) || hasDamagedPages(partner))) {
    const what = isUnusableState(partner.db) ? `is in state "${partner.db.state}"` : 'has damaged pages';
    return verdict('not-restorable', `${name}: ${partner.db.name}, the other file of the same store, ${what}; the .edb and .stm are restored and replayed together, so this store cannot be restored from this copy: restore both files from a known-good backup.`, [isUnusableState(partner.db) ? 'db-not-clean' : 'page-checksum']);
  }
  if (damaged.length > 0) {
    const bad = damaged.reduce((n, c) => n + (c.badChecksums ?? 0), 0);
    const wrong = damaged.reduce((n, c) => n + (c.wrongPageNumbers ?? 0), 0);
    return verdict('not-restorable', `${name}: the checksum run reports ${bad} bad checksum${bad === 1 ? '' : 's'} and ${wrong} wrong page number${wrong === 1 ? '' : 's'}; this copy is damaged: restore a known-good backup and roll it forward.`, ['page-checksum']);
  }
  if (db.stateKind === undefined || db.stateKind === 'unknown') {
    return verdict('undetermined', `${name}: its State was not captured; run eseutil /mh ${name}.`);
  }

  if (isDirty(db)) {
    if (!db.logRequired || m.anchor === undefined) {
      return verdict('undetermined', `${name} is "${db.state}" and its Log Required range was not captured; capture the full eseutil /mh ${name} and eseutil /mk of the checkpoint.`, ['db-not-clean']);
    }
    const { low, high } = db.logRequired;
    const needs = `${name} is "${db.state}" and needs ${describeGenerations(named, low, high)}`;
    if (!m.stream) {
      if (!anyLogs) return verdict('undetermined', `${needs}; no log was captured: capture eseutil /ml of those logs.`, ['db-not-clean']);
      return verdict('not-restorable', `${needs}; no captured log carries its Log Signature, so it cannot be made consistent.`, ['db-not-clean']);
    }
    if (m.logSignatureMatch === false) {
      return verdict('not-restorable', `${needs}; the captured logs have another log signature, so it cannot be made consistent.`, ['db-not-clean', 'db-log-signature-mismatch']);
    }
    if (!m.requiredSatisfied) {
      const first = m.requiredMissing[0] ?? low;
      const stop = m.chain?.stop;
      const reasons: RuleId[] = ['db-not-clean'];
      if (!m.anchorLog) reasons.push('anchor-missing');
      else if (stop) reasons.push(stop.kind);
      const what = stop?.kind === 'log-damaged' && stop.generation === first ? 'is damaged' : stop?.kind === 'log-signature-mismatch' && stop.generation === first ? 'has another log signature' : 'is missing';
      return verdict('not-restorable', `${needs}; ${at(m.stream, first)} ${what}, so it cannot be made consistent.`, reasons);
    }
    if (m.dbSignatureMatch === false) {
      return verdict('not-restorable', `${needs}, but its DB Signature is not the one the logs record for it: soft recovery cannot replay them.`, ['db-not-clean', 'db-signature-mismatch']);
    }
    if (db.logCommitted) return softRecoveryExtent(name, m, m.stream);
    return replayExtent(name, m, m.stream);
  }

  if (db.stateKind !== 'clean') {
    return verdict('undetermined', `${name} is in state "${db.state}", which esereport does not judge; check it with Microsoft support.`, ['db-not-clean']);
  }
  if (m.lastConsistentZero) {
    return verdict('point-in-time', `${name}: its Last Consistent is ${db.lastConsistent!.text}: it was repaired (eseutil /p) or never shut down cleanly with a log stream, and its log signature was reset, so no log can replay into it (Q183380); ${NO_REPLAY}.`, ['anchor-missing']);
  }
  if (m.anchor === undefined) {
    return verdict('undetermined', `${name}: its Last Consistent line was not captured, so its anchor log is unknown; run eseutil /mh ${name}.`);
  }
  const anchorText = describeGenerations(named, m.anchor, m.anchor);
  if (!m.stream) {
    if (!anyLogs) return verdict('undetermined', `${name}: no log was captured; capture eseutil /ml of its anchor log ${anchorText} and every later log.`);
    if (!db.logSignature) return verdict('undetermined', `${name}: its Log Signature was not captured and several log streams were; run eseutil /mh ${name} | find /i "signature".`);
    return verdict('point-in-time', `${name}: its anchor log ${anchorText} is not among the captured logs (none carries its Log Signature); ${NO_REPLAY}.`, ['anchor-missing']);
  }
  const stream = m.stream;
  if (m.logSignatureMatch === false) {
    return verdict('point-in-time', `${name}: its Log Signature is not the signature of the captured logs (they belong to another database); ${NO_REPLAY}.`, ['db-log-signature-mismatch']);
  }
  const circular = firstLog(m.circularLogs);
  if (circular) {
    return verdict('point-in-time', `${name}: ${circular.file} and later logs were written with circular logging on (${circular.circularLogging!.at.text}), so logs are missing by design; ${NO_REPLAY}.`, ['circular-logging']);
  }
  if (!m.anchorLog) {
    return verdict('point-in-time', `${name}: its anchor log ${anchorText} is not among the captured logs; ${NO_REPLAY}.`, ['anchor-missing']);
  }
  if (m.dbSignatureMatch === false) {
    return verdict('point-in-time', `${name}: its DB Signature is not the one ${m.recorded!.log.file} records for it; ${NO_REPLAY}.`, ['db-signature-mismatch']);
  }
  if (m.replayThrough === undefined || m.replayThrough < m.anchor) {
    const stop = m.chain?.stop;
    const cannot = stop?.kind === 'log-damaged' ? 'is damaged' : stop?.kind === 'name-generation-mismatch' ? 'does not carry the generation its name gives (eseutil -513)' : 'cannot replay';
    return verdict('point-in-time', `${name}: its anchor log ${anchorText} ${cannot}; ${NO_REPLAY}.`, [stop?.kind ?? 'anchor-missing']);
  }
  return replayExtent(name, m, stream);
}

/** A chain checked without a database header (chksig use): --anchor names its start. */
export function chainVerdict(stream: StreamModel, model: RestoreModel): DatabaseVerdict | undefined {
  if (stream.databases.length > 0) return undefined;
  if (model.options.anchorFile === undefined) {
    return verdict('undetermined', `The logs of ${describeStream(stream)} were captured without an eseutil /mh of their database and without --anchor; pass the /mh capture or --anchor FILE (the Last Consistent log).`);
  }
  if (!stream.anchorFileLog || stream.anchorFileLog.generation === undefined || !stream.chain) {
    return verdict('point-in-time', `--anchor ${model.options.anchorFile} is not among the captured logs of ${describeStream(stream)}; replay no log.`, ['anchor-missing']);
  }
  const from = stream.anchorFileLog.generation;
  const chain = stream.chain;
  if (chain.through < from) return verdict('point-in-time', `The anchor log ${stream.anchorFileLog.file} is damaged; replay no log.`, ['log-damaged']);
  if (stream.circularLogs.length > 0) return verdict('point-in-time', `Circular logging is on in ${describeStream(stream)} from ${firstLog(stream.circularLogs)!.file} on; replay no log.`, ['circular-logging']);
  const pseudo: DatabaseModel = { db: { name: 'The chain', nameKey: '', input: '', at: stream.anchorFileLog.fileAt, fragment: false }, stream, anchor: from, anchorLog: stream.anchorFileLog, chain, replayThrough: chain.through, requiredMissing: [], circularLogs: [], checksums: [], replays: true };
  const result = replayExtent('the chain', pseudo, stream);
  return { ...result, explanation: result.explanation.replace(/^the chain/, 'The chain') };
}

export function worstVerdict(kinds: readonly VerdictKind[]): VerdictKind {
  let worst = VERDICT_ORDER.length - 1;
  for (const kind of kinds) worst = Math.min(worst, VERDICT_ORDER.indexOf(kind));
  return VERDICT_ORDER[worst]!;
}
