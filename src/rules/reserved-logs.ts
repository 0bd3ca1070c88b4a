import { defineRule } from './define.js';
import { listFiles } from '../model/index.js';

/** Q296787 backup step 5, ese-format §7.2: reserve and temporary logs are never backed up nor replayed. */
export const reservedLogs = defineRule({
  id: 'reserved-logs',
  title: 'Reserve and temporary logs',
  defaultSeverity: 'info',
  kb: 'Q296787 backup step 5; Q237767 backup step 6; ese-format §7.2',
  description: 'Res1.log, Res2.log, *.jrs and E00tmp.log are never backed up nor replayed.',
  remedy: 'Leave them out of the backup and out of the replay set.',
  messages: {
    reservedLog: '{{files}} is a reserve or temporary log: never backed up nor replayed.',
    reservedLogs: '{{files}} are reserve or temporary logs: never backed up nor replayed.',
  },
  check({ evidence }, report) {
    if (evidence.reservedLogs.length === 0) return;
    const files = evidence.reservedLogs.map((l) => l.file);
    report({
      subjects: files,
      messageId: files.length > 1 ? 'reservedLogs' : 'reservedLog',
      data: { files: listFiles(files) },
      evidence: evidence.reservedLogs.slice(0, 5).map((l) => l.fileAt),
    });
  },
});
