/**
 * Issue 16: cmd.exe `dir` listings in the AST (`parse --format json`: each input's `dirListings`) —
 * the folder of ` Directory of`, each entry with its name, size or `<DIR>` tag, date and time as
 * printed and its line, the two totals with their lines — and the lines recognized. The scenario is
 * samples/2003-dir-listings (README: the facts); test/ast/forms16-commands.test.ts checks
 * every listing of the issue-16 captures against test/ast/forms16-expected.ts.
 */
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { parseCaptureText } from '../../src/ast/index.js';
import { SCHEMA_VERSION } from '../../src/ast/types.js';

const DIR_TXT = readFileSync(new URL('../../samples/2003-dir-listings/dir.txt', import.meta.url), 'utf8');
const schema = JSON.parse(readFileSync(new URL('../../src/ast/ast.schema.json', import.meta.url), 'utf8')) as object;

describe('dir listings in the AST', () => {
  const ast = parseCaptureText({ name: 'dir.txt', text: DIR_TXT });

  it('the database folder: every entry, its size or <DIR>, its date as printed and its line; the totals', () => {
    expect(ast.dirListings?.[0]).toEqual({
      startLine: 1,
      endLine: 14,
      directory: 'D:\\Exchsrvr\\mdbdata',
      directoryLine: 5,
      entries: [
        { name: '.', tag: 'DIR', dateTime: '10/26/2004  09:02 AM', line: 7 },
        { name: '..', tag: 'DIR', dateTime: '10/26/2004  09:02 AM', line: 8 },
        { name: 'E00.chk', size: 8192, dateTime: '10/26/2004  02:13 AM', line: 9 },
        { name: 'priv1.edb', size: 155197440, dateTime: '10/22/2004  07:47 PM', line: 10 },
        { name: 'priv1.stm', size: 8396800, dateTime: '10/22/2004  07:47 PM', line: 11 },
        { name: 'tmp.edb', size: 2105344, dateTime: '10/26/2004  02:13 AM', line: 12 },
      ],
      files: { count: 4, bytes: 165707776, line: 13 },
      dirs: { count: 2, bytes: 40123456512, line: 14 },
    });
  });

  it('the log folder: the 0-byte E00000A5.log and the reserve logs, the totals', () => {
    const logs = ast.dirListings?.[1];
    expect([logs?.startLine, logs?.endLine, logs?.directory, logs?.directoryLine]).toEqual([16, 36, 'L:\\Exchsrvr\\logs', 20]);
    expect(logs?.entries.filter((e) => e.size !== 5242880)).toEqual([
      { name: '.', tag: 'DIR', dateTime: '10/26/2004  08:57 AM', line: 22 },
      { name: '..', tag: 'DIR', dateTime: '10/26/2004  08:57 AM', line: 23 },
      { name: 'E00000A5.log', size: 0, dateTime: '10/26/2004  08:57 AM', line: 30 },
    ]);
    expect(logs?.entries.length).toBe(13);
    expect([logs?.files, logs?.dirs]).toEqual([{ count: 11, bytes: 52428800, line: 35 }, { count: 2, bytes: 61203144704, line: 36 }]);
  });

  it('makes no dump; its command lines are held as commands, no line unrecognized', () => {
    expect(ast.dumps).toEqual([]);
    expect((ast.commands ?? []).map((c) => [c.line, c.kind])).toEqual([[1, 'dir'], [16, 'dir'], [38, 'empty']]);
    expect(ast.unrecognized).toEqual([]);
  });

  it('the AST with listings is valid against src/ast/ast.schema.json', () => {
    const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
    const ok = validate(JSON.parse(JSON.stringify({ schemaVersion: SCHEMA_VERSION, inputs: [ast] })));
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it('no dirListings property on an input without a listing (the AST of every other capture is unchanged)', () => {
    const input = parseCaptureText({ name: 'x.txt', text: '      lGeneration (4815)\n' });
    expect('dirListings' in input).toBe(false);
  });

  it('a listing pasted after a dump, without its command: the dump as before, the listing beside it; a stray total is unrecognized', () => {
    const text = [
      'E:\\mdbdata>eseutil /mk edb.chk',
      '',
      'Initiating FILE DUMP mode...',
      '',
      '      Checkpoint file: edb.chk',
      '      Checkpoint: (0x5A,1A4,30)',
      '',
      'Operation completed successfully in 0.31 seconds.',
      '',
      ' Directory of E:\\mdbdata',
      '',
      '03/02/2022  07:05 PM             8,192 edb.chk',
      '               1 File(s)          8,192 bytes',
      '               2 Dir(s)  48,112,467,968 bytes free',
      '              11 File(s)    123,879,424 bytes',
    ].join('\n');
    const input = parseCaptureText({ name: 'x.txt', text });
    expect(input.dumps.map((d) => [d.kind, d.startLine, d.endLine, d.file])).toEqual([['checkpoint', 1, 8, 'edb.chk']]);
    expect(input.dirListings).toEqual([
      {
        startLine: 10,
        endLine: 14,
        directory: 'E:\\mdbdata',
        directoryLine: 10,
        entries: [{ name: 'edb.chk', size: 8192, dateTime: '03/02/2022  07:05 PM', line: 12 }],
        files: { count: 1, bytes: 8192, line: 13 },
        dirs: { count: 2, bytes: 48112467968, line: 14 },
      },
    ]);
    expect(input.unrecognized).toEqual([{ startLine: 15, endLine: 15, text: '              11 File(s)    123,879,424 bytes' }]);
  });

  it('a German listing (DD.MM.YYYY, 24-hour clock, `.` thousands)', () => {
    const text = [' Verzeichnis von L:\\Logs', '', '26.10.2004  08:57             5.242.880 E00.log', '26.10.2004  08:57                     0 E00000A5.log'].join('\n');
    expect(parseCaptureText({ name: 'x.txt', text }).dirListings?.[0]?.entries).toEqual([
      { name: 'E00.log', size: 5242880, dateTime: '26.10.2004  08:57', line: 3 },
      { name: 'E00000A5.log', size: 0, dateTime: '26.10.2004  08:57', line: 4 },
    ]);
  });

  it('a listing pasted right before a dump, with no prompt between: the dump starts after the listing', () => {
    const text = [
      ' Directory of E:\\mdbdata',
      '03/02/2022  07:05 PM             8,192 edb.chk',
      '               1 File(s)          8,192 bytes',
      '               2 Dir(s)  48,112,467,968 bytes free',
      '      Checkpoint file: edb.chk',
      '      Checkpoint: (0x5A,1A4,30)',
      'Operation completed successfully in 0.31 seconds.',
    ].join('\n');
    const input = parseCaptureText({ name: 'x.txt', text });
    expect(input.dirListings?.map((l) => [l.startLine, l.endLine])).toEqual([[1, 4]]);
    expect(input.dumps.map((d) => [d.kind, d.startLine, d.endLine])).toEqual([['checkpoint', 5, 7]]);
    expect(input.unrecognized).toEqual([]);
  });
});
