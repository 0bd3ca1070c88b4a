/**
 * Logs → log groups by their own signature (semantics: "a log stream = the logs sharing one
 * log signature"; the first `Signature:` of each /ml header, KB Q296787 step 3).
 * Several storage groups or servers in one input stay apart because their signatures differ.
 */
import type { LogEvidence, LogGroup } from './types.js';

export function groupLogsBySignature(logs: readonly LogEvidence[]): {
  groups: LogGroup[];
  reserved: LogEvidence[];
} {
  const reserved: LogEvidence[] = [];
  const signed = new Map<string, LogGroup>();
  const unsigned: LogEvidence[] = [];
  for (const log of logs) {
    // Res1.log, Res2.log, *.jrs and E00tmp.log are never replayed (ese-format §7.2).
    if (log.kind === 'reserve' || log.kind === 'temp') {
      reserved.push(log);
      continue;
    }
    if (!log.signature) {
      unsigned.push(log);
      continue;
    }
    let group = signed.get(log.signature.key);
    if (!group) {
      group = { signature: log.signature, ...(log.baseName ? { baseName: log.baseName } : {}), logs: [] };
      signed.set(log.signature.key, group);
    }
    group.logs.push(log);
  }

  // A log captured without its signature (a `find "lGeneration"` fragment, a line of
  // `eseutil /ml E00`) joins the signed group of its base name when there is exactly one.
  const groups = [...signed.values()];
  const unsignedByBase = new Map<string, LogGroup>();
  // A group made only of logs eseutil's stream check found foreign (-530) is not where the other
  // logs of that check belong; nor is a group of another folder (ese-format §3, §7.1).
  const hosts = groups.filter((g) => g.logs.some((l) => l.streamCheckFault?.kind !== 'log-signature-mismatch'));
  const folders = new Map<LogGroup, Set<string>>();
  for (const log of unsigned) {
    const base = log.baseName?.toLowerCase();
    const candidates = hosts.filter((g) => base !== undefined && g.baseName?.toLowerCase() === base && folderFits(g, log, folders));
    const only = candidates.length === 1 ? candidates[0] : hosts.length === 1 && base === undefined ? hosts[0] : undefined;
    if (only) {
      only.logs.push(log);
      continue;
    }
    const key = base ?? '';
    let group = unsignedByBase.get(key);
    if (!group) {
      group = { ...(log.baseName ? { baseName: log.baseName } : {}), logs: [] };
      unsignedByBase.set(key, group);
    }
    group.logs.push(log);
  }
  const all = [...groups, ...unsignedByBase.values()];
  for (const group of all) group.logs.sort(byGeneration);
  return { groups: all, reserved };
}

/** A log of unknown folder fits anywhere; else some log of the group must be in its folder. */
function folderFits(group: LogGroup, log: LogEvidence, folders: Map<LogGroup, Set<string>>): boolean {
  if (log.folder === undefined) return true;
  let known = folders.get(group);
  if (!known) {
    // Read once per group: a stream check of 100,000 logs asks for every one of them (SPEC §9).
    known = new Set<string>();
    for (const other of group.logs) if (other.folder !== undefined) known.add(other.folder);
    folders.set(group, known);
  }
  return known.size === 0 || known.has(log.folder);
}

function byGeneration(a: LogEvidence, b: LogEvidence): number {
  const ga = a.generation ?? Number.MAX_SAFE_INTEGER;
  const gb = b.generation ?? Number.MAX_SAFE_INTEGER;
  if (ga !== gb) return ga - gb;
  // At one generation the numbered log comes before the current log.
  return (a.kind === 'current' ? 1 : 0) - (b.kind === 'current' ? 1 : 0);
}
