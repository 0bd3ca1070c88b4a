import { defineRule } from './define.js';
import { currentLogNameFor, describeGeneration, filesOf, firstLogs, listFiles } from '../model/index.js';

/** Q296787 roll-forward step 7 CRITICAL NOTE: higher logs become a "ceiling" that stops the database. */
export const ceilingLogs = defineRule({
  id: 'ceiling-logs',
  title: 'Logs above the current log',
  defaultSeverity: 'error',
  kb: 'Q296787 roll-forward step 7 (CRITICAL NOTE); Q237767 roll-forward step 5',
  description:
    'Logs with a higher generation than the log that is (or will be renamed) the current log block the creation of new logs and stop the database.',
  remedy: 'Move every log above the current log aside before starting the database.',
  messages: {
    ceiling: '{{logs}} above {{top}} must be moved aside before the database starts: {{files}}.',
  },
  check({ model }, report) {
    for (const s of model.streams) {
      if (!s.rollsForward || s.replayThrough === undefined || s.ceilingLogs.length === 0) continue;
      const files = filesOf(s.ceilingLogs);
      const top = s.validCurrentLog ? `${s.validCurrentLog.file} (${s.replayThrough})` : `${describeGeneration(s, s.replayThrough)} (to be renamed ${currentLogNameFor(s.naming)})`;
      report({
        subjects: files,
        stream: s.id,
        messageId: 'ceiling',
        data: { logs: `${files.length} log${files.length > 1 ? 's' : ''}`, top, files: listFiles(files) },
        evidence: firstLogs(s.ceilingLogs, 10).map((l) => l.generationAt ?? l.fileAt),
      });
    }
  },
});
