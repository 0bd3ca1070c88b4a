import { defineRule } from './define.js';
import { describeGeneration } from '../model/index.js';

/** Q296787 roll-forward step 9, Q237767: remove Edb.chk before a roll-forward start. */
export const checkpointPresent = defineRule({
  id: 'checkpoint-present',
  title: 'Checkpoint file must be moved away',
  defaultSeverity: 'error',
  kb: 'Q296787 roll-forward step 9; Q237767 roll-forward steps 8 and 11',
  description:
    'A checkpoint file is part of the set. Replay starts at its checkpoint when it exists: if it points past the low anchor, replay skips needed logs and damages the database.',
  remedy: 'Move the checkpoint file (Edb.chk / E00.chk) out of the working path before starting the service.',
  check({ model }, report) {
    for (const s of model.streams) {
      for (const c of s.checkpoints) {
        const at = c.checkpoint ? describeGeneration(s, c.checkpoint.generation) : undefined;
        const past = c.checkpoint && s.lowAnchor !== undefined && c.checkpoint.generation > s.lowAnchor;
        const foreign = c.signature && s.signature && c.signature.key !== s.signature.key ? ' (its signature is not this stream\'s)' : '';
        report({
          severity: past ? 'error' : 'warning',
          subjects: [c.file],
          stream: s.id,
          ...(c.checkpoint === undefined || s.lowAnchor === undefined ? { undetermined: c.checkpoint === undefined } : {}),
          message: past
            ? `${c.file} checkpoint ${c.checkpoint!.text} points to ${at}, past the low anchor ${describeGeneration(s, s.lowAnchor!)}: replay would start there and skip needed logs. Move ${c.path} away before starting.`
            : `${c.file}${foreign}${at ? ` (checkpoint ${c.checkpoint!.text} in ${at})` : ''} must be moved away before a roll-forward start: move ${c.path} aside.`,
          evidence: [c.checkpoint?.at ?? c.at, ...(past ? [] : [])],
        });
      }
    }
    for (const c of model.strayCheckpoints) {
      report({
        severity: 'warning',
        subjects: [c.file],
        message: `${c.file}${c.signature ? ` (signature ${c.signature.text})` : ''} matches none of the captured log streams: move ${c.path} away before any restore.`,
        evidence: [c.signatureAt ?? c.at],
      });
    }
  },
});
