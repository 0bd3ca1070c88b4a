/**
 * Command-line inputs → the captures to read (SPEC §8): files, folders (recursive), globs and
 * `-` for standard input; standard input alone when nothing is given and it is not a terminal.
 */
import { readdir, stat } from 'node:fs/promises';
import { isAbsolute, join, resolve } from 'node:path';
import { UsageError } from './errors.js';
import { expandGlob, hasGlobMagic } from './glob.js';

export type InputSource =
  | { readonly kind: 'file'; readonly name: string; readonly path: string }
  | { readonly kind: 'stdin'; readonly name: '<stdin>' };

export const STDIN_NAME = '<stdin>';

/** Files a folder walk leaves out: reports (ours or others') and hidden files. */
export function isSkippedInFolder(fileName: string): boolean {
  return fileName.startsWith('.') || /\.(md|json|html?)$/i.test(fileName);
}

async function walkFolder(folder: string, cwd: string, found: string[]): Promise<void> {
  const entries = await readdir(resolve(cwd, folder), { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (isSkippedInFolder(entry.name)) continue;
    const child = join(folder, entry.name);
    if (entry.isDirectory()) await walkFolder(child, cwd, found);
    else if (entry.isFile() || entry.isSymbolicLink()) found.push(child);
  }
}

export interface ResolveOptions {
  readonly cwd: string;
  readonly stdinIsTTY: boolean;
}

/**
 * Expands the inputs in order, without duplicates. A missing file or a glob that matches
 * nothing is a usage error naming it; a folder with no capture in it yields nothing.
 */
export async function resolveInputs(specs: readonly string[], options: ResolveOptions): Promise<InputSource[]> {
  if (specs.length === 0) {
    if (options.stdinIsTTY) {
      throw new UsageError(
        'no input: give capture files, folders or globs, or pipe eseutil output into esereport (see esereport --help)',
      );
    }
    return [{ kind: 'stdin', name: STDIN_NAME }];
  }
  const sources: InputSource[] = [];
  const seen = new Set<string>();
  const addFile = (name: string): void => {
    const path = resolve(options.cwd, name);
    if (seen.has(path)) return;
    seen.add(path);
    sources.push({ kind: 'file', name, path });
  };
  let stdinAdded = false;
  for (const spec of specs) {
    if (spec === '-') {
      if (!stdinAdded) sources.push({ kind: 'stdin', name: STDIN_NAME });
      stdinAdded = true;
      continue;
    }
    if (hasGlobMagic(spec)) {
      const matches = (await expandGlob(spec, options.cwd)).filter(
        (match) => !isSkippedInFolder(match.split(/[\\/]/).pop() ?? '') || /\.(md|json|html?)$/i.test(spec),
      );
      if (matches.length === 0) throw new UsageError(`no file matches ${spec}`);
      matches.forEach(addFile);
      continue;
    }
    const path = isAbsolute(spec) ? spec : resolve(options.cwd, spec);
    let info;
    try {
      info = await stat(path);
    } catch {
      throw new UsageError(`cannot read ${spec}: no such file or folder`);
    }
    if (info.isDirectory()) {
      const found: string[] = [];
      await walkFolder(spec, options.cwd, found);
      found.forEach(addFile);
    } else {
      addFile(spec);
    }
  }
  return sources;
}
