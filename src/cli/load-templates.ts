/**
 * Reads the built-in Handlebars templates (`templates/*.hbs`, `templates/partials/*.hbs`) from
 * the package, synchronously: a report is rendered once per run, and the CLI is the only place
 * that touches the file system (the renderers get the sources as data).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TemplateSources } from '../render/index.js';

/**
 * The folder holding package.json, walking up from this module: `src/cli/` under vitest and
 * `dist/src/cli/` after the build both reach the package root.
 */
export function packageRoot(from: string = fileURLToPath(import.meta.url)): string {
  let dir = dirname(from);
  for (;;) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`esereport: package.json not found above ${from}`);
    dir = parent;
  }
}

/** Name (file name without `.hbs`) → source, for every `.hbs` directly in a folder. */
function readTemplateFolder(folder: string): Record<string, string> {
  const sources: Record<string, string> = {};
  if (!existsSync(folder)) return sources;
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.hbs')) continue;
    sources[entry.name.slice(0, -'.hbs'.length)] = readFileSync(join(folder, entry.name), 'utf8');
  }
  return sources;
}

export function loadTemplates(): TemplateSources {
  const folder = join(packageRoot(), 'templates');
  return {
    templates: readTemplateFolder(folder),
    partials: readTemplateFolder(join(folder, 'partials')),
  };
}
