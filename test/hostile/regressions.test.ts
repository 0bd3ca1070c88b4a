/**
 * Bugs the hostile-input properties found, one regression test each (issue 7).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { missingRanges } from '../../src/rules/generation-gap.js';
import { REPO_ROOT } from '../cli/harness.js';
import { runPipeline } from './pipeline.js';

const EDB_LOG = readFileSync(join(REPO_ROOT, 'samples/55-kb-roll-forward/edb-log.txt'), 'utf8');

describe('bug 1: a huge lGeneration made analysis step through every missing generation', () => {
  // Found by the conflicts property: a log header whose lGeneration is garbled to 40,000,000
  // crashed generation-gap ("Set maximum size exceeded"); 10,000,000 took 8.6 s.
  it('a second log at generation 4294967295 is analyzed at once, with the gap as one range', async () => {
    const text = `${EDB_LOG}\n${EDB_LOG.replace('lGeneration (4829)', 'lGeneration (4294967295)').replace('eseutil /ml Edb.log', 'eseutil /ml E00FFFFFFFF.log')}`;
    const started = performance.now();
    const run = await runPipeline(new Uint8Array(Buffer.from(text)));
    expect(performance.now() - started).toBeLessThan(2000);
    expect([0, 1, 2]).toContain(run.exitCode);
    const report = JSON.parse(run.reportJson) as { findings: { rule: string; message: string }[] };
    const gap = report.findings.find((finding) => finding.rule === 'generation-gap');
    expect(gap?.message).toBe(
      'Missing generations E00000012DE.log (4830, 0x12DE) … E00FFFFFFFE.log (4294967294, 0xFFFFFFFE): replay stops at Edb.log (4829, 0x12DD); 1 later log cannot replay (E00FFFFFFFF.log).',
    );
  });

  it('missingRanges folds the gaps between the generations present', () => {
    expect(missingRanges(new Set([5, 6, 9, 2 ** 32 - 1]), 5, 2 ** 32 - 1)).toEqual([
      [7, 8],
      [10, 2 ** 32 - 2],
    ]);
    expect(missingRanges(new Set([1, 2, 3]), 1, 3)).toEqual([]);
    expect(missingRanges(new Set([3]), 1, 5)).toEqual([
      [1, 2],
      [4, 5],
    ]);
  });
});

describe('bug 2: an internal error in the analysis or the renderer did not name the inputs', () => {
  // Found by internal-error.test.ts: `esereport: internal error: Maximum call stack size exceeded`
  // left the user unable to say which capture to send with the bug report.
  it('the error line lists a few inputs whole, and many as the first three and the count', async () => {
    const { inputList } = await import('../../src/cli/errors.js');
    expect(inputList(['a.txt', 'b.txt'])).toBe('a.txt, b.txt');
    expect(inputList(['a', 'b', 'c', 'd', 'e', 'f'])).toBe('a, b, c … (6 inputs)');
    expect(inputList([])).toBe('no input');
  });
});
