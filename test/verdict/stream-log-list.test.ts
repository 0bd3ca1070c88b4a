/**
 * StreamReport.logs generated when read (issue 18, census §4.3): the list yields exactly the
 * array the report held before (the stable sort of own logs, intruders and missing generations
 * by generation, current log last, file name), its JSON is that array's JSON byte for byte, and
 * the JSON report of 100,000 logs is written with at most one run of entries made ahead.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeRun, runTemplateOf } from '../../src/evidence/log-run.js';
import type { LogEvidence } from '../../src/evidence/types.js';
import { jsonChunks } from '../../src/render/json-chunks.js';
import { renderReport } from '../../src/render/index.js';
import { GeneratedStreamLogList, isStreamLogList, streamLogRuns, type StreamLogSource } from '../../src/verdict/stream-log-list.js';
import type { CheckReport, LogStatus, StreamLog } from '../../src/verdict/types.js';
import { templates } from '../render/helpers.js';

interface FakeLog {
  readonly file: string;
  readonly generation: number;
  readonly status: LogStatus;
  readonly signature?: string;
  readonly paths: readonly { readonly dbid: number; readonly path: string; readonly signature?: string }[];
  readonly input: string;
  readonly line: number;
}

/** The evidence members a report entry is made of (stream-log-list.ts streamLogOf). */
function evidenceOf(log: FakeLog): LogEvidence {
  return {
    file: log.file,
    generation: log.generation,
    ...(log.signature !== undefined ? { signature: { key: log.signature, text: log.signature, rand: 1 } } : {}),
    attachments: log.paths.map((p) => ({ dbid: p.dbid, path: p.path, ...(p.signature !== undefined ? { signature: { key: p.signature, text: p.signature, rand: 2 } } : {}) })),
    input: log.input,
    fileAt: { input: log.input, line: log.line, text: `Log file: ${log.file}` },
  } as unknown as LogEvidence;
}

/** What streamReport built before issue 18: every entry in an array, then one stable sort. */
function entriesAsBefore(logs: readonly FakeLog[], intruders: readonly FakeLog[], missing: readonly (readonly [number, number])[], maxMissing: number, missingFile: (g: number) => string): StreamLog[] {
  const entries: StreamLog[] = [];
  for (const log of [...logs, ...intruders]) {
    const entry: Record<string, unknown> = { file: log.file, generation: log.generation, status: log.status };
    if (log.signature !== undefined) entry.signature = log.signature;
    if (log.paths.length > 0) entry.paths = log.paths.map((p) => (p.signature !== undefined ? { dbid: p.dbid, path: p.path, signature: p.signature } : { dbid: p.dbid, path: p.path }));
    entry.input = log.input;
    entry.line = log.line;
    entries.push(entry as unknown as StreamLog);
  }
  let listed = 0;
  for (const [first, last] of missing) {
    for (let g = first; g <= last && listed < maxMissing; g++, listed++) entries.push({ file: missingFile(g), generation: g, status: 'missing' });
  }
  const order: Record<string, number> = { current: 1 };
  return entries.sort((a, b) => a.generation - b.generation || (order[a.status] ?? 0) - (order[b.status] ?? 0) || a.file.localeCompare(b.file));
}

interface Stream {
  readonly logs: FakeLog[];
  readonly intruders: FakeLog[];
  readonly missing: [number, number][];
  readonly maxMissing: number;
}

const missingFile = (g: number): string => `E00${g.toString(16).toUpperCase().padStart(8, '0')}.log`;

function listOf(stream: Stream): GeneratedStreamLogList {
  const statuses = new Map<LogEvidence, LogStatus>();
  const evidence = (log: FakeLog): LogEvidence => {
    const e = evidenceOf(log);
    statuses.set(e, log.status);
    return e;
  };
  // StreamModel.ordered: the logs in generation order, one generation in the model's order.
  const ordered = stream.logs.map(evidence).sort((a, b) => a.generation! - b.generation!);
  const source: StreamLogSource = {
    entries: ordered,
    logCount: ordered.length,
    intruders: stream.intruders.map(evidence),
    statusOf: (log) => statuses.get(log)!,
    memberStatus: () => {
      throw new Error('no run here');
    },
    missing: stream.missing,
    maxMissing: stream.maxMissing,
    missingFile,
  };
  return new GeneratedStreamLogList(source);
}

const before = (stream: Stream): StreamLog[] => entriesAsBefore(stream.logs, stream.intruders, stream.missing, stream.maxMissing, missingFile);

/** Streams with ties at one generation (current log, copies, names differing in case), gaps, intruders. */
const streams: fc.Arbitrary<Stream> = fc
  .record({
    logs: fc.array(
      fc.record({
        generation: fc.integer({ min: 1, max: 40 }),
        file: fc.constantFrom('E00.log', 'E0000000A.log', 'e0000000a.log', 'E0000000B.log', 'E00 (2).log', 'Edb00001.log'),
        status: fc.constantFrom<LogStatus>('ok', 'ok', 'ok', 'anchor', 'current', 'damaged', 'before-anchor', 'ceiling', 'name-mismatch'),
        signature: fc.option(fc.constantFrom('Create time:01/04/2012 07:15:02.117 Rand:715244149 Computer:', 'Create time:02/02/2012 10:00:00.001 Rand:4242 Computer:'), { nil: undefined }),
        paths: fc.constantFrom([], [{ dbid: 1, path: 'D:\\DB01\\DB01.edb' }], [{ dbid: 1, path: 'E:\\DB01\\DB01.edb', signature: 'Create time:03/03/2012 Rand:9 Computer:' }]),
        input: fc.constantFrom('logs.txt', 'more.txt'),
        line: fc.nat({ max: 5000 }),
      }),
      { maxLength: 60 },
    ),
    intruders: fc.array(
      fc.record({
        generation: fc.integer({ min: 1, max: 40 }),
        file: fc.constantFrom('E0000000C.log', 'E00.log', 'E0000000a.log'),
        status: fc.constant<LogStatus>('signature-mismatch'),
        signature: fc.constant('Create time:05/05/2005 Rand:1 Computer:'),
        paths: fc.constant([]),
        input: fc.constant('other.txt'),
        line: fc.nat({ max: 99 }),
      }),
      { maxLength: 8 },
    ),
    cuts: fc.uniqueArray(fc.integer({ min: 1, max: 60 }), { maxLength: 10 }),
    maxMissing: fc.integer({ min: 0, max: 25 }),
  })
  .map(({ logs, intruders, cuts, maxMissing }) => {
    const sorted = [...cuts].sort((a, b) => a - b);
    const missing: [number, number][] = [];
    for (let i = 0; i + 1 < sorted.length; i += 2) missing.push([sorted[i]!, sorted[i + 1]!]);
    return { logs: logs.map((l) => ({ ...l })), intruders, missing, maxMissing };
  });

const INDENTS = ['', ' ', '  ', '    ', '\t', '          ', 'more than ten characters'];

describe('StreamLogList', () => {
  it('yields the entries the report held before, in the same order, and says how many', () => {
    fc.assert(
      fc.property(streams, (stream) => {
        const list = listOf(stream);
        const expected = before(stream);
        expect([...list]).toEqual(expected);
        expect(list.length).toBe(expected.length);
      }),
      { numRuns: 400 },
    );
  });

  it('is written by jsonChunks as JSON.stringify writes the array it stands for, at every indent', () => {
    fc.assert(
      fc.property(streams, fc.constantFrom(...INDENTS), fc.constantFrom(1, 50, 64 * 1024), fc.constantFrom(0, 100), (stream, indent, chunkSize, smallSubtreeMembers) => {
        const list = listOf(stream);
        const expected = before(stream);
        const options = { indent, chunkSize, smallSubtreeMembers };
        expect([...jsonChunks(list, options)].join('')).toBe(JSON.stringify(expected, null, indent));
        // As a member of a report: the other members keep their places around it.
        const report = { id: 'E00-1', logs: list, events: [], counts: list.statusCounts() };
        const plain = { id: 'E00-1', logs: expected, events: [], counts: list.statusCounts() };
        expect([...jsonChunks({ streams: [report, report] }, options)].join('')).toBe(JSON.stringify({ streams: [plain, plain] }, null, indent));
        // A plain JSON.stringify of the report gives the same bytes (toJSON).
        expect(JSON.stringify(report, null, indent)).toBe(JSON.stringify(plain, null, indent));
      }),
      { numRuns: 300 },
    );
  });

  it('counts the entries by status, statuses in order of first use, without making them', () => {
    fc.assert(
      fc.property(streams, (stream) => {
        const counts: Partial<Record<LogStatus, number>> = {};
        for (const entry of before(stream)) counts[entry.status] = (counts[entry.status] ?? 0) + 1;
        expect(JSON.stringify(listOf(stream).statusCounts())).toBe(JSON.stringify(counts));
      }),
      { numRuns: 200 },
    );
  });

  it('folds into runs that read alike, the same from the list as from its array', () => {
    fc.assert(
      fc.property(streams, (stream) => {
        const list = listOf(stream);
        const array = before(stream);
        const runs = [...list.runs()];
        expect(runs).toEqual([...streamLogRuns(array)]);
        let at = 0;
        for (const run of runs) {
          expect(run.first).toEqual(array[at]);
          expect(run.last).toEqual(array[at + run.count - 1]);
          expect(run.second).toEqual(run.count >= 2 ? array[at + 1] : undefined);
          for (let i = at + 1; i < at + run.count; i++) {
            expect(array[i]!.generation).toBe(array[i - 1]!.generation + 1);
            expect([array[i]!.status, array[i]!.signature, JSON.stringify(array[i]!.paths)]).toEqual([run.first.status, run.first.signature, JSON.stringify(run.first.paths)]);
          }
          if (run.first.status === 'anchor' || run.first.status === 'current') expect(run.count).toBe(1);
          at += run.count;
        }
        expect(at).toBe(array.length);
      }),
      { numRuns: 300 },
    );
  });

  it('gives the text, Markdown and HTML reports of its array', () => {
    fc.assert(
      fc.property(streams, (stream) => {
        const list = listOf(stream);
        const reportOf = (logs: CheckReport['streams'][number]['logs']): CheckReport => ({
          schemaVersion: 1,
          verdict: 'roll-forward',
          verdictLabel: 'ROLL FORWARD',
          summary: 'ROLL FORWARD — every log replays',
          errorCount: 0,
          warningCount: 0,
          infoCount: 0,
          fixSteps: [],
          databases: [],
          streams: [{ id: 'E00-1', baseName: 'E00', digits: 8, logs, events: [], databases: [], counts: list.statusCounts() }],
          findings: [],
          plan: [],
          inputs: [],
        });
        for (const format of ['text', 'md', 'html'] as const) {
          expect(renderReport(reportOf(list), { format, templates })).toBe(renderReport(reportOf(before(stream)), { format, templates }));
        }
      }),
      { numRuns: 60 },
    );
  });

  it('is told apart from an array', () => {
    expect(isStreamLogList(listOf({ logs: [], intruders: [], missing: [], maxMissing: 0 }))).toBe(true);
    expect(isStreamLogList([])).toBe(false);
    expect(isStreamLogList({ length: 0 })).toBe(false);
  });
});

describe('a report of 100,000 logs', () => {
  const COUNT = 100_000;
  const FIRST = 0x12cf;
  const signature = { key: 'sig', text: 'Create time:01/04/2012 07:15:02.117 Rand:715244149 Computer:', rand: 715244149 };
  const attachments = [{ dbid: 1, path: 'D:\\DB01\\DB01.edb' }];

  /**
   * The model's logs in generation order: one run of 100,000 agreeing logs (src/evidence/log-run.ts),
   * counting how many members the list has pulled (each member's status is asked once per pass).
   */
  function instrumentedSource(): { source: StreamLogSource; pulled: () => number } {
    let pulled = 0;
    const file = 'E00000012CF.log';
    const first = {
      file, fileKey: file.toLowerCase(), kind: 'numbered', baseName: 'E00', nameGeneration: FIRST, digits: 8, generation: FIRST, generationFromHeader: true,
      signature, attachments, input: 'E00-logs.txt', sources: ['logHeader'],
      fileAt: { input: 'E00-logs.txt', line: 9, text: `Log file: ${file}` },
      generationAt: { input: 'E00-logs.txt', line: 10, text: `lGeneration: ${FIRST} (0x${FIRST.toString(16).toUpperCase()})` },
    } as unknown as LogEvidence;
    const run = makeRun(first, COUNT, 38, runTemplateOf(first)!);
    const source: StreamLogSource = {
      entries: [run],
      logCount: COUNT,
      intruders: [],
      statusOf: () => {
        throw new Error('no log of its own here');
      },
      memberStatus: (_run, generation) => {
        pulled++;
        return generation === FIRST ? 'anchor' : 'ok';
      },
      missing: [],
      maxMissing: 10_000,
      missingFile,
    };
    return { source, pulled: () => pulled };
  }

  it('is written as JSON with at most one run of 16 entries made ahead of the output, never as an array', () => {
    const { source, pulled } = instrumentedSource();
    const list = new GeneratedStreamLogList(source);
    list.toJSON = () => {
      throw new Error('the whole array was asked for');
    };
    const report = { id: 'E00-715244149', logs: list, events: [] };
    let written = 0;
    let bytes = 0;
    let chunks = 0;
    let tail = '';
    for (const chunk of jsonChunks(report)) {
      chunks++;
      bytes += chunk.length;
      // Entries completely written so far: each ends with its `"line"` member.
      written += (chunk.match(/"line": /g) ?? []).length;
      expect(pulled() - written).toBeLessThanOrEqual(17);
      tail = chunk;
    }
    expect(written).toBe(COUNT);
    expect(pulled()).toBe(COUNT);
    expect(chunks).toBeGreaterThan(400);
    expect(tail.endsWith('"line": 3799971\n    }\n  ],\n  "events": []\n}')).toBe(true);
    expect(bytes).toBeGreaterThan(30_000_000);
  });

  it('folds into two runs for the text report (the anchor, then 99,999 logs that read alike)', () => {
    const list = new GeneratedStreamLogList(instrumentedSource().source);
    const runs = [...list.runs()];
    expect(runs.map((run) => [run.first.file, run.last.file, run.count])).toEqual([
      ['E00000012CF.log', 'E00000012CF.log', 1],
      ['E00000012D0.log', `E00${(FIRST + COUNT - 1).toString(16).toUpperCase().padStart(8, '0')}.log`, COUNT - 1],
    ]);
    expect(list.statusCounts()).toEqual({ anchor: 1, ok: COUNT - 1 });
  });
});
