import { describeGenerations, foldRanges, isDirty, isUnusableState, listFiles, namingForDatabase } from '../model/index.js';
import { defineRule } from './define.js';

/** Q237767 backup step 2, Q296787 restore step 2: an offline copy must be Consistent / Clean Shutdown. */
export const dbNotClean = defineRule({
  id: 'db-not-clean',
  title: 'Database is not in a clean state',
  defaultSeverity: 'error',
  kb: 'Q237767 backup step 2; Q296787 roll-forward step 2; ese-format §1.5, §6',
  description:
    'The /mh State is not Consistent / Clean Shutdown. A dirty database needs every log of its Log Required range; Just Created, Being Converted and Illegal databases cannot be used.',
  remedy:
    'Gather every log of the Log Required range and run soft recovery (eseutil /r), or restore a copy that was shut down cleanly.',
  messages: {
    unusable: '{{db}} is in state "{{state}}": this copy cannot be used; restore a copy that was shut down cleanly.',
    logRequiredUnknown: '{{db}} is "{{state}}" and its header shows no Log Required range: the logs it needs cannot be named; capture the full eseutil /mh {{db}} output and the checkpoint (eseutil /mk).',
    noLogs: '{{db}} is "{{state}}" and needs {{needs}}; no log of its stream was captured: capture eseutil /ml of those logs.',
    committedLogMissing: '{{db}} is "{{state}}" and needs {{needs}}: all are present, so soft recovery can make it consistent; but Log Committed {{low}}-{{high}} also needs {{lost}}, missing or unable to replay: the data committed in it is lost unless it is found. Look for it first; only then run the lossy recovery {{tool}} /r {{baseName}} /a (-582 JET_errCommittedLogFilesMissing otherwise).',
    committedLogsMissing: '{{db}} is "{{state}}" and needs {{needs}}: all are present, so soft recovery can make it consistent; but Log Committed {{low}}-{{high}} also needs {{lost}}, missing or unable to replay: the data committed in them is lost unless they are found. Look for them first; only then run the lossy recovery {{tool}} /r {{baseName}} /a (-582 JET_errCommittedLogFilesMissing otherwise).',
    recoverable: '{{db}} is "{{state}}" (not a valid offline backup as it is) and needs {{needs}}: all are present, so soft recovery can make it consistent.',
    requiredLogMissing: '{{db}} is "{{state}}" and needs {{needs}}; {{missing}} is missing or cannot replay: the database cannot be made consistent.',
    requiredLogsMissing: '{{db}} is "{{state}}" and needs {{needs}}; {{missing}} are missing or cannot replay: the database cannot be made consistent.',
  },
  check({ model }, report) {
    for (const m of model.databases) {
      const db = m.db;
      if (db.stateKind === undefined || db.stateKind === 'clean' || db.stateKind === 'unknown') continue;
      const stream = m.stream?.id;
      const base = { subjects: [db.name], ...(stream ? { stream } : {}) };
      if (isUnusableState(db)) {
        report({
          ...base,
          messageId: 'unusable',
          data: { db: db.name, state: String(db.state) },
          evidence: [db.stateAt],
        });
        continue;
      }
      if (!isDirty(db)) continue;
      const naming = namingForDatabase(m);
      if (!db.logRequired || m.anchor === undefined) {
        report({
          ...base,
          severity: 'warning',
          undetermined: true,
          messageId: 'logRequiredUnknown',
          data: { db: db.name, state: String(db.state) },
          evidence: [db.stateAt],
        });
        continue;
      }
      const { low, high } = db.logRequired;
      const needs = `Log Required ${describeGenerations(naming, low, high)}`;
      if (!m.stream) {
        report({
          ...base,
          severity: 'warning',
          undetermined: true,
          messageId: 'noLogs',
          data: { db: db.name, state: String(db.state), needs },
          evidence: [db.stateAt, db.logRequired.at],
        });
        continue;
      }
      const lost = m.committedMissing ?? [];
      if (m.requiredSatisfied && lost.length > 0 && db.logCommitted) {
        const tool = naming.naming.era === 'windows' ? 'esentutl' : 'eseutil';
        const lostText = listFiles(foldRanges(lost).map(([a, b]) => describeGenerations(naming, a, b)));
        report({
          ...base,
          messageId: lost.length === 1 ? 'committedLogMissing' : 'committedLogsMissing',
          data: { db: db.name, state: String(db.state), needs, low: db.logCommitted.low, high: db.logCommitted.high, lost: lostText, tool, baseName: naming.naming.baseName },
          evidence: [db.stateAt, db.logRequired.at, db.logCommitted.at],
          kb: 'Q237767 Notes; Q296787 roll-forward step 2; ese-format §1.5 (Log Committed, -582)',
        });
        continue;
      }
      if (m.requiredSatisfied) {
        report({
          ...base,
          severity: 'warning',
          messageId: 'recoverable',
          data: { db: db.name, state: String(db.state), needs },
          evidence: [db.stateAt, db.logRequired.at],
        });
        continue;
      }
      const missing = foldRanges(m.requiredMissing).map(([a, b]) => describeGenerations(naming, a, b));
      report({
        ...base,
        messageId: m.requiredMissing.length === 1 ? 'requiredLogMissing' : 'requiredLogsMissing',
        data: { db: db.name, state: String(db.state), needs, missing: listFiles(missing) },
        evidence: [db.stateAt, db.logRequired.at],
      });
    }
  },
});
