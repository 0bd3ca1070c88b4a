import { defineRule } from './define.js';
import { currentLogNameFor, describeGeneration, describeStream } from '../model/index.js';

/** Q296787 roll-forward steps 6–7, Q237767 steps 4–5: Edb.log must be the chain's next generation. */
export const currentLog = defineRule({
  id: 'current-log',
  title: 'Current log (Edb.log / E00.log)',
  defaultSeverity: 'error',
  kb: 'Q296787 roll-forward steps 6–7; Q237767 roll-forward steps 4–5',
  description:
    'Edb.log / E00.log must carry lGeneration = highest numbered log of the chain + 1, else it must be removed; without one, the highest log of the chain must be renamed to it.',
  remedy: 'Move the wrong current log aside and rename the last log of the chain to the current log name.',
  messages: {
    wrongGeneration: '{{file}} has {{generation}}, but the replay chain ends at {{end}}: it must be {{expected}} to stay. Move {{file}} aside{{rename}}{{softRecovery}}.',
    otherSignature: '{{file}} has another log signature ({{signature}}) than {{stream}}: a new log series started after the failure. Move {{file}} aside{{rename}}.',
    renameHighest: "No {{current}} of this stream was captured: rename the chain's highest log {{end}} to {{current}}.",
  },
  check({ model }, report) {
    for (const s of model.streams) {
      if (!s.rollsForward || s.replayThrough === undefined) continue;
      const currentName = currentLogNameFor(s.naming);
      const end = describeGeneration(s, s.replayThrough);
      const rename = s.renameToCurrent ? `; rename ${s.renameToCurrent.file} to ${currentName}` : '';
      for (const wrong of s.wrongCurrentLogs) {
        const generation = wrong.generation !== undefined ? `lGeneration ${wrong.generation} (0x${wrong.generation.toString(16).toUpperCase()})` : 'no lGeneration captured';
        report({
          subjects: [wrong.file],
          stream: s.id,
          messageId: 'wrongGeneration',
          data: {
            file: wrong.file,
            generation,
            end,
            expected: s.replayThrough + 1,
            rename,
            softRecovery: s.softRecovery ? ' (soft recovery of a dirty database: no log of it is renamed, Q237767 Notes)' : '',
          },
          evidence: [wrong.generationAt ?? wrong.fileAt, s.renameToCurrent?.generationAt],
        });
      }
      // A current log of another signature: a log series started after the failure (Q296787 step 6).
      const foreign = s.intruders.filter((l) => l.kind === 'current');
      for (const other of foreign) {
        report({
          subjects: [other.file],
          stream: s.id,
          messageId: 'otherSignature',
          data: { file: other.file, signature: other.signature?.text ?? 'eseutil reports an invalid log signature', stream: describeStream(s), rename },
          evidence: [other.signatureAt ?? other.streamCheckFault?.at ?? other.fileAt, s.renameToCurrent?.generationAt],
        });
      }
      if (s.wrongCurrentLogs.length === 0 && foreign.length === 0 && !s.validCurrentLog && s.renameToCurrent) {
        report({
          subjects: [s.renameToCurrent.file],
          stream: s.id,
          messageId: 'renameHighest',
          data: { current: currentName, end },
          evidence: [s.renameToCurrent.generationAt ?? s.renameToCurrent.fileAt],
        });
      }
    }
  },
});
