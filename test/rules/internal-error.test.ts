/**
 * A rule that throws is a bug in esereport, not a fact about the backup (issue 15): it becomes one
 * `internal-error` finding naming the rule and its error, the other rules still run, no verdict
 * is better than undetermined and the plan is one caution — never a roll forward on such a report.
 */
import { describe, expect, it, vi } from 'vitest';
import { defineRule } from '../../src/rules/define.js';
import type { RULES as RealRules } from '../../src/rules/index.js';
import { checkDocument } from '../../src/verdict/index.js';
import { readScenario } from '../support/samples.js';

/** A rule that reports one finding, then reads a property of undefined. */
const crashing = defineRule({
  id: 'crashing-rule',
  title: 'A rule with a bug',
  defaultSeverity: 'warning',
  kb: 'SPEC §5',
  description: 'Throws on every input.',
  remedy: 'None.',
  messages: { before: 'Reported before the crash.' },
  check(_, report) {
    report({ messageId: 'before', subjects: [], evidence: [] });
    throw new TypeError("Cannot read properties of undefined (reading 'generation')");
  },
});

const inject = vi.hoisted(() => ({ on: false }));

vi.mock('../../src/rules/index.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/rules/index.js')>();
  return {
    ...real,
    runRules: (context: Parameters<typeof real.runRules>[0]) =>
      real.runRules(context, inject.on ? [...real.RULES.slice(0, 3), crashing as unknown as (typeof RealRules)[number], ...real.RULES.slice(3)] : real.RULES),
  };
});

const MESSAGE =
  "esereport's rule crashing-rule failed: Cannot read properties of undefined (reading 'generation'). Its findings are missing or incomplete, so no verdict of this report is better than undetermined: do not start a roll forward on it; report the error with the captures to esereport's maintainers.";

function kbRollForward(crash: boolean) {
  inject.on = crash;
  try {
    return checkDocument(readScenario('55-kb-roll-forward'));
  } finally {
    inject.on = false;
  }
}

describe('a rule that throws (55-kb-roll-forward, which rolls forward)', () => {
  const clean = kbRollForward(false);
  const crashed = kbRollForward(true);

  it('becomes one internal-error finding naming the rule and its error, severity error, first among the errors', () => {
    expect(crashed.findings.filter((f) => f.rule === 'internal-error')).toEqual([
      { rule: 'internal-error', severity: 'error', message: MESSAGE, subjects: [], evidence: [], kb: 'SPEC §5 (a rule that cannot decide says so, never guesses)', undetermined: true },
    ]);
    expect(crashed.findings[0]!.rule).toBe('internal-error');
    expect([crashed.errorCount, crashed.warningCount, crashed.infoCount]).toEqual([1, 1, clean.infoCount]);
  });

  it('keeps what the rule reported before it threw, and every other rule still runs', () => {
    expect(crashed.findings.filter((f) => f.rule !== 'internal-error' && (f.rule as string) !== 'crashing-rule')).toEqual(clean.findings);
    expect(crashed.findings.map((f) => f.message)).toContain('Reported before the crash.');
  });

  it('caps every database verdict at undetermined, with the reason and the verdict it would have been', () => {
    expect(clean.databases.map((d) => [d.name, d.verdict.kind])).toEqual([
      ['priv.edb', 'roll-forward'],
      ['pub.edb', 'roll-forward'],
    ]);
    expect(crashed.verdict).toBe('undetermined');
    expect(crashed.databases.map((d) => [d.name, d.verdict])).toEqual(
      ['priv.edb', 'pub.edb'].map((name) => [
        name,
        {
          kind: 'undetermined',
          reasons: ['internal-error'],
          explanation:
            'a rule of esereport failed (the internal-error finding names it and its error), so this report cannot decide: without it the verdict would be roll-forward, which may be wrong. Do not restore on this report.',
          label: 'UNDETERMINED',
        },
      ]),
    );
  });

  it('gives no runbook: one caution step, nothing to move, rename or restore', () => {
    expect(clean.plan.some((step) => step.action === 'restore-database')).toBe(true);
    expect(crashed.plan).toEqual([
      {
        step: 1,
        action: 'caution',
        text: "Do not act on this report: a rule of esereport failed (the internal-error finding names it and its error), so the findings that decide the restore may be missing and no runbook is given. Keep every file where it is; send the captures and this report to esereport's maintainers, or check the restore by hand with Q296787.",
        commands: [],
        files: [],
      },
    ]);
  });
});
