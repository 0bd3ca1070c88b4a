/**
 * Bugs the hostile-input properties found, one regression test each (issue 7).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inputList } from '../../src/cli/errors.js';
import { missingRanges } from '../../src/model/index.js';
import { runCli } from '../cli/harness.js';
import { sampleText } from '../support/samples.js';
import { runPipeline, validateReport } from './pipeline.js';

const EDB_LOG = sampleText('55-kb-roll-forward/edb-log.txt');

describe('bug 1: a huge lGeneration made analysis step through every missing generation', () => {
  // Found by the conflicts property: a log header whose lGeneration is garbled to 40,000,000
  // crashed generation-gap ("Set maximum size exceeded"); 10,000,000 took 8.6 s.
  it('a second log at generation 4294967295 is analyzed at once, with the gap as one range', async () => {
    const text = `${EDB_LOG}\n${EDB_LOG.replace('lGeneration (4829)', 'lGeneration (4294967295)').replace('eseutil /ml Edb.log', 'eseutil /ml E00FFFFFFFF.log')}`;
    const started = performance.now();
    const run = await runPipeline(new Uint8Array(Buffer.from(text)));
    expect(performance.now() - started).toBeLessThan(2000);
    expect([0, 1, 2, 3]).toContain(run.exitCode);
    const report = JSON.parse(run.reportJson) as { findings: { rule: string; message: string }[] };
    const gap = report.findings.find((finding) => finding.rule === 'generation-gap');
    expect(gap?.message).toBe(
      'Missing generations E00000012DE.log (4830, 0x12DE) … E00FFFFFFFE.log (4294967294, 0xFFFFFFFE): replay stops at Edb.log (4829, 0x12DD); 1 later log cannot replay (E00FFFFFFFF.log).',
    );
  });

  it('missingRanges folds the gaps between the ranges present (by low end, repeats and overlaps allowed)', () => {
    expect(missingRanges([[5, 5], [6, 6], [6, 6], [9, 9], [2 ** 32 - 1, 2 ** 32 - 1]], 5, 2 ** 32 - 1)).toEqual([
      [7, 8],
      [10, 2 ** 32 - 2],
    ]);
    expect(missingRanges([[1, 3]], 1, 3)).toEqual([]);
    // A run (one range) across the start and another across the end are clipped to start…highest.
    expect(missingRanges([[1, 4], [3, 6], [6, 6], [10, 20]], 3, 12)).toEqual([[7, 9]]);
    expect(missingRanges([[3, 3]], 1, 5)).toEqual([
      [1, 2],
      [4, 5],
    ]);
  });
});

describe('bug 2: an internal error in the analysis or the renderer did not name the inputs', () => {
  // Found by internal-error.test.ts: `esereport: internal error: Maximum call stack size exceeded`
  // left the user unable to say which capture to send with the bug report.
  it('the error line lists a few inputs whole, and many as the first three and the count', () => {
    expect(inputList(['a.txt', 'b.txt'])).toBe('a.txt, b.txt');
    expect(inputList(['a', 'b', 'c', 'd', 'e', 'f'])).toBe('a, b, c … (6 inputs)');
    expect(inputList([])).toBe('no input');
  });
});

describe('bug 3: check --format json printed nothing when no input had text (binary or empty only)', () => {
  // Found by cli.test.ts: a program reading the JSON got an empty stdout instead of a document
  // listing the inputs and why each yielded nothing.
  it('a binary ESE database alone: a valid JSON report listing it with its problem, exit 2', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'esereport-bug3-'));
    try {
      const header = Buffer.alloc(4096);
      header.writeUInt32LE(0x89abcdef, 4);
      writeFileSync(join(dir, 'priv.edb'), header);
      const run = await runCli(['check', 'priv.edb', '--format', 'json'], { cwd: dir });
      expect(run.exitCode).toBe(2);
      const report = JSON.parse(run.stdout) as { inputs: { name: string; dumps: number; problem?: string }[] };
      expect(validateReport(report)).toBe(true);
      expect(report.inputs).toEqual([
        {
          name: 'priv.edb',
          dumps: 0,
          unrecognized: 0,
          problem: 'priv.edb is an ESE database file whose header cannot be read: its format version 0x0 is none that ESE writes (0x620 since ESE97; 0x500, 0x400, 0x1 before). `eseutil /mh priv.edb` on Windows shows what eseutil makes of it.',
        },
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
