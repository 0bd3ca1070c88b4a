import { defineRule } from './define.js';
import { listFiles } from './naming.js';

/** Q237767 "Point in Time": with circular logging on, only a point-in-time restore is possible. */
export const circularLogging = defineRule({
  id: 'circular-logging',
  title: 'Circular logging is on',
  defaultSeverity: 'error',
  kb: 'Q237767 "Point in Time" restoration; Q296787 "Before You Begin"; ese-format §2.4',
  description:
    'Circular logging was on (log Env CircLog, Circular Logging Flag): old logs were deleted after their checkpoint passed, so roll-forward is impossible.',
  remedy: 'Do a point-in-time restore; turn circular logging off if you want to roll forward next time.',
  check({ model }, report) {
    for (const s of model.streams) {
      if (s.circularLogs.length === 0) continue;
      const files = s.circularLogs.map((l) => l.file);
      report({
        subjects: files,
        stream: s.id,
        message: `Circular logging is on in ${files.length} log${files.length > 1 ? 's' : ''} of stream ${s.id} (${listFiles(files, 4)}): roll-forward is impossible; point-in-time restore only.`,
        evidence: s.circularLogs.slice(0, 5).map((l) => l.circularLogging?.at),
      });
    }
  },
});
