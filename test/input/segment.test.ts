import { describe, expect, it } from 'vitest';
import { BoundaryClass, classifyLine, DumpSegmenter, type Segment } from '../../src/input/segment.js';

function segment(text: string): Segment[] {
  const s = new DumpSegmenter();
  const out: Segment[] = [];
  text.replace(/\n$/, '').split('\n').forEach((line, i) => out.push(...s.push(line, i + 1)));
  out.push(...s.end());
  return out;
}

const spans = (segments: Segment[]) => segments.map((s) => [s.startLine, s.startLine + s.lines.length - 1]);

const BANNER = `Microsoft(R) Windows NT(TM) Server Database Utilities
Version 5.5
Copyright (C) Microsoft Corporation 1991-1999. All Rights Reserved.
`;

describe('segmenting a capture into dumps', () => {
  it('classifies the lines that bound dumps', () => {
    expect(classifyLine('Microsoft(R) Exchange Server Database Utilities')).toBe(BoundaryClass.bannerProduct);
    expect(classifyLine('Initiating FILE DUMP mode...')).toBe(BoundaryClass.mode);
    expect(classifyLine('Operation completed successfully in 1.5 seconds.')).toBe(BoundaryClass.footer);
    expect(classifyLine('Operation terminated with error -1811 (JET_errFileNotFound, File not found) after')).toBe(BoundaryClass.openFooter);
    expect(classifyLine('      Log file: D:\\Logs\\E0000000091.log - OK')).toBe(BoundaryClass.verifiedLogFile);
    expect(classifyLine('     lGeneration (4815)')).toBe(BoundaryClass.lGeneration);
    expect(classifyLine('E:\\mdbdata>eseutil /mh priv.edb')).toBe(BoundaryClass.prompt);
    expect(classifyLine(' \t ')).toBe(BoundaryClass.blank);
  });

  it('starts a dump at each prompt, the banner joining the prompt before it', () => {
    const text = `E:\\mdbdata>eseutil /ml edb00001.log\n\n${BANNER}\nInitiating FILE DUMP mode...\n      lGeneration (1)\n\nOperation completed successfully in 0.10 seconds.\n\nE:\\mdbdata>eseutil /ml edb00002.log\n\n${BANNER}\nInitiating FILE DUMP mode...\n      lGeneration (2)\n`;
    const segments = segment(text);
    expect(spans(segments)).toEqual([
      [1, 10],
      [12, 19],
    ]);
    expect(segments[1]?.prompt?.file).toBe('edb00002.log');
  });

  it('splits a loop run with @eseutil at every banner and keeps the loop command as context', () => {
    const text = `E:\\mdbdata>for %f in (edb*.log) do @eseutil /ml %f\n${BANNER}Initiating FILE DUMP mode...\n      lGeneration (1)\n${BANNER}Initiating FILE DUMP mode...\n      lGeneration (2)\n`;
    const segments = segment(text);
    expect(spans(segments)).toEqual([
      [1, 6],
      [7, 11],
    ]);
    expect(segments[1]?.prompt).toBeUndefined();
    expect(segments[1]?.contextPrompt?.mode).toBe('/ml');
  });

  it('splits find fragments without prompts at a second lGeneration', () => {
    expect(spans(segment('     lGeneration (4828)\n     lGeneration (4829)\n'))).toEqual([
      [1, 1],
      [2, 2],
    ]);
  });

  it('splits at a second subject label, but not at the log lines of a stream verification', () => {
    expect(spans(segment('      Checkpoint file: edb.chk\n      Checkpoint (1,2,3)\n      Checkpoint file: e01.chk\n'))).toEqual([
      [1, 2],
      [3, 3],
    ]);
    const verify = 'Verifying log files...\n     Base name: E00\n\n      Log file: D:\\L\\E0000000001.log - OK\n      Log file: D:\\L\\E0000000002.log\n                ERROR: Log damaged (unusable). Last Lgpos: (0x2,7FF,0). Error -501.\n      Log file: D:\\L\\E00.log - OK\n';
    expect(segment(verify)).toHaveLength(1);
  });

  it('keeps Base name and Log file of one ESE98 log header together', () => {
    expect(segment('      Base name: E00\n      Log file: E00.log\n      lGeneration: 46 (0x2E)\n')).toHaveLength(1);
  });

  it('joins a footer wrapped over two lines, even double-spaced, then ends the dump', () => {
    const text = 'Operation terminated with error -1811 (JET_errFileNotFound, File not found) after\n\n0.31 seconds.\nsome prose\n';
    expect(spans(segment(text))).toEqual([
      [1, 3],
      [4, 4],
    ]);
  });

  it('starts a new dump at a banner that follows prose', () => {
    expect(spans(segment(`here is what I got:\n${BANNER}`))).toEqual([
      [1, 1],
      [2, 4],
    ]);
  });

  it('drops no line: blank lines inside a dump stay, between dumps they are outside every segment', () => {
    const segments = segment('\n\nState: Consistent\n\n   Last Consistent: (1,2,3)\n');
    expect(spans(segments)).toEqual([[3, 5]]);
  });
});
