/**
 * A stream's naming era and the file name of each generation in it (ese-format §7.2; KB Q296787
 * step 2: "Decimal 4815 is equivalent to hexadecimal 12CF … the first log file you need is
 * Edb012cf.log"). The era is decided once, from what the captures show, for a stream and for a
 * database whose logs were not captured alike.
 */
import type { Tool } from '../ast/types.js';
import { currentLogFileName, fileNameOf, formatLogFileName } from '../domain/log-names.js';
import { headOf, memberFile } from '../evidence/log-run.js';
import type { DatabaseEvidence, LogEntry } from '../evidence/types.js';
import type { DatabaseModel, Era, NamedStream, StreamNaming } from './types.js';

/** What the captures show of a stream's naming; a fact is absent when nothing printed it. */
interface NamingFacts {
  /** Radix of printed log positions: 10 in Exchange 5.5 output, 16 later (ese-format §0.5). */
  readonly radix?: 10 | 16;
  /** The banner of the eseutil / esentutl that printed the dump. */
  readonly tool?: Tool;
  /** Digits of the first numbered log's name (`Edb012cf.log` 5, `E00000012CF.log` 8). */
  readonly digits?: 5 | 8;
  readonly baseName?: string;
  /** Case of the hex digits in the numbered logs' names, when a letter shows it. */
  readonly hexCase?: 'lower' | 'upper';
}

function isWindowsTool(tool: Tool | undefined): boolean {
  return tool !== undefined && /windows/i.test(tool.product);
}

/**
 * The naming era: decimal positions are 5.5's; eight-digit names come with Exchange 2007 and
 * later; esentutl (Windows) and `edb` base names are Windows ESE unless nothing but the base name
 * tells (then 5.5); the rest is Exchange 2000/2003.
 */
function eraOf(facts: NamingFacts, digits: 5 | 8): Era {
  if (facts.radix === 10) return 'exchange55';
  const windows = isWindowsTool(facts.tool);
  if (digits === 8 && !windows) return 'exchange2007';
  if (windows || (facts.baseName !== undefined && /^edb$/i.test(facts.baseName))) return facts.radix === 16 || facts.tool ? 'windows' : 'exchange55';
  return 'exchange2000';
}

/** The naming the facts show, each missing part taken from the era. */
function namingFrom(facts: NamingFacts): StreamNaming {
  const windows = isWindowsTool(facts.tool);
  const major = facts.tool ? parseFloat(facts.tool.version) : undefined;
  const era = eraOf(facts, facts.digits ?? (major !== undefined && major >= 8 && !windows ? 8 : 5));
  return {
    baseName: facts.baseName ?? (facts.radix === 10 || windows ? 'Edb' : 'E00'),
    digits: facts.digits ?? (era === 'exchange2007' ? 8 : 5),
    hexCase: facts.hexCase ?? (facts.radix === 10 ? 'lower' : 'upper'),
    era,
  };
}

/** The case of a hex letter in a numbered log's name (`edb012cf` lower, `E00000012CF` upper), if any. */
function hexCaseOfName(file: string, digits: number): 'lower' | 'upper' | undefined {
  const hex = fileNameOf(file).slice(3, 3 + digits);
  if (/[a-f]/.test(hex)) return 'lower';
  if (/[A-F]/.test(hex)) return 'upper';
  return undefined;
}

/**
 * The case of the first hex letter in the numbered logs' names. A run's names are made from its
 * template until one shows a letter (at most 16 of them: the last digit runs through a–f).
 */
function hexCaseOf(numbered: readonly LogEntry[]): 'lower' | 'upper' | undefined {
  for (const entry of numbered) {
    if (entry.kind !== 'run') {
      const found = hexCaseOfName(entry.file, entry.digits ?? 0);
      if (found) return found;
      continue;
    }
    const digits = entry.first.digits ?? 0;
    for (let g = entry.first.generation!; g <= entry.lastGeneration; g++) {
      const found = hexCaseOfName(memberFile(entry.template, g), digits);
      if (found) return found;
    }
  }
  return undefined;
}

/**
 * A stream's naming: its logs' names and dumps, else the databases that carry its signature.
 * Every fact but the name is the same in all members of a run: read on its first member.
 */
export function streamNaming(entries: readonly LogEntry[], databases: readonly DatabaseEvidence[]): StreamNaming {
  const numbered = entries.filter((e) => headOf(e).kind === 'numbered' && headOf(e).digits !== undefined);
  const first = numbered.length > 0 ? headOf(numbered[0]!) : undefined;
  const heads = entries.map(headOf);
  return namingFrom({
    radix: heads.find((l) => l.radix)?.radix ?? databases.find((d) => d.lastConsistent)?.lastConsistent?.radix,
    tool: heads.find((l) => l.tool)?.tool ?? databases.find((d) => d.tool)?.tool,
    digits: first?.digits === 8 ? 8 : first?.digits === 5 ? 5 : undefined,
    baseName: first?.baseName ?? heads.find((l) => l.baseName)?.baseName,
    hexCase: hexCaseOf(numbered),
  });
}

/** Naming for a database whose logs were not captured: the era its /mh output shows. */
export function namingForDatabase(model: DatabaseModel): NamedStream {
  if (model.stream) return model.stream;
  return { naming: namingFrom({ radix: model.db.lastConsistent?.radix, tool: model.db.tool }), logAt: noLog };
}

function noLog(): undefined {
  return undefined;
}

/** The file name a generation has in this stream: the captured log's name, else the era's. */
export function logFileFor(stream: NamedStream, generation: number): string {
  const log = stream.logAt(generation);
  if (log) return log.file;
  return formatLogFileName(stream.naming.baseName, generation, stream.naming);
}

export function numberedNameFor(naming: StreamNaming, generation: number): string {
  return formatLogFileName(naming.baseName, generation, naming);
}

/** `Edb.log` / `E00.log`: the current log of a base name (Q296787 steps 6–7). */
export function currentLogNameFor(naming: StreamNaming): string {
  return currentLogFileName(naming.baseName);
}
