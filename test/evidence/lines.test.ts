/**
 * Typed AST values carry their line (src/ast/value-fields.ts): evidence quotes the line a value
 * was read from, not the first field whose label looks alike; the map stays out of the JSON and
 * survives the copies and messages a dump goes through.
 */
import { describe, expect, it } from 'vitest';
import { parseCaptureText } from '../../src/ast/index.js';
import type { DatabaseHeaderDump, Dump, LogHeaderDump } from '../../src/ast/types.js';
import { fieldOf } from '../../src/ast/value-fields.js';
import { fieldEvidence, valueLine } from '../../src/evidence/lines.js';
import { PartItemDecoder, PartItemEncoder } from '../../src/read/wire/fact-codec.js';

const dumpsOf = (text: string): Dump[] => [...parseCaptureText({ name: 'c.txt', text }).dumps];

// §1.2 /mh with a `State:` line whose value went missing before the one that reads.
const DATABASE_HEADER = [
  'Initiating FILE DUMP mode...',
  '         Database: priv1.edb',
  '',
  '        File Type: Database',
  '            State: Dirty Shutdown',
  '     Log Required: 143-145 (0x8f-0x91)',
  '     DB Signature: Create time:12/29/2000 21:06:38 Rand:2365 Computer:',
  '  Last Consistent: (0x8c,1F0,A3)  01/01/2001 10:11:12',
  '',
  'Operation completed successfully in 0.31 seconds.',
].join('\n');

// §2.2 /ml: the log's signature, then an attached database with a signature of its own.
const LOG_HEADER = [
  'Initiating FILE DUMP mode...',
  '',
  '      Log file: E:\\logs\\E0000012.log',
  '      lGeneration: 18 (0x12)',
  '      Checkpoint: (0x12,8,0)',
  '      creation time: 01/02/2009 10:00:00',
  '      prev gen time: 01/02/2009 09:00:00',
  '      Signature: Create time:01/01/2009 08:00:00 Rand:11 Computer:',
  '      Env SystemPath: E:\\system\\',
  '      Env LogFilePath: E:\\logs\\',
  '      Circular Logging Flag (current file): off',
  '      Circular Logging Flag (past files): on',
  '      1 E:\\db\\priv1.edb',
  '                 dbtime: 4242 (0x1092)',
  '                 Signature: Create time:01/01/2009 08:30:00 Rand:22 Computer:',
  '',
  'Operation completed successfully in 0.1 seconds.',
].join('\n');

describe('typed values carry their line', () => {
  it('a database header: each typed value, the state and the file name the line they were read from', () => {
    const [dump] = dumpsOf(DATABASE_HEADER) as [DatabaseHeaderDump];
    const lines = (['file', 'fileType', 'state', 'logRequired', 'dbSignature', 'lastConsistent'] as const).map((value) => fieldOf(dump, value)?.line);
    expect(lines).toEqual([2, 4, 5, 6, 7, 8]);
    expect(fieldEvidence('c.txt', dump, 'lastConsistent', 'unused')).toEqual({ input: 'c.txt', line: 8, text: 'Last Consistent (0x8c,1F0,A3)  01/01/2001 10:11:12' });
    // Not read: the fallback on the dump's first line.
    expect(fieldEvidence('c.txt', dump, 'logSignature', 'Log Signature: ?')).toEqual({ input: 'c.txt', line: 1, text: 'Log Signature: ?' });
  });

  it('a log header: its own signature, not the attached database’s; the Env paths and circular flags', () => {
    const [dump] = dumpsOf(LOG_HEADER) as [LogHeaderDump];
    expect(valueLine('c.txt', dump, 'signature')).toEqual({ input: 'c.txt', line: 8, text: 'Signature: Create time:01/01/2009 08:00:00 Rand:11 Computer:' });
    expect(valueLine('c.txt', dump.attachedDatabases[0]!, 'signature')?.line).toBe(15);
    const lines = (['file', 'lGeneration', 'checkpoint', 'creationTime', 'prevGenTime', 'envSystemPath', 'envLogFilePath', 'circularLoggingCurrentFile', 'circularLoggingPastFiles'] as const).map(
      (value) => fieldOf(dump, value)?.line,
    );
    expect(lines).toEqual([3, 4, 5, 6, 7, 9, 10, 11, 12]);
    expect(fieldOf(dump, 'envSystemPath')?.value).toBe('E:\\system\\');
  });

  it('the first line that reads is the value’s line, as it is the value', () => {
    const text = DATABASE_HEADER.replace('     Log Required: 143-145 (0x8f-0x91)', '     Log Required: ?\n     Log Required: 150-151 (0x96-0x97)');
    const [dump] = dumpsOf(text) as [DatabaseHeaderDump];
    expect(dump.logRequired).toEqual({ low: 150, high: 151 });
    expect(fieldOf(dump, 'logRequired')).toEqual({ label: 'Log Required', value: '150-151 (0x96-0x97)', line: 7 });
  });

  it('stays out of the JSON and of deep equality: the AST contract is unchanged', () => {
    const [dump] = dumpsOf(LOG_HEADER) as [LogHeaderDump];
    expect(Object.keys(dump)).not.toContain('valueFields');
    expect(JSON.stringify(dump)).not.toContain('valueFields');
    expect(JSON.parse(JSON.stringify(dump))).toEqual(dump);
    expect(fieldOf(JSON.parse(JSON.stringify(dump)) as Dump, 'lGeneration')).toBeUndefined();
  });

  it('crosses to the reader with a whole-file dump item (v8.serialize alone would drop it)', () => {
    const [database] = dumpsOf(DATABASE_HEADER);
    const [log] = dumpsOf(LOG_HEADER);
    const encoder = new PartItemEncoder();
    encoder.add({ kind: 'item', item: { type: 'dump', dump: database! } });
    encoder.add({ kind: 'item', item: { type: 'dump', dump: log! } });
    const decoder = new PartItemDecoder();
    const batch = structuredClone(encoder.take().encoded);
    decoder.learn(batch);
    const [first, second] = decoder.decode(batch);
    expect(first).toEqual({ kind: 'item', item: { type: 'dump', dump: database } });
    const received = (first as { item: { dump: Dump } }).item.dump;
    expect(fieldOf(received, 'state')).toEqual({ label: 'State', value: 'Dirty Shutdown', line: 5 });
    const attached = ((second as { item: { dump: LogHeaderDump } }).item.dump).attachedDatabases[0]!;
    expect(fieldOf(attached, 'signature')?.line).toBe(15);
  });
});
