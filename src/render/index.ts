/**
 * CheckReport → text, Markdown, HTML or JSON (SPEC §7). OWNER: render.
 * Interface stub until the reporters land.
 */
import type { CheckReport } from '../verdict/types.js';

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
  /** `--template FILE`: a user's Handlebars source, rendered over the same view model. */
  readonly userTemplate?: string;
}

export function renderReport(_report: CheckReport, _options: RenderOptions): string {
  throw new Error('renderReport: not implemented yet');
}

/** One row of the batch index (`--out-dir`): a stream's report file and its verdict. */
export interface BatchIndexEntry {
  readonly href: string;
  readonly report: CheckReport;
}

export function renderIndex(
  _entries: readonly BatchIndexEntry[],
  _options: { readonly format: 'md' | 'html'; readonly templates: TemplateSources },
): string {
  throw new Error('renderIndex: not implemented yet');
}
