/**
 * The replay chain (Q296787 roll-forward steps 5 and 8): from the anchor through consecutive
 * generations present with the stream's own signature and not damaged; it stops before the first
 * gap, foreign or damaged log.
 */
import { headOf, sliceOfRun } from '../evidence/log-run.js';
import type { LogEntry, LogEvidence } from '../evidence/types.js';
import { firstAtOrAbove, lowOf } from './entries.js';
import { listedWrongSize, listedWrongSizeMembers } from './listed-files.js';
import { nameMismatch } from './log-facts.js';
import type { Chain, ChainStop, StreamModel } from './types.js';

/**
 * The chain from generation `from`. A run of agreeing logs replays as a whole (its members are
 * numbered, undamaged, named by their generation, the only logs at their generations): the walk
 * steps over it at once, and keeps it whole in `Chain.entries`, cut where the chain starts inside it.
 */
export function walkChain(stream: StreamModel, from: number): Chain {
  const entries: LogEntry[] = [];
  const own = stream.entries;
  const highest = stream.highest ?? from;
  let at = firstAtOrAbove(own, from);
  let g = from;
  let stop: ChainStop | undefined;
  while (g <= highest) {
    const entry = own[at];
    if (entry?.kind === 'run' && entry.first.generation! <= g) {
      const low = entry.first.generation!;
      // Issue 16: a member a `dir` listing shows at the wrong size (-541) does not replay: the run
      // replays up to it, and the chain stops there as before a damaged log.
      const wrong = stream.wrongSizeLogs.length > 0 ? listedWrongSizeMembers(stream, entry, g)[0] : undefined;
      const end = wrong === undefined ? entry.lastGeneration : wrong.generation! - 1;
      if (end >= g) entries.push(g === low && end === entry.lastGeneration ? entry : sliceOfRun(entry, g - low, end - g + 1));
      if (wrong !== undefined) {
        g = wrong.generation!;
        stop = { kind: 'log-damaged', generation: g, log: wrong };
        break;
      }
      g = entry.lastGeneration + 1;
      at++;
      continue;
    }
    const here: LogEvidence[] = [];
    for (; at < own.length && lowOf(own[at]!) === g; at++) here.push(own[at] as LogEvidence);
    if (here.length === 0) {
      const foreign = stream.intruders.find((l) => l.generation === g);
      if (foreign) {
        stop = { kind: 'log-signature-mismatch', generation: g, log: foreign };
      } else {
        // The gap ends before the next generation present (own or foreign), found without
        // stepping through it: a garbled lGeneration can put billions of generations in between.
        // No own entry holds g, so the next own one starts above it.
        let next = highest + 1;
        if (entry !== undefined && lowOf(entry) < next) next = lowOf(entry);
        for (const l of stream.intruders) {
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
    // Issue 16: a `dir` listing shows this log's file at the wrong size (-541): it does not replay.
    const wrongSize = stream.wrongSizeLogs.length > 0 ? here.find((l) => listedWrongSize(stream, l) !== undefined) : undefined;
    if (wrongSize) {
      stop = { kind: 'log-damaged', generation: g, log: wrongSize };
      break;
    }
    // eseutil's stream check said -513 for this file but did not print the lGeneration it read.
    const misnamed = here.find((l) => l.streamCheckFault?.kind === 'name-generation-mismatch' && !nameMismatch(l));
    if (misnamed) {
      stop = { kind: 'name-generation-mismatch', generation: g, log: misnamed };
      break;
    }
    entries.push(chosen);
    g++;
  }
  return { from, through: g - 1, ...(stop ? { stop } : {}), entries };
}

/** The log a stream compares signatures against (Q296787 step 3): the --anchor log, the low anchor's, else the first. */
export function referenceLog(stream: StreamModel): LogEvidence | undefined {
  if (stream.anchorFileLog) return stream.anchorFileLog;
  if (stream.lowAnchor !== undefined) {
    const atAnchor = stream.logAt(stream.lowAnchor);
    if (atAnchor) return atAnchor;
  }
  // A run's members all carry its first member's signature.
  const signed = stream.entries.find((e) => headOf(e).signature);
  return signed ? headOf(signed) : stream.entries.length > 0 ? headOf(stream.entries[0]!) : undefined;
}
