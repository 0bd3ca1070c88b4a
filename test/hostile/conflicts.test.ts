/**
 * Conflicting evidence is never settled silently: two captures of the same log that disagree
 * (another signature, another generation) always give a duplicate-log finding that quotes both
 * captures, whatever the disagreement and whichever order the inputs come in.
 */
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { parseCaptureText } from '../../src/ast/index.js';
import { EvidenceCollector } from '../../src/evidence/index.js';
import { analyze } from '../../src/verdict/index.js';
import type { CheckReport } from '../../src/verdict/types.js';
import { runCli } from '../cli/harness.js';
import { samplePath, sampleText } from '../support/samples.js';
import { propertyRuns } from './pipeline.js';

const EDB_LOG = sampleText('55-kb-roll-forward/edb-log.txt');
const LOG_RAND = 'Rand:710915685';
const GENERATION = 'lGeneration (4829)';

function check(captures: readonly (readonly [string, string])[]): CheckReport {
  const collector = new EvidenceCollector();
  for (const [name, text] of captures) {
    const input = parseCaptureText({ name, text });
    collector.addInput({ name });
    for (const dump of input.dumps) collector.addDump(name, dump);
    for (const range of input.unrecognized) collector.addUnrecognized(name, range);
  }
  return analyze(collector.finish());
}

describe('two captures of one log that disagree', () => {
  it('the sample log really carries the signature and generation the properties change', () => {
    expect(EDB_LOG).toContain(`Signature: Create time:8/3/1999 17:37:42 ${LOG_RAND} Computer:`);
    expect(EDB_LOG).toContain(GENERATION);
  });

  it('another log signature or another generation: a duplicate-log finding quoting both inputs, in either order', () => {
    const change = fc.oneof(
      fc.integer({ min: 1, max: 2 ** 31 - 1 }).filter((rand) => `Rand:${rand}` !== LOG_RAND).map((rand) => (text: string) => text.replace(LOG_RAND, `Rand:${rand}`)),
      fc.integer({ min: 1, max: 0xfffff }).filter((gen) => gen !== 4829).map((gen) => (text: string) => text.replace(GENERATION, `lGeneration (${gen})`)),
    );
    fc.assert(
      fc.property(change, fc.boolean(), (alter, swap) => {
        const pair: [string, string][] = [
          ['tape1/edb-log.txt', EDB_LOG],
          ['tape2/edb-log.txt', alter(EDB_LOG)],
        ];
        const report = check(swap ? pair.reverse() : pair);
        const duplicates = report.findings.filter((finding) => finding.rule === 'duplicate-log');
        expect(duplicates.length).toBeGreaterThanOrEqual(1);
        const quoted = new Set(duplicates.flatMap((finding) => finding.evidence.map((line) => line.input)));
        expect([...quoted].sort()).toEqual(['tape1/edb-log.txt', 'tape2/edb-log.txt']);
      }),
      { numRuns: propertyRuns(300, 11_000) },
    );
  });

  it('the same capture twice is no conflict', () => {
    const report = check([
      ['tape1/edb-log.txt', EDB_LOG],
      ['tape2/edb-log.txt', EDB_LOG],
    ]);
    expect(report.findings.filter((finding) => finding.rule === 'duplicate-log')).toEqual([]);
  });

  const dir = mkdtempSync(join(tmpdir(), 'esereport-conflict-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('through the CLI: the JSON report shows both captures with their signature lines', async () => {
    copyFileSync(samplePath('55-kb-roll-forward/edb-log.txt'), join(dir, 'a.txt'));
    writeFileSync(join(dir, 'b.txt'), EDB_LOG.replace(LOG_RAND, 'Rand:12345'));
    const run = await runCli(['check', 'a.txt', 'b.txt', '--format', 'json', '--fail-on', 'never'], { cwd: dir });
    expect(run.exitCode).toBe(0);
    const report = JSON.parse(run.stdout) as CheckReport;
    const duplicate = report.findings.find((finding) => finding.rule === 'duplicate-log');
    expect(duplicate?.message).toContain('Rand:710915685');
    expect(duplicate?.message).toContain('Rand:12345');
    expect(duplicate?.evidence.filter((line) => line.text.startsWith('Signature:')).map((line) => [line.input, line.text])).toEqual([
      ['a.txt', `Signature: Create time:8/3/1999 17:37:42 ${LOG_RAND} Computer:`],
      ['b.txt', 'Signature: Create time:8/3/1999 17:37:42 Rand:12345 Computer:'],
    ]);
  });
});
