/** One line per dump with the values the sample tests check, so a test reads like the capture. */
import type { CheckLines, Dump } from '../../src/ast/types.js';

export function summarize(d: Dump): string {
  const parts: string[] = [`${d.kind} ${d.startLine}-${d.endLine}`, `${d.file ?? '?'} (${d.fileSource ?? 'none'})`];
  if (d.fragment) parts.push('fragment');
  switch (d.kind) {
    case 'databaseHeader':
      if (d.state !== undefined) parts.push(`${d.state}=${d.stateKind}`);
      if (d.lastConsistent !== undefined) parts.push(`lastConsistent ${d.lastConsistent.generation}`);
      if (d.logRequired !== undefined) parts.push(`required ${d.logRequired.low}-${d.logRequired.high}`);
      if (d.logSignature !== undefined) parts.push(`logSig ${d.logSignature.rand}`);
      if (d.dbSignature !== undefined) parts.push(`dbSig ${d.dbSignature.rand}`);
      if (d.repairCount !== undefined) parts.push(`repairs ${d.repairCount}`);
      break;
    case 'logHeader':
      if (d.lGeneration !== undefined) parts.push(`gen ${d.lGeneration}`);
      if (d.signature !== undefined) parts.push(`sig ${d.signature.rand}`);
      if (d.checkpoint !== undefined) parts.push(`checkpoint ${d.checkpoint.generation}`);
      for (const db of d.attachedDatabases) parts.push(`db${db.dbid} ${db.path ?? '(by position)'} ${db.signature?.rand ?? '-'}`);
      if (d.circularLogging !== undefined) parts.push(`circ ${JSON.stringify(d.circularLogging)}`);
      if (d.integrity !== undefined) parts.push(d.integrity);
      break;
    case 'logStreamCheck':
      parts.push(`logs ${d.logs.filter((l) => l.ok).length} ok / ${d.logs.length}`);
      for (const m of d.missing) parts.push(`missing ${m.first}-${m.last}`);
      if (d.noDamage === true) parts.push('no damage');
      break;
    case 'checkpoint':
      if (d.checkpoint !== undefined) parts.push(`checkpoint ${d.checkpoint.generation}`);
      if (d.signature !== undefined) parts.push(`sig ${d.signature.rand}`);
      parts.push(`dbs ${d.attachedDatabases.length}`);
      break;
    case 'checksum':
      parts.push(`pages ${d.pagesSeen ?? '?'} bad ${d.badChecksums ?? '?'} wrong ${d.wrongPageNumbers ?? '?'}`);
      for (const e of d.pageErrors) parts.push(`page ${e.page}`);
      break;
    case 'operation':
      if (d.mode !== undefined) parts.push(`mode ${d.mode}`);
      break;
    case 'batchCheck': {
      parts.push(`${d.batch ?? '?'} anchor ${d.anchor ?? '?'}`);
      if (d.signature !== undefined) parts.push(`sig ${d.signature.rand} matched ${d.matched.map((m) => m.line).join(',')}`);
      for (const f of d.failed) parts.push(`failed ${f.file}@${f.line}`);
      const lines = (l: CheckLines) =>
        [l.signature?.rand ?? '-', ...l.attachedDatabases.map((db) => `db${db.dbid} ${db.path ?? '(by position)'} ${db.signature?.rand ?? '-'}`)].join(' ');
      if (d.anchorLines !== undefined) parts.push(`anchor lines ${lines(d.anchorLines)}`);
      for (const c of d.comparisons) {
        const other = c.logLines !== undefined ? ` (from ${c.blockStart ?? '?'}: ${lines(c.logLines)})` : '';
        parts.push(`${c.log}@${c.line} ${c.same === true ? 'same' : c.same === false ? 'differs' : (c.message ?? '?')}${other}`);
      }
      break;
    }
  }
  if (d.result !== undefined) parts.push(d.result.ok ? 'ok' : `error ${d.result.error?.code ?? '?'}`);
  return parts.join(' | ');
}
