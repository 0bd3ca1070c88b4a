import { defineRule } from './define.js';
import { describeGeneration, unmatchedAttachmentChanges } from '../model/index.js';

/** Q296787 roll-forward step 4, Q237767 pathchk.bat: a path change ends replay into that database. */
export const pathChange = defineRule({
  id: 'path-change',
  title: 'Database path changes mid-stream',
  defaultSeverity: 'error',
  kb: 'Q296787 roll-forward step 4 and "Dealing with Database Signature and Path Mismatches"; Q237767 roll-forward step 7 (pathchk.bat)',
  description:
    'The path a log stream records for a database changes: replay into the database is interrupted at that log (-1811 JET_errFileNotFound).',
  remedy: 'Restore the database to the original path; replay reaches only the log before the change. Take a full backup after every path change.',
  messages: {
    pathChanges: 'The path recorded for {{db}} changes from {{from}} to {{to}} in {{log}}: replay into {{db}} stops at {{stop}}.',
  },
  check({ model }, report) {
    for (const s of model.streams) {
      const changes = [
        ...s.databases.filter((m) => m.change?.kind === 'path-change').map((m) => ({ name: m.db.name, change: m.change! })),
        ...unmatchedAttachmentChanges(s).filter((c) => c.change.kind === 'path-change'),
      ];
      for (const { name, change } of changes) {
        report({
          subjects: [name, change.log.file],
          stream: s.id,
          messageId: 'pathChanges',
          data: { db: name, from: change.from, to: change.to, log: describeGeneration(s, change.generation), stop: describeGeneration(s, change.generation - 1) },
          evidence: [change.before, change.after],
        });
      }
    }
  },
});
