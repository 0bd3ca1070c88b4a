/**
 * What to do when the copy cannot simply be restored (issue 13 "A plan for the bad verdicts
 * too"), in order: find the missing logs in other backup sets; restore an older clean copy;
 * `eseutil /p` only as the last resort — it loses what it cannot read and gives the database a
 * new signature, after which no log replays into it (Q183380). Where eseutil itself failed, the
 * step leads with that failure and gives the next command that can succeed, never the same one.
 */
import { findJetError } from '../../domain/jet-errors.js';
import { fileNameOf } from '../../domain/log-names.js';
import { isAbsoluteWindowsPath, joinWindowsPath } from '../../domain/windows-paths.js';
import { type DatabaseModel, describeGeneration, foldRanges, isDirty, isUnusableState, logFileFor, namingForDatabase } from '../../model/index.js';
import type { Finding } from '../../rules/types.js';
import type { DatabaseVerdict } from '../types.js';
import { cdTo, MAKE_ASIDE, quoted } from './commands.js';
import { draft, type Draft } from './draft.js';
import type { DatabaseTarget } from './folders.js';

const NAMELESS = 'unknown database';

/** The tool that dumps this database's header: esentutl for Windows databases (ese-format §0.1). */
function dumpTool(m: DatabaseModel): string {
  return namingForDatabase(m).naming.era === 'windows' || m.db.nameKey === 'ntds.dit' ? 'esentutl' : 'eseutil';
}

/** The path to pass eseutil for this database: as captured when absolute, else the captured folder + name. */
function databasePath(m: DatabaseModel, target: DatabaseTarget | undefined): string | undefined {
  if (m.db.name === NAMELESS) return undefined;
  if (m.db.path !== undefined && isAbsoluteWindowsPath(m.db.path)) return m.db.path;
  if (m.db.directory !== undefined) return joinWindowsPath(m.db.directory, m.db.name);
  return target?.path;
}

/** The JET error an `eseutil /mh` of this database ended with (ese-format §0.3), from its jet-error finding. */
function headerFailure(m: DatabaseModel, findings: readonly Finding[]): { code: number; line: string } | undefined {
  for (const f of findings) {
    if (f.rule !== 'jet-error' || !f.subjects.some((s) => s.toLowerCase() === m.db.nameKey)) continue;
    const at = f.evidence[0];
    if (!at || at.input !== m.db.input) continue;
    const code = /error (-\d+)/i.exec(at.text)?.[1];
    if (code !== undefined) return { code: Number(code), line: at.text };
  }
  return undefined;
}

/** A failed eseutil /mh: its cause first, then the next command that can succeed. */
function afterFailure(m: DatabaseModel, failure: { code: number; line: string }, target: DatabaseTarget | undefined): Draft {
  const name = m.db.name;
  const error = `${failure.code} (${findJetError(failure.code)?.name ?? 'JET error'})`;
  const given = m.db.path ?? name;
  if (failure.code === -1811) {
    const drive = /^([a-z]:)/i.exec(isAbsoluteWindowsPath(given) ? given : m.db.directory ?? '')?.[1];
    const recorded = target?.path;
    if (recorded !== undefined && recorded.toLowerCase() !== given.toLowerCase()) {
      return draft('capture-more', `eseutil /mh ${given} ended with error ${error}: no file has that name there (a typo in the path, or the command ran in another folder). The logs record ${name} at ${recorded}: dump that file instead and check again.`, [`eseutil /mh ${quoted(recorded)}`], [name]);
    }
    if (drive !== undefined) {
      return draft('capture-more', `eseutil /mh ${given} ended with error ${error}: no file has that name there (a typo in the path, or the command ran in another folder). Find where ${fileNameOf(name)} is on ${drive}, then run eseutil /mh with the full path it lists and check again:`, [`dir /s /b ${quoted(`${drive}\\${fileNameOf(name)}`)}`], [name]);
    }
    return draft('capture-more', `eseutil /mh ${given} ended with error ${error}: no file has that name there (a typo in the path, or the command ran in another folder); run eseutil /mh with the database's full path and check again.`, [], [name]);
  }
  if (failure.code === -1018 || failure.code === -1206 || failure.code === -1019) {
    const path = databasePath(m, target);
    const version = m.db.tool ? parseFloat(m.db.tool.version) : undefined;
    const exchange55 = namingForDatabase(m).naming.era === 'exchange55' || (version !== undefined && version < 6 && /exchange/i.test(m.db.tool!.product));
    const check = exchange55 ? 'esefile /s' : `${dumpTool(m)} /k`;
    const commands = path !== undefined ? [`${check} ${quoted(path)}`] : [];
    return draft('capture-more', `eseutil /mh ${given} ended with error ${error}: a page of ${name} it must read fails its checksum — the copy is damaged, or was copied while the service had it open; running /mh again gives the same error. Check its pages with ${check}${path === undefined ? ' (its folder is not in the captures)' : ''}; if pages are bad, restore an older copy that checks clean.`, commands, [name]);
  }
  return draft('capture-more', `eseutil /mh ${given} ended with: ${failure.line}. Deal with that error first (esereport explain ${failure.code}); then capture eseutil /mh of ${name} again.`, [], [name]);
}

/** An undetermined database: the capture that decides it, never the same failing command. */
export function captureMore(m: DatabaseModel, verdict: DatabaseVerdict, findings: readonly Finding[], target: DatabaseTarget | undefined): Draft[] {
  const failure = headerFailure(m, findings);
  if (failure) return [afterFailure(m, failure, target)];
  const tool = dumpTool(m);
  if (m.db.name === NAMELESS) {
    return [draft('capture-more', `A database header dump names no file (its Database: line is not in the capture): run ${tool} /mh again on the database file, with its full path, and capture the whole output.`)];
  }
  const path = databasePath(m, target);
  const command = path !== undefined ? [`${tool} /mh ${quoted(path)}`] : [];
  const where = path === undefined ? ` (its folder is not in the captures: run it where ${m.db.name} is)` : '';
  if (m.db.findFilter !== undefined) {
    return [draft('capture-more', `${verdict.explanation} The capture went through | find "${m.db.findFilter}", which cut the other lines: run it unfiltered${where}:`, command, [m.db.name])];
  }
  const explanation = verdict.explanation.startsWith(m.db.name) ? verdict.explanation : `${m.db.name}: ${verdict.explanation}`;
  const needsHeader = m.db.stateKind === undefined || m.db.stateKind === 'unknown' || m.anchor === undefined;
  return [draft('capture-more', needsHeader && command.length > 0 ? `${explanation} Capture the whole header:` : explanation, needsHeader ? command : [], [m.db.name])];
}

function missingLogs(m: DatabaseModel): string {
  const named = namingForDatabase(m);
  const ranges = foldRanges(m.requiredMissing).map(([a, b]) => (a === b ? describeGeneration(named, a) : `${logFileFor(named, a)} … ${logFileFor(named, b)} (${a}–${b})`));
  return ranges.slice(0, 4).join(', ') + (ranges.length > 4 ? ', …' : '');
}

/**
 * The last resort, with its price (Q183380); the file is copied aside first. A copy that was kept
 * out of a replay sits in the aside folder: no command then, the administrator picks the file.
 */
function repairLastResort(m: DatabaseModel, target: DatabaseTarget | undefined, keptOut: boolean): Draft {
  const tool = dumpTool(m);
  const prose = `Last resort, only if neither exists: ${tool} /p repairs ${m.db.name} in place and throws away every page it cannot read; it gives the database a new signature, so no log replays into it afterwards (Q183380) — take a full backup as soon as it runs.`;
  if (keptOut) return draft('repair', `${prose} The damaged copy was moved to the aside folder during the restore: run it on a copy of that file, never on the only one.`, [], [m.db.name]);
  if (target?.path === undefined || target.folder === undefined) return draft('repair', `${prose} Copy the file aside before you run it; its folder is not in the captures, so no command is printed.`, [], [m.db.name]);
  return draft('repair', `${prose} Copy the file aside first:`, [cdTo(target.folder), MAKE_ASIDE, `copy ${quoted(m.db.name)} aside\\`, `${tool} /p ${quoted(m.db.name)}`], [m.db.name]);
}

/** A not-restorable database: its explanation, then what can still be done, in order. */
export function notRestorable(m: DatabaseModel, verdict: DatabaseVerdict, target: DatabaseTarget | undefined, keptOut = false): Draft[] {
  const name = m.db.name;
  const drafts: Draft[] = [draft('capture-more', verdict.explanation.startsWith(name) ? verdict.explanation : `${name}: ${verdict.explanation}`, [], [name])];
  if (isUnusableState(m.db)) {
    drafts.push(draft('restore-database', `Restore another backup of ${name}: this copy cannot be used; check the other copy with esereport before it goes in place.`, [], [name]));
    return drafts;
  }
  if (isDirty(m.db) && m.requiredMissing.length > 0) {
    drafts.push(draft('capture-more', `First look for the missing logs ${missingLogs(m)} in other backup sets (older tapes, the old log folder, a copy of the server): with them ${name} recovers; capture eseutil /ml of each and check again.`, [], [name]));
  }
  drafts.push(draft('restore-database', `${drafts.length > 1 ? 'Otherwise restore' : 'Restore'} an older clean copy of ${name} (its eseutil /mh says Clean Shutdown) with the logs from its Last Consistent generation on, and check that set with esereport before it goes in place.`, [], [name]));
  drafts.push(repairLastResort(m, target, keptOut));
  return drafts;
}

/** Before a point-in-time restore: what would let the copy roll forward after all. */
export function beforePointInTime(m: DatabaseModel, given: DatabaseVerdict): Draft[] {
  const name = m.db.name;
  const verdict = { ...given, explanation: given.explanation.startsWith(`${name}: `) ? given.explanation.slice(name.length + 2) : given.explanation };
  const named = namingForDatabase(m);
  if (verdict.reasons.includes('anchor-missing') && m.anchor !== undefined) {
    return [draft('capture-more', `Point in time for ${name}: ${verdict.explanation} First look for its anchor log ${describeGeneration(named, m.anchor)} in other backup sets: with it and the logs after it, ${name} rolls forward instead; never start replay without it (Q296787 restore step 3).`, [], [name])];
  }
  if (verdict.reasons.includes('log-damaged') && m.anchor !== undefined) {
    return [draft('capture-more', `Point in time for ${name}: ${verdict.explanation} First look for an undamaged copy of ${describeGeneration(named, m.anchor)} in other backup sets: with it, ${name} rolls forward instead.`, [], [name])];
  }
  if (verdict.reasons.includes('db-log-signature-mismatch') || verdict.reasons.includes('db-signature-mismatch')) {
    return [draft('capture-more', `Point in time for ${name}: ${verdict.explanation} If another backup of ${name} matches these logs, check it instead: it may roll forward.`, [], [name])];
  }
  return [draft('caution', `Point in time for ${name}: ${verdict.explanation}`, [], [name])];
}
