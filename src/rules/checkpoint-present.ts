import { defineRule } from './define.js';
import { describeGeneration } from '../model/index.js';
import { folderOfFile } from '../domain/windows-paths.js';

/** Q296787 roll-forward step 9, Q237767: remove Edb.chk before a roll-forward start. */
export const checkpointPresent = defineRule({
  id: 'checkpoint-present',
  title: 'Checkpoint file must be moved away',
  defaultSeverity: 'error',
  kb: 'Q296787 roll-forward step 9; Q237767 roll-forward steps 8 and 11',
  description:
    'A checkpoint file is part of the set. Replay starts at its checkpoint when it exists: if it points past the low anchor, replay skips needed logs and damages the database.',
  remedy: 'Move the checkpoint file (Edb.chk / E00.chk) out of the working path before starting the service.',
  messages: {
    pastAnchor: '{{file}} checkpoint {{checkpoint}} points to {{at}}, past the low anchor {{lowAnchor}}: replay would start there and skip needed logs. Move {{path}} away before starting.',
    moveAway: '{{file}}{{foreign}}{{at}} must be moved away before a roll-forward start: move {{path}} aside.',
    stray: '{{file}}{{signature}} matches none of the captured log streams: move {{path}} away before any restore.',
    listed:
      '{{file}} is in {{folder}} ({{input}} line {{line}}, a dir listing) and no eseutil /mk of it was captured, so whether it points past the anchor is not known: it must be moved away before a roll-forward start (Q296787 step 9): move {{path}} aside. eseutil /mk {{file}} tells where it points.',
  },
  check({ model }, report) {
    for (const s of model.streams) {
      for (const c of s.checkpoints) {
        const at = c.checkpoint ? describeGeneration(s, c.checkpoint.generation) : undefined;
        const past = c.checkpoint && s.lowAnchor !== undefined && c.checkpoint.generation > s.lowAnchor;
        const foreign = c.signature && s.signature && c.signature.key !== s.signature.key ? ' (its signature is not this stream\'s)' : '';
        // Issue 16: a checkpoint file a `dir` listing shows, never dumped — there, position unknown.
        if (c.checkpoint === undefined && c.listedAt !== undefined && c.signature === undefined) {
          report({
            severity: 'warning',
            subjects: [c.file],
            stream: s.id,
            undetermined: true,
            messageId: 'listed',
            data: { file: c.file, folder: folderOfFile(c.path) ?? 'the listed folder', input: c.listedAt.input, line: c.listedAt.line, path: c.path },
            evidence: [c.listedAt],
          });
          continue;
        }
        report({
          severity: past ? 'error' : 'warning',
          subjects: [c.file],
          stream: s.id,
          ...(c.checkpoint === undefined || s.lowAnchor === undefined ? { undetermined: c.checkpoint === undefined } : {}),
          ...(past
            ? { messageId: 'pastAnchor', data: { file: c.file, checkpoint: c.checkpoint!.text, at: String(at), lowAnchor: describeGeneration(s, s.lowAnchor!), path: c.path } }
            : { messageId: 'moveAway', data: { file: c.file, foreign, at: at ? ` (checkpoint ${c.checkpoint!.text} in ${at})` : '', path: c.path } }),
          evidence: [c.checkpoint?.at ?? c.at, ...(past ? [] : [])],
        });
      }
    }
    for (const c of model.strayCheckpoints) {
      report({
        severity: 'warning',
        subjects: [c.file],
        messageId: 'stray',
        data: { file: c.file, signature: c.signature ? ` (signature ${c.signature.text})` : '', path: c.path },
        evidence: [c.signatureAt ?? c.at],
      });
    }
  },
});
