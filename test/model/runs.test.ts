/**
 * The restore model over runs of agreeing logs (issue 18, memory census §4.2, §4.4): streams,
 * chains and log lists hold entries, a run kept whole and cut only where a chain, a list or a
 * status range starts or ends inside it. Every case is checked twice — the logs folded into runs
 * and every log alone — and the two reports must be the same, byte for byte.
 */
import { describe, expect, it } from 'vitest';
import { parseCaptureText } from '../../src/ast/index.js';
import { EvidenceCollector, logsOf, type Evidence, type LogEntry } from '../../src/evidence/index.js';
import { makeRun } from '../../src/evidence/log-run.js';
import { buildRestoreModel, type ModelOptions, type StreamModel } from '../../src/model/index.js';
import { analyze, type AnalyzeOptions } from '../../src/verdict/index.js';
import type { CheckReport } from '../../src/verdict/types.js';
import { dumps, mh, ml, nameOf } from '../support/ml-captures.js';

function evidenceOf(lines: readonly string[], foldRuns = true): Evidence {
  const collector = new EvidenceCollector({ foldRuns });
  const name = 'capture.txt';
  collector.addInput({ name });
  for (const dump of parseCaptureText({ name, text: lines.join('\r\n') }).dumps) collector.addDump(name, dump);
  return collector.finish();
}

/** `low-high` for a run, the generation for a log. */
const shape = (entries: readonly LogEntry[]): string[] =>
  entries.map((e) => (e.kind === 'run' ? `${e.first.generation}-${e.lastGeneration}` : `${e.generation ?? e.file}`));

/** The same evidence with every run taken apart into its members: what the model read before issue 18. */
function unfolded(evidence: Evidence): Evidence {
  return { ...evidence, logGroups: evidence.logGroups.map((g) => ({ ...g, entries: [...logsOf(g.entries)] })) };
}

/** The report of the folded evidence, after checking it is the report of the unfolded one. */
function sameReport(evidence: Evidence, options: AnalyzeOptions = {}): CheckReport {
  const report = analyze(evidence, options);
  expect(JSON.stringify(report, null, 1)).toBe(JSON.stringify(analyze(unfolded(evidence), options), null, 1));
  return report;
}

function streamOf(evidence: Evidence, options: ModelOptions = {}): StreamModel {
  return buildRestoreModel(evidence, options).streams[0]!;
}

describe('the restore model keeps runs whole', () => {
  it('100,000 agreeing logs: one entry in the stream and in the chain, reported as the logs one by one', () => {
    // The collector folds what it reads into one run (test/evidence/log-runs.test.ts); here the run
    // of three it made is stretched to 100,000 members, which read exactly as 100,000 dumps would.
    const small = evidenceOf([...mh(2), ...dumps(2, 4)]);
    const run = small.logGroups[0]!.entries[0]!;
    if (run.kind !== 'run') throw new Error('expected a run');
    const evidence: Evidence = { ...small, logGroups: [{ ...small.logGroups[0]!, entries: [makeRun(run.first, 100_000, run.lineStride, run.template)] }] };
    const stream = streamOf(evidence);
    expect([stream.entries.length, stream.logCount, stream.chain?.entries.length, stream.chain?.through, stream.replayThrough]).toEqual([1, 100_000, 1, 100_001, 100_001]);
    expect([stream.ceilingLogs.length, stream.strandedLogs.length, stream.circularLogs.length, stream.circularHistoryLogs.length, stream.intruders.length]).toEqual([0, 0, 0, 0, 0]);
    expect(stream.renameToCurrent?.file).toBe('E00000186A1.log');
    const report = sameReport(evidence);
    expect([report.verdict, report.streams[0]!.logs.length, report.streams[0]!.counts]).toEqual(['roll-forward', 100_000, { anchor: 1, ok: 99_999 }]);
  }, 120_000);

  it('an anchor inside a run: the chain starts at that member, the logs before it are one piece', () => {
    const evidence = evidenceOf([...mh(5), ...dumps(2, 9)]);
    const stream = streamOf(evidence);
    expect([shape(stream.entries), shape(stream.chain!.entries), stream.lowAnchor]).toEqual([['2-9'], ['5-9'], 5]);
    const report = sameReport(evidence);
    expect(report.streams[0]!.counts).toEqual({ 'before-anchor': 3, anchor: 1, ok: 4 });
  });

  it('--anchor inside a run: the member named is the anchor log, the chain is cut there', () => {
    const evidence = evidenceOf(dumps(2, 9));
    const stream = streamOf(evidence, { anchorFile: nameOf(6) });
    expect([stream.anchorFileLog?.file, stream.anchorFileLog?.fileAt.line, shape(stream.chain!.entries), stream.replayThrough]).toEqual([nameOf(6), 4 * 28 + 10, ['6-9'], 9]);
    sameReport(evidence, { anchorFile: nameOf(6) });
  });

  it('a gap between two runs: the chain is the first, the second is after the gap', () => {
    const evidence = evidenceOf([...mh(2), ...dumps(2, 5), ...dumps(8, 10)]);
    const stream = streamOf(evidence);
    expect([shape(stream.entries), shape(stream.chain!.entries), stream.chain!.stop]).toEqual([['2-5', '8-10'], ['2-5'], { kind: 'generation-gap', generation: 6, missingThrough: 7 }]);
    expect(shape(stream.ceilingLogs)).toEqual(['8-10']);
    const report = sameReport(evidence);
    expect(report.findings.find((f) => f.rule === 'generation-gap')?.message).toBe(
      'Missing generations E0000000006.log (6, 0x6) … E0000000007.log (7, 0x7): replay stops at E0000000005.log (5, 0x5); 3 later logs cannot replay (E0000000008.log, E0000000009.log, E000000000A.log).',
    );
  });

  it("a dirty database's committed logs after a gap: the run past the gap is cut into stranded and ceiling logs", () => {
    const evidence = evidenceOf([...mh(2, { required: [2, 3], committed: 12 }), ...dumps(2, 4), ...dumps(6, 15)]);
    const stream = streamOf(evidence);
    expect([stream.softRecovery, stream.replayThrough, shape(stream.strandedLogs), shape(stream.ceilingLogs)]).toEqual([true, 4, ['6-12'], ['13-15']]);
    const report = sameReport(evidence);
    expect(report.streams[0]!.counts).toEqual({ anchor: 1, ok: 2, missing: 1, 'after-gap': 10 });
  });

  it('a path recorded anew between two runs stops replay at the second run (a change is at an entry boundary)', () => {
    const evidence = evidenceOf([...mh(2), ...dumps(2, 5), ...dumps(6, 9, { path: 'E:\\Moved\\DB01.edb' })]);
    const model = buildRestoreModel(evidence);
    const change = model.databases[0]!.change;
    expect([shape(model.streams[0]!.entries), change?.kind, change?.generation, change?.log.file, model.databases[0]!.replayThrough]).toEqual([['2-5', '6-9'], 'path-change', 6, nameOf(6), 5]);
    // The change read on the run's first member is the one the logs one by one give, lines and all.
    expect(change).toEqual(buildRestoreModel(unfolded(evidence)).databases[0]!.change);
    sameReport(evidence);
  });

  it('circular logging in a run: the list holds the run, the message lists its members', () => {
    const evidence = evidenceOf([...mh(2), ...dumps(2, 4, { circular: 'past' }), ...dumps(5, 9, { circular: 'on' })]);
    const stream = streamOf(evidence);
    expect([shape(stream.circularHistoryLogs), shape(stream.circularLogs), shape(buildRestoreModel(evidence).databases[0]!.circularLogs)]).toEqual([['2-4'], ['5-9'], ['5-9']]);
    const report = sameReport(evidence);
    expect(report.verdict).toBe('point-in-time');
  });

  it('a current log right after a run, and a log captured again inside a run', () => {
    const evidence = evidenceOf([...mh(2), ...dumps(2, 9), ...ml({ gen: 6 }), ...ml({ gen: 10, name: 'E00.log' })]);
    const stream = streamOf(evidence);
    expect([shape(stream.entries), stream.validCurrentLog?.file, shape(stream.chain!.entries)]).toEqual([['2-5', '6', '7-9', '10'], 'E00.log', ['2-5', '6', '7-9', '10']]);
    sameReport(evidence);
  });
});
