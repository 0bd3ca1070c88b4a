/**
 * No stack trace reaches a user: when a component throws (injected here: the parser on one
 * input, the analysis, the renderer), main() prints one `esereport:` line naming the input and
 * exits 2; the other inputs are still read. ESEREPORT_DEBUG=1 adds the stack for a bug report.
 * A rule that throws is contained instead (src/rules/index.ts): the report is written, with an
 * internal-error finding and no verdict better than undetermined.
 */
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { runCli } from '../cli/harness.js';
import { samplePath } from '../support/samples.js';

const faults = vi.hoisted(() => ({ parserOn: undefined as string | undefined, analyze: false, render: false, rule: false }));

vi.mock('../../src/rules/index.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/rules/index.js')>();
  const [first, ...rest] = real.RULES;
  const crashing = { ...first, check: () => { throw new RangeError('Invalid array length'); } };
  return { ...real, runRules: (context: Parameters<typeof real.runRules>[0]) => real.runRules(context, faults.rule ? [crashing, ...rest] : real.RULES) };
});

vi.mock('../../src/ast/index.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/ast/index.js')>();
  class FaultyParser extends real.CaptureParser {
    override pushLine(line: string): ReturnType<typeof real.CaptureParser.prototype.pushLine> {
      if (faults.parserOn !== undefined && this.options.inputName.endsWith(faults.parserOn) && line.includes('lGeneration')) {
        throw new TypeError("Cannot read properties of undefined (reading 'image')");
      }
      return super.pushLine(line);
    }
  }
  return { ...real, CaptureParser: FaultyParser };
});

vi.mock('../../src/verdict/index.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/verdict/index.js')>();
  return {
    ...real,
    analyze: (...args: Parameters<typeof real.analyze>) => {
      if (faults.analyze) throw new RangeError('Maximum call stack size exceeded');
      return real.analyze(...args);
    },
  };
});

vi.mock('../../src/render/index.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/render/index.js')>();
  return {
    ...real,
    renderReportChunks: (...args: Parameters<typeof real.renderReportChunks>) => {
      if (faults.render) throw new Error('"timeline" not defined in [object Object]');
      return real.renderReportChunks(...args);
    },
  };
});

const dir = mkdtempSync(join(tmpdir(), 'esereport-fault-'));
copyFileSync(samplePath('55-kb-roll-forward/edb-log.txt'), join(dir, 'good.txt'));
copyFileSync(samplePath('55-kb-roll-forward/edb-log.txt'), join(dir, 'bad.txt'));
writeFileSync(join(dir, 'nothing.txt'), 'hello\n');
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => {
  faults.parserOn = undefined;
  faults.analyze = false;
  faults.render = false;
  faults.rule = false;
});

const STACK_LINE = /^\s+at /m;

describe('a component that throws', () => {
  it('the parser on one input: one line naming that input, exit 2, the other input still reported', async () => {
    faults.parserOn = 'bad.txt';
    const run = await runCli(['check', 'good.txt', 'bad.txt', '--format', 'json'], { cwd: dir });
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toBe("esereport: internal error while reading bad.txt: Cannot read properties of undefined (reading 'image')\n");
    const report = JSON.parse(run.stdout) as { inputs: { name: string; dumps: number }[] };
    expect(report.inputs.map((input) => [input.name, input.dumps])).toEqual([
      ['good.txt', 1],
      ['bad.txt', 0],
    ]);
  });

  it('the parser, in `parse`: the same line, exit 2, the JSON still closed', async () => {
    faults.parserOn = 'bad.txt';
    const run = await runCli(['parse', 'bad.txt'], { cwd: dir });
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toBe("esereport: internal error while reading bad.txt: Cannot read properties of undefined (reading 'image')\n");
    expect((JSON.parse(run.stdout) as { inputs: { problem: { kind: string } }[] }).inputs[0]!.problem.kind).toBe('internal');
  });

  it.each([
    ['the analysis', 'analyze', 'Maximum call stack size exceeded'],
    ['the renderer', 'render', '"timeline" not defined in [object Object]'],
  ] as const)('%s: one line naming the inputs, exit 2, no stack trace', async (_, fault, message) => {
    faults[fault] = true;
    const run = await runCli(['check', 'good.txt', 'nothing.txt', '--format', 'html'], { cwd: dir });
    expect(run.exitCode).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(`esereport: internal error while checking good.txt, nothing.txt: ${message}\n`);
    expect(run.stderr).not.toMatch(STACK_LINE);
  });

  it('ESEREPORT_DEBUG=1 adds the stack for a bug report', async () => {
    faults.analyze = true;
    const run = await runCli(['check', 'good.txt'], { cwd: dir, env: { ESEREPORT_DEBUG: '1' } });
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toMatch(STACK_LINE);
  });

  it('a rule: contained, the report is written with an internal-error finding, undetermined verdicts and no runbook, exit 1', async () => {
    faults.rule = true;
    const run = await runCli(['check', 'samples/55-kb-roll-forward', '--format', 'json']);
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(1);
    const report = JSON.parse(run.stdout) as { verdict: string; databases: { verdict: { kind: string; reasons: string[] } }[]; findings: { rule: string; message: string }[]; plan: { action: string }[] };
    expect(report.verdict).toBe('undetermined');
    expect(report.databases.map((db) => [db.verdict.kind, db.verdict.reasons])).toEqual([
      ['undetermined', ['internal-error']],
      ['undetermined', ['internal-error']],
    ]);
    expect(report.findings[0]).toMatchObject({
      rule: 'internal-error',
      message: "esereport's rule db-not-clean failed: Invalid array length. Its findings are missing or incomplete, so no verdict of this report is better than undetermined: do not start a roll forward on it; report the error with the captures to esereport's maintainers.",
    });
    expect(report.plan.map((step) => step.action)).toEqual(['caution']);
  });
});
