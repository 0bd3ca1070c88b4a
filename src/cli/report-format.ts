/**
 * The report format of `check`: `--format` when given; else, with `-o FILE`, the file's
 * extension (`restore.md` is Markdown, not plain text with an .md name); else html for
 * `--out-dir` and text for the terminal.
 */
import { extname } from 'node:path';
import type { ReportFormat } from '../render/index.js';

const BY_EXTENSION: Readonly<Record<string, ReportFormat>> = {
  '.md': 'md',
  '.markdown': 'md',
  '.html': 'html',
  '.htm': 'html',
  '.json': 'json',
  '.txt': 'text',
};

export function reportFormat(options: { readonly format?: ReportFormat; readonly output?: string; readonly outDir?: string }): ReportFormat {
  if (options.format !== undefined) return options.format;
  if (options.output !== undefined) return BY_EXTENSION[extname(options.output).toLowerCase()] ?? 'text';
  return options.outDir ? 'html' : 'text';
}
