import { defineRule } from './define.js';
import { logCount, describeGeneration, entryWithin, filesOf, firstLog, lastFile, logFileFor } from '../model/index.js';
import type { LogEntry } from '../evidence/types.js';

/** Q296787 backup step 6 (Q240145): numbered logs below the checkpoint log may go once backed up. */
export const logTruncation = defineRule({
  id: 'log-truncation',
  title: 'Logs below the checkpoint',
  defaultSeverity: 'info',
  kb: 'Q296787 backup step 6; Q240145',
  description:
    'With a checkpoint, the numbered logs below the checkpoint generation are already in the databases and may be removed once they are backed up (not the checkpoint log itself).',
  remedy: 'Back these logs up; once the restore has replayed them they may be removed to reclaim space.',
  messages: {
    removable: 'Checkpoint {{checkpoint}} is in {{at}}: after the restore has replayed them, the numbered logs up to {{upTo}} may be removed once backed up{{captured}}.',
  },
  check({ model }, report) {
    for (const s of model.streams) {
      const checkpoint = s.checkpoints.find((c) => c.checkpoint)?.checkpoint;
      if (!checkpoint) continue;
      // After replay, the logs below the checkpoint are in the databases (Q296787 backup step 6);
      // a restore that stops early keeps the logs it did not replay.
      const replayed = s.rollsForward && s.replayThrough !== undefined ? s.replayThrough + 1 : checkpoint.generation;
      const limit = Math.min(checkpoint.generation, replayed);
      if (limit <= 1) continue;
      // The KB names the range by generation ("remove all logs up to Edb012fb.log"), captured or not.
      // Runs are numbered logs: kept whole, cut at the limit.
      const below: LogEntry[] = [];
      for (const entry of s.entries) {
        if (entry.kind !== 'run' && entry.kind !== 'numbered') continue;
        const within = entryWithin(entry, -Infinity, limit - 1);
        if (within) below.push(within);
      }
      const count = logCount(below);
      const captured = count === 0 ? '' : count === 1 ? `; captured: ${firstLog(below)!.file}` : `; captured: ${firstLog(below)!.file} … ${lastFile(below)!} (${count} logs)`;
      report({
        subjects: count > 0 ? filesOf(below) : [logFileFor(s, limit - 1)],
        stream: s.id,
        messageId: 'removable',
        data: { checkpoint: checkpoint.text, at: describeGeneration(s, checkpoint.generation), upTo: describeGeneration(s, limit - 1), captured },
        evidence: [checkpoint.at],
      });
    }
  },
});
