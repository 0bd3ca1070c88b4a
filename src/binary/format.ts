/**
 * A header printed in eseutil's modern layout (ese-binary.md §6; DUMP dbdump.cxx l.116-440
 * for /mh, logdump.cxx l.1060-1320 for /ml and l.57-160 for /mk), so `esereport dump` reads
 * like the capture an administrator knows, and the text parser reads it back.
 */
import { lgposText, logTimeText, signatureText, type LogTime, type RawLgpos } from './bytes.js';
import type { CheckpointHeader } from './checkpoint.js';
import type { DatabaseHeader, HeaderCopies } from './database.js';
import type { DbmsParam, LogHeader } from './log.js';

/** `SzFromState()` (DUMP dbdump.cxx l.10; wording frozen). State 5 has no case: "Illegal". */
export function stateText(state: number): string {
  switch (state) {
    case 1:
      return 'Just Created';
    case 2:
      return 'Dirty Shutdown';
    case 3:
      return 'Clean Shutdown';
    case 4:
      return 'Being Converted';
    case 6:
      return 'Incremental Reseed In Progress';
    case 7:
      return 'Dirty and Patched Shutdown';
    case 8:
      return 'Database Revert In Progress';
    default:
      return 'Illegal';
  }
}

const hex = (n: number): string => `0x${n.toString(16)}`;
const at = (p: RawLgpos, t: LogTime): string => `${lgposText(p)}  ${logTimeText(t)}`;

export const DUMP_HEADING = ['Initiating FILE DUMP mode...'];

export function formatDatabase(name: string, h: DatabaseHeader, copies: HeaderCopies): string[] {
  const lines = [...DUMP_HEADING, `         Database: ${name}`, ''];
  if (copies.used === 'shadow') {
    lines.push(
      copies.primary === 'zeroed' ? 'WARNING: primary header has a zeroed checksum' : 'WARNING: primary header has a checksum error',
      'DATABASE SHADOW HEADER:',
    );
  } else {
    if (copies.shadow !== 'identical') lines.push('WARNING: primary header and shadow header are not identical');
    lines.push('DATABASE HEADER:');
  }
  lines.push(
    'Checksum Information:',
    `Expected Checksum: ${hex(h.checksum)}`,
    `  Actual Checksum: ${hex(h.checksum)}`,
    '',
    'Fields:',
    `        File Type: ${h.attrib === 0 ? 'Database' : h.attrib === 1 ? 'Streaming File' : 'UNKNOWN'}`,
    `         Checksum: ${hex(h.checksum)}`,
    `   Format ulMagic: 0x89abcdef`,
    ` Format ulVersion: ${hex(h.version)},${h.updateMajor},${h.updateMinor} (attached by ${h.efv})`,
    `Created ulVersion: ${hex(h.createVersion)},${h.createUpdate}`,
    `     DB Signature: ${signatureText(h.dbSignature)}`,
    `         cbDbPage: ${h.pageSize}`,
    `           dbtime: ${h.dbtime} (0x${h.dbtime.toString(16)})`,
    `            State: ${stateText(h.state)}`,
    `     Log Required: ${h.genMinRequired}-${h.genMaxRequired} (${hex(h.genMinRequired)}-${hex(h.genMaxRequired)})`,
    `    Log Committed: 0-${h.genMaxCommitted} (0x0-${hex(h.genMaxCommitted)})`,
    `   Log Consistent: ${h.genMinConsistent} (${hex(h.genMinConsistent)})`,
    `   Log Recovering: ${h.genRecovering} (${hex(h.genRecovering)})`,
    `         Shadowed: ${h.shadowed ? 'Yes' : 'No'}`,
    `       Last Objid: ${h.objidLast}`,
    `     Repair Count: ${h.repairCount}`,
    `      Repair Date: ${logTimeText(h.repairTime)}`,
    `  Last Consistent: ${at(h.lastConsistent, h.consistentTime)}`,
    `      Last Attach: ${at(h.lastAttach, h.attachTime)}`,
    `      Last Detach: ${at(h.lastDetach, h.detachTime)}`,
    `             Dbid: ${h.dbid}`,
    `    Log Signature: ${signatureText(h.logSignature)}`,
    '',
    'Operation completed successfully.',
  );
  return lines;
}

function envLines(env: DbmsParam, indent: string): string[] {
  const cells = [env.circularLogging ? 'on' : 'off', env.sessions, env.openTables, env.versionPages, env.cursors, env.logBuffers, env.logFileSectors, env.cacheSizeMax];
  return [
    `${indent}Env (CircLog,Session,Opentbl,VerPage,Cursors,LogBufs,LogFile,Buffers)`,
    `${indent}    (${cells.map((c) => String(c).padStart(7)).join(',')})`,
  ];
}

const onOff = (flag: boolean): string => (flag ? 'on' : 'off');

export function formatLog(name: string, baseName: string, h: LogHeader): string[] {
  const lines = [
    ...DUMP_HEADING,
    '',
    `      Base name: ${baseName}`,
    `      Log file: ${name}`,
    `      lGeneration: ${h.generation} (0x${h.generation.toString(16).toUpperCase()})`,
    `      Checkpoint: NOT AVAILABLE`,
    `      creation time: ${logTimeText(h.created)}`,
    `      prev gen time: ${logTimeText(h.prevGen)}`,
    `      Format LGVersion: (${h.major}.${h.minor}.${h.updateMajor}.${h.updateMinor})`,
    `      Signature: ${signatureText(h.logSignature)}`,
    `      Env SystemPath: ${h.env.systemPath}`,
    `      Env LogFilePath: ${h.env.logFilePath}`,
    `      Env Log Sec size: ${h.sectorSize}`,
    ...envLines(h.env, '      '),
    `      Using Reserved Log File: ${(h.flags & 0x01) !== 0 ? 'true' : 'false'}`,
    `      Circular Logging Flag (current file): ${onOff((h.flags & 0x02) !== 0)}`,
    `      Circular Logging Flag (past files): ${onOff((h.flags & 0x04) !== 0)}`,
    `      Checkpoint at log creation time: ${lgposText(h.checkpointAtCreation)}`,
  ];
  for (const a of h.attached) {
    lines.push(
      `      ${a.dbid} ${a.path}${a.sparse ? ' (sparse)' : ''}`,
      `\t\t dbtime: ${a.dbtime} (0-${a.dbtime})`,
      `\t\t objidLast: ${a.objidLast}`,
      `\t\t Signature: ${signatureText(a.dbSignature)}`,
      `\t\t MaxDbSize: ${a.maxDbSize} pages`,
      `\t\t Last Attach: ${lgposText(a.lastAttach)}`,
      `\t\t Last Consistent: ${lgposText(a.lastConsistent)}`,
    );
  }
  lines.push('', 'Operation completed successfully.');
  return lines;
}

export function formatCheckpoint(name: string, h: CheckpointHeader): string[] {
  return [
    ...DUMP_HEADING,
    '',
    `      Checkpoint file: ${name}`,
    '',
    `      LastFullBackupCheckpoint: ${lgposText(h.lastFullBackupCheckpoint)}`,
    `      Checkpoint: ${lgposText(h.checkpoint)}`,
    `      FullBackup: ${lgposText(h.fullBackup)}`,
    `      FullBackup time: ${logTimeText(h.fullBackupTime)}`,
    `      IncBackup: ${lgposText(h.incBackup)}`,
    `      IncBackup time: ${logTimeText(h.incBackupTime)}`,
    `      Signature: ${signatureText(h.logSignature)}`,
    ...envLines(h.env, '      '),
    '',
    'Operation completed successfully.',
  ];
}
