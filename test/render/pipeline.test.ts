/**
 * Real scenario samples through the whole pipeline: the captures as the CLI reads them
 * (test/support/samples.ts) → checkDocument → render, compared with the goldens in
 * __golden__/pipeline-*.{md,html} (UPDATE_GOLDEN=1 rewrites them).
 */
import { readFileSync } from 'node:fs';
import { marked, type Tokens } from 'marked';
import { describe, expect, it } from 'vitest';
import { renderReport } from '../../src/render/index.js';
import { checkDocument } from '../../src/verdict/index.js';
import type { CheckReport } from '../../src/verdict/types.js';
import { readScenario, samplePath } from '../support/samples.js';
import { expectGolden, templates } from './helpers.js';

function checkSample(folder: string): CheckReport {
  return checkDocument(readScenario(folder));
}

describe.each(['55-kb-roll-forward', '55-generation-gap', '55-checkpoint-past-anchor', '55-no-edb-log-ceiling'])(
  'the sample %s through the whole pipeline',
  (folder) => {
    const expected = JSON.parse(readFileSync(samplePath(`${folder}/expected.json`), 'utf8')) as {
      verdict: string;
      databases: { name: string }[];
    };
    // Checked inside the tests, once for both.
    let checked: CheckReport | undefined;
    const reportOf = (): CheckReport => (checked ??= checkSample(folder));

    it('renders the verdict the sample expects, first, in Markdown, with a table row per database', () => {
      const report = reportOf();
      const markdown = renderReport(report, { format: 'md', templates });
      expect(report.verdict).toBe(expected.verdict);
      const databases = marked.lexer(markdown).find((t): t is Tokens.Table => t.type === 'table')!;
      expect(databases.rows.map((row) => row[0]!.text)).toEqual(expected.databases.map((db) => db.name));
      expectGolden(`pipeline-${folder}.md`, markdown);
    });

    it('renders an HTML report with a timeline per log stream', () => {
      const report = reportOf();
      const html = renderReport(report, { format: 'html', templates });
      expect(html.match(/<svg class="timeline"/g)).toHaveLength(report.streams.length);
      expectGolden(`pipeline-${folder}.html`, html);
    });
  },
);
