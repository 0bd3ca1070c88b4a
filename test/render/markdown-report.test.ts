import { describe, expect, it } from 'vitest';
import { marked, type Tokens } from 'marked';
import { renderReport } from '../../src/render/index.js';
import type { CheckReport } from '../../src/verdict/types.js';
import { expectGolden, FIXTURES, loadFixture, modified, templates } from './helpers.js';

const markdownOf = (report: CheckReport): string => renderReport(report, { format: 'md', templates });

/** The GFM tables of a Markdown document, as marked's lexer reads them. */
function tablesOf(markdown: string): Tokens.Table[] {
  const tables: Tokens.Table[] = [];
  marked.walkTokens(marked.lexer(markdown), (token) => {
    if (token.type === 'table') tables.push(token as Tokens.Table);
  });
  return tables;
}

const headerTexts = (table: Tokens.Table): string[] => table.header.map((cell) => cell.text);

describe('the Markdown report', () => {
  it.each(FIXTURES)('matches its golden file for %s', (name) => {
    expectGolden(`${name}.md`, markdownOf(loadFixture(name)));
  });

  it('starts with the verdict', () => {
    const lines = markdownOf(loadFixture('partial-gap-mismatch')).split('\n');
    expect(lines[0]).toBe('# esereport: PARTIAL ROLL FORWARD after the fixes in steps 2–4');
    expect(lines[2]).toBe(
      '**Verdict: PARTIAL ROLL FORWARD after the fixes in steps 2–4** — priv1.edb replays through E00003F1.log (1009), pub1.edb through E00003EC.log (1004); later logs cannot replay',
    );
  });

  it('has real tables for databases, signatures, paths and inputs (KB example)', () => {
    const tables = tablesOf(markdownOf(loadFixture('kb-roll-forward')));
    expect(tables.map((t) => [headerTexts(t), t.rows.length])).toEqual([
      [['Database', 'Path', 'State', 'Anchor', 'Log Required', 'Verdict', 'Replay'], 2],
      [['Generation', 'File', 'Signature', 'Matches anchor', 'Status'], 3],
      [['Generation', 'File', '1 PRIV.EDB', '2 PUB.EDB'], 3],
      [['Input', 'Encoding', 'Dumps', 'Unrecognized ranges', 'Problem'], 4],
    ]);
  });

  it('keeps every column of the signature table in a partial restore, one row per problem log', () => {
    const tables = tablesOf(markdownOf(loadFixture('partial-gap-mismatch')));
    const signatures = tables[1]!;
    expect(signatures.rows).toHaveLength(8);
    expect(signatures.rows.every((row) => row.length === 5)).toBe(true);
    expect(signatures.rows[4]!.map((cell) => cell.text)).toEqual([
      '1010 (0x3F2)',
      '`E00003F2.log`',
      'Create time:05/17/2004 14:02:10 Rand:19883 Computer:',
      '**no**',
      '**signature mismatch**',
    ]);
    const paths = tables[2]!;
    expect(paths.rows[4]!.map((cell) => cell.text)).toEqual([
      '1005 (0x3ED)',
      '`E00003ED.log`',
      '`D:\\Exchsrvr\\mdbdata\\priv1.edb`',
      '**changed:** `E:\\Exchsrvr\\mdbdata\\pub1.edb`',
    ]);
  });

  it('does not break the databases table when a path contains a pipe', () => {
    const report = modified(loadFixture('kb-roll-forward'), (r) => {
      r.databases[0]!.path = 'E:\\MDB|DATA\\PRIV.EDB';
      r.databases[0]!.state = 'Dirty | Shutdown';
    });
    const databases = tablesOf(markdownOf(report))[0]!;
    expect(databases.rows).toHaveLength(2);
    expect(databases.rows[0]!).toHaveLength(7);
    expect(databases.rows[0]![1]!.text).toBe('`E:\\MDB|DATA\\PRIV.EDB`');
    expect(markdownOf(report)).toContain('| `E:\\MDB\\|DATA\\PRIV.EDB` | Dirty \\| Shutdown |');
    const html = marked.parse(markdownOf(report), { async: false }) as string;
    expect(html).toContain('<td><code>E:\\MDB|DATA\\PRIV.EDB</code></td>');
    expect(html).toContain('<td>Dirty | Shutdown</td>');
  });

  it('renders a <script> captured in a path and in evidence as text', () => {
    const report = modified(loadFixture('kb-roll-forward'), (r) => {
      r.streams[0]!.signature = '<script>alert(1)</script>';
      r.findings[0]!.message = 'see <script>alert(2)</script>';
      r.findings[0]!.evidence[0]!.text = '<script>alert(3)</script>';
    });
    const html = marked.parse(markdownOf(report), { async: false }) as string;
    expect(html).not.toContain('<script>');
    expect(html).toContain('Log signature: &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('see &lt;script&gt;alert(2)&lt;/script&gt;');
    expect(html).toContain('priv.txt:3  &lt;script&gt;alert(3)&lt;/script&gt;');
  });

  it('lists the plan as an ordered list with its files', () => {
    const tokens = marked.lexer(markdownOf(loadFixture('partial-gap-mismatch')));
    const plan = tokens.find((t): t is Tokens.List => t.type === 'list' && t.ordered)!;
    expect(plan.items).toHaveLength(8);
    expect(plan.items[2]!.text).toBe('**Rename**: Rename E00003F1.log to E00.log.  \nFiles: `E00003F1.log`');
  });
});
