import { defineRule } from './define.js';
import { currentLogNameFor, describeGeneration, filesOf, firstLogs, listedAboveCeiling, listFiles, withListedAboveCeiling } from '../model/index.js';

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
    ceilingListed:
      '{{logs}} above {{top}} must be moved aside before the database starts: {{files}}. {{listed}} ({{input}} line {{lines}}, a dir listing) holds no log data but stands where the store will write generation {{generations}}: move it aside too.',
  },
  check({ model }, report) {
    for (const s of model.streams) {
      if (!s.rollsForward || s.replayThrough === undefined) continue;
      // Issue 16: an empty or cut-short log file a `dir` listing shows above the current log.
      const listed = listedAboveCeiling(s);
      if (s.ceilingLogs.length === 0 && listed.length === 0) continue;
      const files = filesOf(s.ceilingLogs);
      const top = s.validCurrentLog ? `${s.validCurrentLog.file} (${s.replayThrough})` : `${describeGeneration(s, s.replayThrough)} (to be renamed ${currentLogNameFor(s.naming)})`;
      const evidence = [...firstLogs(s.ceilingLogs, 10).map((l) => l.generationAt ?? l.fileAt), ...listed.slice(0, 5).map((w) => w.listed.at)];
      if (listed.length === 0) {
        report({
          subjects: files,
          stream: s.id,
          messageId: 'ceiling',
          data: { logs: `${files.length} log${files.length > 1 ? 's' : ''}`, top, files: listFiles(files) },
          evidence,
        });
        continue;
      }
      // In generation order: the listed files among the ceiling logs.
      const all = withListedAboveCeiling(s.ceilingLogs, listed);
      report({
        subjects: all,
        stream: s.id,
        messageId: 'ceilingListed',
        data: {
          logs: `${all.length} log file${all.length > 1 ? 's' : ''}`,
          top,
          files: listFiles(all),
          listed: listFiles(listed.map((w) => w.listed.file)),
          input: listed[0]!.listed.at.input,
          lines: listed.map((w) => w.listed.at.line).join(', '),
          generations: listed.map((w) => w.listed.nameGeneration!).join(', '),
        },
        evidence,
      });
    }
  },
});
