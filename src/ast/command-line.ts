/**
 * A command line that prints no dump (issue 16): `E:\mdbdata>for %f in (edb*.log) do eseutil /ml
 * %f | find /i "signature"` (cmd echoes each command the loop runs on a prompt line of its own,
 * and those start the dumps), `D:\Exchsrvr\mdbdata>dir`, `C:\Windows\NTDS>prompt $G`,
 * `T:\exchsrvr\mdbdata>sigchk.bat edb012cf.log` (Q237767: its output goes to a file), the empty
 * prompt a capture ends with. The AST holds it as a command, whole, not as unrecognized text.
 */
import { eseUtilityOf, programOf, type PromptRef } from '../input/prompt.js';
import type { CommandKind, CommandLine } from './types.js';

/** cmd.exe's `for` (`for %f in (…) do …`, `for /f "delims=" %a in (…) do …`). */
const FOR_LOOP = /^@?for[ \t].*\bdo\b/i;
/** cmd.exe's `dir`, with its switches and folders (`dir`, `dir /od *.log`, `dir/b`). */
const DIR = /^@?dir(?:[ \t/]|$)/i;
/** A batch file: by its extension, or a KB's batch file by its name (Q296787 `chksig`, Q237767 `sigchk`, `pathchk`). */
const BATCH_FILE = /(?:^|[\\/])(?:[^\\/]+\.(?:bat|cmd)|(?:chksig|sigchk|pathchk)(?:\.bat)?)$/i;

/** What the command of a prompt line runs. */
export function commandKind(command: string): CommandKind {
  if (command === '') return 'empty';
  if (FOR_LOOP.test(command)) return 'forLoop';
  if (DIR.test(command)) return 'dir';
  const program = programOf(command);
  if (program !== undefined && BATCH_FILE.test(program)) return 'batchFile';
  if (eseUtilityOf(command) !== undefined) return 'eseCommand';
  return 'other';
}

/** A prompt line that starts no dump → the command it holds (keys in the order of the AST contract). */
export function commandLine(prompt: PromptRef): CommandLine {
  const out: { -readonly [K in keyof CommandLine]: CommandLine[K] } = {
    line: prompt.line,
    kind: commandKind(prompt.command),
    text: prompt.text,
    command: prompt.command,
  };
  if (prompt.directory !== undefined) out.directory = prompt.directory;
  const utility = eseUtilityOf(prompt.command);
  if (utility !== undefined) out.utility = utility;
  if (prompt.mode !== undefined) out.mode = prompt.mode;
  if (prompt.file !== undefined) out.file = prompt.file;
  if (prompt.filter !== undefined) out.filter = prompt.filter;
  return out;
}
