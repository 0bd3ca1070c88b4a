import { fileNameOf } from '../domain/log-names.js';
import { defineRule } from './define.js';
import { logCount, describeGeneration, isDirty, listLogFiles, logFileFor, namingForDatabase, orderedEntries } from '../model/index.js';

/** Q296787 roll-forward step 3 IMPORTANT, Q237767 step 1: without the anchor log, replay nothing. */
export const anchorMissing = defineRule({
  id: 'anchor-missing',
  title: 'Anchor log is missing',
  defaultSeverity: 'error',
  kb: 'Q296787 roll-forward step 3 (IMPORTANT); Q237767 roll-forward step 1',
  description:
    'The anchor generation is not among the logs provided. Skipping the anchor log and starting replay later almost always damages the database beyond repair.',
  remedy: 'Find the anchor log in the log backups; if it cannot be found, do a point-in-time restore (replay no log).',
  messages: {
    repaired: '{{db}} Last Consistent is {{lastConsistent}}: it was repaired (eseutil /p) or never shut down cleanly with a log stream, and no log can replay into it (Q183380); point-in-time restore only.',
    noLogOfSignature: '{{db}} needs anchor log {{anchor}}, but no captured log carries its Log Signature ({{logSignature}}): no log may be replayed; point-in-time restore only.',
    anchorMissing: '{{db}} needs anchor log {{anchor}}{{foreign}}; it is not among the {{count}} logs captured{{present}}: no log may be replayed; point-in-time restore only.',
    anchorFileForeign: '--anchor {{file}} was captured but its signature differs from the logs around it: no chain can be checked from it.',
    anchorFileMissing: '--anchor {{file}} is not among the logs captured: no log may be replayed from it.',
  },
  check({ model, evidence }, report) {
    const anyLogs = evidence.logGroups.length > 0;
    for (const m of model.databases) {
      const db = m.db;
      if (m.lastConsistentZero && !isDirty(db) && db.stateKind === 'clean') {
        // Q183380: repair gives the database a new signature and resets its log signature.
        report({
          subjects: [db.name],
          ...(m.stream ? { stream: m.stream.id } : {}),
          messageId: 'repaired',
          data: { db: db.name, lastConsistent: db.lastConsistent!.text },
          evidence: [db.lastConsistent!.at, db.logSignatureAt, db.repairCountAt],
          kb: 'Q183380; Q296787 roll-forward step 3 (IMPORTANT)',
        });
        continue;
      }
      if (m.anchor === undefined || isDirty(db) || db.stateKind !== 'clean') continue;
      const named = namingForDatabase(m);
      const anchorText = describeGeneration(named, m.anchor);
      if (!m.stream) {
        if (!anyLogs || !db.logSignature) continue;
        report({
          subjects: [db.name],
          messageId: 'noLogOfSignature',
          data: { db: db.name, anchor: anchorText, logSignature: db.logSignature.text },
          evidence: [db.lastConsistent?.at, db.logSignatureAt],
        });
        continue;
      }
      if (m.anchorLog) continue;
      const s = m.stream;
      const present = orderedEntries(s.entries);
      const count = logCount(present);
      const foreign = m.foreignAnchorLog ? ` (${m.foreignAnchorLog.file} at that generation has another log signature)` : '';
      report({
        subjects: [db.name, logFileFor(named, m.anchor)],
        stream: s.id,
        messageId: 'anchorMissing',
        data: { db: db.name, anchor: anchorText, foreign, count, present: count ? ` (${listLogFiles(present, 4)})` : '' },
        evidence: [db.lastConsistent?.at, m.foreignAnchorLog?.signatureAt],
      });
    }
    const anchorFile = model.options.anchorFile;
    if (anchorFile !== undefined && !model.streams.some((s) => s.anchorFileLog)) {
      const name = fileNameOf(anchorFile);
      const foreign = model.streams.flatMap((s) => s.intruders).find((l) => l.fileKey === name.toLowerCase());
      report({
        subjects: [name],
        messageId: foreign ? 'anchorFileForeign' : 'anchorFileMissing',
        data: { file: name },
        evidence: foreign ? [foreign.fileAt] : [],
      });
    }
  },
});
