import { defineRule } from './define.js';
import { describeStream, filesOf, firstLogs, isDirty, listFiles } from '../model/index.js';

/**
 * Q237767 "Point in Time": with circular logging on, only a point-in-time restore is possible.
 * Only the current setting decides (`Env CircLog`, `Circular Logging Flag (current file)`, in the
 * logs from the anchor on); `Circular Logging Flag (past files)` is history that ESE carries into
 * every later header and never clears (ese-format §2.4). Soft recovery of a dirty database replays
 * its Log Required logs whatever circular logging says.
 */
export const circularLogging = defineRule({
  id: 'circular-logging',
  title: 'Circular logging is on',
  defaultSeverity: 'error',
  kb: 'Q237767 "Point in Time" restoration; Q296787 "Before You Begin"; ese-format §2.4',
  description:
    'Circular logging was on when the logs from the anchor on were written (log Env CircLog, Circular Logging Flag (current file)): old logs were deleted after their checkpoint passed, so an offline copy cannot be rolled forward. The (past files) flag alone is history, not state.',
  remedy: 'Do a point-in-time restore; turn circular logging off if you want to roll forward next time.',
  messages: {
    blocksRollForward: 'Circular logging is on in {{logs}}: {{blocked}} cannot be rolled forward; point-in-time restore only.',
    onWithoutBlocking: 'Circular logging is on in {{logs}}{{recovering}}. An offline copy of these databases could not be rolled forward through these logs.',
    pastFilesOnly: "Circular Logging Flag (past files) is on in {{logs}}: circular logging was on at some time in this stream's history, but these logs were written with it off (current file: off), so it does not stop replay.",
  },
  check({ model }, report) {
    for (const s of model.streams) {
      if (s.circularLogs.length > 0) {
        const files = filesOf(s.circularLogs);
        const logs = `${files.length} log${files.length > 1 ? 's' : ''} of ${describeStream(s)} (${listFiles(files, 4)})`;
        const blocked = s.databases.filter((m) => m.circularLogs.length > 0 && !isDirty(m.db)).map((m) => m.db.name);
        const chainOnly = s.databases.length === 0 && s.anchorFileLog !== undefined;
        const recovering = s.databases.filter((m) => isDirty(m.db) && m.replays).map((m) => m.db.name);
        if (blocked.length > 0 || chainOnly) {
          report({
            subjects: files,
            stream: s.id,
            messageId: 'blocksRollForward',
            data: { logs, blocked: blocked.length > 0 ? listFiles(blocked) : 'the chain' },
            evidence: firstLogs(s.circularLogs, 5).map((l) => l.circularLogging?.at),
          });
        } else {
          report({
            subjects: files,
            severity: 'info',
            stream: s.id,
            messageId: 'onWithoutBlocking',
            data: { logs, recovering: recovering.length > 0 ? `; soft recovery of ${listFiles(recovering)} replays its Log Required logs all the same` : '' },
            evidence: firstLogs(s.circularLogs, 5).map((l) => l.circularLogging?.at),
          });
        }
      }
      if (s.circularHistoryLogs.length > 0) {
        const files = filesOf(s.circularHistoryLogs);
        report({
          subjects: files,
          severity: 'info',
          stream: s.id,
          messageId: 'pastFilesOnly',
          data: { logs: `${files.length} log${files.length > 1 ? 's' : ''} of ${describeStream(s)} (${listFiles(files, 4)})` },
          evidence: firstLogs(s.circularHistoryLogs, 2).map((l) => l.circularLogging?.at),
        });
      }
    }
  },
});
