import { defineRule } from './define.js';
import { referenceLog } from '../model/index.js';

/** Q296787 roll-forward step 3, Q237767 step 6: the database's Log Signature is the anchor log's signature. */
export const dbLogSignatureMismatch = defineRule({
  id: 'db-log-signature-mismatch',
  title: "Database Log Signature differs from the logs' signature",
  defaultSeverity: 'error',
  kb: 'Q296787 roll-forward step 3; Q237767 roll-forward step 6',
  description:
    "A database's Log Signature differs from the anchor log's own signature: the logs belong to another database or log stream, and no log may be replayed into it.",
  remedy: 'Find the logs of this database (same Log Signature), or do a point-in-time restore.',
  messages: {
    mismatch: '{{db}} Log Signature {{logSignature}} differs from the signature of {{reference}} ({{signature}}): these logs belong to another database; point-in-time restore only.',
  },
  check({ model }, report) {
    for (const m of model.databases) {
      if (m.logSignatureMatch !== false || !m.stream) continue;
      const s = m.stream;
      const anchorLog = m.anchor !== undefined ? s.logAt(m.anchor) : undefined;
      const reference = anchorLog ?? referenceLog(s);
      report({
        subjects: [m.db.name, ...(reference ? [reference.file] : [])],
        stream: s.id,
        messageId: 'mismatch',
        data: { db: m.db.name, logSignature: String(m.db.logSignature?.text), reference: reference?.file ?? 'the logs', signature: String(s.signature?.text) },
        evidence: [m.db.logSignatureAt, reference?.signatureAt],
      });
    }
  },
});
