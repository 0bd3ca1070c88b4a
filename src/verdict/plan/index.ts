/**
 * The restore plan: an ordered, copy-paste runbook with the real file names and folders (SPEC §6),
 * following Q296787 "Roll Forward" steps 1–11 and "Point in Time" steps 1–3 in the runbook of each
 * era (era.ts). It moves files aside, never deletes them; esereport itself changes nothing.
 *
 * Order: what to find or capture first (undetermined, not-restorable, point-in-time databases);
 * take the databases offline; per log stream the file steps (logs aside, candidates in, renames,
 * ceiling, checkpoint, databases); soft recovery where the era runs it by hand; bring them online.
 * A point-in-time database of a stream whose logs replay for other databases is kept out of its
 * path during that replay and put in place afterwards (issue 13 class 8).
 */
import { joinWindowsPath, sameWindowsPath } from '../../domain/windows-paths.js';
import { filesOf, isDirty, shownEntries, type DatabaseModel, type RestoreModel, type StreamModel } from '../../model/index.js';
import type { Finding } from '../../rules/types.js';
import type { DatabaseVerdict, PlanStep } from '../types.js';
import { ASIDE, cdTo, MAKE_ASIDE, moveAsideIfPresent, quoted } from './commands.js';
import { draft, numbered, type Draft } from './draft.js';
import { bringOnline, recoverDrafts, runbookEra, takeOffline, type EraScope, type RunbookEra } from './era.js';
import { asideBeforeReplay, ceiling, checkpointAside, copiesCandidates, copyCandidates, moveLogsAside, renames, restoreDatabase } from './files.js';
import { databaseTarget, streamFolders, type DatabaseTarget } from './folders.js';
import { beforePointInTime, captureMore, notRestorable } from './guidance.js';

type Kind = DatabaseVerdict['kind'];

interface EraGroup {
  readonly era: RunbookEra;
  readonly databases: DatabaseModel[];
  readonly replaying: StreamModel[];
  readonly baseName?: string;
}

/** A point-in-time copy kept out of its path while the other databases of its stream replay. */
function keepOut(target: DatabaseTarget, why: string): Draft {
  const file = target.file;
  if (target.folder === undefined) {
    return draft('move-aside', `Keep ${file} out of its path while the logs replay into the other databases: ${why} (${target.from}, so no command is printed: move it aside by hand).`, [], [file]);
  }
  return draft('move-aside', `Keep ${file} out of ${target.folder} while the logs replay into the other databases: ${why}:`, [cdTo(target.folder), MAKE_ASIDE, moveAsideIfPresent(file)], [file]);
}

/** After replay: the point-in-time copy goes in place (what the service made meanwhile goes aside). */
function putBack(m: DatabaseModel, target: DatabaseTarget): Draft {
  const file = target.file;
  if (target.folder === undefined || target.path === undefined) {
    return draft('restore-database', `Now restore ${file} point in time, with no log (${target.from}, so no command is printed).`, [], [file]);
  }
  const inPlace = m.db.directory !== undefined && sameWindowsPath(m.db.directory, target.folder);
  const source = inPlace ? `${ASIDE}\\${file}` : m.db.directory !== undefined ? joinWindowsPath(m.db.directory, file) : undefined;
  const replaced = `if exist ${quoted(file)} move ${quoted(file)} ${quoted(`${ASIDE}\\${file}.after-replay`)}`;
  if (source === undefined) {
    return draft('restore-database', `Now restore the checked copy of ${file} to ${target.path}, point in time, with no log; the captures do not show where it is now, so only the file the service may have made meanwhile is moved aside:`, [cdTo(target.folder), MAKE_ASIDE, replaced], [file]);
  }
  return draft('restore-database', `Now put the checked copy of ${file} at ${target.path}, point in time, with no log; a file the service made meanwhile goes aside:`, [cdTo(target.folder), MAKE_ASIDE, replaced, `${inPlace ? 'move' : 'copy'} ${quoted(source)} ${quoted(file)}`], [file]);
}

/** One service for 5.5 and Active Directory; one storage group (one log stream) for 2000 and later. */
function groupFor(groups: Map<string, EraGroup>, era: RunbookEra, stream: StreamModel | undefined): EraGroup {
  const key = era === 'exchange2003' || era === 'exchange2007' ? `${era} ${stream?.id ?? ''}` : era;
  let group = groups.get(key);
  if (!group) {
    group = { era, databases: [], replaying: [], ...(stream ? { baseName: stream.naming.baseName } : {}) };
    groups.set(key, group);
  }
  return group;
}

export function buildPlan(model: RestoreModel, verdicts: ReadonlyMap<DatabaseModel, DatabaseVerdict>, findings: readonly Finding[]): PlanStep[] {
  const drafts: Draft[] = [];
  const kindOf = (m: DatabaseModel): Kind => verdicts.get(m)!.kind;
  const targets = new Map(model.databases.map((m) => [m, databaseTarget(m, model.databases)] as const));

  for (const m of model.databases.filter((d) => kindOf(d) === 'undetermined')) drafts.push(...captureMore(m, verdicts.get(m)!, findings, targets.get(m)));
  // A copy that cannot be restored but shares a stream that replays is kept out of that replay; what can be done for it comes last.
  const replays = (s: StreamModel | undefined): boolean => s !== undefined && s.rollsForward && model.databases.some((d) => d.stream === s && ['roll-forward', 'roll-forward-partial'].includes(kindOf(d)));
  const deferred: Draft[] = [];
  for (const m of model.databases.filter((d) => kindOf(d) === 'not-restorable')) {
    if (replays(m.stream)) deferred.push(...notRestorable(m, verdicts.get(m)!, targets.get(m), true));
    else drafts.push(...notRestorable(m, verdicts.get(m)!, targets.get(m)));
  }

  const acting = model.databases.filter((m) => ['roll-forward', 'roll-forward-partial', 'point-in-time'].includes(kindOf(m)));
  const chainOnly = model.streams.filter((s) => s.databases.length === 0 && s.anchorFileLog && s.rollsForward);
  if (acting.length === 0 && chainOnly.length === 0) return numbered(drafts);

  for (const m of acting.filter((d) => kindOf(d) === 'point-in-time')) drafts.push(...beforePointInTime(m, verdicts.get(m)!));

  // Which streams replay, and the eras their databases are restored in.
  const streams: (StreamModel | undefined)[] = [...new Set<StreamModel | undefined>([...acting.map((m) => m.stream), ...chainOnly])];
  const groups = new Map<string, EraGroup>();
  const later: { m: DatabaseModel; era: RunbookEra; baseName?: string }[] = [];
  const fileSteps: Draft[] = [];
  const recoverSteps: Draft[] = [];
  let signatureChanged = false;

  for (const stream of streams) {
    const mine = acting.filter((m) => m.stream === stream);
    const era = runbookEra(mine, stream);
    const group = groupFor(groups, era, stream);
    const replaying = mine.filter((m) => kindOf(m) !== 'point-in-time');
    const pointInTime = mine.filter((m) => kindOf(m) === 'point-in-time');
    const scope = (): EraScope => ({ era, databases: group.databases, targets, replaying: group.replaying, ...(group.baseName !== undefined ? { baseName: group.baseName } : {}) });

    if (stream && stream.rollsForward && stream.replayThrough !== undefined && (replaying.length > 0 || stream.databases.length === 0)) {
      group.databases.push(...replaying);
      group.replaying.push(stream);
      const folders = streamFolders(stream);
      const through = stream.replayThrough;
      // Replay starts at the lowest anchor of the databases that replay: a point-in-time copy's older anchor does not hold logs back (class 8).
      const anchors = replaying.map((m) => m.anchor).filter((a): a is number => a !== undefined);
      const replayFrom = anchors.length > 0 ? Math.min(...anchors) : stream.anchorFileLog?.generation ?? stream.lowAnchor;
      // The log that replays at each generation from the anchor on (one per generation: an archive has 100,000, SPEC §9).
      const candidates = replayFrom === undefined ? [] : shownEntries(stream.entries, replayFrom, through);
      if (copiesCandidates(folders, candidates)) {
        fileSteps.push(...copyCandidates(stream, folders, candidates));
        fileSteps.push(...renames(stream, folders, through));
      } else {
        fileSteps.push(...asideBeforeReplay(stream, folders, replayFrom));
        fileSteps.push(...renames(stream, folders, through));
        fileSteps.push(...ceiling(stream, folders, through));
      }
      fileSteps.push(...checkpointAside(stream, folders));
      for (const m of pointInTime) {
        fileSteps.push(keepOut(targets.get(m)!, 'it is restored point in time afterwards, with no log replayed into it'));
        later.push({ m, era, baseName: stream.naming.baseName });
      }
      // A copy that cannot be restored stays out of the replay too; what can be done for it comes after the restore.
      for (const m of model.databases.filter((d) => d.stream === stream && kindOf(d) === 'not-restorable')) fileSteps.push(keepOut(targets.get(m)!, 'this copy is not restorable (what can be done for it comes after the restore)'));
      for (const m of replaying) fileSteps.push(restoreDatabase(m, targets.get(m)!, isDirty(m.db) ? 'recover with its logs' : 'roll forward'));
      recoverSteps.push(...recoverDrafts(scope(), stream, folders, replaying));
    } else {
      group.databases.push(...pointInTime);
      if (stream) {
        const folders = streamFolders(stream);
        const files = [...new Set([...filesOf(stream.entries), ...stream.intruders.map((l) => l.file)])];
        if (files.length > 0) fileSteps.push(moveLogsAside(folders, 'Point in time: move ALL transaction logs of this stream aside, do not delete them (Q296787 "Point in Time" step 1)', files));
        fileSteps.push(...checkpointAside(stream, folders));
      }
      for (const m of pointInTime) fileSteps.push(restoreDatabase(m, targets.get(m)!, 'bring back point in time, with no log file'));
    }
    if (mine.some((m) => m.change?.kind === 'db-signature-change' || (m.db.repairCount ?? 0) > 0)) signatureChanged = true;
  }

  const ordered = [...groups.values()].filter((g) => g.databases.length > 0 || g.replaying.length > 0);
  const scopeOf = (g: EraGroup): EraScope => ({ era: g.era, databases: g.databases, targets, replaying: g.replaying, ...(g.baseName !== undefined ? { baseName: g.baseName } : {}) });
  for (const g of ordered) drafts.push(...takeOffline(scopeOf(g)));
  drafts.push(...fileSteps, ...recoverSteps);
  for (const g of ordered) drafts.push(...bringOnline(scopeOf(g), g.replaying.length > 0));

  // Class 8: the point-in-time copies of replaying streams go in place once replay is done.
  const laterByGroup = new Map<string, { era: RunbookEra; baseName?: string; databases: DatabaseModel[] }>();
  for (const { m, era, baseName } of later) {
    const key = `${era} ${baseName ?? ''}`;
    const entry = laterByGroup.get(key) ?? { era, ...(baseName !== undefined ? { baseName } : {}), databases: [] };
    entry.databases.push(m);
    laterByGroup.set(key, entry);
  }
  for (const { era, baseName, databases } of laterByGroup.values()) {
    const scope: EraScope = { era, databases, targets, replaying: [], ...(baseName !== undefined ? { baseName } : {}) };
    drafts.push(...takeOffline(scope).filter((d) => d.action !== 'caution'));
    for (const m of databases) drafts.push(putBack(m, targets.get(m)!));
    drafts.push(...bringOnline(scope, false));
  }

  drafts.push(...deferred);

  // Logs below the checkpoint matter only where logs are replayed; Active Directory logs are never deleted by hand.
  const rollingForward = new Set(model.streams.filter((s) => s.rollsForward).map((s) => s.id));
  const directory = new Set(model.streams.filter((s) => s.databases.some((m) => m.db.nameKey === 'ntds.dit')).map((s) => s.id));
  for (const finding of findings) {
    if (finding.rule !== 'log-truncation' || finding.stream === undefined || !rollingForward.has(finding.stream) || directory.has(finding.stream)) continue;
    drafts.push(draft('truncate-logs', `After the restore, once backed up: ${finding.message}`, [], finding.subjects));
  }
  if (signatureChanged) {
    drafts.push(draft('backup', 'Take a full backup as soon as the database runs: it was defragmented or repaired offline, and older backups no longer roll forward past that point (Q183380).', [], acting.filter((m) => m.change?.kind === 'db-signature-change' || (m.db.repairCount ?? 0) > 0).map((m) => m.db.name)));
  }
  return numbered(drafts);
}
