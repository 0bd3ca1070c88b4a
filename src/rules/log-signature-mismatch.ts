import { defineRule } from './define.js';
import { describeGeneration, ownLogsAt, referenceLog } from '../model/index.js';

/** Q296787 roll-forward step 8 (chksig.bat), Q237767 sigchk.bat: every replay candidate shares the anchor's signature. */
export const logSignatureMismatch = defineRule({
  id: 'log-signature-mismatch',
  title: "Log signature differs from the anchor log's",
  defaultSeverity: 'error',
  kb: 'Q296787 roll-forward step 8 (chksig.bat); Q237767 roll-forward step 6 (sigchk.bat)',
  description:
    "A log whose own signature differs from the anchor log's belongs to another log stream. It must be removed, and nothing past it replays.",
  remedy: 'Move the log aside (never delete it). Replay stops before it.',
  messages: {
    stopsReplay: 'SIGNATURE MATCHING FAILED for {{file}}{{where}}: its signature {{signature}} differs from the signature of {{reference}} ({{referenceSignature}}); move it aside — replay stops at {{stop}}.',
    notACandidate: 'SIGNATURE MATCHING FAILED for {{file}}{{where}}: its signature {{signature}} differs from the signature of {{reference}} ({{referenceSignature}}); move it aside — it is not a replay candidate.',
  },
  check({ model }, report) {
    for (const s of model.streams) {
      const reference = referenceLog(s);
      for (const log of s.intruders) {
        // A foreign copy of a generation that also has a matching copy: duplicate-log keeps the match.
        if (ownLogsAt(s.entries, log.generation).some((l) => l.kind === log.kind)) continue;
        const inChain = s.chain?.stop?.kind === 'log-signature-mismatch' && s.chain.stop.log === log;
        const where = log.generation !== undefined ? ` (${log.generation}, 0x${log.generation.toString(16).toUpperCase()})` : '';
        const data = {
          file: log.file,
          where,
          signature: log.signature?.text ?? '(not captured)',
          reference: reference?.file ?? 'the stream',
          referenceSignature: s.signature?.text ?? 'not captured',
        };
        report({
          subjects: [log.file],
          stream: s.id,
          ...(inChain
            ? { messageId: 'stopsReplay', data: { ...data, stop: describeGeneration(s, s.chain!.through) } }
            : { messageId: 'notACandidate', data }),
          evidence: [log.signatureAt ?? log.fileAt, reference?.signatureAt],
        });
      }
    }
  },
});
