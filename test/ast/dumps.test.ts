/**
 * One dump of each kind in each era of ese-format.md, written from its format descriptions
 * (the samples/ tests cover the captured scenarios).
 */
import { describe, expect, it } from 'vitest';
import { parseCaptureText } from '../../src/ast/index.js';
import type { CheckpointDump, Dump, LogHeaderDump, LogStreamCheckDump, OperationDump } from '../../src/ast/types.js';

function dumpsOf(text: string, name = 'capture.txt'): Dump[] {
  return [...parseCaptureText({ name, text }).dumps];
}

function only<K extends Dump['kind']>(text: string, kind: K): Extract<Dump, { kind: K }> {
  const ast = parseCaptureText({ name: 'capture.txt', text });
  expect(ast.dumps.map((d) => d.kind)).toEqual([kind]);
  expect(ast.unrecognized).toEqual([]);
  return ast.dumps[0] as Extract<Dump, { kind: K }>;
}

const ESE98_BANNER = 'Microsoft(R) Exchange Server Database Utilities\nVersion 6.5\nCopyright (C) Microsoft Corporation. All Rights Reserved.\n\n';
const MODERN_BANNER = 'Extensible Storage Engine Utilities for Microsoft(R) Exchange Server\nVersion 14.01\nCopyright (C) Microsoft Corporation. All Rights Reserved.\n\n';

describe('eseutil /ml on one log (ese-format §2)', () => {
  it('reads the 5.5 KB fragment: the first Signature line is the log own signature', () => {
    const d = only(
      'D:\\exchsrvr\\mdbdata\\save>eseutil /ml edb012cf.log | find /i "Signature"\n' +
        '      Signature: Create time:12/29/2000 21:6:38 Rand:24842 Computer:\n' +
        '      Signature: Create time:12/29/2000 21:6:40 Rand:67798 Computer:\n' +
        '      Signature: Create time:12/29/2000 21:6:41 Rand:58314 Computer:\n',
      'logHeader',
    );
    expect(d.signature?.rand).toBe(24842);
    expect(d.fields.map((f) => f.value.slice(-20))).toHaveLength(3);
    expect(d).toMatchObject({ file: 'edb012cf.log', fileSource: 'prompt', fragment: true, command: 'eseutil /ml edb012cf.log | find /i "Signature"' });
  });

  it('reads ESE97 attach lines: dbid path, the database signature, Last Attach and Last Consistent on one line', () => {
    const d = only(
      '      lGeneration (4815)\n      Checkpoint NOT AVAILABLE\n      Signature: Create time:8/3/1999 17:37:42 Rand:710915685 Computer:\n' +
        '      1 d:\\MDBDATA\\PRIV.EDB\n      Signature: Create time:8/3/1999 17:37:44 Rand:710961251 Computer:\n' +
        '      Last Attach (4815,7341,118)  Last Consistent (4815,7337,362)\n      Last Lgpos (4818,10232,356)\n',
      'logHeader',
    ) as LogHeaderDump;
    expect(d.lGeneration).toBe(4815);
    expect(d.checkpointAvailable).toBe(false);
    expect(d.checkpoint).toBeUndefined();
    expect(d.attachedDatabases).toEqual([
      {
        dbid: 1,
        path: 'd:\\MDBDATA\\PRIV.EDB',
        line: 4,
        signature: { createTime: '8/3/1999 17:37:44', rand: 710961251, computer: '', text: 'Create time:8/3/1999 17:37:44 Rand:710961251 Computer:' },
        lastAttach: { generation: 4815, sector: 7341, offset: 118, radix: 10, text: '(4815,7341,118)' },
        lastConsistent: { generation: 4815, sector: 7337, offset: 362, radix: 10, text: '(4815,7337,362)' },
      },
    ]);
    expect(d.lastLgpos?.generation).toBe(4818);
  });

  it('reads an ESE98 log header with 8-space attach blocks, Env and circular logging flags', () => {
    const d = only(
      ESE98_BANNER +
        'Initiating FILE DUMP mode...\n     Base name: E00\n      Log file: E00.log\n      lGeneration: 46 (0x2E)\n      Checkpoint: (0x2C,8,0)\n' +
        '      creation time: 12/30/2002 16:51:49\n      prev gen time: 12/30/2002 16:40:01\n      Format LGVersion: (7.3704.5)\n' +
        '      Signature: Create time:12/30/2002 16:51:49 Rand:606486607 Computer:\n      Env SystemPath: E:\\Exchsrvr\\mdbdata\\\n' +
        '      Env (CircLog,Session,Opentbl,VerPage,Cursors,LogBufs,LogFile,Buffers)\n          (    off,   1027,  51350,  16384,  51350,   2048,  10240,  44204)\n' +
        '      Using Reserved Log File: false\n      Circular Logging Flag (current file): off\n      Circular Logging Flag (past files): on\n' +
        '      1 E:\\Exchsrvr\\mdbdata\\priv1.edb\n        dbtime: 21550 (0-21550)\n        objidLast: 140\n' +
        '        Signature: Create time:12/30/2002 16:51:50 Rand:606488000 Computer:\n        MaxDbSize: 0 pages\n' +
        '        Last Attach: (0x2C,9,86)\n        Last Consistent: (0x2B,1A,40)\n\n      Last Lgpos: (0x2e,1F,0)\n\n' +
        'Integrity check passed for log file: E00.log\n\nOperation completed successfully in 0.250 seconds.\n',
      'logHeader',
    ) as LogHeaderDump;
    expect(d).toMatchObject({
      tool: { product: 'Microsoft(R) Exchange Server Database Utilities', version: '6.5' },
      baseName: 'E00',
      file: 'E00.log',
      fileSource: 'dump',
      fragment: false,
      lGeneration: 46,
      checkpointAvailable: true,
      circularLogging: { env: false, currentFile: false, pastFiles: true },
      logFileSectors: 10240,
      reservedLogFile: false,
      integrity: 'passed',
      result: { ok: true, line: 32 },
    });
    expect(d.checkpoint).toEqual({ generation: 44, sector: 8, offset: 0, radix: 16, text: '(0x2C,8,0)' });
    expect(d.creationTime).toEqual({ text: '12/30/2002 16:51:49', iso: '2002-12-30T16:51:49' });
    expect(d.attachedDatabases[0]).toMatchObject({ dbid: 1, path: 'E:\\Exchsrvr\\mdbdata\\priv1.edb', lastConsistent: { generation: 43 } });
    expect(d.attachedDatabases[0]?.signature?.rand).toBe(606488000);
    expect(d.lastLgpos?.generation).toBe(46);
  });

  it('marks a damaged log and takes its result from the footer', () => {
    const d = only(
      'Initiating FILE DUMP mode...\n      Log file: E000031C.log\n      lGeneration: 796 (0x31C)\n' +
        '      ERROR: Log damaged (unusable). Last Lgpos: (0x31c,1C4,0). Error -501.\n\n\n' +
        'Operation terminated with error -501 (JET_errLogFileCorrupt, Log file is corrupt) after 0.31 seconds.\n',
      'logHeader',
    ) as LogHeaderDump;
    expect(d.integrity).toBe('failed');
    expect(d.result?.error).toEqual({ code: -501, name: 'JET_errLogFileCorrupt', description: 'Log file is corrupt' });
  });

  it('reads /k on one log (`Log File:`, capital F)', () => {
    const d = only('Initiating CHECKSUM mode...\n      Log File: E00.log\n\nIntegrity check passed for log file: E00.log\n', 'logHeader');
    expect(d).toMatchObject({ file: 'E00.log', integrity: 'passed' });
  });
});

describe('whole-stream verification, eseutil /ml E00 (ese-format §3)', () => {
  it('reads the ESE98 lower-case braced gap and the 16-space adjacency error', () => {
    const d = only(
      'Initiating FILE DUMP mode...\n\nVerifying log files...\n     Base name: E00\n\n      Log file: D:\\L\\E0000019.log - OK\n' +
        '      Missing log files: E00{0001a - 0001f}.log\n      Log file: D:\\L\\E0000020.log\n' +
        '                ERROR: Missing log file(s). Log file is generation 32 (0x20), but expected generation is 26 (0x1A).\n\n\n' +
        'Operation terminated with error -528 (JET_errMissingLogFile, Current log file missing) after 0.80 seconds.\n',
      'logStreamCheck',
    ) as LogStreamCheckDump;
    expect(d.baseName).toBe('E00');
    expect(d.file).toBe('E00');
    expect(d.logs).toEqual([
      { file: 'D:\\L\\E0000019.log', ok: true, errors: [], line: 6 },
      { file: 'D:\\L\\E0000020.log', ok: false, errors: ['Missing log file(s). Log file is generation 32 (0x20), but expected generation is 26 (0x1A).'], line: 8 },
    ]);
    expect(d.missing.map((m) => [m.first, m.last])).toEqual([[26, 31]]);
    expect(d.noDamage).toBeUndefined();
  });

  it('reads a clean run: No damaged log files were found.', () => {
    const d = only(
      MODERN_BANNER + 'Initiating FILE DUMP mode...\n\nVerifying log files...\n     Base name: E00\n\n      Log file: E:\\L\\E00.log - OK\n\nNo damaged log files were found.\n\nOperation completed successfully in 0.78 seconds.\n',
      'logStreamCheck',
    ) as LogStreamCheckDump;
    expect(d.noDamage).toBe(true);
    expect(d.tool).toEqual({ product: 'Extensible Storage Engine Utilities for Microsoft(R) Exchange Server', version: '14.01' });
  });
});

describe('eseutil /mk (ese-format §4)', () => {
  it('reads a modern checkpoint with its attached database list', () => {
    const d = only(
      'Initiating FILE DUMP mode...\n      Checkpoint file: E00.chk\n\n      LastFullBackupCheckpoint: (0x0,0,0)\n      Checkpoint: (0x12D6,8,16)\n' +
        '      DbConsistency: (0x12D6,8,16)\n      FullBackup: (0x0,0,0)\n      FullBackup time: 00/00/1900 00:00:00\n      IncBackup: (0x0,0,0)\n' +
        '      IncBackup time: 00/00/1900 00:00:00\n      Signature: Create time:06/12/2008 10:20:30 Rand:2245578 Computer:\n' +
        '      Env (CircLog,Session,Opentbl,VerPage,Cursors,LogBufs,LogFile,Buffers)\n          (    off,   1027,  51350,  16384,  51350,   2048,   2048,  44204)\n' +
        '      1 D:\\DB\\Mailbox Database.edb LogOn VerOn RW\n        dbtime: 1 (0-1)\n        Signature: Create time:06/12/2008 10:20:31 Rand:2245600 Computer:\n' +
        '        Last Attach: (0x12CF,9,86)\n        Last Consistent: (0x12CE,1A,40)\n\nOperation completed successfully in 0.16 seconds.\n',
      'checkpoint',
    ) as CheckpointDump;
    expect(d.checkpoint?.generation).toBe(4822);
    expect(d.lastFullBackupCheckpoint?.generation).toBe(0);
    expect(d.signature?.rand).toBe(2245578);
    expect(d.attachedDatabases).toHaveLength(1);
    expect(d.attachedDatabases[0]).toMatchObject({ dbid: 1, path: 'D:\\DB\\Mailbox Database.edb', lastAttach: { generation: 4815 } });
  });
});

describe('checksum runs (ese-format §5)', () => {
  it('reads eseutil /k with the ECC counter and the status bar', () => {
    const d = only(
      'Initiating CHECKSUM mode...\n        Database: D:\\DB\\db.edb\n  Temp. Database: TEMPCHKSUM5012.EDB\n\n\nFile: D:\\DB\\db.edb\n\n' +
        '                     Checksum Status (% complete)\n\n          0    10   20   30   40   50   60   70   80   90  100\n' +
        '          |----|----|----|----|----|----|----|----|----|----|\n          ...................................................\n\n\n' +
        '4096 pages seen\n1 bad checksums\n2 correctable checksums\n12 uninitialized pages\n0 wrong page numbers\n0x2a highest dbtime (pgno 0x3)\n\n' +
        '128 reads performed\n16 MB read\n1 seconds taken\n16 MB/second\n20 milliseconds used\n0 milliseconds per read\n5 milliseconds for the slowest read\n0 milliseconds for the fastest read\n\n' +
        'Operation terminated with error -1206 (JET_errDatabaseCorrupted, Non database file or corrupted db) after 1.20 seconds.\n',
      'checksum',
    );
    expect(d).toMatchObject({
      file: 'D:\\DB\\db.edb',
      pagesSeen: 4096,
      badChecksums: 1,
      correctableChecksums: 2,
      uninitializedPages: 12,
      wrongPageNumbers: 0,
      result: { ok: false, error: { code: -1206 } },
    });
  });

  it('reads a page error glued to a row of dots (stderr interleaved with the bar)', () => {
    const d = only('Checksumming\n..........ERROR: page -1 checksum failed ( 0xae125a0 / 0xa4b25a0 )\n1 pages seen\n1 bad checksums\n', 'checksum');
    expect(d.pageErrors).toEqual([{ page: -1, message: 'page -1 checksum failed ( 0xae125a0 / 0xa4b25a0 )', line: 2 }]);
  });
});

describe('footers and other modes (ese-format §0.2, §0.3)', () => {
  it('makes a bare error footer an operation dump with the error named', () => {
    const d = only('Operation terminated with error -1811 (JET_errFileNotFound, File not found) after 0.31 seconds.\n', 'operation');
    expect(d.result).toMatchObject({ ok: false, error: { code: -1811, name: 'JET_errFileNotFound' } });
  });

  it('joins a footer wrapped over two lines', () => {
    const d = only('Operation terminated with error -1811 (JET_errFileNotFound,\nFile not found) after 0.31 seconds.\n', 'operation');
    expect(d.result?.error).toEqual({ code: -1811, name: 'JET_errFileNotFound', description: 'File not found' });
  });

  it('makes recovery an operation dump with its mode', () => {
    const d = only('Initiating RECOVERY mode...\n    Logfile base name: E00\n            Log files: <current directory>\n\nOperation completed successfully in 3.2 seconds.\n', 'operation') as OperationDump;
    expect(d.mode).toBe('RECOVERY');
    expect(d.fields.map((f) => f.label)).toEqual(['Logfile base name', 'Log files']);
  });

  it('reads the Windows esentutl banner', () => {
    const [d] = dumpsOf('Extensible Storage Engine Utilities for Microsoft(R) Windows(R)\nVersion 10.0\nCopyright (C) Microsoft Corporation. All Rights Reserved.\n\nInitiating FILE DUMP mode...\n         Database: ntds.dit\n\n            State: Clean Shutdown\n');
    expect(d).toMatchObject({ kind: 'databaseHeader', tool: { product: 'Extensible Storage Engine Utilities for Microsoft(R) Windows(R)', version: '10.0' }, stateKind: 'clean' });
  });
});
