/**
 * Runs of agreeing logs (issue 18, memory census §4.1, §4.4): consecutive `eseutil /ml` dumps that
 * agree in everything but the generation fold into one LogRun; anything that differs is kept as a
 * log of its own, and the report is what the logs one by one give (`foldRuns: false`).
 */
import { describe, expect, it } from 'vitest';
import { parseCaptureText } from '../../src/ast/index.js';
import type { Dump as AstDump } from '../../src/ast/types.js';
import { logHeaderFacts } from '../../src/evidence/log-header-facts.js';
import { EvidenceCollector, logCount, logsOf, type Evidence, type LogEntry } from '../../src/evidence/index.js';
import { buildRestoreModel } from '../../src/model/index.js';
import { analyze, type AnalyzeOptions } from '../../src/verdict/index.js';
import { dumps, mh, ml, nameOf, SIG_A, SIG_B, streamCheck } from '../support/ml-captures.js';

function evidenceOf(lines: readonly string[], foldRuns = true): Evidence {
  const collector = new EvidenceCollector({ foldRuns });
  const name = 'capture.txt';
  const ast = parseCaptureText({ name, text: lines.join('\r\n') });
  collector.addInput({ name });
  for (const dump of ast.dumps) collector.addDump(name, dump);
  return collector.finish();
}

/** Each entry of each group: `gen` for a log, `low-high` for a run. */
function shapeOf(evidence: Evidence): string[][] {
  const shape = (e: LogEntry): string => (e.kind === 'run' ? `${e.first.generation}-${e.lastGeneration}` : `${e.generation ?? e.file}`);
  return evidence.logGroups.map((g) => g.entries.map(shape));
}

/** The capture checked with runs folded and with every log alone: the two reports must be equal. */
function checked(lines: readonly string[], options: AnalyzeOptions = {}) {
  const folded = evidenceOf(lines);
  const single = evidenceOf(lines, false);
  const report = analyze(folded, options);
  expect(JSON.stringify(report)).toBe(JSON.stringify(analyze(single, options)));
  // Every member rebuilt is the log the dump gave.
  expect(JSON.stringify(folded.logGroups.map((g) => [...logsOf(g.entries)]))).toBe(JSON.stringify(single.logGroups.map((g) => [...logsOf(g.entries)])));
  const stream = report.streams[0]!;
  return {
    shape: shapeOf(folded),
    verdict: report.verdict,
    rules: report.findings.map((f) => f.rule),
    replayThrough: stream.replayThrough,
    statuses: [...stream.logs].map((l) => `${l.generation}:${l.status}`),
  };
}


describe('runs of agreeing logs', () => {
  it('folds 100,000 agreeing logs into one run, members rebuilt exactly', () => {
    const collector = new EvidenceCollector();
    const name = 'modern-100000.txt';
    collector.addInput({ name });
    // One dump parsed per generation, as the reader hands them over; 27 lines each.
    const perDump = ml({ gen: 2 }).length;
    for (let gen = 2; gen <= 100_001; gen++) {
      const ast = parseCaptureText({ name, text: ml({ gen }).join('\r\n') });
      collector.addLogHeaderFacts(name, logFactsOf(ast.dumps[0]!, name), (gen - 2) * perDump);
    }
    const evidence = collector.finish();
    expect(shapeOf(evidence)).toEqual([['2-100001']]);
    expect(logCount(evidence.logGroups[0]!.entries)).toBe(100_000);
    const last = [...logsOf(evidence.logGroups[0]!.entries)].at(-1)!;
    expect([last.file, last.generation, last.fileAt.line, last.fileAt.text, last.generationAt!.text, last.attachments[0]!.at.line]).toEqual([
      'E00000186A1.log', 100_001, 99_999 * perDump + 10, 'Log file: E00000186A1.log', 'lGeneration: 100001 (0x186A1)', 99_999 * perDump + 18,
    ]);
  }, 120_000);

  it('keeps 100,000 logs of alternating signatures one by one, reported as before', () => {
    const lines: string[] = [];
    for (let gen = 2; gen <= 100_001; gen++) lines.push(...ml({ gen, signature: gen % 2 === 0 ? SIG_A : SIG_B }));
    const evidence = evidenceOf(lines);
    expect(evidence.logGroups.map((g) => g.entries.length)).toEqual([50_000, 50_000]);
    expect(evidence.logGroups.every((g) => g.entries.every((e) => e.kind !== 'run'))).toBe(true);
    // The restore model keeps every log of either stream as an entry of its own (no run to fold).
    expect(buildRestoreModel(evidence).streams.map((s) => [s.entries.length, s.logCount, s.entries.every((e) => e.kind !== 'run')])).toEqual([[50_000, 50_000, true], [50_000, 50_000, true]]);
    const report = analyze(evidence);
    // 50,000 logs and 10,000 missing generations listed (stream-report.ts).
    expect([report.verdict, report.streams.length, report.streams[0]!.logs.length]).toEqual(['undetermined', 2, 60_000]);
  }, 300_000);

  it('a gap ends a run; the run after it is the ceiling', () => {
    const result = checked([...mh(2), ...dumps(2, 5), ...dumps(8, 10)]);
    expect(result.shape).toEqual([['2-5', '8-10']]);
    expect([result.verdict, result.replayThrough]).toEqual(['roll-forward-partial', 5]);
    // The logs after the gap are the ceiling (Q296787 step 7 CRITICAL NOTE): a run past the replay range.
    expect(result.statuses).toEqual(['2:anchor', '3:ok', '4:ok', '5:ok', '6:missing', '7:missing', '8:after-gap', '9:after-gap', '10:after-gap']);
    expect(result.rules).toEqual(['generation-gap', 'current-log', 'ceiling-logs', 'anchor-log', 'restore-path']);
  });

  it('a damaged log is a log of its own', () => {
    const result = checked([...mh(2), ...dumps(2, 4), ...ml({ gen: 5, damaged: true }), ...dumps(6, 8)]);
    expect(result.shape).toEqual([['2-4', '5', '6-8']]);
    expect(result.replayThrough).toBe(4);
  });

  it('a foreign log at a generation inside a run is another group; the dump between ends the open run', () => {
    const result = checked([...mh(2), ...dumps(2, 6), ...ml({ gen: 4, name: 'E0000000004 (2).log', signature: SIG_B }), ...dumps(7, 9)]);
    expect(result.shape).toEqual([['2-6', '7-9'], ['4']]);
    expect(result.replayThrough).toBe(9);
  });

  it('a second capture of a member cuts the run around it', () => {
    const result = checked([...mh(2), ...dumps(2, 8), ...streamCheck([2, 3, 4, 5, 6, 7, 8]), ...ml({ gen: 5 })]);
    expect(result.shape).toEqual([['2', '3', '4', '5', '6', '7', '8']]);
    const cut = checked([...mh(2), ...dumps(2, 8), ...ml({ gen: 5 })]);
    expect(cut.shape).toEqual([['2-4', '5', '6-8']]);
    expect(cut.rules).toEqual(result.rules);
  });

  it('an anchor inside a run: before-anchor, anchor and ok statuses as one by one', () => {
    const result = checked([...mh(5), ...dumps(2, 9)]);
    expect(result.shape).toEqual([['2-9']]);
    expect(result.statuses.slice(0, 5)).toEqual(['2:before-anchor', '3:before-anchor', '4:before-anchor', '5:anchor', '6:ok']);
  });

  it('--anchor inside a run', () => {
    const result = checked(dumps(2, 9), { anchorFile: nameOf(6) });
    expect(result.shape).toEqual([['2-9']]);
    expect(result.replayThrough).toBe(9);
  });

  it('a current log right after a run, and irregular line counts', () => {
    const current = ml({ gen: 10, name: 'E00.log' });
    const result = checked([...mh(2), ...dumps(2, 9), ...current]);
    expect(result.shape).toEqual([['2-9', '10']]);
    const irregular = checked([...mh(2), ...ml({ gen: 2 }), ...ml({ gen: 3, extraLine: true }), ...ml({ gen: 4 }), ...ml({ gen: 5, extraLine: true })]);
    expect(irregular.shape).toEqual([['2', '3', '4', '5']]);
  });
});


function logFactsOf(dump: AstDump, name: string) {
  if (dump.kind !== 'logHeader') throw new Error(`not a log header: ${dump.kind}`);
  return logHeaderFacts(name, dump);
}
