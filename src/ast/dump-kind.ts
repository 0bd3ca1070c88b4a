/**
 * Which kind of dump a segment is (SPEC §3), from what it prints:
 * 1. the mode line — `Initiating CHECKSUM mode...` is a checksum run unless it verifies a log
 *    stream (`eseutil /k E00`); any mode other than FILE DUMP is an `operation`;
 * 2. labels only one kind prints (`lGeneration`, `State:`, `Checkpoint file:`, `- OK`, `pages seen`…),
 *    the most frequent kind winning;
 * 3. the command on the prompt line (`/mh`, `/ml`, `/mk`, `/k`, esefile `/s`);
 * 4. labels several kinds print (`Signature:`, `Checkpoint`, `Last Consistent`, `Env`);
 * 5. otherwise `operation` (a bare footer, a banner alone).
 */
import { CATALOGUE, entryOf, type LabelName } from '../../grammar/catalogue.js';
import { fileNameOf } from '../domain/log-names.js';
import type { LineRecord } from './line-records.js';
import type { DumpKind, PromptRef } from './types.js';

type KindVotes = Record<DumpKind, number>;

/**
 * Each voting line kind's dump kind and weight (grammar/catalogue.ts `votes`), in one table: one
 * look-up per line (SPEC §9). `Log file:` votes in code below: with `- OK` it is a stream line.
 */
interface Vote {
  readonly kind: DumpKind;
  readonly strong: boolean;
}
const VOTES: ReadonlyMap<LabelName, Vote> = new Map(
  (Object.keys(CATALOGUE) as LabelName[]).flatMap((name): [LabelName, Vote][] => {
    const votes = entryOf(name).votes;
    return votes === undefined ? [] : [[name, { kind: votes.kind, strong: votes.weight === 'strong' }]];
  }),
);

/** Tie order: the kind whose labels are the most specific first. */
const PRIORITY: readonly DumpKind[] = ['checkpoint', 'logStreamCheck', 'databaseHeader', 'logHeader', 'checksum', 'batchCheck', 'operation'];

const VERIFIED = /-[ \t]*OK$/;

function emptyVotes(): KindVotes {
  return { databaseHeader: 0, logHeader: 0, logStreamCheck: 0, checkpoint: 0, checksum: 0, operation: 0, batchCheck: 0 };
}

function best(votes: KindVotes): DumpKind | undefined {
  let winner: DumpKind | undefined;
  for (const kind of PRIORITY) {
    if (votes[kind] > 0 && (winner === undefined || votes[kind] > votes[winner])) winner = kind;
  }
  return winner;
}

/** A base name (`E00`, `D:\logs\E00`) rather than a file: the stream verification of §3. */
function namesBaseName(file: string | undefined): boolean {
  return file !== undefined && !fileNameOf(file).includes('.');
}

/**
 * A KB batch file run from the prompt: `chksig edb012cf.log` (Q296787 step 8), `sigchk.bat
 * edb012cf.log`, `pathchk edb012cf.log MDBDATA` (Q237767), by name or path, `.bat`/`.cmd` or not.
 */
export const BATCH_COMMAND = /^(?:call[ \t]+)?(?:\S*[\\/])?(chksig|sigchk|pathchk)(?:\.(?:bat|cmd))?(?=[ \t]|$)/i;

/** The kind a prompt's command produces (`eseutil /ml E00` → logStreamCheck). */
export function kindOfCommand(prompt: PromptRef | undefined): DumpKind | undefined {
  switch (prompt?.mode) {
    case undefined:
      return prompt !== undefined && BATCH_COMMAND.test(prompt.command) ? 'batchCheck' : undefined;
    case '/mh':
      return 'databaseHeader';
    case '/ml':
      return namesBaseName(prompt.file) ? 'logStreamCheck' : 'logHeader';
    case '/mk':
      return 'checkpoint';
    case '/k':
      if (namesBaseName(prompt.file)) return 'logStreamCheck';
      return /\.(log|jtx)$/i.test(prompt.file ?? '') ? 'logHeader' : 'checksum';
    case '/s':
    case '/x':
      return /esefile/i.test(prompt.command) ? 'checksum' : 'operation';
    default:
      return 'operation';
  }
}

export interface KindEvidence {
  readonly records: readonly LineRecord[];
  readonly mode?: string;
  readonly prompt?: PromptRef;
  readonly contextPrompt?: PromptRef;
  /** The segment has lines other than banner, mode, footer and prompt. */
  readonly hasContent: boolean;
}

export function inferDumpKind(e: KindEvidence): DumpKind {
  const strong = emptyVotes();
  const weak = emptyVotes();
  let unverifiedLogFiles = 0;
  for (const r of e.records) {
    if (r.database >= 0) {
      if (r.rule === 'attachedDatabase') weak.logHeader++;
      continue;
    }
    if (r.token === 'LogFileLabel') {
      if (VERIFIED.test(r.value)) strong.logStreamCheck++;
      else unverifiedLogFiles++;
      continue;
    }
    const vote = VOTES.get(r.token);
    if (vote !== undefined) (vote.strong ? strong : weak)[vote.kind]++;
  }
  // A stream verification also prints `Log file:` lines without `- OK` (the damaged ones);
  // a single log's header has one `Log file:` line and labels of its own.
  if (strong.logStreamCheck > 0 && strong.logHeader === 0) strong.logStreamCheck += unverifiedLogFiles;
  else strong.logHeader += unverifiedLogFiles;

  const mode = e.mode?.toUpperCase();
  if (mode !== undefined && !mode.startsWith('FILE DUMP')) {
    if (!mode.startsWith('CHECKSUM')) return 'operation';
    if (strong.logStreamCheck > 0) return 'logStreamCheck';
    if (strong.logHeader > 0 && strong.checksum === 0) return 'logHeader';
    return 'checksum';
  }
  const byLabels = best(strong);
  if (byLabels !== undefined) return byLabels;
  if (e.hasContent) {
    const byCommand = kindOfCommand(e.prompt) ?? kindOfCommand(e.contextPrompt);
    if (byCommand !== undefined) return byCommand;
  }
  return best(weak) ?? 'operation';
}
