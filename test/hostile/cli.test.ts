/**
 * Hostile input through the whole `main()` (fewer cases than the pipeline properties: each run
 * loads the command, writes a file and renders every format). Whatever the bytes: exit 0, 1 or 2;
 * `parse` and `check --format json` print JSON valid against their schemas; text, Markdown and
 * HTML render; stderr holds only `esereport: …` lines, never a stack trace.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli, type CliRun } from '../cli/harness.js';
import { allCaptures, sampleBytes } from '../support/samples.js';
import { propertyRuns, validateAst, validateReport } from './pipeline.js';

const CAPTURES: readonly Buffer[] = allCaptures()
  .filter((capture) => !/\.edb$/i.test(capture))
  .map((capture) => sampleBytes(capture));

const dir = mkdtempSync(join(tmpdir(), 'esereport-hostile-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function expectCleanStderr(run: CliRun): void {
  expect([0, 1, 2, 3]).toContain(run.exitCode);
  for (const line of run.stderr.split('\n').filter((l) => l !== '')) expect(line).toMatch(/^esereport: /);
  expect(run.stderr).not.toMatch(/\n\s+at /);
}

const mangled = fc
  .tuple(fc.nat(), fc.double({ min: 0, max: 1, noNaN: true }), fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 6 }))
  .map(([n, keep, flips]) => {
    const bytes = Buffer.from(CAPTURES[n % CAPTURES.length]!);
    for (const [at, value] of flips) if (bytes.length > 0) bytes[at % bytes.length] = value;
    return bytes.subarray(0, Math.ceil(bytes.length * keep));
  });

describe('mangled captures through main()', () => {
  let cases = 0;
  it('parse and every check format end cleanly, JSON valid against the schemas', async () => {
    await fc.assert(
      fc.asyncProperty(mangled, async (bytes) => {
        cases++;
        writeFileSync(join(dir, 'capture.txt'), bytes);
        const parsed = await runCli(['parse', 'capture.txt'], { cwd: dir });
        expectCleanStderr(parsed);
        expect(validateAst(JSON.parse(parsed.stdout)), JSON.stringify(validateAst.errors)).toBe(true);
        const checked = await runCli(['check', 'capture.txt', '--format', 'json'], { cwd: dir });
        expectCleanStderr(checked);
        expect(checked.exitCode).toBe(parsed.exitCode === 2 ? 2 : checked.exitCode);
        const report = JSON.parse(checked.stdout) as { inputs: { name: string }[] };
        expect(validateReport(report), JSON.stringify(validateReport.errors)).toBe(true);
        expect(report.inputs.map((input) => input.name)).toEqual(['capture.txt']);
        for (const format of ['text', 'md', 'html']) {
          const rendered = await runCli(['check', 'capture.txt', '--format', format], { cwd: dir });
          expectCleanStderr(rendered);
          expect(rendered.exitCode).toBe(checked.exitCode);
        }
      }),
      { numRuns: propertyRuns(80, 11_000) },
    );
    console.log(`hostile main() cases: ${cases} (each: parse + check in 4 formats)`);
  });

  it('a 40 MB line without a newline: one unrecognized range, exit 2, valid JSON, in bounded time', async () => {
    const line = Buffer.alloc(40 * 1024 * 1024, 'x');
    writeFileSync(join(dir, 'one-line.txt'), line);
    const started = performance.now();
    const run = await runCli(['check', 'one-line.txt', '--format', 'json'], { cwd: dir });
    const seconds = (performance.now() - started) / 1000;
    console.log(`40 MB line: check --format json in ${seconds.toFixed(1)} s`);
    expectCleanStderr(run);
    expect(run.exitCode).toBe(2);
    const report = JSON.parse(run.stdout) as { inputs: { name: string; dumps: number; unrecognized: number }[] };
    expect(validateReport(report)).toBe(true);
    expect(report.inputs.map((input) => [input.name, input.dumps, input.unrecognized])).toEqual([['one-line.txt', 0, 1]]);
    expect(run.stderr).toBe('esereport: no eseutil, esentutl or esefile output recognized in one-line.txt\n');
    expect(seconds).toBeLessThan(30);
  });
});
