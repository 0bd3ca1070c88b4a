import { defineRule } from './define.js';
import { databaseReplays, describeGeneration, logFileFor } from '../model/index.js';

/** Q296787 roll-forward step 4, Q237767 step 2: restore to the path recorded in the anchor log. */
export const restorePath = defineRule({
  id: 'restore-path',
  title: 'Path to restore each database to',
  defaultSeverity: 'info',
  kb: 'Q296787 roll-forward step 4; Q237767 roll-forward step 2',
  description:
    'Each database must be restored to the path recorded in the anchor log (generation 1 has no attachments: use generation 2), because logs find databases by that path.',
  remedy: 'Copy the database file to exactly that path before starting the service.',
  messages: {
    streamingFile: 'Restore {{db}} to {{where}}, beside {{edb}}{{edbPath}}: the logs record only the .edb; the streaming file keeps its own name and path.',
    pathNotCaptured: 'No captured log from {{anchor}} on lists {{db}}: run eseutil /ml {{anchorFile}} | find /i ".edb" to see the path to restore it to.',
    recordedInAnchor: 'Restore {{db}} to {{path}}, the path recorded in the anchor log {{log}}.',
    listedStreamingFile:
      'Restore {{db}} to {{path}}, the path recorded in the anchor log {{log}}, and with it {{stm}}, its streaming file, which the dir listing of {{folder}} shows beside it ({{input}} line {{line}}): an Exchange 2000/2003 store is both files, each to its own path (the logs record only the .edb).',
    recordedInNext: 'Restore {{db}} to {{path}}, the path recorded in {{log}} (the anchor log {{anchorFile}} lists no databases).',
  },
  check({ model }, report) {
    for (const m of model.databases) {
      const s = m.stream;
      // Only replay needs the recorded path; a point-in-time copy goes to the database folder.
      if (!s || m.anchor === undefined || !m.anchorLog || !databaseReplays(m)) continue;
      // Logs list only the .edb of an Exchange 2000/2003 store; its .stm keeps its own name and
      // path, never the .edb's (copying the .stm there would overwrite the database).
      if (!m.recorded && /\.stm$/i.test(m.db.name) && m.partner) {
        const edbPath = m.partner.recorded?.attachment.path;
        report({
          subjects: [m.db.name],
          stream: s.id,
          messageId: 'streamingFile',
          data: {
            db: m.db.name,
            where: m.db.path && /[\\/]/.test(m.db.path) ? `${m.db.path}, its own path` : 'the folder it was backed up from (no capture shows it)',
            edb: m.partner.db.name,
            edbPath: edbPath ? ` (${edbPath})` : '',
          },
          evidence: [m.db.at],
        });
        continue;
      }
      if (!m.recorded) {
        report({
          subjects: [m.db.name],
          stream: s.id,
          undetermined: true,
          messageId: 'pathNotCaptured',
          data: { anchor: describeGeneration(s, m.anchor), db: m.db.name, anchorFile: logFileFor(s, m.anchor) },
          evidence: [m.anchorLog.fileAt],
        });
        continue;
      }
      const { attachment, log } = m.recorded;
      const stm = m.listedStreamingFile;
      if (stm !== undefined && log.generation === m.anchor) {
        report({
          subjects: [m.db.name, stm.file],
          stream: s.id,
          messageId: 'listedStreamingFile',
          data: { db: m.db.name, path: attachment.path, log: log.file, stm: stm.file, folder: stm.directory ?? 'its folder', input: stm.at.input, line: stm.at.line },
          evidence: [attachment.at, stm.at],
        });
        continue;
      }
      report({
        subjects: [m.db.name],
        stream: s.id,
        ...(log.generation === m.anchor
          ? { messageId: 'recordedInAnchor', data: { db: m.db.name, path: attachment.path, log: log.file } }
          : { messageId: 'recordedInNext', data: { db: m.db.name, path: attachment.path, log: log.file, anchorFile: logFileFor(s, m.anchor) } }),
        evidence: [attachment.at],
      });
    }
  },
});
