/**
 * Every fact of test/fixtures/ese-binary/README.md, read from the bytes of the real files by the
 * header readers of src/binary/ (ese-binary.md §1-§4).
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lgposText, logTimeText, signatureText, type RawSignature } from '../../src/binary/bytes.js';
import { readCheckpointHeader } from '../../src/binary/checkpoint.js';
import { readDatabaseHeader } from '../../src/binary/database.js';
import { readLogHeader } from '../../src/binary/log.js';
import { recognizeEseFile } from '../../src/binary/recognize.js';
import { APTSIM_CLEAN, BELKASOFT_CLEAN, BELKASOFT_DIRTY, NTDS, RATHBUN_CLEAN, bytesOf, dissect } from './fixtures.js';

function database(path: string) {
  const read = readDatabaseHeader(bytesOf(path));
  if (!read.ok) throw new Error(read.reason);
  return read;
}
function log(path: string) {
  const read = readLogHeader(bytesOf(path));
  if (!read.ok) throw new Error(read.reason);
  return read.header;
}
function checkpoint(path: string) {
  const read = readCheckpointHeader(bytesOf(path));
  if (!read.ok) throw new Error(read.reason);
  return read;
}
/** Signatures compare on Rand + create time (README). */
const key = (s: RawSignature): string => `${s.rand}@${logTimeText(s.created)}`;

describe('win10-belkasoft/Dirty: a dirty database whose required log is present', () => {
  const db = database(join(BELKASOFT_DIRTY, 'SRUDB.dat'));
  const logs = ['SRU0004E.log', 'SRU0004F.log', 'SRU00050.log', 'SRU00051.log', 'SRU.log'].map((name) => ({ name, header: log(join(BELKASOFT_DIRTY, name)) }));

  it('SRUDB.dat: Dirty Shutdown, Log Required 81-81, Committed 0-81, Last Consistent (0x51,8,0), 0x620,20, 4 KiB pages', () => {
    const h = db.header;
    expect(db.copies).toEqual({ used: 'primary', shadow: 'identical' });
    expect([h.state, h.genMinRequired, h.genMaxRequired, h.genMaxCommitted]).toEqual([2, 81, 81, 81]);
    expect(lgposText(h.lastConsistent)).toBe('(0x51,8,0)');
    expect([h.version, h.updateMajor, h.pageSize]).toEqual([0x620, 20, 4096]);
  });

  it("the database's log signature is the logs' and the checkpoint's", () => {
    const chk = checkpoint(join(BELKASOFT_DIRTY, 'SRU.chk')).header;
    expect(signatureText(db.header.logSignature)).toBe('Create time:08/01/2020 21:48:10.509 Rand:2749186782 Computer:');
    for (const { header } of logs) expect(key(header.logSignature)).toBe(key(db.header.logSignature));
    expect(key(chk.logSignature)).toBe(key(db.header.logSignature));
  });

  it('SRU.chk: checkpoint (0x51,9,0), circular logging on (flag byte at 570), primary copy used', () => {
    const chk = checkpoint(join(BELKASOFT_DIRTY, 'SRU.chk'));
    expect(chk.used).toBe('primary');
    expect(lgposText(chk.header.checkpoint)).toBe('(0x51,9,0)');
    expect(chk.header.env.circularLogging).toBe(true);
  });

  it('logs: 65,536 bytes = 16 × 4096, generations 78-82, chained by prev-gen time, engine versions', () => {
    expect(logs.map(({ header }) => header.generation)).toEqual([78, 79, 80, 81, 82]);
    for (const { header } of logs) expect([header.fileSectors, header.sectorSize, header.fileSectors * header.sectorSize]).toEqual([16, 4096, 65536]);
    for (let i = 1; i < logs.length; i++) expect(logTimeText(logs[i]!.header.prevGen)).toBe(logTimeText(logs[i - 1]!.header.created));
    expect(logs.map(({ header: h }) => `${h.major}.${h.minor}.${h.updateMajor}.${h.updateMinor}`)).toEqual([
      '8.4000.5.16', '8.4000.5.16', '8.4000.5.16', '8.4000.5.16', '8.4000.60.140',
    ]);
  });

  it('SRU0004E.log lists no database; SRU00051.log lists SRUDB.dat with its DB signature; SRU.log flags 0x04', () => {
    expect(logs[0]!.header.attached).toEqual([]);
    const attached = logs[3]!.header.attached;
    expect(attached.map((a) => [a.dbid, a.path])).toEqual([[1, 'C:\\Windows\\system32\\SRU\\SRUDB.dat']]);
    expect(key(attached[0]!.dbSignature)).toBe(key(db.header.dbSignature));
    expect(logs[4]!.header.flags).toBe(0x04);
  });

  it('SRUtmp.log and the .jrs reserve logs are zero-filled; SRUDB.jfm is a flush map (type 7)', () => {
    for (const name of ['SRUtmp.log', 'SRUres00001.jrs', 'SRUres00002.jrs']) expect(recognizeEseFile(bytesOf(join(BELKASOFT_DIRTY, name)).subarray(0, 4096), name)).toBe('zeroFilled');
    expect(recognizeEseFile(bytesOf(join(BELKASOFT_DIRTY, 'SRUDB.jfm')).subarray(0, 4096), 'SRUDB.jfm')).toBe('flushMap');
  });
});

describe('win10-belkasoft/Clean: the same set after a repair', () => {
  it('SRUDB.dat: Clean Shutdown, log signature all zeros, Last Consistent (0x0,0,0), Repair Count 2', () => {
    const h = database(join(BELKASOFT_CLEAN, 'SRUDB.dat')).header;
    expect(h.state).toBe(3);
    expect(signatureText(h.logSignature)).toBe('Create time:00/00/1900 00:00:00.000 Rand:0 Computer:');
    expect(lgposText(h.lastConsistent)).toBe('(0x0,0,0)');
    expect(h.repairCount).toBe(2);
  });

  it('SRUDB.INTEG.RAW is text, not an ESE file', () => {
    expect(recognizeEseFile(bytesOf(join(BELKASOFT_CLEAN, 'SRUDB.INTEG.RAW')).subarray(0, 4096), 'SRUDB.INTEG.RAW')).toBeUndefined();
  });
});

describe('win10-rathbunvm/Clean: a clean set (the museum folder "Dirty" is clean too)', () => {
  it('SRUDB.dat: Clean Shutdown, Log Required 0-0, Last Consistent (0x9,6,36), format 0x620,110', () => {
    const h = database(join(RATHBUN_CLEAN, 'SRUDB.dat')).header;
    expect([h.state, h.genMinRequired, h.genMaxRequired, h.version, h.updateMajor]).toEqual([3, 0, 0, 0x620, 110]);
    expect(lgposText(h.lastConsistent)).toBe('(0x9,6,36)');
  });

  it('logs gen 3-8 and SRU.log gen 9 chain by prev-gen time, although the clock went backwards', () => {
    const names = ['SRU00003.log', 'SRU00004.log', 'SRU00005.log', 'SRU00006.log', 'SRU00007.log', 'SRU00008.log', 'SRU.log'];
    const headers = names.map((name) => log(join(RATHBUN_CLEAN, name)));
    expect(headers.map((h) => h.generation)).toEqual([3, 4, 5, 6, 7, 8, 9]);
    for (let i = 1; i < headers.length; i++) expect(logTimeText(headers[i]!.prevGen)).toBe(logTimeText(headers[i - 1]!.created));
    expect(logTimeText(headers[0]!.created).slice(11, 19)).toBe('22:18:49');
    expect(logTimeText(headers[1]!.created).slice(11, 19)).toBe('19:30:29');
  });

  it('srures00002.jrs: random bytes with a bad checksum, not taken for a log', () => {
    const bytes = bytesOf(join(RATHBUN_CLEAN, 'srures00002.jrs'));
    expect(recognizeEseFile(bytes.subarray(0, 4096), 'srures00002.jrs')).toBeUndefined();
    expect(readLogHeader(bytes).ok).toBe(false);
  });
});

describe('win10-aptsimulator/Clean: a clean set with a continuous chain', () => {
  it('SRUDB.dat Clean, Last Consistent (0x20,B,36); SRU.chk (0x20,E,0)', () => {
    const h = database(join(APTSIM_CLEAN, 'SRUDB.dat')).header;
    expect(h.state).toBe(3);
    expect(lgposText(h.lastConsistent)).toBe('(0x20,B,36)');
    expect(lgposText(checkpoint(join(APTSIM_CLEAN, 'SRU.chk')).header.checkpoint)).toBe('(0x20,E,0)');
  });

  it('SRUtmp.log gen 24, SRU00019.log … SRU0001F.log gen 25-31, SRU.log gen 32, chained from 24 to 32', () => {
    const names = ['SRUtmp.log', 'SRU00019.log', 'SRU0001A.log', 'SRU0001B.log', 'SRU0001C.log', 'SRU0001D.log', 'SRU0001E.log', 'SRU0001F.log', 'SRU.log'];
    const headers = names.map((name) => log(join(APTSIM_CLEAN, name)));
    expect(headers.map((h) => h.generation)).toEqual([24, 25, 26, 27, 28, 29, 30, 31, 32]);
    for (let i = 1; i < headers.length; i++) expect(logTimeText(headers[i]!.prevGen)).toBe(logTimeText(headers[i - 1]!.created));
  });
});

describe('ntds-2012r2: Active Directory on Windows Server 2012 R2', () => {
  it('edb.chk: checkpoint (0x3,2F3,0), circular logging on', () => {
    const chk = checkpoint(join(NTDS, 'edb.chk')).header;
    expect(lgposText(chk.checkpoint)).toBe('(0x3,2F3,0)');
    expect(chk.env.circularLogging).toBe(true);
  });

  it('temp.edb: Just Created, 8192-byte pages, log signature all zeros', () => {
    const h = database(join(NTDS, 'temp.edb')).header;
    expect([h.state, h.pageSize]).toEqual([1, 8192]);
    expect(signatureText(h.logSignature)).toBe('Create time:00/00/1900 00:00:00.000 Rand:0 Computer:');
  });
});

describe('dissect.esedb: clean databases, header and shadow identical', () => {
  it.each([
    ['basic.edb', '(0x1,16,0)'],
    ['SRUDB.dat', '(0x5,9,E5C)'],
    ['Current.mdb', '(0x27,2C8,0)'],
  ] as const)('%s: Clean Shutdown, Last Consistent %s, 0x620,20, 4 KiB pages', (name, consistent) => {
    const read = readDatabaseHeader(dissect(name));
    if (!read.ok) throw new Error(read.reason);
    expect(read.copies).toEqual({ used: 'primary', shadow: 'identical' });
    expect([read.header.state, read.header.version, read.header.updateMajor, read.header.pageSize]).toEqual([3, 0x620, 20, 4096]);
    expect(lgposText(read.header.lastConsistent)).toBe(consistent);
  });

  it('basic.edb: DB signature Rand 2277765278 created 08/19/2022 11:46:32.636 UTC', () => {
    const read = readDatabaseHeader(dissect('basic.edb'));
    if (!read.ok) throw new Error(read.reason);
    expect(read.header.dbSignature.rand).toBe(2277765278);
    expect(logTimeText(read.header.dbSignature.created)).toBe('08/19/2022 11:46:32.636 UTC');
  });
});

it('every file of the museum sets is recognized as the README says', () => {
  const kinds = readdirSync(BELKASOFT_DIRTY).sort().map((name) => [name, recognizeEseFile(bytesOf(join(BELKASOFT_DIRTY, name)).subarray(0, 4096), name)]);
  expect(kinds).toEqual([
    ['SRU.chk', 'checkpoint'],
    ['SRU.log', 'log'],
    ['SRU0004E.log', 'log'],
    ['SRU0004F.log', 'log'],
    ['SRU00050.log', 'log'],
    ['SRU00051.log', 'log'],
    ['SRUDB.dat', 'database'],
    ['SRUDB.jfm', 'flushMap'],
    ['SRUres00001.jrs', 'zeroFilled'],
    ['SRUres00002.jrs', 'zeroFilled'],
    ['SRUtmp.log', 'zeroFilled'],
  ]);
});
