import { describe, expect, it } from 'vitest';
import { fileSafe, sliceReportByStream, worstVerdict } from '../../src/verdict/batch.js';
import type { CheckReport, DatabaseReport, StreamReport } from '../../src/verdict/types.js';
import type { Finding } from '../../src/rules/types.js';
import { verdictLabel } from '../../src/verdict/summary.js';

/** Two storage groups of one server: E00 rolls forward, E01 has a gap. */
const database = (name: string, stream: string | undefined, kind: DatabaseReport['verdict']['kind']): DatabaseReport => ({
  name,
  verdict: { kind, label: verdictLabel(kind), reasons: [], explanation: `${name}: ${kind}` },
  ...(stream ? { stream } : {}),
});
const stream = (id: string, baseName: string, files: string[], input: string): StreamReport => ({
  id,
  baseName,
  logs: files.map((file, i) => ({ file, generation: 160 + i, status: 'ok', input, line: 1 + i })),
  events: [],
  databases: [],
});
const finding = (rule: Finding['rule'], severity: Finding['severity'], streamId: string | undefined, input: string): Finding => ({
  rule,
  severity,
  message: rule,
  subjects: [],
  evidence: [{ input, line: 1, text: 'x' }],
  kb: 'Q296787',
  ...(streamId ? { stream: streamId } : {}),
});

const report: CheckReport = {
  schemaVersion: 1,
  verdict: 'roll-forward-partial',
  verdictLabel: 'PARTIAL ROLL FORWARD',
  summary: 'overall',
  errorCount: 1,
  warningCount: 1,
  infoCount: 1,
  fixSteps: [],
  databases: [
    database('priv1.edb', 'E00-3943101', 'roll-forward'),
    database('priv2.edb', 'E01-5550123', 'roll-forward-partial'),
    database('pub2.edb', 'E01-5550123', 'roll-forward'),
    database('lost.edb', undefined, 'undetermined'),
  ],
  streams: [
    stream('E00-3943101', 'E00', ['E00000A2.log', 'E00000A3.log'], 'sg1.txt'),
    stream('E01-5550123', 'E01', ['E01000B0.log', 'E01000B2.log'], 'sg2.txt'),
  ],
  findings: [
    finding('anchor-log', 'info', 'E00-3943101', 'sg1.txt'),
    finding('generation-gap', 'error', 'E01-5550123', 'sg2.txt'),
    finding('unrecognized-input', 'warning', undefined, 'notes.txt'),
  ],
  plan: [
    { step: 1, action: 'stop-service', text: 'Stop the Information Store service.', commands: [], files: [] },
    { step: 2, action: 'move-aside', text: 'Move E01000B2.log aside.', commands: [], files: ['L:\\logs\\E01000B2.log'] },
    { step: 3, action: 'move-checkpoint', text: 'Move E00.chk away.', commands: [], files: ['E00.chk'] },
    { step: 4, action: 'restore-database', text: 'Restore priv2.edb.', commands: [], files: ['D:\\sg2\\priv2.edb'] },
  ],
  inputs: [
    { name: 'sg1.txt', dumps: 2, unrecognized: 0 },
    { name: 'sg2.txt', dumps: 3, unrecognized: 0 },
    { name: 'notes.txt', dumps: 0, unrecognized: 1 },
  ],
};

describe('sliceReportByStream', () => {
  const slices = sliceReportByStream(report);

  it('makes one report per stream plus one for what belongs to no stream', () => {
    expect(slices.map((slice) => slice.fileStem)).toEqual(['E00-3943101', 'E01-5550123', 'other']);
  });

  it('gives each stream its databases, findings and inputs', () => {
    const e01 = slices[1]!.report;
    expect(e01.databases.map((d) => d.name)).toEqual(['priv2.edb', 'pub2.edb']);
    expect(e01.findings.map((f) => f.rule)).toEqual(['generation-gap']);
    expect(e01.inputs.map((i) => i.name)).toEqual(['sg2.txt']);
    expect(e01.streams.map((s) => s.id)).toEqual(['E01-5550123']);
  });

  it('takes the worst verdict of the stream\'s databases, its label and its explanation', () => {
    expect(slices[0]!.report.verdict).toBe('roll-forward');
    expect(slices[0]!.report.verdictLabel).toBe('ROLL FORWARD');
    expect(slices[1]!.report.verdict).toBe('roll-forward-partial');
    expect(slices[1]!.report.summary).toBe('PARTIAL ROLL FORWARD — priv2.edb: roll-forward-partial');
  });

  it('counts the findings of each part, not of the whole run', () => {
    expect(slices.map((slice) => [slice.report.errorCount, slice.report.warningCount, slice.report.infoCount])).toEqual([
      [0, 0, 1],
      [1, 0, 0],
      [0, 1, 0],
    ]);
  });

  it('keeps the plan steps naming the stream\'s files and the steps naming none, renumbered', () => {
    expect(slices[0]!.report.plan.map((s) => [s.step, s.text])).toEqual([
      [1, 'Stop the Information Store service.'],
      [2, 'Move E00.chk away.'],
    ]);
    expect(slices[1]!.report.plan.map((s) => [s.step, s.text])).toEqual([
      [1, 'Stop the Information Store service.'],
      [2, 'Move E01000B2.log aside.'],
      [3, 'Restore priv2.edb.'],
    ]);
  });

  it('puts databases and findings without a stream in the other report', () => {
    const other = slices[2]!.report;
    expect(other.databases.map((d) => d.name)).toEqual(['lost.edb']);
    expect(other.findings.map((f) => f.rule)).toEqual(['unrecognized-input']);
    expect(other.streams).toEqual([]);
  });

  it('returns the whole report when there is no stream', () => {
    const alone = { ...report, streams: [] };
    expect(sliceReportByStream(alone)).toEqual([{ fileStem: 'report', report: alone }]);
  });
});

describe('fileSafe', () => {
  it('keeps a stream id and replaces what file systems refuse', () => {
    expect(fileSafe('E00-715244149')).toBe('E00-715244149');
    expect(fileSafe('edb:12/29/2000 21:6:38')).toBe('edb_12_29_2000_21_6_38');
    expect(fileSafe('..')).toBe('stream');
  });
});

describe('worstVerdict', () => {
  it('orders not-restorable first and roll-forward last', () => {
    expect(worstVerdict(['roll-forward', 'point-in-time', 'undetermined'])).toBe('undetermined');
    expect(worstVerdict([])).toBeUndefined();
  });
});

describe('a part of no stream and no database', () => {
  it('shows that it decides nothing, never the run\'s verdict (another stream\'s)', () => {
    const noOrphanDatabase = { ...report, databases: report.databases.filter((d) => d.stream !== undefined) };
    const other = sliceReportByStream(noOrphanDatabase).find((slice) => slice.fileStem === 'other')!.report;
    expect(other.findings.map((f) => f.rule)).toEqual(['unrecognized-input']);
    expect([other.verdict, other.verdictLabel]).toEqual(['undetermined', 'UNDETERMINED']);
    expect(other.summary).toBe(
      "UNDETERMINED — these findings belong to no log stream and no database header was captured with them; each stream's own report holds its verdict",
    );
  });
});
