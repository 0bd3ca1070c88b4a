/**
 * Windows paths as the captures print them (prompts `E:\exchsrvr\mdbdata>`, `Env SystemPath:`,
 * `Log file: D:\…\E000000007B.log`, attached database paths) and as cmd.exe takes them back.
 * File names compare case-insensitively on Windows.
 */

/** `D:\…`, `d:/…` or a UNC path `\\server\share\…`: a path that names its folder without a current directory. */
export function isAbsoluteWindowsPath(path: string): boolean {
  return /^[a-z]:[\\/]/i.test(path) || /^\\\\[^\\]+\\/.test(path);
}

/** `E:\exchsrvr\mdbdata\` → `E:\exchsrvr\mdbdata`; a drive root keeps its backslash (`D:\`). */
export function withoutTrailingSlash(folder: string): string {
  const trimmed = folder.trim();
  if (/^[a-z]:[\\/]?$/i.test(trimmed)) return `${trimmed.slice(0, 2)}\\`;
  return trimmed.replace(/[\\/]+$/, '');
}

/**
 * The absolute folder a file is in: the directory part of an absolute path, or of a relative
 * one read against the prompt's working directory `cwd`; undefined when neither says.
 */
export function folderOfFile(path: string, cwd?: string): string | undefined {
  const trimmed = path.trim();
  const cut = Math.max(trimmed.lastIndexOf('\\'), trimmed.lastIndexOf('/'));
  const dir = cut >= 0 ? trimmed.slice(0, cut + 1) : '';
  if (isAbsoluteWindowsPath(trimmed)) return withoutTrailingSlash(dir);
  if (cwd === undefined || !isAbsoluteWindowsPath(`${withoutTrailingSlash(cwd)}\\`)) return undefined;
  const base = withoutTrailingSlash(cwd);
  if (dir === '' || dir === '.\\' || dir === './') return base;
  if (/^[\\/]|\.\./.test(dir)) return undefined;
  return withoutTrailingSlash(`${base.endsWith('\\') ? base : `${base}\\`}${dir.replace(/^\.[\\/]/, '')}`);
}

/** `folder` + `\` + `file`, without a doubled backslash at a drive root. */
export function joinWindowsPath(folder: string, file: string): string {
  return folder.endsWith('\\') ? `${folder}${file}` : `${folder}\\${file}`;
}

/** Two paths name the same file or folder (case-insensitive, `/` as `\`, no trailing slash). */
export function sameWindowsPath(a: string, b: string): boolean {
  const norm = (p: string): string => withoutTrailingSlash(p.replace(/\//g, '\\')).toLowerCase();
  return norm(a) === norm(b);
}
