import { defineRule } from './define.js';
import { logCount, describeGeneration, firstLog, hasGeneration, listLogFiles, logFileFor, missingRanges, orderedFrom, presentGenerations, type WrongSizeLog } from '../model/index.js';

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
  messages: {
    gap: 'Missing generation {{missing}}: replay stops at {{stop}}{{stranded}}.{{listed}}',
    gaps: 'Missing generations {{missing}}: replay stops at {{stop}}{{stranded}}.{{listed}}',
  },
  check({ model }, report) {
    for (const s of model.streams) {
      if (s.highest === undefined) continue;
      const start = s.lowAnchor ?? s.lowest;
      if (start === undefined) continue;
      // The anchor itself is missing: anchor-missing says so.
      if (!hasGeneration(s.entries, start) && !s.intruders.some((l) => l.generation === start)) continue;
      const ranges = missingRanges(presentGenerations(s), start, s.highest);
      if (ranges.length === 0) continue;
      const missing = firstGenerations(ranges, 50);
      const missingCount = ranges.reduce((n, [a, b]) => n + b - a + 1, 0);
      const first = ranges[0]!;
      const before = s.logAt(first[0] - 1);
      // The logs after the first gap, runs kept whole (only the names shown are made).
      const after = orderedFrom(s.entries, first[1] + 1);
      const afterCount = logCount(after);
      const afterFirst = firstLog(after);
      // Issue 16: a missing generation's file may be there, empty or cut short (a `dir` listing shows it).
      const listed = s.wrongSizeLogs.filter((w) => w.listed.logKind === 'numbered' && inRanges(w.listed.nameGeneration, ranges));
      const rangeText = ranges
        .map(([a, b]) => (a === b ? describeGeneration(s, a) : `${describeGeneration(s, a)} … ${describeGeneration(s, b)}`))
        .join('; ');
      report({
        subjects: missing.map((g) => logFileFor(s, g)),
        stream: s.id,
        messageId: missingCount > 1 ? 'gaps' : 'gap',
        data: {
          missing: rangeText,
          stop: describeGeneration(s, first[0] - 1),
          stranded: afterCount ? `; ${afterCount} later log${afterCount > 1 ? 's' : ''} cannot replay (${listLogFiles(after, 4)})` : '',
          listed: listed.map(wrongSizeText).join(''),
        },
        evidence: [before?.generationAt ?? before?.fileAt, afterFirst?.generationAt ?? afterFirst?.fileAt, ...listed.map((w) => w.listed.at)],
      });
    }
  },
});

function inRanges(generation: number | undefined, ranges: readonly (readonly [number, number])[]): boolean {
  return generation !== undefined && ranges.some(([a, b]) => generation >= a && generation <= b);
}

/**
 * A missing generation's file that a `dir` listing shows empty or cut short (ese-format §7.2: every
 * log of a stream has its configured size; ESE refuses another, -541 JET_errLogFileSizeMismatch).
 */
function wrongSizeText(w: WrongSizeLog): string {
  const { listed, expectedSize } = w;
  const where = listed.directory !== undefined ? ` in ${listed.directory}` : '';
  const size =
    listed.size === 0
      ? `is empty (0 bytes${expectedSize !== undefined ? `; the other logs of this stream have ${bytes(expectedSize)}` : ''})`
      : `has ${bytes(listed.size)}${expectedSize !== undefined ? `, not the ${bytes(expectedSize)} of the other logs of this stream` : ''}`;
  return ` ${listed.file} is there${where} but ${size} (${listed.at.input} line ${listed.at.line}): it holds no log eseutil can replay (-541 JET_errLogFileSizeMismatch); look for a good copy of ${listed.file} in another backup set.`;
}

function bytes(n: number): string {
  return `${n.toLocaleString('en-US')} bytes`;
}

/** The first `max` generations of the ranges. */
function firstGenerations(ranges: readonly (readonly [number, number])[], max: number): number[] {
  const out: number[] = [];
  for (const [a, b] of ranges) for (let g = a; g <= b && out.length < max; g++) out.push(g);
  return out;
}
