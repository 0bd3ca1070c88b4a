import { chainBreaks } from '../evidence/binary-headers.js';
import { defineRule } from './define.js';

/**
 * The prev-gen time chain (ese-binary.md §2, §5; logdump.cxx l.1116-1126): each log's
 * `tmPrevGen` must equal the previous generation's `tmCreate`, else eseutil reports "ERROR:
 * Invalid log sequence" and replay stops there. Only the bytes carry both times of every log,
 * so this runs on logs read from their files.
 */
export const logSequence = defineRule({
  id: 'log-sequence',
  title: 'Invalid log sequence (prev-gen time chain)',
  defaultSeverity: 'error',
  kb: 'ese-binary §2 (tmPrevGen); eseutil /ml "Invalid log sequence"',
  description: "A log's prev gen time is not the creation time of the log one generation before it, in the same log stream: the two logs are not one sequence.",
  remedy: 'Replay stops before the log whose prev gen time does not match: find the right copy of either log (another backup set), or restore to the point before it.',
  messages: {
    invalidSequence: 'Invalid log sequence: {{log}} (generation {{generation}}) says the previous generation was created {{prevGenTime}}, but {{previous}} (generation {{previousGeneration}}) was created {{creationTime}}: they are not one sequence, and replay stops after {{previous}}.',
  },
  check({ evidence }, report) {
    for (const { previous, log } of chainBreaks(evidence.binaryHeaders ?? [])) {
      report({
        subjects: [previous.file, log.file],
        messageId: 'invalidSequence',
        data: {
          log: log.file,
          generation: String(log.generation),
          prevGenTime: String(log.prevGenTime),
          previous: previous.file,
          previousGeneration: String(previous.generation),
          creationTime: String(previous.creationTime),
        },
        evidence: [log.prevGenAt, previous.creationAt],
      });
    }
  },
});
