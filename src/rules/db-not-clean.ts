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
  check({ model }, report) {
    for (const m of model.databases) {
      const db = m.db;
      if (db.stateKind === undefined || db.stateKind === 'clean' || db.stateKind === 'unknown') continue;
      const stream = m.stream?.id;
      const base = { subjects: [db.name], ...(stream ? { stream } : {}) };
      if (isUnusableState(db)) {
        report({
          ...base,
          message: `${db.name} is in state "${db.state}": this copy cannot be used; restore a copy that was shut down cleanly.`,
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
          message: `${db.name} is "${db.state}" and its header shows no Log Required range: the logs it needs cannot be named; capture the full eseutil /mh ${db.name} output and the checkpoint (eseutil /mk).`,
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
          message: `${db.name} is "${db.state}" and needs ${needs}; no log of its stream was captured: capture eseutil /ml of those logs.`,
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
          message: `${db.name} is "${db.state}" and needs ${needs}: all are present, so soft recovery can make it consistent; but Log Committed ${db.logCommitted.low}-${db.logCommitted.high} also needs ${lostText}, missing or unable to replay: the data committed in ${lost.length === 1 ? 'it' : 'them'} is lost unless ${lost.length === 1 ? 'it is' : 'they are'} found. Look for ${lost.length === 1 ? 'it' : 'them'} first; only then run the lossy recovery ${tool} /r ${naming.naming.baseName} /a (-582 JET_errCommittedLogFilesMissing otherwise).`,
          evidence: [db.stateAt, db.logRequired.at, db.logCommitted.at],
          kb: 'Q237767 Notes; Q296787 roll-forward step 2; ese-format §1.5 (Log Committed, -582)',
        });
        continue;
      }
      if (m.requiredSatisfied) {
        report({
          ...base,
          severity: 'warning',
          message: `${db.name} is "${db.state}" (not a valid offline backup as it is) and needs ${needs}: all are present, so soft recovery can make it consistent.`,
          evidence: [db.stateAt, db.logRequired.at],
        });
        continue;
      }
      const missing = foldRanges(m.requiredMissing).map(([a, b]) => describeGenerations(naming, a, b));
      report({
        ...base,
        message: `${db.name} is "${db.state}" and needs ${needs}; ${listFiles(missing)} ${m.requiredMissing.length === 1 ? 'is' : 'are'} missing or cannot replay: the database cannot be made consistent.`,
        evidence: [db.stateAt, db.logRequired.at],
      });
    }
  },
});
