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
  messages: {
    repaired: '{{db}} Repair Count is {{count}}: eseutil /p was run on it; take a full backup as soon as it runs again.',
    signatureChanged: '{{db}} was defragmented or repaired offline (its signature changes in {{log}}): take a full backup after the restore.',
    unrestoredSignatureChanged: '{{db}} was defragmented or repaired offline (its signature changes in {{log}}): take a full backup.',
  },
  check({ model }, report) {
    for (const m of model.databases) {
      const count = m.db.repairCount ?? 0;
      if (count > 0) {
        report({
          subjects: [m.db.name],
          ...(m.stream ? { stream: m.stream.id } : {}),
          messageId: 'repaired',
          data: { db: m.db.name, count },
          evidence: [m.db.repairCountAt],
        });
      }
      if (m.change?.kind === 'db-signature-change') {
        report({
          subjects: [m.db.name],
          ...(m.stream ? { stream: m.stream.id } : {}),
          messageId: 'signatureChanged',
          data: { db: m.db.name, log: m.change.log.file },
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
          messageId: 'unrestoredSignatureChanged',
          data: { db: name, log: change.log.file },
          evidence: [change.after],
        });
      }
    }
  },
});
