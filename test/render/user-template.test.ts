import { describe, expect, it } from 'vitest';
import { renderReport } from '../../src/render/index.js';
import { loadFixture, modified, templates } from './helpers.js';

describe('a user template (--template FILE)', () => {
  const report = loadFixture('kb-roll-forward');

  it('renders over the same view model as the built-in reports', () => {
    const userTemplate =
      '{{verdict.label}}: {{#each databases}}{{name}}@{{anchor.file}} {{/each}}| {{#each streams}}{{#each signatureRows}}[{{fileText}}]{{/each}}{{/each}}';
    expect(renderReport(report, { format: 'text', templates, userTemplate })).toBe(
      'ROLL FORWARD: priv.edb@Edb012cf.log pub.edb@Edb012cf.log | [Edb012cf.log][Edb012d0.log … Edb012dc.log — 13 logs, all match][Edb.log]',
    );
  });

  it('is strict: a field that does not exist is an error, not an empty string', () => {
    expect(() => renderReport(report, { format: 'text', templates, userTemplate: '{{verdict.colour}}' })).toThrow(
      /"colour" not defined/,
    );
  });

  it('escapes HTML when the format is html and nothing when it is text', () => {
    const tricky = modified(report, (r) => {
      r.databases[0]!.name = '<b>priv</b>.edb';
    });
    const userTemplate = '{{#each databases}}{{name}};{{/each}}';
    expect(renderReport(tricky, { format: 'html', templates, userTemplate })).toBe('&lt;b&gt;priv&lt;/b&gt;.edb;pub.edb;');
    expect(renderReport(tricky, { format: 'text', templates, userTemplate })).toBe('<b>priv</b>.edb;pub.edb;');
  });

  it('offers the Markdown escaping helpers when the format is md', () => {
    const piped = modified(report, (r) => {
      r.databases[0]!.path = 'E:\\A|B\\PRIV.EDB';
    });
    const userTemplate = '{{#each databases}}| {{mdCell name}} | {{mdCellCode path}} |\n{{/each}}';
    expect(renderReport(piped, { format: 'md', templates, userTemplate })).toBe(
      '| priv.edb | `E:\\A\\|B\\PRIV.EDB` |\n| pub.edb | `E:\\MDBDATA\\PUB.EDB` |\n',
    );
  });
});
