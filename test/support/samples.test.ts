/** The samples helper reads every capture exactly as `esereport parse` reads it. */
import { describe, expect, it } from 'vitest';
import type { AstDocument } from '../../src/ast/types.js';
import { runCli } from '../cli/harness.js';
import { allCaptures, captureFiles, readSample, readScenario, sampleText, scenarioFolders, textCaptures } from './samples.js';

describe('test/support/samples.ts', () => {
  it('gives, for every capture of every scenario, the AST `esereport parse samples` prints', async () => {
    const run = await runCli(['parse', 'samples', '--format', 'json']);
    const printed = JSON.parse(run.stdout) as AstDocument;
    const captures = allCaptures();
    expect(printed.inputs.map((input) => input.name)).toEqual(captures.map((capture) => `samples/${capture}`));
    for (const [i, capture] of captures.entries()) {
      expect(JSON.parse(JSON.stringify(readSample(capture, `samples/${capture}`))), capture).toEqual(printed.inputs[i]);
    }
  });

  it('lists the scenario folders and their captures, READMEs and expectations left out', () => {
    expect(scenarioFolders().length).toBeGreaterThan(40);
    expect(captureFiles('cp850-accented-path')).toEqual(['logs.txt', 'priv-mh.txt']);
    expect(captureFiles('wrong-file-binary')).toEqual(['logs.txt', 'priv-mh.txt', 'priv.edb']);
    // The ESE files and the other binary files are captures, not text captures.
    expect(allCaptures().filter((capture) => capture.startsWith('srum-dirty-ese-files/'))).toHaveLength(7);
    expect(textCaptures().filter((capture) => capture.startsWith('srum-dirty-ese-files/') || capture.endsWith('.edb'))).toEqual([]);
  });

  it('decodes the cmd capture in cp850, as the CLI does (0x82 is é, not the latin1 ‚)', () => {
    expect(sampleText('cp850-accented-path/priv-mh.txt').split('\r\n')[0]).toBe('D:\\Données\\Exchsrvr\\MDBDATA>eseutil /mh PRIV.EDB');
    expect(readScenario('cp850-accented-path').inputs.map((input) => [input.name, input.encoding, input.lineEnding])).toEqual([
      ['logs.txt', 'cp850', 'CRLF'],
      ['priv-mh.txt', 'cp850', 'CRLF'],
    ]);
  });
});
