/**
 * Logs → log groups by their own signature (semantics: "a log stream = the logs sharing one
 * log signature"; the first `Signature:` of each /ml header, KB Q296787 step 3).
 * Several storage groups or servers in one input stay apart because their signatures differ.
 * A run of agreeing logs (src/evidence/log-run.ts) is grouped by its first member: every member
 * has its signature, base name and folder.
 */
import { cutRun, foldersOfEntries, headOf } from './log-run.js';
import type { LogEntry, LogEvidence, LogGroup, LogRun } from './types.js';

export function groupLogsBySignature(entries: readonly LogEntry[]): {
  groups: LogGroup[];
  reserved: LogEvidence[];
} {
  const reserved: LogEvidence[] = [];
  const signed = new Map<string, LogGroup>();
  const unsigned: LogEntry[] = [];
  for (const entry of entries) {
    const log = headOf(entry);
    // Res1.log, Res2.log, *.jrs and E00tmp.log are never replayed (ese-format §7.2).
    if (log.kind === 'reserve' || log.kind === 'temp') {
      reserved.push(log);
      continue;
    }
    if (!log.signature) {
      unsigned.push(entry);
      continue;
    }
    let group = signed.get(log.signature.key);
    if (!group) {
      group = { signature: log.signature, ...(log.baseName ? { baseName: log.baseName } : {}), entries: [] };
      signed.set(log.signature.key, group);
    }
    group.entries.push(entry);
  }

  // A log captured without its signature (a `find "lGeneration"` fragment, a line of
  // `eseutil /ml E00`) joins the signed group of its base name when there is exactly one.
  const groups = [...signed.values()];
  const unsignedByBase = new Map<string, LogGroup>();
  // A group made only of logs eseutil's stream check found foreign (-530) is not where the other
  // logs of that check belong; nor is a group of another folder (ese-format §3, §7.1).
  const hosts = groups.filter((g) => g.entries.some((e) => headOf(e).streamCheckFault?.kind !== 'log-signature-mismatch'));
  const folders = new Map<LogGroup, Set<string>>();
  for (const entry of unsigned) {
    const log = headOf(entry);
    const base = log.baseName?.toLowerCase();
    const candidates = hosts.filter((g) => base !== undefined && g.baseName?.toLowerCase() === base && folderFits(g, log, folders));
    const only = candidates.length === 1 ? candidates[0] : hosts.length === 1 && base === undefined ? hosts[0] : undefined;
    if (only) {
      only.entries.push(entry);
      continue;
    }
    const key = base ?? '';
    let group = unsignedByBase.get(key);
    if (!group) {
      group = { ...(log.baseName ? { baseName: log.baseName } : {}), entries: [] };
      unsignedByBase.set(key, group);
    }
    group.entries.push(entry);
  }
  const all = [...signed.values(), ...unsignedByBase.values()].map(inGenerationOrder);
  return { groups: all, reserved };
}

/**
 * The group with its entries in generation order, as the logs one by one would sort (a stable
 * sort: at one generation the numbered log first, then as captured). A run sharing a generation
 * with another entry of the group is cut there first, so that the member keeps its place.
 */
function inGenerationOrder(group: LogGroup): LogGroup {
  const captured = group.entries;
  const sorted = [...captured].sort(byGeneration);
  const cuts = sharedGenerations(sorted);
  if (cuts.size === 0) return { ...group, entries: sorted };
  const pieces = captured.flatMap((entry) => {
    const at = entry.kind === 'run' ? cuts.get(entry) : undefined;
    return at ? cutRun(entry as LogRun, [...at].sort((a, b) => a - b)) : [entry];
  });
  return { ...group, entries: pieces.sort(byGeneration) };
}

/** For each run, the generations inside it that another entry of the same (sorted) list holds. */
function sharedGenerations(sorted: readonly LogEntry[]): Map<LogRun, Set<number>> {
  const cuts = new Map<LogRun, Set<number>>();
  const cut = (run: LogRun, low: number, high: number): void => {
    let at = cuts.get(run);
    if (!at) cuts.set(run, (at = new Set()));
    for (let g = low; g <= high; g++) at.add(g);
  };
  let open: LogRun[] = [];
  let lastSingle: number | undefined;
  for (const entry of sorted) {
    const low = headOf(entry).generation;
    if (low === undefined) break;
    const high = entry.kind === 'run' ? entry.lastGeneration : low;
    open = open.filter((run) => run.lastGeneration >= low);
    for (const run of open) {
      const through = Math.min(high, run.lastGeneration);
      cut(run, low, through);
      if (entry.kind === 'run') cut(entry, low, through);
    }
    if (entry.kind === 'run') {
      if (lastSingle === low) cut(entry, low, low);
      open.push(entry);
    } else {
      lastSingle = low;
    }
  }
  return cuts;
}

/** A log of unknown folder fits anywhere; else some log of the group must be in its folder. */
function folderFits(group: LogGroup, log: LogEvidence, folders: Map<LogGroup, Set<string>>): boolean {
  if (log.folder === undefined) return true;
  let known = folders.get(group);
  if (!known) {
    // Read once per group: a stream check of 100,000 logs asks for every one of them (SPEC §9).
    known = foldersOfEntries(group.entries);
    folders.set(group, known);
  }
  return known.size === 0 || known.has(log.folder);
}

function byGeneration(a: LogEntry, b: LogEntry): number {
  const la = headOf(a);
  const lb = headOf(b);
  const ga = la.generation ?? Number.MAX_SAFE_INTEGER;
  const gb = lb.generation ?? Number.MAX_SAFE_INTEGER;
  if (ga !== gb) return ga - gb;
  // At one generation the numbered log comes before the current log.
  return (la.kind === 'current' ? 1 : 0) - (lb.kind === 'current' ? 1 : 0);
}
