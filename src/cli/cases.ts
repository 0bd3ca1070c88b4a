/**
 * `--cases [DEPTH]` (SPEC §8): the inputs split into independent cases.
 * - A folder given: each folder DEPTH levels below it (default 1: each subfolder) is a case with
 *   everything under it, recursively; files above that depth form a case of the folder that
 *   holds them (named as the input folder was given). DEPTH 0: the input folder is one case.
 * - A file given directly, a glob's match, `-`: a case of its own.
 * Case names are relative to their input folder and `/`-separated, the same on every system.
 * A folder at the case depth with no capture file in it is still a case (its row says so).
 * A file reached twice belongs to the first case that reached it.
 */
import { readdir, stat } from 'node:fs/promises';
import { isAbsolute, join, resolve } from 'node:path';
import { UsageError } from './errors.js';
import { hasGlobMagic } from './glob.js';
import { isSkippedInFolder, resolveInputs, specialKind, walkFolder, type FolderEntry, type InputSource } from './inputs.js';

export interface CaseInput {
  /** `4711` (below `tickets`), the input folder as given for its own files, or a file as given (`notes/priv.txt`). */
  readonly name: string;
  readonly sources: readonly InputSource[];
}

export const DEFAULT_CASE_DEPTH = 1;

const slashes = (path: string): string => path.split(/[\\/]+/).join('/');

interface Found {
  readonly name: string;
  readonly entries: FolderEntry[];
}

/** Walks `folder` (as the user wrote it) down to `depth`; `relative` is its path below the input folder. */
async function casesIn(folder: string, relative: string, depth: number, cwd: string, found: Found[], top: string): Promise<void> {
  if (depth === 0) {
    const entries: FolderEntry[] = [];
    await walkFolder(folder, cwd, entries);
    found.push({ name: relative === '' ? top : relative, entries });
    return;
  }
  const listed = await readdir(resolve(cwd, folder), { withFileTypes: true });
  listed.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const files: FolderEntry[] = [];
  const folders: string[] = [];
  for (const entry of listed) {
    if (isSkippedInFolder(entry.name)) continue;
    if (entry.isDirectory()) folders.push(entry.name);
    else if (entry.isFile() || entry.isSymbolicLink()) files.push({ name: join(folder, entry.name) });
    else {
      const special = specialKind(entry);
      if (special !== undefined) files.push({ name: join(folder, entry.name), special });
    }
  }
  // Files above the case depth: a case of the folder that holds them.
  if (files.length > 0) found.push({ name: relative === '' ? top : relative, entries: files });
  for (const name of folders) await casesIn(join(folder, name), relative === '' ? name : `${relative}/${name}`, depth - 1, cwd, found, top);
}

export async function discoverCases(specs: readonly string[], options: { readonly cwd: string; readonly stdinIsTTY: boolean; readonly depth: number }): Promise<CaseInput[]> {
  if (specs.length === 0) return (await resolveInputs([], options)).map((source) => ({ name: source.name, sources: [source] }));
  const cases: CaseInput[] = [];
  const seen = new Set<string>();
  for (const spec of specs) {
    const info = spec === '-' || hasGlobMagic(spec) ? undefined : await stat(isAbsolute(spec) ? spec : resolve(options.cwd, spec)).catch(() => undefined);
    if (!info?.isDirectory()) {
      // A file, a glob's matches, standard input: one case each (resolveInputs words the errors).
      for (const source of await resolveInputs([spec], options)) {
        const key = source.kind === 'file' ? source.path : source.name;
        if (seen.has(key)) continue;
        seen.add(key);
        cases.push({ name: slashes(source.name), sources: [source] });
      }
      continue;
    }
    const found: Found[] = [];
    await casesIn(spec, '', options.depth, options.cwd, found, slashes(spec).replace(/(.)\/$/, '$1'));
    for (const { name, entries } of found) {
      const sources: InputSource[] = [];
      for (const entry of entries) {
        const path = resolve(options.cwd, entry.name);
        if (seen.has(path)) continue;
        seen.add(path);
        sources.push(entry.special === undefined ? { kind: 'file', name: entry.name, path } : { kind: 'file', name: entry.name, path, special: entry.special });
      }
      // A folder whose files all belong to an earlier case adds nothing; an empty one is a case.
      if (sources.length > 0 || entries.length === 0) cases.push({ name, sources });
    }
  }
  return cases;
}

/** `--cases` as given: a whole number of folder levels (yargs gives the bare flag as 1). */
export function caseDepth(value: number | undefined): number {
  if (value === undefined) return DEFAULT_CASE_DEPTH;
  if (!Number.isInteger(value) || value < 0 || value > 64) throw new UsageError('--cases takes a number of folder levels (0, 1, 2, …)');
  return value;
}
