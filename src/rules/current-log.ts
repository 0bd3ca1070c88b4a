import { defineRule } from './define.js';
import { currentLogNameFor, describeGeneration } from './naming.js';

/** Q296787 roll-forward steps 6–7, Q237767 steps 4–5: Edb.log must be the chain's next generation. */
export const currentLog = defineRule({
  id: 'current-log',
  title: 'Current log (Edb.log / E00.log)',
  defaultSeverity: 'error',
  kb: 'Q296787 roll-forward steps 6–7; Q237767 roll-forward steps 4–5',
  description:
    'Edb.log / E00.log must carry lGeneration = highest numbered log of the chain + 1, else it must be removed; without one, the highest log of the chain must be renamed to it.',
  remedy: 'Move the wrong current log aside and rename the last log of the chain to the current log name.',
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
          message: `${wrong.file} has ${generation}, but the replay chain ends at ${end}: it must be ${s.replayThrough + (s.renameToCurrent ? 1 : 0)} to stay. Move ${wrong.file} aside${rename}.`,
          evidence: [wrong.generationAt ?? wrong.fileAt, s.renameToCurrent?.generationAt],
        });
      }
      if (s.wrongCurrentLogs.length === 0 && !s.validCurrentLog && s.renameToCurrent) {
        const foreign = s.intruders.filter((l) => l.kind === 'current').map((l) => l.file);
        report({
          subjects: [s.renameToCurrent.file],
          stream: s.id,
          message: `No ${currentName} of this stream was captured${foreign.length ? ` (${foreign.join(', ')} belongs to another stream)` : ''}: rename the chain's highest log ${end} to ${currentName}.`,
          evidence: [s.renameToCurrent.generationAt ?? s.renameToCurrent.fileAt],
        });
      }
    }
  },
});
