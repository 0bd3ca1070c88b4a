/**
 * The parser, evidence, rules and reporters, loaded on demand: `esereport --version` and
 * `logname` must start without chevrotain or handlebars (SPEC §9, well under 0.3 s).
 */
import type { ReportFormat, TemplateSources } from '../../render/index.js';

export async function loadParser(): Promise<typeof import('../../ast/index.js')> {
  return import('../../ast/index.js');
}

export async function loadAnalysis(): Promise<{
  readonly evidence: typeof import('../../evidence/index.js');
  readonly verdict: typeof import('../../verdict/index.js');
  /** The collector's tables for what parse workers hand over (src/read/wire/identity.ts). */
  readonly identity: typeof import('../../read/wire/identity.js');
}> {
  const [evidence, verdict, identity] = await Promise.all([
    import('../../evidence/index.js'),
    import('../../verdict/index.js'),
    import('../../read/wire/identity.js'),
  ]);
  return { evidence, verdict, identity };
}

export async function loadRender(): Promise<typeof import('../../render/index.js')> {
  return import('../../render/index.js');
}

const NO_TEMPLATES: TemplateSources = { templates: {}, partials: {} };

/**
 * The built-in Handlebars templates and partials (src/cli/load-templates.ts, the render part).
 * The built-in JSON report needs none; a user template may use the partials in any format.
 */
export async function loadTemplateSources(format: ReportFormat, userTemplate: boolean): Promise<TemplateSources> {
  if (format === 'json' && !userTemplate) return NO_TEMPLATES;
  const { loadTemplates } = await import('../load-templates.js');
  return loadTemplates();
}
