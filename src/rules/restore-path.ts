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
          message: `Restore ${m.db.name} to ${m.db.path && /[\\/]/.test(m.db.path) ? `${m.db.path}, its own path` : 'the folder it was backed up from (no capture shows it)'}, beside ${m.partner.db.name}${edbPath ? ` (${edbPath})` : ''}: the logs record only the .edb; the streaming file keeps its own name and path.`,
          evidence: [m.db.at],
        });
        continue;
      }
      if (!m.recorded) {
        report({
          subjects: [m.db.name],
          stream: s.id,
          undetermined: true,
          message: `No captured log from ${describeGeneration(s, m.anchor)} on lists ${m.db.name}: run eseutil /ml ${logFileFor(s, m.anchor)} | find /i ".edb" to see the path to restore it to.`,
          evidence: [m.anchorLog.fileAt],
        });
        continue;
      }
      const { attachment, log } = m.recorded;
      const from = log.generation === m.anchor ? `the anchor log ${log.file}` : `${log.file} (the anchor log ${logFileFor(s, m.anchor)} lists no databases)`;
      report({
        subjects: [m.db.name],
        stream: s.id,
        message: `Restore ${m.db.name} to ${attachment.path}, the path recorded in ${from}.`,
        evidence: [attachment.at],
      });
    }
  },
});
