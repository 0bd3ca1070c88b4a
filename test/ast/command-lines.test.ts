/**
 * Issue 16, part A: a command line that prints no dump is held in the AST as a command
 * (InputAst.commands, src/ast/command-line.ts), whole, never as unrecognized text and never lost:
 * a `for` loop, `dir`, a KB batch file, `prompt $G`, the empty prompt a capture ends with, an ESE
 * command whose output is not there. A prompt that a dump follows stays that dump's prompt.
 */
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { commandKind, commandLine } from '../../src/ast/command-line.js';
import { CaptureParser, parseCaptureText, type ParsedItem } from '../../src/ast/index.js';
import { SCHEMA_VERSION, type CommandKind } from '../../src/ast/types.js';
import { parsePromptLine } from '../../src/input/prompt.js';

describe('what a command line runs (commandKind)', () => {
  const cases: [string, CommandKind][] = [
    ['', 'empty'],
    ['for %f in (edb*.log) do eseutil /ml %f | find /i "signature"', 'forLoop'],
    // Q296787's chksig.bat, typed at the prompt.
    ['FOR /F "DELIMS=" %A IN (C:\\LOGSIG.TXT) DO CALL :GETSIG "%A"', 'forLoop'],
    ['dir', 'dir'],
    ['DIR /od *.log', 'dir'],
    ['dir/b', 'dir'],
    ['chksig edb012cf.log', 'batchFile'],
    ['sigchk.bat edb012cf.log', 'batchFile'],
    ['pathchk edb012cf.log MDBDATA', 'batchFile'],
    ['"C:\\My Tools\\check logs.cmd" E00', 'batchFile'],
    ['eseutil /ml edb012cf.log | find /i "signature"', 'eseCommand'],
    ["& 'C:\\Program Files\\Microsoft\\Exchange Server\\V14\\Bin\\eseutil.exe' /mh 'x.edb'", 'eseCommand'],
    ['@esentutl /mh ntds.dit', 'eseCommand'],
    ['prompt $G', 'other'],
    ['cd /d E:\\mdbdata', 'other'],
    ['type notes.txt', 'other'],
    // A word that starts like a command is not one.
    ['directory-check.exe', 'other'],
    ['format e:', 'other'],
    ['forfiles /m *.log', 'other'],
  ];
  for (const [command, kind] of cases) it(`${JSON.stringify(command)} → ${kind}`, () => expect(commandKind(command)).toBe(kind));
});

describe('a command line as the AST holds it (commandLine)', () => {
  it('a for loop: what its do part runs for each file, no single file', () => {
    const text = 'E:\\mdbdata>for %f in (edb*.log) do eseutil /ml %f | find /i "signature"';
    expect(commandLine(parsePromptLine(text, 21)!)).toEqual({
      line: 21,
      kind: 'forLoop',
      text,
      command: 'for %f in (edb*.log) do eseutil /ml %f | find /i "signature"',
      directory: 'E:\\mdbdata',
      utility: 'eseutil',
      mode: '/ml',
      filter: 'signature',
    });
  });

  it('an ESE command by path: the utility without path or .exe, its switch and file', () => {
    const text = 'D:\\Recovery>c:\\ESEUTIL.EXE -MK E00.chk';
    expect(commandLine(parsePromptLine(text, 3)!)).toEqual({
      line: 3,
      kind: 'eseCommand',
      text,
      command: 'c:\\ESEUTIL.EXE -MK E00.chk',
      directory: 'D:\\Recovery',
      utility: 'eseutil',
      mode: '/mk',
      file: 'E00.chk',
    });
  });

  it('the empty prompt of `prompt $G`: nothing but the line', () => {
    expect(commandLine(parsePromptLine('>', 356)!)).toEqual({ line: 356, kind: 'empty', text: '>', command: '' });
  });
});

describe('the parser holds each command line that prints no dump', () => {
  it('a second prompt before the first one printed anything: the first is a command, the second the dump\'s prompt', () => {
    const ast = parseCaptureText({
      name: 'ticket.txt',
      text: [
        'E:\\mdbdata>eseutil /mh priv.edb',
        'E:\\mdbdata>eseutil /mh priv.edb | find /i "state"',
        '            State: Dirty Shutdown',
        '',
        'E:\\mdbdata>',
      ].join('\r\n'),
    });
    expect(ast.commands).toEqual([
      { line: 1, kind: 'eseCommand', text: 'E:\\mdbdata>eseutil /mh priv.edb', command: 'eseutil /mh priv.edb', directory: 'E:\\mdbdata', utility: 'eseutil', mode: '/mh', file: 'priv.edb' },
      { line: 5, kind: 'empty', text: 'E:\\mdbdata>', command: '', directory: 'E:\\mdbdata' },
    ]);
    expect(ast.dumps.map((d) => [d.kind, d.startLine, d.endLine, d.command, d.file, d.fileSource])).toEqual([
      ['databaseHeader', 2, 3, 'eseutil /mh priv.edb | find /i "state"', 'priv.edb', 'prompt'],
    ]);
    expect(ast.unrecognized).toEqual([]);
  });

  it('what a command prints that is not a dump stays unrecognized after it: no line lost', () => {
    const ast = parseCaptureText({ name: 'ticket.txt', text: 'C:\\>type notes.txt\nrestored from tape on friday\n\nC:\\>cd /d E:\\mdbdata\n' });
    expect(ast.commands?.map((c) => [c.line, c.kind, c.command])).toEqual([
      [1, 'other', 'type notes.txt'],
      [4, 'other', 'cd /d E:\\mdbdata'],
    ]);
    expect(ast.unrecognized).toEqual([{ startLine: 2, endLine: 2, text: 'restored from tape on friday' }]);
  });

  it('a for loop run with @eseutil prints its dumps under its own line: that line is the first dump\'s prompt, not a command', () => {
    const ast = parseCaptureText({
      name: 'loop.txt',
      text: ['E:\\mdbdata>for %f in (edb*.log) do @eseutil /ml %f | find /i "lgeneration"', '      lGeneration (4815)', '      lGeneration (4816)'].join('\n'),
    });
    expect(ast.commands).toBeUndefined();
    expect(ast.dumps.map((d) => [d.startLine, d.endLine, d.prompt?.line, d.prompt?.mode])).toEqual([
      [1, 2, 1, '/ml'],
      [3, 3, undefined, undefined],
    ]);
  });

  it('a text with no command line has no commands list at all (the AST contract: absent when none)', () => {
    const ast = parseCaptureText({ name: 'x.txt', text: '      lGeneration (4815)\n' });
    expect('commands' in ast).toBe(false);
  });

  it('hands the command over as soon as its segment ends, in line order with the other items', () => {
    const parser = new CaptureParser({ inputName: 'x.txt' });
    const items: ParsedItem[] = [];
    for (const line of ['C:\\Windows\\NTDS>prompt $G', '', '>dir', ' Volume in drive C has no label.', '>esentutl /mk edb.chk']) items.push(...parser.pushLine(line));
    items.push(...parser.end());
    expect(items.map((i) => (i.type === 'dump' ? ['dump', i.dump.startLine] : i.type === 'command' ? ['command', i.command.line] : i.type === 'dirListing' ? ['dirListing', i.listing.startLine] : ['unrecognized', i.range.startLine]))).toEqual([
      ['command', 1],
      ['command', 3],
      // The `dir` listing's lines are not held yet (issue 16, branch dirlist).
      ['dirListing', 3],
      ['command', 5],
    ]);
  });
});

describe('the AST JSON Schema knows command lines', () => {
  const schema = JSON.parse(readFileSync(new URL('../../src/ast/ast.schema.json', import.meta.url), 'utf8')) as object;
  const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
  const input = parseCaptureText({ name: 'x.txt', text: 'E:\\mdbdata>for %f in (edb*.log) do eseutil /ml %f | find /i "signature"\n\nE:\\mdbdata>\n' });
  const document = () => JSON.parse(JSON.stringify({ schemaVersion: SCHEMA_VERSION, inputs: [input] })) as { inputs: { commands: Record<string, unknown>[] }[] };

  it('accepts them', () => {
    expect(input.commands).toHaveLength(2);
    expect(validate(document())).toBe(true);
  });

  it('rejects a kind it does not list, and a property a command line does not have', () => {
    const unknownKind = document();
    unknownKind.inputs[0]!.commands[0]!['kind'] = 'loop';
    expect(validate(unknownKind)).toBe(false);
    const extra = document();
    extra.inputs[0]!.commands[1]!['fileSource'] = 'prompt';
    expect(validate(extra)).toBe(false);
  });
});
