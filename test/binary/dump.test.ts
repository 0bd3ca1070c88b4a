/**
 * `esereport dump`: every fixture's header printed in eseutil's layout, and read back by the text
 * parser, gives the same typed facts as the binary reader (property over every real file).
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCaptureText } from '../../src/ast/index.js';
import { signatureKey } from '../../src/ast/signature.js';
import type { Dump, Signature } from '../../src/ast/types.js';
import { lgposText, logTimeText, type RawSignature } from '../../src/binary/bytes.js';
import { readCheckpointHeader } from '../../src/binary/checkpoint.js';
import { readDatabaseHeader } from '../../src/binary/database.js';
import { stateText } from '../../src/binary/format.js';
import { readLogHeader } from '../../src/binary/log.js';
import { readEseBytes } from '../../src/binary/read-file.js';
import { REPO_ROOT, runCli } from '../cli/harness.js';
import { validateAst } from '../hostile/pipeline.js';
import { FIXTURES, bytesOf, dissect } from './fixtures.js';

function filesUnder(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** Every real ESE file with a header: the museum files and the gunzipped dissect databases. */
const FILES: { name: string; bytes: Buffer }[] = [
  ...filesUnder(join(FIXTURES, 'museum')).map((path) => ({ name: relative(FIXTURES, path), bytes: bytesOf(path) })),
  ...(['basic.edb', 'SRUDB.dat', 'Current.mdb'] as const).map((name) => ({ name: `dissect/${name}`, bytes: dissect(name) })),
].filter(({ name, bytes }) => (readEseBytes(bytes, bytes.length, name)?.lines.length ?? 0) > 0);

/** A signature's identity from the bytes, in the form the text parser keys it. */
function rawKey(s: RawSignature): string {
  const t = s.created;
  return `${t.year}-${t.month}-${t.day} ${t.hour}:${t.minute}:${t.second}.${t.millisecond}|${s.rand}|${s.computer.toLowerCase()}`;
}
const key = (s: Signature | undefined): string | undefined => (s ? signatureKey(s) : undefined);

/** The typed facts of a dump parsed from text (the rules' view). */
function typedFacts(dump: Dump): Record<string, unknown> {
  switch (dump.kind) {
    case 'databaseHeader':
      return {
        state: dump.state, dbSignature: key(dump.dbSignature), logSignature: key(dump.logSignature), pageSize: dump.pageSize,
        logRequired: dump.logRequired, logCommitted: dump.logCommitted, lastConsistent: dump.lastConsistent?.text,
        lastAttach: dump.lastAttach?.text, lastDetach: dump.lastDetach?.text, repairCount: dump.repairCount, dbid: dump.dbid,
      };
    case 'logHeader':
      return {
        generation: dump.lGeneration, signature: key(dump.signature), creationTime: dump.creationTime?.text, prevGenTime: dump.prevGenTime?.text,
        circularLogging: dump.circularLogging,
        attached: dump.attachedDatabases.map((a) => ({ dbid: a.dbid, path: a.path, signature: key(a.signature), lastAttach: a.lastAttach?.text, lastConsistent: a.lastConsistent?.text })),
      };
    case 'checkpoint':
      return { checkpoint: dump.checkpoint?.text, signature: key(dump.signature), fullBackup: dump.fullBackup?.text, incBackup: dump.incBackup?.text };
    default:
      return {};
  }
}

/** The same facts straight from the bytes. */
function byteFacts(bytes: Buffer): Record<string, unknown> {
  const db = readDatabaseHeader(bytes.subarray(0, 65536));
  if (bytes[4] === 0xef && db.ok) {
    const h = db.header;
    return {
      state: stateText(h.state), dbSignature: rawKey(h.dbSignature), logSignature: rawKey(h.logSignature), pageSize: h.pageSize,
      logRequired: { low: h.genMinRequired, high: h.genMaxRequired }, logCommitted: { low: 0, high: h.genMaxCommitted },
      lastConsistent: lgposText(h.lastConsistent), lastAttach: lgposText(h.lastAttach), lastDetach: lgposText(h.lastDetach),
      repairCount: h.repairCount, dbid: h.dbid,
    };
  }
  const log = readLogHeader(bytes.subarray(0, 4096));
  if (bytes.readUInt32LE(667) === 3 && log.ok) {
    const h = log.header;
    return {
      generation: h.generation, signature: rawKey(h.logSignature), creationTime: logTimeText(h.created), prevGenTime: logTimeText(h.prevGen),
      circularLogging: { env: h.env.circularLogging, currentFile: (h.flags & 2) !== 0, pastFiles: (h.flags & 4) !== 0 },
      attached: h.attached.map((a) => ({ dbid: a.dbid, path: a.path, signature: rawKey(a.dbSignature), lastAttach: lgposText(a.lastAttach), lastConsistent: lgposText(a.lastConsistent) })),
    };
  }
  const chk = readCheckpointHeader(bytes.subarray(0, 8192));
  if (!chk.ok) throw new Error(chk.reason);
  const h = chk.header;
  return { checkpoint: lgposText(h.checkpoint), signature: rawKey(h.logSignature), fullBackup: lgposText(h.fullBackup), incBackup: lgposText(h.incBackup) };
}

describe('dump output read back by the text parser gives the binary reader’s facts', () => {
  it('covers every kind of header among the fixtures', () => {
    expect(FILES.length).toBe(39);
  });

  it.each(FILES.map((f) => [f.name, f] as const))('%s', (_name, { name, bytes }) => {
    const read = readEseBytes(bytes, bytes.length, name)!;
    const parsed = parseCaptureText({ name: `${name}.txt`, text: read.lines.join('\r\n') });
    expect(parsed.unrecognized).toEqual([]);
    expect(parsed.dumps).toHaveLength(1);
    expect(typedFacts(parsed.dumps[0]!)).toEqual(byteFacts(bytes));
  });
});

describe('esereport dump', () => {
  it('prints a log as eseutil /ml would, and names a file that has no header', async () => {
    const log = 'test/fixtures/ese-binary/museum/win10-belkasoft/Dirty/SRU00051.log';
    const run = await runCli(['dump', log, 'test/fixtures/ese-binary/museum/win10-belkasoft/Dirty/SRUtmp.log'], { cwd: REPO_ROOT });
    expect(run.stdout.split('\n').slice(0, 12)).toEqual([
      `esereport dump ${log}  (as eseutil /ml prints it, read from the file's header)`,
      '',
      'Initiating FILE DUMP mode...',
      '',
      '      Base name: SRU',
      '      Log file: SRU00051.log',
      '      lGeneration: 81 (0x51)',
      '      Checkpoint: NOT AVAILABLE',
      '      creation time: 02/14/2021 02:32:43.303 UTC',
      '      prev gen time: 02/10/2021 19:56:03.045 UTC',
      '      Format LGVersion: (8.4000.5.16)',
      '      Signature: Create time:08/01/2020 21:48:10.509 Rand:2749186782 Computer:',
    ]);
    expect(run.stderr).toBe(
      'esereport: test/fixtures/ese-binary/museum/win10-belkasoft/Dirty/SRUtmp.log is zero-filled: a pre-created reserve or tmp log with no header yet, never replayed (skipped).\n',
    );
    expect(run.exitCode).toBe(2);
  });

  it('a database header with its state, Log Required and Last Consistent', async () => {
    const run = await runCli(['dump', 'test/fixtures/ese-binary/museum/win10-belkasoft/Dirty/SRUDB.dat'], { cwd: REPO_ROOT });
    expect(run.exitCode).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines.filter((l) => /^ *(State|Log Required|Log Committed|Last Consistent|cbDbPage):/.test(l))).toEqual([
      '         cbDbPage: 4096',
      '            State: Dirty Shutdown',
      '     Log Required: 81-81 (0x51-0x51)',
      '    Log Committed: 0-81 (0x0-0x51)',
      '  Last Consistent: (0x51,8,0)  02/14/2021 02:34:52.486 UTC',
    ]);
  });
});

describe('esereport parse on ESE files', () => {
  it('gives dumps with source "binary" and header notes that the AST schema accepts', async () => {
    const run = await runCli(['parse', 'test/fixtures/ese-binary/museum/win10-belkasoft/Dirty'], { cwd: REPO_ROOT });
    const doc = JSON.parse(run.stdout) as { inputs: { name: string; dumps: { kind: string; source?: string }[] }[] };
    expect(validateAst(doc), JSON.stringify(validateAst.errors)).toBe(true);
    const dumps = doc.inputs.flatMap((input) => input.dumps.map((dump) => [input.name.split('/').pop(), dump.kind, dump.source]));
    expect(dumps).toEqual([
      ['SRU.chk', 'checkpoint', 'binary'],
      ['SRU.log', 'logHeader', 'binary'],
      ['SRU0004E.log', 'logHeader', 'binary'],
      ['SRU0004F.log', 'logHeader', 'binary'],
      ['SRU00050.log', 'logHeader', 'binary'],
      ['SRU00051.log', 'logHeader', 'binary'],
      ['SRUDB.dat', 'databaseHeader', 'binary'],
    ]);
  });
});
