/**
 * The words of the verdict over every sample, from its real captures: one vocabulary in JSON,
 * text, Markdown and HTML; the summary line a reader takes in at a glance (databases sharing a
 * result in one sentence, the plan steps to carry out first); counts for scripts; no internal
 * stream id and no SPEC section in what the reports print.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildReportView, renderReport } from '../../src/render/index.js';
import { checkDocument } from '../../src/verdict/index.js';
import { stepsText, VERDICT_LABELS } from '../../src/verdict/summary.js';
import type { CheckReport } from '../../src/verdict/types.js';
import { readScenario, samplePath, scenarioFolders } from '../support/samples.js';
import { templates } from './helpers.js';

/** A sample's captures as the CLI reads them (test/support/samples.ts), with its expected.json's --anchor. */
function checkSample(folder: string): CheckReport {
  const args = (JSON.parse(readFileSync(samplePath(`${folder}/expected.json`), 'utf8')) as { args?: string[] }).args ?? [];
  const anchor = args.indexOf('--anchor');
  return checkDocument(readScenario(folder), anchor >= 0 ? { anchorFile: args[anchor + 1]! } : {});
}

const folders = scenarioFolders();
const reports = new Map<string, CheckReport>();
const reportOf = (folder: string): CheckReport => {
  let report = reports.get(folder);
  if (!report) reports.set(folder, (report = checkSample(folder)));
  return report;
};

describe.each(folders)('the words of the report of samples/%s', (folder) => {
  it('print the verdict label of the JSON report, word for word, in text, Markdown and HTML', () => {
    const report = reportOf(folder);
    expect(report.verdictLabel).toBe(VERDICT_LABELS[report.verdict]);
    for (const db of report.databases) expect(db.verdict.label).toBe(VERDICT_LABELS[db.verdict.kind]);
    for (const stream of report.streams) if (stream.verdict) expect(stream.verdict.label).toBe(VERDICT_LABELS[stream.verdict.kind]);

    const view = buildReportView(report);
    const [headline, rest] = [view.verdict.headline, view.verdict.summary];
    expect(report.summary).toBe(`${headline} — ${rest}`);
    expect(view.verdict.fixSteps).toEqual(report.fixSteps);
    expect(headline).toBe(report.fixSteps.length > 0 ? `${report.verdictLabel} after the fixes in ${stepsText(report.fixSteps)}` : report.verdictLabel);

    expect(renderReport(report, { format: 'text', templates }).split('\n')[0]).toBe(report.summary);
    const markdown = renderReport(report, { format: 'md', templates }).split('\n');
    expect(markdown[0]).toBe(`# esereport: ${headline}`);
    expect(markdown[2]!.startsWith(`**Verdict: ${headline}** — `)).toBe(true);
    const html = renderReport(report, { format: 'html', templates });
    expect(html).toContain(`<span class="label">${report.verdictLabel}`);
    view.databases.forEach((row, i) => {
      expect(row.verdict.label).toBe(report.databases[i]!.verdict.label);
      expect(html).toContain(`<span class="badge tone-${row.verdict.tone}">${row.verdict.label}</span>`);
    });
    for (const old of ['ROLL FORWARD PARTIAL', 'Partial roll forward', 'Roll forward', 'Point in time only']) {
      expect(html).not.toContain(`>${old}<`);
    }
  });

  it('count the findings by severity and name only fixing steps of the plan', () => {
    const report = reportOf(folder);
    expect([report.errorCount, report.warningCount, report.infoCount]).toEqual(
      (['error', 'warning', 'info'] as const).map((severity) => report.findings.filter((f) => f.severity === severity).length),
    );
    for (const step of report.fixSteps) {
      expect(['move-aside', 'rename', 'remove-ceiling', 'move-checkpoint']).toContain(report.plan.find((s) => s.step === step)?.action);
    }
    if (report.fixSteps.length > 0) expect(report.errorCount).toBeGreaterThan(0);
  });

  it('name log streams by base name, never by internal id, and print no SPEC section', () => {
    const report = reportOf(folder);
    const view = buildReportView(report);
    const ids = report.streams.map((s) => s.id);
    const printed = [
      view.title,
      view.verdict.headline,
      ...view.streams.flatMap((s) => [s.title, s.timeline.title]),
      ...view.findingGroups.flatMap((g) => g.findings.map((f) => f.kb ?? '')),
    ];
    for (const id of ids) for (const text of printed) expect(text).not.toContain(id);
    for (const text of printed) expect(text).not.toMatch(/SPEC §/);
    expect(renderReport(report, { format: 'text', templates })).not.toMatch(/\[SPEC §/);
  });
});

describe('summary lines of the samples', () => {
  const summaryOf = (folder: string): string => reportOf(folder).summary;

  it('say the databases of a storage group in one sentence', () => {
    expect(summaryOf('55-kb-roll-forward')).toBe(
      'ROLL FORWARD — priv.edb and pub.edb replay Edb012cf.log (4815) through Edb.log (4829): every captured log from their anchor on',
    );
    expect(summaryOf('55-anchor-missing')).toBe(
      'POINT IN TIME ONLY — priv.edb and pub.edb: their anchor log EDB00AAA.log (2730, 0xAAA) is not among the captured logs; restore them without replaying any log',
    );
  });

  it('say which steps must fix the errors first (KB Q296787 roll-forward steps 6–9)', () => {
    const checkpoint = reportOf('55-checkpoint-past-anchor');
    expect(checkpoint.fixSteps).toEqual([2]);
    expect(checkpoint.plan[1]!.action).toBe('move-checkpoint');
    expect(checkpoint.summary).toBe(
      'ROLL FORWARD after the fixes in step 2 — priv.edb and pub.edb replay Edb012cf.log (4815) through Edb.log (4829): every captured log from their anchor on',
    );
    const ceiling = reportOf('55-no-edb-log-ceiling');
    expect(ceiling.fixSteps).toEqual([2, 3]);
    expect(ceiling.plan.slice(1, 3).map((s) => s.action)).toEqual(['rename', 'remove-ceiling']);
    expect(ceiling.summary).toBe(
      'PARTIAL ROLL FORWARD after the fixes in steps 2–3 — priv.edb and pub.edb replay Edb012cf.log (4815) through Edb012d4.log (4820); Edb012d5.log (4821) is missing, 5 later logs cannot replay',
    );
    expect(reportOf('55-chksig-kb').summary).toMatch(/^PARTIAL ROLL FORWARD after the fixes in steps 2–4 — The chain replays edb0000a\.log \(10\) through edb0000b\.log \(11\); /);
  });

  it('ask for nothing first when the plan only takes precautions', () => {
    // 2003-clean-sg moves logs before the anchor and the checkpoint aside, with no error.
    const clean = reportOf('2003-clean-sg');
    expect(clean.plan.filter((s) => s.files.length > 0).map((s) => s.action)).toContain('move-checkpoint');
    expect(clean.errorCount).toBe(0);
    expect(clean.fixSteps).toEqual([]);
    expect(clean.summary).toMatch(/^ROLL FORWARD — priv1\.edb and priv1\.stm replay /);
  });
});

describe('the findings of the samples', () => {
  it('show the KB reference, and none for a finding that cites only a SPEC section', () => {
    const view = buildReportView(reportOf('messy-web-paste'));
    const findings = view.findingGroups.flatMap((g) => g.findings);
    expect(findings.find((f) => f.rule === 'unrecognized-input')?.kb).toBeNull();
    expect(findings.find((f) => f.rule === 'anchor-log')?.kb).toBe('Q296787 roll-forward step 2; Q237767 roll-forward step 1');
  });
});
