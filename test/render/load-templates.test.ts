import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadTemplates, packageRoot } from '../../src/cli/load-templates.js';

describe('loadTemplates', () => {
  it('finds the package root from src/ (vitest) and from dist/src/ (after the build)', () => {
    const root = packageRoot();
    expect(packageRoot(join(root, 'dist', 'src', 'cli', 'load-templates.js'))).toBe(root);
    expect(packageRoot(join(root, 'src', 'cli', 'load-templates.ts'))).toBe(root);
  });

  it('reads every built-in template and partial by name', () => {
    const sources = loadTemplates();
    expect(Object.keys(sources.templates).sort()).toEqual(['cases-index.html', 'cases-index.md', 'index.html', 'index.md', 'report.html', 'report.md']);
    expect(Object.keys(sources.partials).sort()).toEqual([
      'html-findings',
      'html-plan',
      'html-stream',
      'html-styles',
      'html-timeline',
      'md-findings',
      'md-plan',
      'md-stream',
    ]);
    expect(sources.templates['report.md']!.startsWith('# {{title}}')).toBe(true);
  });
});
