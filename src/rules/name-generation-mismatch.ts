import { defineRule } from './define.js';
import { describeRange, nameMismatch, numberedNameFor, singlesOf } from '../model/index.js';

/** ese-format §2.4: a numbered log's name must equal its lGeneration in hex (else -513). */
export const nameGenerationMismatch = defineRule({
  id: 'name-generation-mismatch',
  title: "Log file name does not match its lGeneration",
  defaultSeverity: 'error',
  kb: 'Q237767 Notes (renaming rules); ese-format §2.4, §7.2 (-513 JET_errLogGenerationMismatch)',
  description:
    "A numbered log's file name (hex) differs from the lGeneration in its header. Replay fails with -513 JET_errLogGenerationMismatch.",
  remedy: 'Rename the log to the name its lGeneration gives, or move it aside.',
  messages: {
    reportedByStreamCheck: "eseutil's stream check reports that {{file}} does not carry the generation its name gives (-513 JET_errLogGenerationMismatch): replay stops before it; run eseutil /ml {{file}} to see its lGeneration.",
    nameMismatch: '{{file}} is named for generation {{named}} but its lGeneration is {{generation}}: rename it to {{rightName}} or move it aside (-513 JET_errLogGenerationMismatch otherwise).',
  },
  check({ model }, report) {
    for (const s of model.streams) {
      // A run's members are named by their generation and have no stream check fault: only single entries can be misnamed.
      for (const log of [...singlesOf(s.entries), ...s.intruders]) {
        if (!nameMismatch(log)) {
          // eseutil /ml E00 said -513 for this log without the lGeneration it read (a footer only).
          if (log.streamCheckFault?.kind !== 'name-generation-mismatch') continue;
          report({
            subjects: [log.file],
            stream: s.id,
            messageId: 'reportedByStreamCheck',
            data: { file: log.file },
            evidence: [log.streamCheckFault.at, log.fileAt],
          });
          continue;
        }
        const rightName = numberedNameFor(s.naming, log.generation!);
        report({
          subjects: [log.file],
          stream: s.id,
          messageId: 'nameMismatch',
          data: { file: log.file, named: describeRange(log.nameGeneration!, log.nameGeneration!), generation: describeRange(log.generation!, log.generation!), rightName },
          evidence: [log.fileAt, log.generationAt],
        });
      }
    }
  },
});
