/**
 * Glob patterns expanded by esereport itself: `cmd` and PowerShell pass `edb*.log.txt` through
 * unexpanded. `*` matches within one path segment, `?` one character, `**` any number of
 * segments. Matching ignores case, as the Windows file system does (ESE file names are
 * case-insensitive: `EDB012CF.LOG` and `edb012cf.log` are the same log, ese-format.md §7.2).
 */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';

export function hasGlobMagic(pattern: string): boolean {
  return /[*?]/.test(pattern);
}

const escapeRegExp = (text: string): string => text.replace(/[.+^${}()|[\]\\]/g, '\\$&');

/** Segments of a pattern, split on `/` and `\`. */
function segmentsOf(pattern: string): string[] {
  return pattern.split(/[\\/]+/).filter((segment, i) => segment !== '' || i === 0);
}

/** Regular expression for a pattern relative to its base (segments joined by `/`). */
export function globToRegExp(relativePattern: string): RegExp {
  const segments = segmentsOf(relativePattern);
  let source = '';
  segments.forEach((segment, i) => {
    const last = i === segments.length - 1;
    if (segment === '**') {
      source += last ? '.*' : '(?:[^/]+/)*';
      return;
    }
    source += segment
      .split('')
      .map((c) => (c === '*' ? '[^/]*' : c === '?' ? '[^/]' : escapeRegExp(c)))
      .join('');
    if (!last) source += '/';
  });
  return new RegExp(`^${source}$`, 'i');
}

/** Leading segments without `*`/`?` (the folder to walk) and the rest of the pattern. */
export function splitGlobBase(pattern: string): { readonly base: string; readonly rest: string } {
  const segments = segmentsOf(pattern);
  const firstMagic = segments.findIndex(hasGlobMagic);
  const baseSegments = segments.slice(0, firstMagic);
  let base = baseSegments.join('/');
  if (baseSegments.length === 1 && baseSegments[0] === '') base = '/';
  if (/^[a-z]:$/i.test(base)) base += '/';
  return { base, rest: segments.slice(firstMagic).join('/') };
}

/**
 * Files matching a pattern, sorted, as paths starting with the pattern's own base (so reports
 * name them the way the user wrote them). Dotfiles and dot-folders are skipped unless the
 * pattern names them.
 */
export async function expandGlob(pattern: string, cwd: string): Promise<string[]> {
  const { base, rest } = splitGlobBase(pattern);
  const matcher = globToRegExp(rest);
  const recursive = rest.includes('**') || rest.includes('/');
  const showDotfiles = segmentsOf(rest).some((segment) => segment.startsWith('.'));
  const found: string[] = [];

  async function walk(relativeDir: string): Promise<void> {
    const absolute = join(cwd, base, relativeDir);
    let entries;
    try {
      entries = await readdir(absolute, { withFileTypes: true });
    } catch {
      return; // An unreadable folder matches nothing; a pattern with no match is reported.
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (entry.name.startsWith('.') && !showDotfiles) continue;
      const relative = relativeDir ? `${relativeDir}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        if (recursive) await walk(relative);
      } else if (matcher.test(relative)) {
        found.push(base ? join(base, relative) : relative);
      }
    }
  }

  await walk('');
  return found;
}
