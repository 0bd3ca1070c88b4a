import { defineRule } from './define.js';

/** Q237767 roll-forward step 6: the DB Signature must be the one the anchor log lists for the database. */
export const dbSignatureMismatch = defineRule({
  id: 'db-signature-mismatch',
  title: 'DB Signature differs from the one the anchor log records',
  defaultSeverity: 'error',
  kb: 'Q237767 roll-forward step 6; Q296787 "Dealing with Database Signature and Path Mismatches"',
  description:
    "A database's DB Signature is not the signature the anchor log lists for that database (or the next log's, when the anchor is generation 1).",
  remedy: 'This copy was defragmented or repaired since the logs were written (or is another database): point-in-time restore only.',
  messages: {
    mismatch: '{{db}} DB Signature {{dbSignature}} differs from the signature {{log}} records for {{path}} ({{recorded}}){{next}}: no log may be replayed into this copy; point-in-time restore only.',
  },
  check({ model }, report) {
    for (const m of model.databases) {
      if (m.dbSignatureMatch !== false || !m.recorded || !m.stream) continue;
      const { attachment, log } = m.recorded;
      const next = log.generation !== m.anchor ? ` (the anchor log lists no databases; ${log.file} is the next that does)` : '';
      report({
        subjects: [m.db.name, log.file],
        stream: m.stream.id,
        messageId: 'mismatch',
        data: { db: m.db.name, dbSignature: String(m.db.dbSignature?.text), log: log.file, path: attachment.path, recorded: String(attachment.signature?.text), next },
        evidence: [m.db.dbSignatureAt, attachment.signatureAt ?? attachment.at],
      });
    }
  },
});
