/**
 * The dump kinds' rules of the grammar (grammar/parser.ts KIND_RULES): a segment of each kind
 * gives a node of that kind from the first line only that kind prints, holding the lines it
 * prints after it under the same CST keys as the capture's line alternatives; a fragment with no
 * such line stays lines of the capture (the kind is voted in src/ast/dump-kind.ts).
 */
import type { CstNode, IToken } from 'chevrotain';
import { describe, expect, it } from 'vitest';
import { parseEseOutput } from '../../grammar/index.js';
import { parseSegment } from '../../src/ast/index.js';
import { DumpSegmenter, type Segment } from '../../src/input/segment.js';
import { sampleText, textCaptures } from '../support/samples.js';

const KINDS = ['databaseHeader', 'logHeader', 'logStreamCheck', 'checkpoint', 'checksum'] as const;

type Children = Record<string, (IToken | CstNode)[] | undefined>;

/** Each CST key of `children` with how many entries it holds, sorted by key. */
function keyCounts(children: Children): Record<string, number> {
  return Object.fromEntries(Object.entries(children).map(([key, entries]) => [key, entries!.length]).sort(([a], [b]) => String(a).localeCompare(String(b))));
}

/** The capture's parse: its own keys and counts, and those of each kind node. */
function shape(text: string): { capture: Record<string, number>; kinds: Record<string, Record<string, number>[]> } {
  const out = parseEseOutput(text);
  expect(out.lexErrors).toEqual([]);
  expect(out.parseErrors).toEqual([]);
  const children = out.cst.children as Children;
  const kinds: Record<string, Record<string, number>[]> = {};
  for (const kind of KINDS) {
    const nodes = children[kind] as CstNode[] | undefined;
    if (nodes !== undefined) kinds[kind] = nodes.map((node) => keyCounts(node.children as Children));
  }
  return { capture: keyCounts(children), kinds };
}

describe('a rule per dump kind', () => {
  it('a database header (§1.3): mode and `Database:` lines of the capture, the rest under databaseHeader from `File Type:`', () => {
    const text = [
      'Initiating FILE DUMP mode...',
      '         Database: priv1.edb',
      '',
      '        File Type: Database',
      '   Format ulMagic: 0x89abcdef',
      '          DB Signature: Create time:10/26/2004 08:51:33 Rand:606490822 Computer:',
      '         cbDbPage: 4096',
      '           dbtime: 2135 (0-2135)',
      '            State: Clean Shutdown',
      '     Log Required: 0-0 (0x0-0x0)',
      '  Log Signature: Create time:10/26/2004 08:51:33 Rand:606486607 Computer:',
      '  Last Consistent: (0x4BF,2F,16A)  10/26/2004 09:12:01',
      '     Repair Count: 0',
      '',
      'Operation completed successfully in 0.31 seconds.',
    ].join('\n');
    expect(shape(text)).toEqual({
      capture: { databaseHeader: 1, modeLine: 1, subjectLine: 1 },
      kinds: {
        databaseHeader: [{ fileTypeLine: 1, footerLine: 1, generationRangeLine: 1, headerNumberLine: 3, labelLine: 1, logPositionLine: 1, signatureLine: 2, stateLine: 1 }],
      },
    });
  });

  it('a log header (§2.2): from `lGeneration`, with its Env block and attached database', () => {
    const text = [
      'Initiating FILE DUMP mode...',
      '',
      '      Base name: E00',
      '      Log file: E00.log',
      '      lGeneration: 1217 (0x4C1)',
      '      Checkpoint: (0x4C1,8,16)',
      '      creation time: 10/26/2004 09:12:01',
      '      prev gen time: 10/26/2004 09:11:02',
      '      Format LGVersion: (7.3704.8)',
      '      Signature: Create time:10/26/2004 08:51:33 Rand:606486607 Computer:',
      '      Env SystemPath: E:\\Exchsrvr\\mdbdata\\',
      '      Env (CircLog,Session,Opentbl)',
      '          (    on,   1027,  51350)',
      '      Using Reserved Log File: false',
      '      Circular Logging Flag (current file): on',
      '      1 E:\\Exchsrvr\\mdbdata\\priv1.edb',
      '        dbtime: 2135 (0-2135)',
      '        Signature: Create time:10/26/2004 08:51:33 Rand:606490822 Computer:',
      '      Last Lgpos: (0x4c1,100,0)',
      '',
      'Integrity check passed for log file: E00.log',
      '',
      'Operation completed successfully in 0.47 seconds.',
    ].join('\n');
    expect(shape(text)).toEqual({
      capture: { logHeader: 1, modeLine: 1, subjectLine: 2 },
      kinds: {
        logHeader: [
          {
            attachedDatabase: 1, circularLoggingFlagLine: 1, dateLine: 2, envBlock: 2, footerLine: 1, integrityLine: 1, lGenerationLine: 1,
            labelLine: 1, logPositionLine: 2, signatureLine: 1, usingReservedLogFileLine: 1,
          },
        ],
      },
    });
  });

  it('a stream check (§3): from `Verifying log files...`, its `Log file: … - OK` lines and the verdict line', () => {
    const text = [
      'Initiating FILE DUMP mode...',
      '',
      'Verifying log files...',
      '     Base name: E00',
      '',
      '      Log file: D:\\Logs\\E000000007B.log - OK',
      '      Log file: D:\\Logs\\E000000007C.log - OK',
      '      Missing log file: E000000007D.log',
      '',
      'Operation terminated with error -528 (JET_errMissingLogFile, Current log file missing) after 0.62 seconds.',
    ].join('\n');
    expect(shape(text)).toEqual({
      capture: { logStreamCheck: 1, modeLine: 1 },
      kinds: { logStreamCheck: [{ footerLine: 1, missingLogFilesLine: 1, subjectLine: 3, verifyingLogFilesLine: 1 }] },
    });
  });

  it('a checkpoint (§4.2): from `Checkpoint file:`', () => {
    const text = [
      'Initiating FILE DUMP mode...',
      '',
      '      Checkpoint file: E00.chk',
      '',
      '      LastFullBackupCheckpoint: (0x0,0,0)',
      '      Checkpoint: (0x4C1,8,16)',
      '      FullBackup: (0x0,0,0)',
      '      FullBackup time: 00/00/1900 00:00:00',
      '      Signature: Create time:10/26/2004 08:51:33 Rand:606486607 Computer:',
      '      Env (CircLog,Session,Opentbl)',
      '          (    on,   1027,  51350)',
      '',
      'Operation completed successfully in 0.16 seconds.',
    ].join('\n');
    expect(shape(text)).toEqual({
      capture: { checkpoint: 1, modeLine: 1 },
      kinds: { checkpoint: [{ dateLine: 1, envBlock: 1, footerLine: 1, logPositionLine: 3, signatureLine: 1, subjectLine: 1 }] },
    });
  });

  it('a checksum (§5.2): `Database:` is a line of the capture (eseutil /mh prints it too), the rule starts at `File:`', () => {
    const text = sampleText('2016-modern-utc/db-k.txt');
    const segments = segmentsOf(text);
    const checksum = segments.find((segment) => segment.lines.some((line) => line.startsWith('File:')))!;
    expect(shape(checksum.lines.join('\n'))).toEqual({
      capture: { bannerLine: 3, checksum: 1, labelLine: 1, modeLine: 1, promptLine: 1, subjectLine: 1 },
      kinds: { checksum: [{ checksumCounterLine: 14, checksumProgressLine: 3, checksumTitleLine: 1, footerLine: 1, subjectLine: 1 }] },
    });
  });

  it('a fragment with no line only one kind prints falls back to the line alternatives: no line lost', () => {
    // `eseutil /ml E00012cf.log | find /i "signature"` (SPEC §3): the signature is printed by several kinds.
    const text = 'E:\\mdbdata>eseutil /ml E00012cf.log | find /i "signature"\n      Signature: Create time:08/03/1999 17:37:42 Rand:710915685 Computer:\n      Signature: Create time:08/03/1999 17:37:44 Rand:710961251 Computer:';
    expect(shape(text)).toEqual({ capture: { promptLine: 1, signatureLine: 2 }, kinds: {} });
  });

  it('a line the kind does not print ends its node; the capture takes it, and a later kind line opens another node', () => {
    // Inside a node lines are taken by their line kind: `Last Lgpos` is a log position, which a
    // database header prints, so it stays in that node; `Circular Logging Flag` is not.
    const text = ['      lGeneration: 4 (0x4)', '      State: Dirty Shutdown', '      Last Lgpos: (0x4,10,0)', '      Circular Logging Flag (current file): off'].join('\n');
    expect(shape(text)).toEqual({
      capture: { databaseHeader: 1, logHeader: 2 },
      kinds: { logHeader: [{ lGenerationLine: 1 }, { circularLoggingFlagLine: 1 }], databaseHeader: [{ logPositionLine: 1, stateLine: 1 }] },
    });
  });
});

/** A capture's segments, as the reader makes them. */
function segmentsOf(text: string): Segment[] {
  const segmenter = new DumpSegmenter();
  const segments: Segment[] = [];
  text.split(/\r\n|\n|\r/).forEach((line, i) => segments.push(...segmenter.push(line, i + 1)));
  segments.push(...segmenter.end());
  return segments;
}

describe('the kind the grammar says and the kind the votes say', () => {
  it('agree for every segment of every sample: at most one kind node, of the voted kind', () => {
    const disagreements: string[] = [];
    let byGrammar = 0;
    for (const file of textCaptures()) {
      for (const segment of segmentsOf(sampleText(file))) {
        const children = parseEseOutput(segment.lines.join('\n')).cst.children as Children;
        const nodes = KINDS.filter((kind) => children[kind] !== undefined);
        if (nodes.length === 0) continue;
        byGrammar++;
        const item = parseSegment(segment, undefined).find((i) => i.type === 'dump');
        const voted = item?.type === 'dump' ? item.dump.kind : 'no dump';
        const count = nodes.reduce((n, kind) => n + children[kind]!.length, 0);
        if (count !== 1 || nodes[0] !== voted) disagreements.push(`${file}:${segment.startLine} grammar ${nodes.join(',')} votes ${voted}`);
      }
    }
    expect(disagreements).toEqual([]);
    expect(byGrammar).toBeGreaterThan(400);
  });
});
