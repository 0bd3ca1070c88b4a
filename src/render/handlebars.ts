/**
 * The Handlebars environments of the reporters: isolated (`Handlebars.create()`, nothing leaks
 * into or out of the global instance), `strict: true` (a misspelt field is an error, not an
 * empty cell), and one flavour per output:
 * - `html`: Handlebars escapes every `{{value}}`; a capture holding `<script>` prints as text.
 * - `markdown`: compiled with `noEscape` (HTML entities would show in a ticket); every captured
 *   string is escaped in code by the `md*` helpers (see markdown-escape.ts).
 * - `plain`: `noEscape`, no Markdown helpers (user templates for text output).
 */
import type Handlebars from 'handlebars';
import { createRequire } from 'node:module';
import type { TemplateSources } from './index.js';
import { markdownCellCode, markdownCode, markdownFence, markdownText, markdownUrl } from './markdown-escape.js';

export type TemplateFlavour = 'html' | 'markdown' | 'plain';

export type CompiledTemplate = (view: object) => string;

export interface TemplateEnvironment {
  readonly flavour: TemplateFlavour;
  /** A built-in template by name (file name without `.hbs`, e.g. `report.md`). */
  template(name: string): CompiledTemplate;
  /** Compiles a user's source (`--template FILE`) in this environment. */
  compile(source: string): CompiledTemplate;
}

/** Helpers shared by every flavour: comparisons the templates need, nothing that formats. */
function registerCommonHelpers(hb: typeof Handlebars): void {
  hb.registerHelper('eq', (a: unknown, b: unknown) => a === b);
  hb.registerHelper('join', (list: unknown, separator: unknown) =>
    Array.isArray(list) ? list.join(typeof separator === 'string' ? separator : ', ') : '',
  );
}

function registerMarkdownHelpers(hb: typeof Handlebars): void {
  const str = (value: unknown): string => (value === null || value === undefined ? '' : String(value));
  hb.registerHelper('mdText', (value: unknown) => markdownText(str(value)));
  // In a table cell plain text escapes the same way (`\|` is valid everywhere).
  hb.registerHelper('mdCell', (value: unknown) => markdownText(str(value)));
  hb.registerHelper('mdCode', (value: unknown) => markdownCode(str(value)));
  hb.registerHelper('mdCellCode', (value: unknown) => markdownCellCode(str(value)));
  hb.registerHelper('mdUrl', (value: unknown) => markdownUrl(str(value)));
  hb.registerHelper('mdFence', (value: unknown, indent: unknown) =>
    markdownFence(str(value), typeof indent === 'string' ? indent : ''),
  );
}

/**
 * Handlebars itself, required on the first environment: loading it takes about 50 ms, and the
 * text and JSON reports, which every one-dump check prints, never use it (SPEC §9 start-up).
 * It is CommonJS, so `require` loads it synchronously and the render API stays synchronous.
 */
function loadHandlebars(): typeof Handlebars {
  return createRequire(import.meta.url)('handlebars') as typeof Handlebars;
}

function createEnvironment(sources: TemplateSources, flavour: TemplateFlavour): TemplateEnvironment {
  const hb = loadHandlebars().create();
  const options: CompileOptions = { strict: true, noEscape: flavour !== 'html' };
  registerCommonHelpers(hb);
  if (flavour === 'markdown') registerMarkdownHelpers(hb);
  // Partials compiled here so they run with the same strict / escaping options.
  for (const [name, source] of Object.entries(sources.partials)) {
    hb.registerPartial(name, hb.compile(source, options));
  }
  const compiled = new Map<string, CompiledTemplate>();
  return {
    flavour,
    template(name) {
      let template = compiled.get(name);
      if (!template) {
        const source = sources.templates[name];
        if (source === undefined) throw new Error(`esereport: built-in template "${name}" is missing`);
        template = hb.compile(source, options);
        compiled.set(name, template);
      }
      return template;
    },
    compile(source) {
      return hb.compile(source, options);
    },
  };
}

type CompileOptions = Parameters<typeof Handlebars.compile>[1];

// One environment per template set and flavour: a batch renders thousands of reports.
const environments = new WeakMap<TemplateSources, Map<TemplateFlavour, TemplateEnvironment>>();

export function templateEnvironment(sources: TemplateSources, flavour: TemplateFlavour): TemplateEnvironment {
  let byFlavour = environments.get(sources);
  if (!byFlavour) {
    byFlavour = new Map();
    environments.set(sources, byFlavour);
  }
  let env = byFlavour.get(flavour);
  if (!env) {
    env = createEnvironment(sources, flavour);
    byFlavour.set(flavour, env);
  }
  return env;
}
