import { defineRule } from './define.js';
import { describeGeneration } from './naming.js';

/** Q296787 backup step 6 (Q240145): numbered logs below the checkpoint log may go once backed up. */
export const logTruncation = defineRule({
  id: 'log-truncation',
  title: 'Logs below the checkpoint',
  defaultSeverity: 'info',
  kb: 'Q296787 backup step 6; Q240145',
  description:
    'With a checkpoint, the numbered logs below the checkpoint generation are already in the databases and may be removed once they are backed up (not the checkpoint log itself).',
  remedy: 'Back these logs up, then they may be removed to reclaim space. Logs from the anchor on are kept for the restore.',
  check({ model }, report) {
    for (const s of model.streams) {
      const checkpoint = s.checkpoints.find((c) => c.checkpoint)?.checkpoint;
      if (!checkpoint) continue;
      const limit = Math.min(checkpoint.generation, s.lowAnchor ?? Number.MAX_SAFE_INTEGER);
      const below = s.logs.filter((l) => l.kind === 'numbered' && l.generation !== undefined && l.generation < limit);
      if (below.length === 0) continue;
      const first = below[0]!;
      const last = below[below.length - 1]!;
      const keep = s.lowAnchor !== undefined && s.lowAnchor < checkpoint.generation ? `; logs from the low anchor ${describeGeneration(s, s.lowAnchor)} on are needed by this restore and stay` : '';
      report({
        subjects: below.map((l) => l.file),
        stream: s.id,
        message: `Checkpoint ${checkpoint.text} is in ${describeGeneration(s, checkpoint.generation)}: ${first.file} … ${last.file} (${below.length} log${below.length > 1 ? 's' : ''}) may be removed once backed up${keep}.`,
        evidence: [checkpoint.at],
      });
    }
  },
});
