/**
 * Issue 16, part A: command lines in every form and cmd.exe `dir` listings. The prompt forms are
 * read by the one prompt pattern (src/input/prompt.ts PROMPT_LABEL, the catalogue's `Prompt`
 * token); a command line that prints no dump is held as a command (InputAst.commands,
 * src/ast/command-line.ts); the listing lines are the catalogue's `DirVolume`, `DirDirectoryOf`,
 * `DirEntry`, `DirSummary`, read by src/ast/dir-listing.ts. The captures' facts are
 * test/ast/forms16-expected.ts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseEseOutput } from '../../grammar/index.js';
import { parseCaptureText } from '../../src/ast/index.js';
import { parseDirEntryLine, parseDirSummaryLine, readDirListings, type DirListing } from '../../src/ast/dir-listing.js';
import { collectLineRecords } from '../../src/ast/line-records.js';
import type { CommandLine, Dump, InputAst } from '../../src/ast/types.js';
import { DumpSegmenter, type Segment } from '../../src/input/segment.js';
import { parsePromptLine } from '../../src/input/prompt.js';
import { FORMS16_EXPECTED, type ExpectedCommand, type ExpectedDump } from './forms16-expected.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** A capture of these forms: in samples/ once its folder moved there, else in samples-pending/. */
function captureText(relative: string): string {
  const moved = join(ROOT, 'samples', relative);
  return readFileSync(existsSync(moved) ? moved : join(ROOT, 'samples-pending', relative), 'utf8');
}

function segmentsOf(text: string): Segment[] {
  const lines = text.split(/\r\n|\n|\r/);
  if (lines.at(-1) === '') lines.pop();
  const segmenter = new DumpSegmenter();
  const out: Segment[] = [];
  lines.forEach((line, i) => out.push(...segmenter.push(line, i + 1)));
  out.push(...segmenter.end());
  return out;
}

/** Every `dir` listing of a capture, read segment by segment as the AST builder sees them. */
function dirListingsOf(text: string): DirListing[] {
  return segmentsOf(text).flatMap((segment) => {
    const { cst } = parseEseOutput(segment.lines.join('\n'));
    const { records } = collectLineRecords(cst, segment.lines);
    return readDirListings(records, segment.lines, (i) => segment.startLine + i, segment.prompt?.line).listings;
  });
}

function summary(dump: Dump): ExpectedDump {
  const out: { -readonly [K in keyof ExpectedDump]: ExpectedDump[K] } = { kind: dump.kind, lines: [dump.startLine, dump.endLine], fragment: dump.fragment };
  if (dump.command !== undefined) out.command = dump.command;
  if (dump.prompt?.mode !== undefined) out.mode = dump.prompt.mode;
  if (dump.file !== undefined) out.file = dump.file;
  if (dump.fileSource === 'dump' || dump.fileSource === 'prompt') out.fileSource = dump.fileSource;
  return out;
}

/** The fields this part reads: kind, lines, command, mode, file and where it came from. */
function commandFacts(dump: ExpectedDump): ExpectedDump {
  const out: { -readonly [K in keyof ExpectedDump]: ExpectedDump[K] } = { kind: dump.kind, lines: dump.lines, fragment: dump.fragment };
  for (const key of ['command', 'mode', 'file', 'fileSource'] as const) if (dump[key] !== undefined) (out as Record<string, unknown>)[key] = dump[key];
  return out;
}

describe('command lines in every form (the one prompt pattern)', () => {
  const cases: [string, Record<string, string>][] = [
    [
      "[PS] D:\\Recovery\\DB1234567890>& 'C:\\Program Files\\Microsoft\\Exchange Server\\V14\\Bin\\eseutil.exe' /mh 'Mailbox Database 1234567890.edb'",
      {
        command: "& 'C:\\Program Files\\Microsoft\\Exchange Server\\V14\\Bin\\eseutil.exe' /mh 'Mailbox Database 1234567890.edb'",
        directory: 'D:\\Recovery\\DB1234567890',
        mode: '/mh',
        file: 'Mailbox Database 1234567890.edb',
      },
    ],
    ['eseutil /ML "D:\\Recovery\\DB1234567890\\E000000008F.log"', { command: 'eseutil /ML "D:\\Recovery\\DB1234567890\\E000000008F.log"', mode: '/ml', file: 'D:\\Recovery\\DB1234567890\\E000000008F.log' }],
    ['ESEUTIL.EXE -MH priv1.edb', { command: 'ESEUTIL.EXE -MH priv1.edb', mode: '/mh', file: 'priv1.edb' }],
    ['[PS] D:\\Recovery\\DB1234567890>eseutil /ml “E0000000090.log”', { command: 'eseutil /ml “E0000000090.log”', directory: 'D:\\Recovery\\DB1234567890', mode: '/ml', file: 'E0000000090.log' }],
    ['[PS] D:\\Recovery\\DB1234567890>eseutil -ml E0000000091.log', { command: 'eseutil -ml E0000000091.log', directory: 'D:\\Recovery\\DB1234567890', mode: '/ml', file: 'E0000000091.log' }],
    ['[PS] D:\\Recovery\\DB1234567890>.\\eseutil.exe /ml E00.log', { command: '.\\eseutil.exe /ml E00.log', directory: 'D:\\Recovery\\DB1234567890', mode: '/ml', file: 'E00.log' }],
    ['D:\\Recovery\\DB1234567890>c:\\eseutil.exe /mk E00.chk', { command: 'c:\\eseutil.exe /mk E00.chk', directory: 'D:\\Recovery\\DB1234567890', mode: '/mk', file: 'E00.chk' }],
    ['>esentutl /mh WebCacheV01.dat', { command: 'esentutl /mh WebCacheV01.dat', mode: '/mh', file: 'WebCacheV01.dat' }],
    ['>dir', { command: 'dir' }],
    ['>', { command: '' }],
    ['D:\\Recovery\\DB1234567890>', { command: '', directory: 'D:\\Recovery\\DB1234567890' }],
    ['C:\\Windows\\NTDS>prompt $G', { command: 'prompt $G', directory: 'C:\\Windows\\NTDS' }],
    [
      'E:\\mdbdata>for %f in (E00*.log) do @eseutil /ml %f | find /i "signature"',
      { command: 'for %f in (E00*.log) do @eseutil /ml %f | find /i "signature"', directory: 'E:\\mdbdata', mode: '/ml', filter: 'signature' },
    ],
  ];
  for (const [text, expected] of cases) {
    it(text, () => {
      expect(parsePromptLine(text, 7)).toEqual({ line: 7, text, ...expected });
      // The grammar's Prompt token is the same pattern: the line is a prompt line for the lexer too.
      expect(parseEseOutput(text).cst.children.promptLine?.length).toBe(1);
    });
  }

  for (const text of ['> quoted mail line', '>> appended', 'esefile says the database is fine too:', 'eseutil was run yesterday', 'Env SystemPath: D:\\Exchsrvr\\mdbdata\\']) {
    it(`not a prompt: ${text}`, () => {
      expect(parsePromptLine(text, 1)).toBeUndefined();
      expect(parseEseOutput(text).cst.children.promptLine).toBeUndefined();
    });
  }
});

describe('dir listing lines (catalogue DirVolume, DirDirectoryOf, DirEntry, DirSummary)', () => {
  it('lexes each line of a listing as a dir listing line', () => {
    const text = [
      ' Volume in drive C has no label.',
      ' Volume Serial Number is 8E2A-41C7',
      ' Directory of C:\\Windows\\NTDS',
      '03/14/2022  08:47 AM    <DIR>          ..',
      '03/02/2022  07:05 PM             8,192 edb.chk',
      '26.10.2004  08:57             5.242.880 E00.log',
      '              11 File(s)    123,879,424 bytes',
      '               2 Dir(s)  48,112,467,968 bytes free',
    ].join('\n');
    const lines = parseEseOutput(text).cst.children.dirListingLine?.map((t) => t.tokenType.name);
    expect(lines).toEqual(['DirVolume', 'DirVolume', 'DirDirectoryOf', 'DirEntry', 'DirEntry', 'DirEntry', 'DirSummary', 'DirSummary']);
  });

  it('reads an entry: name and size, none for <DIR>', () => {
    expect(parseDirEntryLine('10/26/2004  08:57 AM                 0 E00000A5.log')).toEqual({ name: 'E00000A5.log', size: 0, dateTime: '10/26/2004  08:57 AM' });
    expect(parseDirEntryLine('10/22/2004  07:47 PM       155,197,440 priv1.edb')).toEqual({ name: 'priv1.edb', size: 155197440, dateTime: '10/22/2004  07:47 PM' });
    expect(parseDirEntryLine('26.10.2004  08:57             5.242.880 E00.log')).toEqual({ name: 'E00.log', size: 5242880, dateTime: '26.10.2004  08:57' });
    expect(parseDirEntryLine('11/13/2010  01:00 AM     1,048,576 Mailbox Database 1234567890.edb')).toEqual({
      name: 'Mailbox Database 1234567890.edb',
      size: 1048576,
      dateTime: '11/13/2010  01:00 AM',
    });
    expect(parseDirEntryLine('03/14/2022  08:47 AM    <DIR>          ..')).toEqual({ name: '..', tag: 'DIR', dateTime: '03/14/2022  08:47 AM' });
    expect(parseDirEntryLine('10/26/2004  08:57 AM')).toBeUndefined();
  });

  it('reads the totals', () => {
    expect(parseDirSummaryLine('              11 File(s)     52,428,800 bytes')).toEqual({ of: 'File', count: 11, bytes: 52428800 });
    expect(parseDirSummaryLine('               2 Dir(s)  61,203,144,704 bytes free')).toEqual({ of: 'Dir', count: 2, bytes: 61203144704 });
  });
});

/** The unrecognized ranges: none once command lines (part A) and dir listings are held. */
const UNRECOGNIZED_UNTIL_HELD: Record<string, readonly (readonly [number, number])[]> = {
};

/**
 * Command lines of forms16-expected.ts that are the prompt of a dump: `chksig edb012cf.log` is the
 * prompt of the batchCheck dump of chksig.bat's console output (src/ast/batch-check.ts).
 */
const PROMPT_OF_A_DUMP_TODAY: Record<string, readonly number[]> = {
  '55-kb-batch-files/console.txt': [20],
};

/** An AST command line in forms16-expected.ts's shape. */
function expectedShape(c: CommandLine): ExpectedCommand {
  return { line: c.line, kind: c.kind, command: c.command, ...(c.directory !== undefined ? { directory: c.directory } : {}) };
}

describe('the command lines of the KB batch files (samples-pending/55-kb-batch-files)', () => {
  for (const file of ['55-kb-batch-files/console.txt', '55-kb-batch-files/log-signature-check.txt', '55-kb-batch-files/database-path-check.txt']) {
    it(`${file}: each command line that starts no dump is held as a command`, () => {
      const ast = parseCaptureText({ name: file, text: captureText(file) });
      const today = PROMPT_OF_A_DUMP_TODAY[file] ?? [];
      expect((ast.commands ?? []).map(expectedShape)).toEqual(FORMS16_EXPECTED[file]!.commands.filter((c) => !today.includes(c.line)));
      for (const line of today) expect(ast.dumps.some((d) => d.prompt?.line === line)).toBe(true);
    });
  }
});

describe('the captures of command lines and dir listings read as forms16-expected.ts says', () => {
  for (const file of ['2010-command-forms/ticket.txt', 'esentutl-ad-empty-prompt-dir/ticket.txt', '2003-dir-listings/dir.txt', '2003-dir-listings/logs.txt']) {
    const expected = FORMS16_EXPECTED[file]!;
    describe(file, () => {
      const text = captureText(file);
      const ast: InputAst = parseCaptureText({ name: file, text });

      // Issue 16: command lines that print no dump and `dir` listings are held by the AST; every
      // line is read or held.
      it('no unrecognized line', () => {
        expect(ast.unrecognized.map((u) => [u.startLine, u.endLine])).toEqual(UNRECOGNIZED_UNTIL_HELD[file] ?? expected.unrecognized);
      });

      it('each dump: kind, lines, command, mode, file and its source', () => {
        expect(ast.dumps.map(summary)).toEqual(expected.dumps.map(commandFacts));
      });

      it('holds each command line that starts no dump as a command: line, kind, command, directory', () => {
        expect((ast.commands ?? []).map(expectedShape)).toEqual(expected.commands);
      });

      it('each dir listing: directory, entries with sizes, counts and totals', () => {
        const facts = (l: DirListing) => ({
          lines: [l.startLine, l.endLine],
          directory: l.directory,
          entries: l.entries.map((e) => (e.size === undefined ? { name: e.name } : { name: e.name, size: e.size })),
          fileCount: l.files?.count,
          totalBytes: l.files?.bytes,
          dirCount: l.dirs?.count,
          freeBytes: l.dirs?.bytes,
        });
        expect(dirListingsOf(text).map(facts)).toEqual(expected.dirListings ?? []);
        // The AST holds the same listings (parse --format json: the input's dirListings).
        expect((ast.dirListings ?? []).map(facts)).toEqual(expected.dirListings ?? []);
      });
    });
  }
});
