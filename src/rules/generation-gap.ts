import { defineRule } from './define.js';
import { describeGeneration, foldRanges, listFiles, logFileFor } from './naming.js';

/** Q296787 roll-forward steps 5 and 8: logs must be in unbroken lGeneration sequence from the anchor. */
export const generationGap = defineRule({
  id: 'generation-gap',
  title: 'Gap in the log sequence',
  defaultSeverity: 'error',
  kb: 'Q296787 roll-forward steps 5 and 8; Q237767 roll-forward step 3',
  description:
    'The logs from the anchor on are not an unbroken lGeneration sequence. Replay stops before the first missing generation; the logs after it are stranded.',
  remedy:
    'Look for the missing generations in other log backups. Otherwise replay only through the log before the gap and move the stranded logs aside.',
  check({ model }, report) {
    for (const s of model.streams) {
      if (s.highest === undefined) continue;
      const start = s.lowAnchor ?? s.lowest;
      if (start === undefined) continue;
      const present = new Set<number>();
      for (const l of [...s.logs, ...s.intruders]) if (l.generation !== undefined) present.add(l.generation);
      if (!present.has(start)) continue; // the anchor itself is missing: anchor-missing says so
      const missing: number[] = [];
      for (let g = start; g <= s.highest; g++) if (!present.has(g)) missing.push(g);
      if (missing.length === 0) continue;
      const ranges = foldRanges(missing);
      const first = ranges[0]!;
      const before = s.logAt(first[0] - 1);
      const after = s.logs.filter((l) => l.generation !== undefined && l.generation > first[1]);
      const rangeText = ranges
        .map(([a, b]) => (a === b ? describeGeneration(s, a) : `${describeGeneration(s, a)} … ${describeGeneration(s, b)}`))
        .join('; ');
      report({
        subjects: missing.slice(0, 50).map((g) => logFileFor(s, g)),
        stream: s.id,
        message:
          `Missing generation${missing.length > 1 ? 's' : ''} ${rangeText}: replay stops at ${describeGeneration(s, first[0] - 1)}` +
          (after.length ? `; ${after.length} later log${after.length > 1 ? 's' : ''} cannot replay (${listFiles(after.map((l) => l.file), 4)}).` : '.'),
        evidence: [before?.generationAt ?? before?.fileAt, after[0]?.generationAt ?? after[0]?.fileAt],
      });
    }
  },
});
