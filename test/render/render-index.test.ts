import { describe, expect, it } from 'vitest';
import { marked, type Tokens } from 'marked';
import { renderIndex, type BatchIndexEntry } from '../../src/render/index.js';
import { expectGolden, loadFixture, templates } from './helpers.js';

const entries: BatchIndexEntry[] = [
  { href: 'kb-roll-forward.html', report: loadFixture('kb-roll-forward') },
  { href: 'E00 (sg1)/partial.html', report: loadFixture('partial-gap-mismatch') },
  { href: 'point-in-time.html', report: loadFixture('point-in-time') },
];

describe('the batch index', () => {
  it('lists each report worst verdict first, in a Markdown table with working links', () => {
    const markdown = renderIndex(entries, { format: 'md', templates });
    expectGolden('index.md', markdown);
    const table = marked.lexer(markdown).find((t): t is Tokens.Table => t.type === 'table')!;
    expect(table.rows.map((row) => [row[0]!.text, row[2]!.text, row[4]!.text])).toEqual([
      [
        '[point-in-time.html](point-in-time.html)',
        '**POINT IN TIME ONLY**',
        '4815 (0x12CF) E00000012CF.log … 4831 (0x12DF) E00.log',
      ],
      [
        '[E00 (sg1)/partial.html](E00%20%28sg1%29/partial.html)',
        '**PARTIAL ROLL FORWARD after the fixes in steps 2–4**',
        '998 (0x3E6) E00003E6.log … 1016 (0x3F8) E00.log',
      ],
      [
        '[kb-roll-forward.html](kb-roll-forward.html)',
        '**ROLL FORWARD**',
        '4815 (0x12CF) Edb012cf.log … 4829 (0x12DD) Edb.log',
      ],
    ]);
    expect(markdown.split('\n')[2]).toBe('1 POINT IN TIME ONLY, 1 PARTIAL ROLL FORWARD, 1 ROLL FORWARD');
  });

  it('links each report from an HTML page with its databases and findings', () => {
    const html = renderIndex(entries, { format: 'html', templates });
    expectGolden('index.html', html);
    expect(html.match(/<a href="/g)).toHaveLength(3);
    expect(html).toContain('<a href="E00 (sg1)/partial.html">E00 (sg1)/partial.html</a>');
    expect(html).toContain('<td data-label="Databases">priv1.edb, pub1.edb</td>');
    expect(html).toContain('<td data-label="Findings">5 errors, 1 warning</td>');
  });
});

describe('the case index (--cases) in Markdown', () => {
  it('puts the totals first and one table row per case, worst first, each with its own databases', async () => {
    const { caseIndexEntry, casesIndex } = await import('../../src/verdict/cases.js');
    const { renderCasesIndex } = await import('../../src/render/index.js');
    const index = casesIndex([
      caseIndexEntry('srv1/night-1', loadFixture('kb-roll-forward'), { report: 'srv1_night-1.md' }),
      caseIndexEntry('srv1/night 2', loadFixture('point-in-time'), { report: 'srv1_night_2.md' }),
    ]);
    const markdown = renderCasesIndex(index, { format: 'md', templates });
    expect(markdown.split('\n').slice(0, 3)).toEqual(['# esereport: 2 cases', '', '1 POINT IN TIME ONLY, 1 ROLL FORWARD']);
    const table = marked.lexer(markdown).find((t): t is Tokens.Table => t.type === 'table')!;
    expect(table.rows.map((row) => [row[0]!.text, row[2]!.text])).toEqual([
      ['[srv1/night 2](srv1_night_2.md)', 'Mailbox Database.edb POINT IN TIME ONLY (replays no log)'],
      ['[srv1/night-1](srv1_night-1.md)', 'priv.edb ROLL FORWARD (replays 4815 (0x12CF) – 4829 (0x12DD)); pub.edb ROLL FORWARD (replays 4815 (0x12CF) – 4829 (0x12DD))'],
    ]);
  });
});
