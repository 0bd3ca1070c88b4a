/**
 * Command-line inputs → the captures to read (SPEC §8): files, folders (recursive), globs and
 * `-` for standard input; standard input alone when nothing is given and it is not a terminal.
 */
import { readdir, stat } from 'node:fs/promises';
import { isAbsolute, join, resolve } from 'node:path';
import { UsageError } from './errors.js';
import { expandGlob, hasGlobMagic } from './glob.js';

export type InputSource =
  | {
      readonly kind: 'file';
      readonly name: string;
      readonly path: string;
      /**
       * Set for an entry of a folder that is no file (`a named pipe (FIFO)`, `a socket`, `a
       * device`): it is listed among the inputs with a problem, never opened (reading a pipe
       * nobody writes to would wait forever).
       */
      readonly special?: string;
    }
  | { readonly kind: 'stdin'; readonly name: '<stdin>' };

/** What a folder entry is when it is neither a file, a folder nor a link. */
export function specialKind(entry: { isFIFO(): boolean; isSocket(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean }): string | undefined {
  if (entry.isFIFO()) return 'a named pipe (FIFO)';
  if (entry.isSocket()) return 'a socket';
  if (entry.isCharacterDevice() || entry.isBlockDevice()) return 'a device';
  return undefined;
}

export const STDIN_NAME = '<stdin>';

/** Files a folder walk leaves out: reports (ours or others') and hidden files. */
export function isSkippedInFolder(fileName: string): boolean {
  return fileName.startsWith('.') || /\.(md|json|html?)$/i.test(fileName);
}

export interface FolderEntry {
  readonly name: string;
  readonly special?: string;
}

/** Every capture file under `folder`, recursively, in name order (`folder` as the user wrote it, from `cwd`). */
export async function walkFolder(folder: string, cwd: string, found: FolderEntry[]): Promise<void> {
  const entries = await readdir(resolve(cwd, folder), { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (isSkippedInFolder(entry.name)) continue;
    const child = join(folder, entry.name);
    if (entry.isDirectory()) await walkFolder(child, cwd, found);
    else if (entry.isFile() || entry.isSymbolicLink()) found.push({ name: child });
    else {
      const special = specialKind(entry);
      if (special !== undefined) found.push({ name: child, special });
    }
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
  const addFile = (name: string, special?: string): void => {
    const path = resolve(options.cwd, name);
    if (seen.has(path)) return;
    seen.add(path);
    sources.push(special === undefined ? { kind: 'file', name, path } : { kind: 'file', name, path, special });
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
      for (const match of matches) addFile(match);
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
      const found: FolderEntry[] = [];
      await walkFolder(spec, options.cwd, found);
      for (const entry of found) addFile(entry.name, entry.special);
    } else {
      addFile(spec);
    }
  }
  return sources;
}
