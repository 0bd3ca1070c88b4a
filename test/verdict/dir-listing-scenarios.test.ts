/**
 * Issue 16: the two scenarios with `dir` listings. Their command lines (`dir`, `prompt $G`, the
 * empty prompt) are held as commands and their listings as `dirListings`: no line is unrecognized,
 * and each expected.json holds (as test/verdict/scenarios.test.ts checks for every sample; here
 * with the plan's moves).
 */
import { describe, expect, it } from 'vitest';
import { checkDocument } from '../../src/verdict/index.js';
import { readScenario } from '../support/samples.js';
import { expectScenario, readExpected } from './scenario-expectations.js';

describe('the dir-listing scenarios (issue 16)', () => {
  for (const folder of ['2003-dir-listings', 'esentutl-ad-empty-prompt-dir']) {
    it(`${folder}: expected.json holds, no line unrecognized`, () => {
      const report = checkDocument(readScenario(folder));
      expect(report.findings.filter((f) => f.rule === 'unrecognized-input')).toEqual([]);
      expectScenario(report, readExpected(folder));
    });
  }

  it('each report input says how many files its listings show (an input holding only a listing is accounted for)', () => {
    const inputs = (folder: string) => checkDocument(readScenario(folder)).inputs.map((i) => [i.name.split('/').pop(), i.dumps, i.listedFiles]);
    expect(inputs('2003-dir-listings')).toEqual([
      ['dir.txt', 0, 15],
      ['logs.txt', 8, undefined],
      ['priv1-mh.txt', 1, undefined],
      ['priv1-stm-mh.txt', 1, undefined],
    ]);
    expect(inputs('esentutl-ad-empty-prompt-dir')).toEqual([['ticket.txt', 7, 11]]);
  });

  it('2003-dir-listings: the plan moves the listed E00.chk and the empty E00000A5.log aside, and deletes nothing', () => {
    const report = checkDocument(readScenario('2003-dir-listings'));
    const commands = report.plan.flatMap((s) => s.text.split('\n').slice(1));
    expect(commands.filter((c) => /E00\.chk|E00000A5/.test(c))).toEqual(['move "E00000A5.log" aside\\', 'move "E00.chk" aside\\']);
    expect(commands.filter((c) => /^\s*(del|erase|rd|rmdir|copy)\b|\/y\b/i.test(c))).toEqual([]);
  });
});
