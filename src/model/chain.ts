/**
 * The replay chain (Q296787 roll-forward steps 5 and 8): from the anchor through consecutive
 * generations present with the stream's own signature and not damaged; it stops before the first
 * gap, foreign or damaged log.
 */
import type { LogEvidence } from '../evidence/types.js';
import { firstAtOrAbove, ownLogsAt } from './generations.js';
import { listedWrongSize } from './listed-files.js';
import { nameMismatch } from './log-facts.js';
import type { Chain, ChainStop, StreamModel } from './types.js';

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
    logs.push(chosen);
  }
  return { from, through: g - 1, ...(stop ? { stop } : {}), logs };
}

/** The log a stream compares signatures against (Q296787 step 3): the --anchor log, the low anchor's, else the first. */
export function referenceLog(stream: StreamModel): LogEvidence | undefined {
  if (stream.anchorFileLog) return stream.anchorFileLog;
  if (stream.lowAnchor !== undefined) {
    const atAnchor = stream.logAt(stream.lowAnchor);
    if (atAnchor) return atAnchor;
  }
  return stream.logs.find((l) => l.signature) ?? stream.logs[0];
}
