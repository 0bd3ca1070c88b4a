import { defineRule } from './define.js';
import type { LogEvidence } from '../evidence/types.js';
import { describeGeneration, ownLogsAt, type StreamModel } from '../model/index.js';

/** Two captures of one generation disagree: both are shown, the one matching the anchor is kept. */
export const duplicateLog = defineRule({
  id: 'duplicate-log',
  title: 'Two captures of one log disagree',
  defaultSeverity: 'warning',
  kb: 'Q296787 roll-forward step 5 ("Do not overwrite logs already in place… without backing them up first")',
  description:
    'Two captures of the same generation (or the same file name) disagree: different signature or content. Both are shown; the one matching the anchor is kept.',
  remedy: 'Keep the copy whose signature matches the anchor log; move the other aside.',
  messages: {
    capturedTwice: '{{file}} was captured twice with different content: lGeneration {{generations}}, signature {{signatures}}{{kept}}.',
    generationTwice: 'Generation {{generation}} was captured twice: {{own}} matches the anchor signature and is kept; {{foreign}} has another signature and is moved aside.',
  },
  check({ evidence, model }, report) {
    // `Edb012d1.log` of MDBDATA and of DSADATA (ese-format §7.1) are files of two streams, each the
    // stream's own log: not two captures of one file.
    // Two captures of one file are logs of their own, never run members (the collector cuts a
    // run around a member captured again): the streams' single entries are all there is to look at.
    const ownerOf = new Map<LogEvidence, StreamModel>();
    for (const s of model.streams) for (const entry of s.entries) if (entry.kind !== 'run') ownerOf.set(entry, s);
    const owns = (s: StreamModel, log: LogEvidence): boolean => ownerOf.get(log) === s;
    for (const [first, second] of evidence.conflictingCaptures) {
      const a = ownerOf.get(first);
      const b = ownerOf.get(second);
      if (a && b && a !== b && first.folder !== second.folder) continue;
      const keep = model.streams.find((s) => owns(s, first) && s.intruders.includes(second)) ? first
        : model.streams.find((s) => owns(s, second) && s.intruders.includes(first)) ? second : undefined;
      report({
        subjects: [first.file],
        messageId: 'capturedTwice',
        data: {
          file: first.file,
          generations: `${first.generation ?? '?'} / ${second.generation ?? '?'}`,
          signatures: `${first.signature?.text ?? '?'} / ${second.signature?.text ?? '?'}`,
          kept: keep ? `; the copy from ${keep.input} line ${keep.fileAt.line} matches the anchor and is kept` : '',
        },
        evidence: [first.generationAt ?? first.fileAt, first.signatureAt, second.generationAt ?? second.fileAt, second.signatureAt],
      });
    }
    for (const s of model.streams) {
      for (const foreign of s.intruders) {
        if (foreign.generation === undefined) continue;
        const own = ownLogsAt(s.entries, foreign.generation).find((l) => l.kind === foreign.kind && l.fileKey !== foreign.fileKey);
        if (!own) continue;
        report({
          subjects: [own.file, foreign.file],
          stream: s.id,
          messageId: 'generationTwice',
          data: { generation: describeGeneration(s, foreign.generation), own: own.file, foreign: foreign.file },
          evidence: [own.signatureAt ?? own.fileAt, foreign.signatureAt ?? foreign.fileAt],
        });
      }
    }
  },
});
