import { describe, expect, it } from 'vitest';
import { StreamFileNames } from '../../src/render/generation-text.js';
import { buildTimeline } from '../../src/render/timeline.js';
import type { StreamLog, StreamReport } from '../../src/verdict/types.js';
import { loadFixture } from './helpers.js';

function timelineOf(stream: StreamReport, databases = loadFixture('kb-roll-forward').databases) {
  return buildTimeline(stream, databases, new StreamFileNames(stream));
}

describe('the log timeline', () => {
  it('draws the KB example as anchor, one band of 13 logs, and Edb.log, with its markers', () => {
    const report = loadFixture('kb-roll-forward');
    const timeline = timelineOf(report.streams[0]!, report.databases);
    expect(timeline.bands.map((b) => [b.status, b.label])).toEqual([
      ['anchor', null],
      ['ok', '13 logs'],
      ['current', null],
    ]);
    expect(timeline.markers.map((m) => m.label)).toEqual([
      'priv.edb, pub.edb anchor 4815 · 0x12CF',
      'checkpoint 4815 · 0x12CF',
      'replay through 4829 · 0x12DD',
    ]);
    expect(timeline.axis.map((a) => a.text)).toEqual(['4815 · 0x12CF', '4829 · 0x12DD']);
    expect(timeline.markCount).toBe(6);
  });

  it('puts each marker inside the band of its generation', () => {
    const report = loadFixture('partial-gap-mismatch');
    const timeline = timelineOf(report.streams[0]!, report.databases);
    const bandAt = (x: number) => timeline.bands.find((b) => x >= b.x && x <= b.x + b.width)!;
    expect(timeline.markers.map((m) => [m.kind, bandAt(m.x).status])).toEqual([
      ['anchor', 'anchor'],
      ['checkpoint', 'ok'],
      ['path-change', 'ok'],
      ['replay-through', 'ok'],
      ['log-signature-change', 'signature-mismatch'],
    ]);
  });

  it('never lets two labels of one lane overlap', () => {
    const report = loadFixture('partial-gap-mismatch');
    const timeline = timelineOf(report.streams[0]!, report.databases);
    const extent = (m: (typeof timeline.markers)[number]) => {
      const width = m.label!.length * 6.6;
      return m.textAnchor === 'start' ? [m.labelX, m.labelX + width] : [m.labelX - width, m.labelX];
    };
    for (const a of timeline.markers) {
      for (const b of timeline.markers) {
        if (a === b || a.labelY !== b.labelY) continue;
        const [a1, a2] = extent(a);
        const [b1, b2] = extent(b);
        expect(a2! <= b1! || b2! <= a1!).toBe(true);
      }
    }
    expect(new Set(timeline.markers.map((m) => m.labelY)).size).toBe(timeline.markers.length);
  });

  it('brackets a dirty database’s Log Required range under the bar', () => {
    const report = loadFixture('two-streams');
    const timeline = timelineOf(report.streams[1]!, report.databases.slice(1));
    expect(timeline.ranges.map((r) => r.label)).toEqual(['priv2.edb Log Required 256 · 0x100 – 258 · 0x102']);
    expect(timeline.ranges[0]!.y).toBeGreaterThan(timeline.barY + timeline.barHeight);
  });

  it('draws no bracket for a consistent database’s Log Required 0-0: generation 0 is no log', () => {
    const report = loadFixture('two-streams');
    const clean = report.databases.slice(1).map((db) => ({ ...db, state: 'Clean Shutdown', logRequired: { low: 0, high: 0 } }));
    expect(timelineOf(report.streams[1]!, clean).ranges).toEqual([]);
  });

  it('coarsens a stream too fragmented to draw into at most 240 bands that keep the worst status', () => {
    const logs: StreamLog[] = [];
    for (let g = 1; g <= 10_000; g++) {
      logs.push({ file: `E00${g.toString(16).toUpperCase().padStart(8, '0')}.log`, generation: g, status: g % 2 === 0 ? 'missing' : 'ok' });
    }
    const stream: StreamReport = { id: 'E00-1', baseName: 'E00', digits: 8, logs, events: [], databases: [] };
    const timeline = timelineOf(stream, []);
    expect(timeline.bands).toHaveLength(239);
    expect(timeline.bands.every((b) => b.status === 'missing' && b.mixed)).toBe(true);
    expect(timeline.bands[0]!.title).toBe('1–42 (0x1–0x2A) — 21 missing, 21 ok');
  });
});
