import { defineRule } from './define.js';
import { unmatchedAttachmentChanges } from '../model/index.js';

/** Q183380: a full backup must follow every offline defragmentation or repair. */
export const repairCount = defineRule({
  id: 'repair-count',
  title: 'Full backup due after repair or defrag',
  defaultSeverity: 'warning',
  kb: 'Q183380; Q259851 (Repair Count)',
  description: 'Repair Count > 0 (eseutil /p was run) or a DB signature change in the logs: older backups no longer roll forward past it.',
  remedy: 'Take a full backup as soon as the database runs again.',
  check({ model }, report) {
    for (const m of model.databases) {
      const count = m.db.repairCount ?? 0;
      if (count > 0) {
        report({
          subjects: [m.db.name],
          ...(m.stream ? { stream: m.stream.id } : {}),
          message: `${m.db.name} Repair Count is ${count}: eseutil /p was run on it; take a full backup as soon as it runs again.`,
          evidence: [m.db.repairCountAt],
        });
      }
      if (m.change?.kind === 'db-signature-change') {
        report({
          subjects: [m.db.name],
          ...(m.stream ? { stream: m.stream.id } : {}),
          message: `${m.db.name} was defragmented or repaired offline (its signature changes in ${m.change.log.file}): take a full backup after the restore.`,
          evidence: [m.change.after],
        });
      }
    }
    for (const s of model.streams) {
      for (const { name, change } of unmatchedAttachmentChanges(s)) {
        if (change.kind !== 'db-signature-change') continue;
        report({
          subjects: [name],
          stream: s.id,
          message: `${name} was defragmented or repaired offline (its signature changes in ${change.log.file}): take a full backup.`,
          evidence: [change.after],
        });
      }
    }
  },
});
