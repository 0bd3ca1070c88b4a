/**
 * Issue 16 × issue 18: a `dir` listing that shows one member of a run of agreeing logs at the
 * wrong size (-541 JET_errLogFileSizeMismatch, ese-format §7.2). The run stays one entry in the
 * stream; the chain replays the run up to that member and stops there, as before a damaged log,
 * and the report is the report of the same evidence taken apart log by log.
 */
import { describe, expect, it } from 'vitest';
import { parseCaptureText } from '../../src/ast/index.js';
import { EvidenceCollector, logsOf, type Evidence, type LogEntry } from '../../src/evidence/index.js';
import { buildRestoreModel } from '../../src/model/index.js';
import type { InputAst } from '../../src/ast/types.js';
import { analyze } from '../../src/verdict/index.js';
import { dirListing } from '../rules/builders.js';
import { dumps, hex, mh } from '../support/ml-captures.js';

const MB = 1_048_576;

/** cmd.exe `dir` of the log folder: generations 2–9 at 1 MB but `wrongGen`, listed at `wrongSize` bytes. */
function listing(wrongGen: number, wrongSize: number): InputAst {
  const files: [string, number][] = [];
  for (let g = 2; g <= 9; g++) files.push([`E00${hex(g).padStart(8, '0')}.log`, g === wrongGen ? wrongSize : MB]);
  return dirListing('dir.txt', 'D:\\Logs\\DB01', files);
}

/** The evidence of the `eseutil` capture `lines` and of the listing beside it. */
function evidenceOf(lines: readonly string[], dir: InputAst): Evidence {
  const collector = new EvidenceCollector();
  const name = 'capture.txt';
  collector.addInput({ name });
  collector.addInput({ name: dir.name });
  for (const dump of parseCaptureText({ name, text: lines.join('\r\n') }).dumps) collector.addDump(name, dump);
  for (const l of dir.dirListings ?? []) collector.addDirListing(dir.name, l);
  return collector.finish();
}

const shape = (entries: readonly LogEntry[]): string[] => entries.map((e) => (e.kind === 'run' ? `${e.first.generation}-${e.lastGeneration}` : `${e.generation}`));

describe('a run member a dir listing shows at the wrong size', () => {
  const evidence = evidenceOf([...mh(2), ...dumps(2, 9)], listing(6, 0));
  const stream = buildRestoreModel(evidence).streams[0]!;

  it('stays in its run; the chain replays the run up to it and stops there', () => {
    expect(shape(stream.entries)).toEqual(['2-9']);
    expect([shape(stream.chain!.entries), stream.chain!.through, stream.chain!.stop?.kind, stream.chain!.stop?.generation]).toEqual([['2-5'], 5, 'log-damaged', 6]);
  });

  it('is reported as the unfolded evidence is: log-damaged names it, replay stops at generation 5', () => {
    const report = analyze(evidence);
    const apart: Evidence = { ...evidence, logGroups: evidence.logGroups.map((g) => ({ ...g, entries: [...logsOf(g.entries)] })) };
    expect(JSON.stringify(report)).toBe(JSON.stringify(analyze(apart)));
    const damaged = report.findings.filter((f) => f.rule === 'log-damaged');
    expect(damaged.map((f) => f.subjects)).toEqual([['E0000000006.log']]);
    expect(damaged[0]!.message).toContain('has 0 bytes in the dir listing of D:\\Logs\\DB01');
    expect(damaged[0]!.message).toContain('replay stops at E0000000005.log (5, 0x5)');
  });

  it('a listing of the right sizes changes nothing: the whole run replays', () => {
    const clean = buildRestoreModel(evidenceOf([...mh(2), ...dumps(2, 9)], listing(6, MB))).streams[0]!;
    expect([shape(clean.chain!.entries), clean.chain!.through, clean.chain!.stop]).toEqual([['2-9'], 9, undefined]);
  });
});
