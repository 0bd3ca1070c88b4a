/**
 * Every samples/<folder>/expected.json, from the real captures: parse each capture file, run
 * checkDocument, and assert the verdict, the databases and the rule-id sets exactly.
 */
import { describe, expect, it } from 'vitest';
import { checkDocument } from '../../src/verdict/index.js';
import { expectValidReport } from '../rules/builders.js';
import { readScenario, scenarioFolders } from '../support/samples.js';
import { expectScenario, optionsFrom, readExpected } from './scenario-expectations.js';

const folders = scenarioFolders();

describe('sample scenarios from their real captures', () => {
  it('has scenario folders to check', () => {
    expect(folders.length).toBeGreaterThan(20);
  });
  for (const folder of folders) {
    it(`${folder} gives the verdict of its expected.json`, () => {
      const expected = readExpected(folder);
      const report = checkDocument(readScenario(folder), optionsFrom(expected.args));
      expectValidReport(report);
      expectScenario(report, expected);
    });
  }
});
