import { describe, expect, it } from 'vitest';
import { renderReport } from '../../src/render/index.js';
import { loadFixture, templates } from './helpers.js';

describe('the terminal text report', () => {
  const text = renderReport(loadFixture('partial-gap-mismatch'), { format: 'text', templates });
  const lines = text.split('\n');

  it('puts the verdict on the first line, then findings, then the plan', () => {
    expect(lines[0]).toBe(
      'PARTIAL ROLL FORWARD after the fixes in steps 2–4 — priv1.edb replays through E00003F1.log (1009), pub1.edb through E00003EC.log (1004); later logs cannot replay',
    );
    // Word for word the JSON report's summary.
    expect(lines[0]).toBe(loadFixture('partial-gap-mismatch').summary);
    expect(lines[1]).toBe('5 errors, 1 warning, 1 info');
    expect(lines.indexOf('Findings')).toBeGreaterThan(0);
    expect(lines.indexOf('Plan')).toBeGreaterThan(lines.indexOf('Findings'));
  });

  it('lists the logs that need attention, not the healthy ones', () => {
    const at = lines.findIndex((line) => line.startsWith('Log stream E00'));
    expect(lines.slice(at, lines.indexOf('', at))).toEqual([
      'Log stream E00  998 (0x3E6) E00003E6.log … 1016 (0x3F8) E00.log',
      '  2 before the anchor, 1 anchor, 9 ok, 1 signature mismatch, 2 missing, 4 after the gap',
      '  signature mismatch   1010 (0x3F2)  E00003F2.log',
      '  missing              1011 (0x3F3)  E00003F3.log',
      '  missing              1012 (0x3F4)  E00003F4.log',
      '  after the gap        1013–1016 (0x3F5–0x3F8)  E00003F5.log … E00.log — 4 logs, stranded after the gap',
      '  path change          at 1005 (0x3ED) E00003ED.log pub1.edb',
      '  log signature change at 1010 (0x3F2) E00003F2.log',
    ]);
  });

  it('shows each finding with its rule, KB step and evidence lines', () => {
    const at = lines.findIndex((line) => line.includes('log-signature-mismatch:'));
    expect(lines.slice(at, at + 4)).toEqual([
      '  error   log-signature-mismatch: E00003F2.log (1010, 0x3F2) has signature Rand:19883, not the anchor log\'s Rand:715244149: move it aside; nothing after it replays. [Q296787 roll forward step 8]',
      '          subjects: E00003F2.log',
      '          E00-logs.txt:41  Signature: Create time:03/01/2004 09:12:44 Rand:715244149 Computer:',
      '          E00-logs.txt:521  Signature: Create time:05/17/2004 14:02:10 Rand:19883 Computer:',
    ]);
  });

  it('prints no SPEC section where a finding cites no KB article', () => {
    expect(lines.find((line) => line.includes('unrecognized-input:'))).toBe(
      '  warning unrecognized-input: E00-logs.txt lines 801-803 are not a recognized eseutil dump.',
    );
  });

  it('numbers the plan steps with their files', () => {
    const at = lines.indexOf('Plan');
    expect(lines.slice(at + 1, at + 5)).toEqual([
      '   1. Stop the Microsoft Exchange Information Store service.',
      '   2. Move these logs out of the transaction log folder (do not delete them).',
      '      files: E00003F2.log, E00003F5.log, E00003F6.log, E00003F7.log, E00.log',
      '   3. Rename E00003F1.log to E00.log.',
    ]);
  });

  it('has no ANSI escape unless colour is asked for', () => {
    expect(text).not.toContain('\u001b[');
    const coloured = renderReport(loadFixture('partial-gap-mismatch'), { format: 'text', templates, color: true });
    expect(coloured.split('\n')[0]).toBe(
      '\u001b[1m\u001b[33mPARTIAL ROLL FORWARD after the fixes in steps 2–4\u001b[0m\u001b[0m — priv1.edb replays through E00003F1.log (1009), pub1.edb through E00003EC.log (1004); later logs cannot replay',
    );
    // eslint-disable-next-line no-control-regex -- removing the ANSI colour codes
    expect(coloured.replace(/\u001b\[[0-9;]*m/g, '')).toBe(text);
  });
});

describe('the JSON report', () => {
  it('is the CheckReport itself, indented by two spaces', () => {
    const report = loadFixture('two-streams');
    const json = renderReport(report, { format: 'json', templates });
    expect(json).toBe(JSON.stringify(report, null, 2));
    expect(JSON.parse(json)).toEqual(report);
  });
});
