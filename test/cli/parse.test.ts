/** `esereport parse`: the AST document of SPEC §4, streamed. */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { sampleBytes, sampleText } from '../support/samples.js';
import { runCli } from './harness.js';

interface AstJson {
  readonly schemaVersion: number;
  readonly inputs: readonly {
    readonly name: string;
    readonly encoding: string;
    readonly lineEnding: string;
    readonly lineCount: number;
    readonly dumps: readonly { readonly kind: string; readonly startLine: number }[];
    readonly commands?: readonly { readonly line: number; readonly kind: string; readonly text: string }[];
    readonly unrecognized: readonly { readonly startLine: number; readonly endLine: number; readonly text: string }[];
    readonly dirListings?: readonly { readonly startLine: number; readonly endLine: number; readonly directory?: string; readonly entries: readonly { readonly name: string; readonly size?: number }[] }[];
    readonly problem?: { readonly kind: string };
  }[];
}

describe('esereport parse', () => {
  it('writes {schemaVersion: 1, inputs} with every dump of each input, in order', async () => {
    const run = await runCli(['parse', 'samples/55-kb-roll-forward/priv-mh.txt', 'samples/55-kb-roll-forward/edb-log.txt']);
    expect(run.exitCode).toBe(0);
    const ast = JSON.parse(run.stdout) as AstJson;
    expect(ast.schemaVersion).toBe(1);
    expect(ast.inputs.map((input) => [input.name, input.dumps.map((dump) => dump.kind)])).toEqual([
      ['samples/55-kb-roll-forward/priv-mh.txt', ['databaseHeader']],
      ['samples/55-kb-roll-forward/edb-log.txt', ['logHeader']],
    ]);
    // Lines counted on the bytes: one per LF, and the last one if no LF ends it.
    const bytes = sampleBytes('55-kb-roll-forward/priv-mh.txt');
    const lineFeeds = bytes.filter((byte) => byte === 0x0a).length;
    expect(ast.inputs[0]!.lineCount).toBe(bytes.at(-1) === 0x0a ? lineFeeds : lineFeeds + 1);
  });

  it('writes the command lines that print no dump, and no list when an input has none (issue 16)', async () => {
    const run = await runCli(['parse', 'samples/55-chksig-find-loop/ticket.txt', 'samples/55-kb-roll-forward/edb-log.txt']);
    expect(run.exitCode).toBe(0);
    const [loop, plain] = (JSON.parse(run.stdout) as AstJson).inputs;
    expect(loop!.commands?.map((c) => [c.line, c.kind, c.text])).toEqual([
      [21, 'forLoop', 'E:\\mdbdata>for %f in (edb*.log) do eseutil /ml %f | find /i "signature"'],
      [48, 'forLoop', 'E:\\mdbdata>for %f in (edb*.log) do eseutil /ml %f | find /i "lgeneration"'],
      [65, 'empty', 'E:\\mdbdata>'],
    ]);
    expect([loop!.dumps.length, loop!.unrecognized]).toEqual([15, []]);
    expect(plain !== undefined && 'commands' in plain).toBe(false);
  });

  it('reports the encoding and line endings it decoded (cmd capture in cp850, CR line ends)', async () => {
    const capture = sampleText('55-kb-roll-forward/priv-mh.txt')
      .replace(/\r?\n/g, '\r')
      .replace('Computer:', 'Computer:SÉRVEUR');
    const run = await runCli(['parse', '-'], { stdin: iconv.encode(capture, 'cp850'), stdinIsTTY: false });
    const input = (JSON.parse(run.stdout) as AstJson).inputs[0]!;
    expect([input.name, input.encoding, input.lineEnding]).toEqual(['<stdin>', 'cp850', 'CR']);
  });

  it('keeps a binary input in the document with its problem', async () => {
    const edb = Buffer.alloc(64);
    edb.writeUInt32LE(0x89abcdef, 4);
    const run = await runCli(['parse'], { stdin: edb, stdinIsTTY: false });
    expect(run.exitCode).toBe(2);
    const input = (JSON.parse(run.stdout) as AstJson).inputs[0]!;
    expect([input.dumps, input.problem?.kind]).toEqual([[], 'ese-binary']);
  });

  it('writes to -o atomically and refuses other formats', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'esereport-parse-')), 'ast.json');
    const run = await runCli(['parse', 'samples/55-kb-roll-forward/edb-log.txt', '-o', out]);
    expect([run.stdout, run.exitCode]).toEqual(['', 0]);
    expect((JSON.parse(readFileSync(out, 'utf8')) as AstJson).inputs[0]!.dumps).toHaveLength(1);
    expect((await runCli(['parse', 'x', '--format', 'md'])).stderr).toBe('esereport: unknown --format md: use json (see esereport --help)\n');
  });

  it('writes the dir listings of an input after its unrecognized lines (issue 16), and none where there is none', async () => {
    const run = await runCli(['parse', 'samples/2003-dir-listings/dir.txt', 'samples/55-kb-roll-forward/priv-mh.txt']);
    expect(run.exitCode).toBe(0);
    const ast = JSON.parse(run.stdout) as AstJson;
    const [listed, other] = ast.inputs;
    expect(Object.keys(listed!)).toEqual(['name', 'dumps', 'encoding', 'lineEnding', 'lineCount', 'commands', 'unrecognized', 'dirListings']);
    expect(listed!.dirListings?.map((l) => [l.startLine, l.endLine, l.directory, l.entries.filter((e) => e.size === 0).map((e) => e.name)])).toEqual([
      [1, 14, 'D:\\Exchsrvr\\mdbdata', []],
      [16, 36, 'L:\\Exchsrvr\\logs', ['E00000A5.log']],
    ]);
    expect('dirListings' in other!).toBe(false);
  });
});
