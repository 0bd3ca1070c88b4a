/**
 * The restore plan: an ordered, copy-paste runbook with the real file names (SPEC §6),
 * following Q296787 "Roll Forward" steps 1–11 and "Point in Time" steps 1–3. It moves files
 * aside, never deletes them; esereport itself changes nothing.
 */
import { currentLogNameFor, describeGeneration, numberedNameFor } from '../rules/naming.js';
import { isDirty, nameMismatch, type DatabaseModel, type RestoreModel, type StreamModel } from '../rules/restore-model.js';
import type { Finding } from '../rules/types.js';
import type { DatabaseVerdict, PlanAction, PlanStep } from './types.js';

const ASIDE = 'aside';

interface Draft {
  readonly action: PlanAction;
  readonly text: string;
  readonly files: readonly string[];
}

function moveAside(files: readonly string[]): string {
  return files.map((f) => `move ${f} ${ASIDE}\\`).join('\n');
}

/** The first step that moves files creates the aside folder; the runbook is pasted in order. */
function withAsideFolder(drafts: readonly Draft[]): Draft[] {
  const first = drafts.findIndex((d) => d.text.includes(` ${ASIDE}\\`));
  return drafts.map((d, i) => (i === first ? { ...d, text: d.text.replace(/\n(move )/, `\nmd ${ASIDE}\n$1`) } : d));
}

/** The service that owns a database (Q296787 "Before You Begin"). */
function serviceFor(databases: readonly DatabaseModel[], stream: StreamModel | undefined): string {
  const names = databases.map((m) => m.db.nameKey);
  if (names.includes('dir.edb')) return 'MSExchangeDS';
  if (names.includes('ntds.dit')) return 'NTDS';
  if (stream?.naming.era === 'windows' && names.length > 0 && !names.some((n) => n.endsWith('.edb') || n.endsWith('.stm'))) return '<the service that owns the database>';
  return 'MSExchangeIS';
}

function isInformationStore(databases: readonly DatabaseModel[]): boolean {
  return databases.some((m) => /^(priv|pub)/i.test(m.db.name) || /\.(edb|stm)$/i.test(m.db.name)) && !databases.some((m) => /^dir\.edb$/i.test(m.db.name));
}

function restoreTarget(m: DatabaseModel): { path: string; from: string } {
  if (m.recorded) return { path: m.recorded.attachment.path, from: `the path recorded in ${m.recorded.log.file}` };
  return { path: m.db.path ?? m.db.name, from: 'its original path (no captured log records it)' };
}

function rollForwardSteps(stream: StreamModel, replaying: DatabaseModel[]): Draft[] {
  const drafts: Draft[] = [];
  const through = stream.replayThrough!;
  const currentName = currentLogNameFor(stream.naming);

  // Q296787 steps 6 and 8: a wrong Edb.log, logs of another signature, logs before the anchor.
  const beforeAnchor = stream.logs.filter((l) => l.generation !== undefined && stream.lowAnchor !== undefined && l.generation < stream.lowAnchor && l.kind !== 'current');
  const aside = [...stream.wrongCurrentLogs, ...stream.intruders, ...beforeAnchor].map((l) => l.file);
  if (aside.length > 0) {
    drafts.push({
      action: 'move-aside',
      text: `In the transaction log folder, move aside (do not delete) the logs that must not replay — ${[
        stream.wrongCurrentLogs.length ? `${stream.wrongCurrentLogs.length} wrong ${currentName}` : '',
        stream.intruders.length ? `${stream.intruders.length} with another log signature` : '',
        beforeAnchor.length ? `${beforeAnchor.length} before the anchor ${describeGeneration(stream, stream.lowAnchor!)}` : '',
      ].filter(Boolean).join(', ')}:\n${moveAside(aside)}`,
      files: aside,
    });
  }
  // ese-format §2.4 / Q237767 Notes: a log's name must match its lGeneration.
  const misnamed = stream.logs.filter((l) => nameMismatch(l) && l.generation! <= through && l !== stream.renameToCurrent);
  for (const log of misnamed) {
    const right = numberedNameFor(stream.naming, log.generation!);
    drafts.push({ action: 'rename', text: `Rename ${log.file} to the name its lGeneration ${log.generation} gives:\nren ${log.file} ${right}`, files: [log.file] });
  }
  // Q296787 step 7: the highest log of the chain becomes Edb.log.
  if (stream.renameToCurrent) {
    drafts.push({
      action: 'rename',
      text: `Rename the last log of the chain, ${describeGeneration(stream, through)}, to ${currentName}:\nren ${stream.renameToCurrent.file} ${currentName}`,
      files: [stream.renameToCurrent.file],
    });
  }
  // Q296787 step 7 CRITICAL NOTE: no log above the current log.
  if (stream.ceilingLogs.length > 0) {
    const files = stream.ceilingLogs.map((l) => l.file);
    drafts.push({
      action: 'remove-ceiling',
      text: `Move aside the ${files.length} log${files.length > 1 ? 's' : ''} above generation ${through} (they would block new logs and stop the database):\n${moveAside(files)}`,
      files,
    });
  }
  // Q296787 step 9: no checkpoint file.
  for (const c of stream.checkpoints) {
    drafts.push({ action: 'move-checkpoint', text: `Move the checkpoint file out of the working path:\nmove ${c.path} ${ASIDE}\\`, files: [c.path] });
  }
  if (stream.checkpoints.length === 0) {
    drafts.push({ action: 'move-checkpoint', text: `Make sure no ${stream.naming.baseName}.chk is in the working path (move it aside if there is one).`, files: [] });
  }
  for (const m of replaying) {
    const target = restoreTarget(m);
    drafts.push({ action: 'restore-database', text: `Copy the backup of ${m.db.name} to ${target.path} (${target.from}).`, files: [m.db.name] });
  }
  // Soft recovery of a dirty database, Exchange 2000 and later (ese-format §1.5).
  const dirty = replaying.filter((m) => isDirty(m.db));
  if (dirty.length > 0 && stream.naming.era !== 'exchange55') {
    const tool = stream.naming.era === 'windows' ? 'esentutl' : 'eseutil';
    drafts.push({
      action: 'recover',
      text: `In the transaction log folder, run soft recovery for ${dirty.map((m) => m.db.name).join(', ')}:\n${tool} /r ${stream.naming.baseName}`,
      files: dirty.map((m) => m.db.name),
    });
  }
  return drafts;
}

function pointInTimeSteps(stream: StreamModel | undefined, databases: DatabaseModel[]): Draft[] {
  const drafts: Draft[] = [];
  if (stream) {
    const files = [...stream.logs, ...stream.intruders].map((l) => l.file);
    const checkpoints = stream.checkpoints.map((c) => c.path);
    drafts.push({
      action: 'move-aside',
      text: `Point in time: move ALL transaction logs and the checkpoint of stream ${stream.id} aside (do not delete them; Q296787 "Point in Time" step 1):\n${moveAside([...files, ...checkpoints])}`,
      files: [...files, ...checkpoints],
    });
  }
  for (const m of databases) {
    const target = restoreTarget(m);
    drafts.push({ action: 'restore-database', text: `Copy the backup of ${m.db.name} to ${target.path}; restore no log file.`, files: [m.db.name] });
  }
  return drafts;
}

export function buildPlan(model: RestoreModel, verdicts: ReadonlyMap<DatabaseModel, DatabaseVerdict>, findings: readonly Finding[]): PlanStep[] {
  const drafts: Draft[] = [];
  const byKind = (kind: DatabaseVerdict['kind']): DatabaseModel[] => model.databases.filter((m) => verdicts.get(m)?.kind === kind);

  for (const m of [...byKind('undetermined'), ...byKind('not-restorable')]) {
    const explanation = verdicts.get(m)!.explanation;
    drafts.push({ action: 'capture-more', text: explanation.startsWith(m.db.name) ? explanation : `${m.db.name}: ${explanation}`, files: [m.db.name] });
  }
  const acting = model.databases.filter((m) => ['roll-forward', 'roll-forward-partial', 'point-in-time'].includes(verdicts.get(m)!.kind));
  const chainOnly = model.streams.filter((s) => s.databases.length === 0 && s.anchorFileLog && s.rollsForward);
  if (acting.length === 0 && chainOnly.length === 0) return number(drafts);

  const service = serviceFor(acting, acting[0]?.stream);
  drafts.push({ action: 'stop-service', text: `Stop the database service:\nnet stop ${service}`, files: [] });

  const streams = new Set<StreamModel | undefined>(acting.map((m) => m.stream));
  for (const s of chainOnly) streams.add(s);
  let signatureChanged = false;
  for (const stream of streams) {
    const mine = acting.filter((m) => m.stream === stream);
    const replaying = mine.filter((m) => verdicts.get(m)!.kind !== 'point-in-time');
    const pointInTime = mine.filter((m) => verdicts.get(m)!.kind === 'point-in-time');
    if (stream && stream.rollsForward && (replaying.length > 0 || stream.databases.length === 0)) {
      drafts.push(...rollForwardSteps(stream, replaying));
      if (pointInTime.length > 0) drafts.push(...pointInTimeSteps(undefined, pointInTime));
    } else {
      drafts.push(...pointInTimeSteps(stream, pointInTime));
    }
    if (mine.some((m) => m.change?.kind === 'db-signature-change' || (m.db.repairCount ?? 0) > 0)) signatureChanged = true;
  }

  // Q296787 roll-forward step 11: event 109 for each replayed log. A point-in-time restore
  // starts with no log at all ("Point in Time" step 3): a new log series begins.
  const anyReplay = acting.some((m) => verdicts.get(m)!.kind !== 'point-in-time') || chainOnly.length > 0;
  const startText = anyReplay
    ? 'Start the database service; replay runs as it starts (event 109 for each log replayed)'
    : 'Start the database service; with no log to replay it starts a new log series, and no earlier log can be replayed into it afterwards';
  drafts.push({ action: 'start-service', text: `${startText}:\nnet start ${service}`, files: [] });
  const era55 = acting.some((m) => (m.stream ? m.stream.naming.era === 'exchange55' : m.db.lastConsistent?.radix === 10));
  if (era55 && isInformationStore(acting)) {
    drafts.push({
      action: 'isinteg-patch',
      text: 'ONLY if the store fails to start with event 1087 or error 1011 (never in anticipation), run, then start the service again:\n\\exchsrvr\\bin\\isinteg.exe -patch',
      files: [],
    });
  }
  // Logs below the checkpoint matter only where logs are replayed; a point-in-time restore moved them all aside.
  const rollingForward = new Set(model.streams.filter((s) => s.rollsForward).map((s) => s.id));
  for (const finding of findings) {
    if (finding.rule !== 'log-truncation' || finding.stream === undefined || !rollingForward.has(finding.stream)) continue;
    drafts.push({ action: 'truncate-logs', text: `After the restore, once backed up: ${finding.message}`, files: finding.subjects });
  }
  if (signatureChanged) {
    drafts.push({ action: 'backup', text: 'Take a full backup as soon as the database runs: it was defragmented or repaired offline, and older backups no longer roll forward past that point (Q183380).', files: acting.filter((m) => m.change?.kind === 'db-signature-change' || (m.db.repairCount ?? 0) > 0).map((m) => m.db.name) });
  }
  return number(drafts);
}

function number(drafts: readonly Draft[]): PlanStep[] {
  return withAsideFolder(drafts).map((d, i) => ({ step: i + 1, action: d.action, text: d.text, files: [...d.files] }));
}
