import { defineRule } from './define.js';
import { describeGeneration, describeStream, isDirty, namingForDatabase, type StreamModel } from '../model/index.js';

/** Databases of the stream that replay nothing do not set where replay starts (Q296787 step 2). */
function pointInTimeNote(s: StreamModel): string {
  if (s.replaying.length === 0 || s.pointInTime.length === 0) return '';
  const names = s.pointInTime.map((m) => m.db.name);
  return ` ${names.join(', ')} ${names.length > 1 ? 'replay' : 'replays'} no log and ${names.length > 1 ? 'do' : 'does'} not count for it.`;
}

/** Q296787 roll-forward step 2, Q237767 roll-forward step 1: the anchor log and the low anchor. */
export const anchorLog = defineRule({
  id: 'anchor-log',
  title: 'Anchor log of each database',
  defaultSeverity: 'info',
  kb: 'Q296787 roll-forward step 2; Q237767 roll-forward step 1',
  description:
    'The anchor log is the generation of Last Consistent (decimal in 5.5, hex later), or the low end of Log Required for a dirty database. The lowest anchor of a stream is the low anchor.',
  remedy: 'Replay must start with this log; gather it and every later log in unbroken sequence.',
  messages: {
    noAnchor: '{{db}}: Last Consistent {{lastConsistent}} names no log: the database was repaired or never shut down cleanly with a log stream, so it has no anchor log.',
    lastConsistentMissing: '{{db}}: no Last Consistent line was captured, so its anchor log is unknown; run eseutil /mh {{db}} | find /i "consistent".',
    anchorFromLogRequired: '{{db}}: Log Required {{low}}-{{high}} starts at anchor log {{anchor}}.',
    anchorFromLastConsistent: '{{db}}: Last Consistent {{lastConsistent}} is in generation {{generation}} → anchor log {{anchor}}.',
    anchorFile: '--anchor {{file}} has lGeneration {{generation}}: the chain is checked from {{anchor}}.',
    lowAnchor: 'Low anchor of {{stream}}: {{anchor}} ({{databases}}); replay of the stream starts there.{{pointInTime}}',
  },
  check({ model }, report) {
    for (const m of model.databases) {
      const db = m.db;
      const named = namingForDatabase(m);
      const stream = m.stream?.id;
      const base = { subjects: [db.name], ...(stream ? { stream } : {}) };
      if (m.lastConsistentZero) {
        report({
          ...base,
          messageId: 'noAnchor',
          data: { db: db.name, lastConsistent: db.lastConsistent!.text },
          evidence: [db.lastConsistent!.at, db.repairCountAt],
        });
        continue;
      }
      if (m.anchor === undefined) {
        if (isDirty(db) || db.stateKind !== 'clean') continue;
        report({
          ...base,
          undetermined: true,
          messageId: 'lastConsistentMissing',
          data: { db: db.name },
          evidence: [db.stateAt ?? db.at],
        });
        continue;
      }
      report({
        ...base,
        ...(m.anchorFrom === 'logRequired'
          ? { messageId: 'anchorFromLogRequired', data: { db: db.name, low: db.logRequired!.low, high: db.logRequired!.high, anchor: describeGeneration(named, m.anchor) } }
          : { messageId: 'anchorFromLastConsistent', data: { db: db.name, lastConsistent: db.lastConsistent!.text, generation: m.anchor, anchor: describeGeneration(named, m.anchor) } }),
        evidence: [m.anchorFrom === 'logRequired' ? db.logRequired!.at : db.lastConsistent!.at, m.anchorLog?.generationAt],
      });
    }
    for (const s of model.streams) {
      if (s.lowAnchor === undefined) continue;
      const byDatabases = s.databases.filter((m) => m.anchor !== undefined && m.logSignatureMatch !== false);
      if (s.anchorFileLog && s.lowAnchorOf.includes(s.anchorFileLog.file)) {
        report({
          subjects: [s.anchorFileLog.file],
          stream: s.id,
          messageId: 'anchorFile',
          data: { file: s.anchorFileLog.file, generation: String(s.anchorFileLog.generation), anchor: describeGeneration(s, s.lowAnchor) },
          evidence: [s.anchorFileLog.generationAt ?? s.anchorFileLog.fileAt],
        });
      }
      if (byDatabases.length > 1) {
        report({
          subjects: s.lowAnchorOf,
          stream: s.id,
          messageId: 'lowAnchor',
          data: { stream: describeStream(s), anchor: describeGeneration(s, s.lowAnchor), databases: s.lowAnchorOf.join(', '), pointInTime: pointInTimeNote(s) },
          evidence: byDatabases.filter((m) => m.anchor === s.lowAnchor).map((m) => (m.anchorFrom === 'logRequired' ? m.db.logRequired?.at : m.db.lastConsistent?.at)),
        });
      }
    }
  },
});
