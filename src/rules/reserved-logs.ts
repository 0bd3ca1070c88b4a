import { defineRule } from './define.js';
import { listFiles } from '../model/index.js';
import type { ListedFileEvidence, LogEvidence } from '../evidence/types.js';

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
    listedReservedLog: '{{files}} in {{folder}} ({{input}} line {{lines}}, a dir listing) is a reserve or temporary log: never backed up nor replayed (Q296787 backup step 5); leave it out of the replay set.',
    listedReservedLogs: '{{files}} in {{folder}} ({{input}} lines {{lines}}, a dir listing) are reserve or temporary logs: never backed up nor replayed (Q296787 backup step 5); leave them out of the replay set.',
  },
  check({ evidence }, report) {
    if (evidence.reservedLogs.length > 0) {
      const files = evidence.reservedLogs.map((l) => l.file);
      report({
        subjects: files,
        messageId: files.length > 1 ? 'reservedLogs' : 'reservedLog',
        data: { files: listFiles(files) },
        evidence: evidence.reservedLogs.slice(0, 5).map((l) => l.fileAt),
      });
    }
    // Issue 16: reserve logs a `dir` listing shows and no dump captured, one finding per listed folder.
    for (const listed of listedFolders(evidence.listedFiles ?? [], evidence.reservedLogs)) {
      const files = listed.map((f) => f.file);
      const first = listed[0]!;
      report({
        subjects: files,
        messageId: files.length > 1 ? 'listedReservedLogs' : 'listedReservedLog',
        data: { files: listFiles(files), folder: first.directory ?? 'an unnamed folder', input: first.at.input, lines: listed.map((f) => f.at.line).join(', ') },
        evidence: listed.slice(0, 5).map((f) => f.at),
      });
    }
  },
});

/** The reserve and temporary logs listed and not dumped, grouped by input and folder, in capture order. */
function listedFolders(listedFiles: readonly ListedFileEvidence[], dumped: readonly LogEvidence[]): ListedFileEvidence[][] {
  const groups = new Map<string, ListedFileEvidence[]>();
  for (const f of listedFiles) {
    if (f.logKind !== 'reserve' && f.logKind !== 'temp') continue;
    if (dumped.some((l) => l.fileKey === f.fileKey && (l.folder === undefined || f.folder === undefined || l.folder === f.folder))) continue;
    const key = `${f.at.input}\u0000${f.folder ?? ''}`;
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [f]);
    else group.push(f);
  }
  return [...groups.values()];
}
