import { describe, expect, it } from 'vitest';
import { renderReport } from '../../src/render/index.js';
import { buildReportView } from '../../src/render/view-model.js';
import type { CheckReport } from '../../src/verdict/types.js';
import { expectGolden, FIXTURES, loadFixture, modified, templates } from './helpers.js';
import { longStreamReport } from './synthetic.js';

const htmlOf = (report: CheckReport): string => renderReport(report, { format: 'html', templates });

describe('the HTML report', () => {
  it.each(FIXTURES)('matches its golden file for %s', (name) => {
    expectGolden(`${name}.html`, htmlOf(loadFixture(name)));
  });

  it('is one self-contained document: no script, no external reference, a viewport and print CSS', () => {
    const html = htmlOf(loadFixture('partial-gap-mismatch'));
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).not.toMatch(/<script|<link|<img|<iframe|@import|url\(|src=/i);
    expect(html).not.toMatch(/https?:\/\/(?!www\.w3\.org\/2000\/svg")/);
    expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
    expect(html).toContain('@media print{');
    expect(html).toContain("default-src 'none'");
  });

  it('draws one timeline per stream with a mark per band, marker and Log Required range', () => {
    const report = loadFixture('two-streams');
    const html = htmlOf(report);
    expect(html.match(/<svg class="timeline"/g)).toHaveLength(2);
    const expected = buildReportView(report).streams.reduce((n, s) => n + s.timeline.markCount, 0);
    expect(html.match(/class="mark /g)).toHaveLength(expected);
    // E00: anchor, 4 ok logs, current log (3 bands) + anchor and replay-through markers;
    // E01: 3 ok logs (1 band) + anchor marker + Log Required bracket.
    expect(expected).toBe(3 + 2 + 1 + 1 + 1);
  });

  it('escapes a <script> captured in a path, a signature and evidence', () => {
    const report = modified(loadFixture('kb-roll-forward'), (r) => {
      r.databases[0]!.path = 'E:\\<script>alert(1)</script>\\PRIV.EDB';
      r.streams[0]!.logs[0]!.paths = [{ dbid: 1, path: '<script>alert(2)</script>' }];
      r.streams[0]!.signature = '<img src=x onerror=alert(3)>';
      r.findings[0]!.evidence[0]!.text = '"><script>alert(4)</script>';
    });
    const html = htmlOf(report);
    expect(html).not.toMatch(/<script|<img/);
    expect(html).toContain('<code>E:\\&lt;script&gt;alert(1)&lt;/script&gt;\\PRIV.EDB</code>');
    expect(html).toContain('<code>&lt;script&gt;alert(2)&lt;/script&gt;</code>');
    expect(html).toContain('<code>&lt;img src&#x3D;x onerror&#x3D;alert(3)&gt;</code>');
    expect(html).toContain('&quot;&gt;&lt;script&gt;alert(4)&lt;/script&gt;');
  });

  it('stays under 5 MB for a stream of 100,000 logs, its healthy runs folded', () => {
    const report = longStreamReport(100_000);
    const started = performance.now();
    const html = htmlOf(report);
    const elapsed = performance.now() - started;
    const bytes = Buffer.byteLength(html, 'utf8');
    expect(bytes).toBeLessThanOrEqual(5 * 1024 * 1024);
    // Folded: the whole stream is a handful of rows and bands, not 100,000.
    expect(bytes).toBeLessThan(60_000);
    expect(html.match(/<tr class="row-/g)).toHaveLength(7);
    expect(html).toContain(
      '<code>E0000010001.log</code> … <code>E00000161A7.log</code> <span class="fold">— 24,999 logs, all match</span>',
    );
    console.info(`HTML for 100,000 logs: ${bytes} bytes in ${elapsed.toFixed(0)} ms`);
  });
});
