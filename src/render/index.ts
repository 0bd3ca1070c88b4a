/**
 * CheckReport → text, Markdown, HTML or JSON (SPEC §7).
 *
 * Markdown and HTML are Handlebars templates (templates/*.hbs, loaded by the CLI through
 * src/cli/load-templates.ts) printed over the view model (view-model.ts); text is written in
 * code for its colours; JSON is the report itself.
 */
import type { CheckReport } from '../verdict/types.js';
import { templateEnvironment, type TemplateFlavour } from './handlebars.js';
import { buildIndexView } from './index-view-model.js';
import { buildCasesIndexView } from './cases-index-view-model.js';
import type { CasesIndex } from '../verdict/cases.js';
import { jsonChunks } from './json-chunks.js';
import { renderText, renderTextChunks } from './text-reporter.js';
import { buildReportView } from './view-model.js';

export type { ReportView } from './view-model.js';
export type { IndexView } from './index-view-model.js';
export { buildReportView } from './view-model.js';
export { buildIndexView } from './index-view-model.js';
export { buildCasesIndexView, type CasesIndexView } from './cases-index-view-model.js';

export type ReportFormat = 'text' | 'md' | 'html' | 'json';

/** Handlebars sources of the built-in templates, loaded by the CLI (src/cli/load-templates.ts). */
export interface TemplateSources {
  /** Template name (file name without `.hbs`) → source. */
  readonly templates: Readonly<Record<string, string>>;
  /** Partial name → source. */
  readonly partials: Readonly<Record<string, string>>;
}

export interface RenderOptions {
  readonly format: ReportFormat;
  readonly templates: TemplateSources;
  /** ANSI colour in text output (CLI decides: TTY and no NO_COLOR). */
  readonly color?: boolean;
  /**
   * `--template FILE`: a user's Handlebars source, rendered over the same view model
   * (ReportView), strict. Escaping follows `format`: `html` escapes HTML; `md` escapes nothing
   * and offers the `mdText` / `mdCode` / `mdCell` / `mdCellCode` / `mdFence` / `mdUrl` helpers; `text`
   * and `json` escape nothing.
   */
  readonly userTemplate?: string;
}

/** Built-in template of each templated format. */
const REPORT_TEMPLATES = { md: 'report.md', html: 'report.html' } as const;

const FLAVOURS = { text: 'plain', md: 'markdown', html: 'html', json: 'plain' } as const satisfies Record<
  ReportFormat,
  TemplateFlavour
>;

export function renderReport(report: CheckReport, options: RenderOptions): string {
  if (options.userTemplate !== undefined) {
    const env = templateEnvironment(options.templates, FLAVOURS[options.format]);
    return env.compile(options.userTemplate)(buildReportView(report));
  }
  switch (options.format) {
    case 'json':
      return [...jsonChunks(report)].join('');
    case 'text':
      return renderText(buildReportView(report), options.color === true);
    case 'md':
    case 'html': {
      const env = templateEnvironment(options.templates, FLAVOURS[options.format]);
      return env.template(REPORT_TEMPLATES[options.format])(buildReportView(report));
    }
  }
}

/**
 * The report as pieces of text to write one after the other, made as they are written: the
 * built-in JSON report in pieces of about 64 KB, its log entries generated 16 at a time, so that
 * the report of 100,000 logs (about 50 MB) is never one string nor one array (SPEC §9, issue
 * 18); text likewise, from its view model. Markdown, HTML and `--template` reports are one
 * Handlebars render of the view model, whose tables fold runs of logs (O(runs)): one piece.
 */
export function renderReportChunks(report: CheckReport, options: RenderOptions): Iterable<string> {
  if (options.userTemplate === undefined) {
    if (options.format === 'json') return jsonChunks(report);
    if (options.format === 'text') return renderTextChunks(buildReportView(report), options.color === true);
  }
  return [renderReport(report, options)];
}

/** One row of the batch index (`--out-dir`): a stream's report file and its verdict. */
export interface BatchIndexEntry {
  readonly href: string;
  readonly report: CheckReport;
}

export function renderIndex(
  entries: readonly BatchIndexEntry[],
  options: { readonly format: 'md' | 'html'; readonly templates: TemplateSources },
): string {
  const env = templateEnvironment(options.templates, FLAVOURS[options.format]);
  return env.template(options.format === 'md' ? 'index.md' : 'index.html')(buildIndexView(entries));
}

/** The index of `--cases --out-dir` (templates/cases-index.*.hbs): every case's own verdict, worst first. */
export function renderCasesIndex(index: CasesIndex, options: { readonly format: 'md' | 'html'; readonly templates: TemplateSources }): string {
  const env = templateEnvironment(options.templates, FLAVOURS[options.format]);
  return env.template(options.format === 'md' ? 'cases-index.md' : 'cases-index.html')(buildCasesIndexView(index));
}
