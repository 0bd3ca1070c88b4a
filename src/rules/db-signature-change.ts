import { defineRule } from './define.js';
import { describeGeneration, unmatchedAttachmentChanges } from '../model/index.js';

/** Q183380, Q296787 "Dealing with … Mismatches", Q237767: a DB signature change ends replay into that database. */
export const dbSignatureChange = defineRule({
  id: 'db-signature-change',
  title: 'Database signature changes mid-stream',
  defaultSeverity: 'error',
  kb: 'Q183380; Q296787 "Dealing with Database Signature and Path Mismatches"; Q237767 roll-forward step 6',
  description:
    'The signature a log stream records for a database changes (offline defrag /d or repair /p): replay into the older copy stops at the log before the change.',
  remedy: 'Replay only through the log before the change; take a full backup after every defrag or repair (Q183380).',
  messages: {
    signatureChanges: 'The signature {{log}} records for {{db}} changes from {{from}} to {{to}} (offline defrag or repair): replay into {{db}} stops at {{stop}}; take a full backup after every defrag or repair.',
  },
  check({ model }, report) {
    for (const s of model.streams) {
      const changes = [
        ...s.databases.filter((m) => m.change?.kind === 'db-signature-change').map((m) => ({ name: m.db.name, change: m.change! })),
        ...unmatchedAttachmentChanges(s).filter((c) => c.change.kind === 'db-signature-change'),
      ];
      for (const { name, change } of changes) {
        report({
          subjects: [name, change.log.file],
          stream: s.id,
          messageId: 'signatureChanges',
          data: { db: name, from: change.from, to: change.to, log: describeGeneration(s, change.generation), stop: describeGeneration(s, change.generation - 1) },
          evidence: [change.before, change.after],
        });
      }
    }
  },
});
