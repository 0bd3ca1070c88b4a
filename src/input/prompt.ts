/**
 * Command prompt lines in a capture (SPEC §3): `E:\mdbdata>eseutil /ml edb012cf.log | find /i "signature"`,
 * `C:\>edbutil /mk edb.chk`, `[PS] D:\Logs>eseutil /mh .\db01.edb`, `PS C:\> esentutl /mh x.edb`.
 * They tell which command, and so which file, the dump that follows belongs to.
 */

/** The command prompt line a dump follows (`E:\mdbdata>eseutil /ml edb012cf.log | find /i "sig"`). */
export interface PromptRef {
  readonly line: number;
  readonly text: string;
  /** The command after the prompt, e.g. `eseutil /ml edb012cf.log | find /i "signature"`. */
  readonly command: string;
  /** Working directory shown by the prompt, e.g. `E:\mdbdata`. */
  readonly directory?: string;
  /** Utility switch, lower-cased: `/mh`, `/ml`, `/mk`, `/k`, `/s`, `/x`, `/r`… */
  readonly mode?: string;
  /** File argument of the command, e.g. `edb012cf.log`. */
  readonly file?: string;
  /** Text of a `| find` filter, when present (`signature`). */
  readonly filter?: string;
}

/** `[PS] ` (Exchange Management Shell) or `PS ` (PowerShell) before the directory; cmd.exe has none. */
const SHELL = String.raw`(?:\[PS\][ \t]*|PS[ \t]+)?`;
/** `E:\mdbdata`: a drive and a path without the characters cmd.exe forbids in one. */
const DIRECTORY = String.raw`[A-Za-z]:\\[^<>|"\n]*`;

/**
 * No prompt at all before an ESE command typed into a ticket (`eseutil /ML "L:\…\E02.log"`, issue
 * 16): the utility's name in any case, `.exe` or not, then a switch. Prose naming a utility
 * (`esefile says …`) and the `esefile completes …` footer have no switch after the name.
 */
const BARE_COMMAND = String.raw`(?=[Ee][Ss][Ee](?:[Uu][Tt][Ii][Ll]|[Nn][Tt][Uu][Tt][Ll]|[Ff][Ii][Ll][Ee])(?:\.[Ee][Xx][Ee])?[ \t]+[/-][A-Za-z])`;
/**
 * The empty prompt of `prompt $G` (`>esentutl /mh ntds.dit`, `>dir`, a bare `>`): `>` then the
 * command right after it, or nothing. Not a quoted mail line (`> text`) nor `>>`.
 */
const EMPTY_PROMPT = String.raw`>(?=[^ \t>\n])|>(?![ \t]*[^ \t\n])`;

/**
 * The prompt: cmd.exe (`X:\dir>`), Exchange Management Shell (`[PS] X:\dir>`), PowerShell
 * (`PS X:\dir>`), the empty prompt, or none before an ESE command. The one prompt pattern: the
 * grammar's `Prompt` token (grammar/catalogue.ts) is it, and parsePromptLine reads lines with it.
 */
export const PROMPT_LABEL = new RegExp(`${SHELL}${DIRECTORY}>|${EMPTY_PROMPT}|${BARE_COMMAND}`);

/** A prompt line: blanks, the prompt (PROMPT_LABEL), blanks, then the command. */
const PROMPT = new RegExp(String.raw`^[ \t]*(${PROMPT_LABEL.source})[ \t]*(.*)$`);
/** The shell marker before a prompt's directory (`[PS] `, `PS `). */
const SHELL_MARKER = /^(?:\[PS\][ \t]*|PS[ \t]+)/;

/** The ESE utilities whose switch and file argument esereport reads. */
export type EseUtility = 'eseutil' | 'esentutl' | 'edbutil' | 'esefile';
const ESE_PROGRAM = /^(?:.*[\\/])?(eseutil|esentutl|edbutil|esefile)(?:\.exe)?$/i;
const FILTER_PROGRAM = /^(?:find|findstr|select-string|sls)(?:\.exe)?$/i;

// The patterns below run once per dump of archives of 100,000 dumps: compiled once (SPEC §9).
/**
 * A word of a command line: double-quoted, single-quoted, in typographic quotes (`“E02.log”`, as a
 * web page or Word turns `"`), quotes removed, or bare.
 */
const WORD = /"([^"]*)"?|'([^']*)'?|[“”]([^“”]*)[“”]?|(\S+)/g;
/** `for %f in (edb*.log) do @eseutil /ml %f`: the command run for each file. */
const LOOP = /^for\b.*?\bdo\b[ \t]*(.*)$/i;
/** A redirection at the end of the command (`>> logs.txt`). */
const REDIRECTION = /[ \t]*>>?[ \t]*\S+[ \t]*$/;
/** Switches of `find` / `findstr` (`/i`, `/c`) and of Select-String (`-Pattern`). */
const FILTER_SWITCH = /^[/-]\w$/;
const FILTER_PARAMETER = /^-\w+$/;
/** `/ml`, `-ml`; not `//server` or `/\path`. */
const SWITCH = /^[/-]/;
const NOT_SWITCH = /^[/-][/\\]/;
/** A loop variable or a wildcard names no single file. */
const NOT_ONE_FILE = /[%*?$]/;
const TRAILING_BLANKS = /[ \t]+$/;

/** Splits a command line into words, keeping quoted words whole (quotes removed). */
function words(command: string): string[] {
  const out: string[] = [];
  WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(command)) !== null) out.push(m[1] ?? m[2] ?? m[3] ?? m[4] ?? '');
  return out;
}

/** `for %f in (edb*.log) do @eseutil /ml %f` → `eseutil /ml %f`. */
function innerCommandOfLoop(command: string): string {
  const m = LOOP.exec(command);
  return m === null ? command : m[1]!;
}

/**
 * The words of a command's first stage: the program, then its arguments. Without cmd's `@` (echo
 * off for this command) nor PowerShell's call operator, which runs a tool given by a quoted path
 * (`& 'C:\…\eseutil.exe' /mh …`); a redirection at the end left out.
 */
function programWords(stage: string): string[] {
  const head = stage.startsWith('@') ? stage.slice(1) : stage;
  const first = words(head.replace(REDIRECTION, ''));
  if (first[0] === '&') first.shift();
  return first;
}

/**
 * The program a command line runs, as typed (`eseutil`, `C:\eseutil.exe`, `dir`, `chksig`, `for`),
 * quotes removed; undefined for an empty command. A `for` loop's is `for`.
 */
export function programOf(command: string): string | undefined {
  return programWords(command.trim().split('|')[0] ?? '')[0];
}

/**
 * The ESE utility a command runs — `eseutil`, `esentutl`, `edbutil` or `esefile`, lower-cased,
 * without its path or `.exe` — and for a `for` loop the one its `do` part runs for each file;
 * undefined when it runs none.
 */
export function eseUtilityOf(command: string): EseUtility | undefined {
  const program = programWords(innerCommandOfLoop(command.trim()).split('|')[0] ?? '')[0];
  const m = program === undefined ? null : ESE_PROGRAM.exec(program);
  return m === null ? undefined : (m[1]!.toLowerCase() as EseUtility);
}

interface ParsedCommand {
  mode?: string;
  file?: string;
  filter?: string;
}

/**
 * Reads the utility's switch, its file argument and a `| find "…"` filter into `into` (in that
 * order, each only when found).
 */
function readEseCommand(command: string, into: ParsedCommand): void {
  const stages = innerCommandOfLoop(command.trim()).split('|');
  const first = programWords(stages[0] ?? '');
  let filter: string | undefined;
  for (let s = 1; s < stages.length; s++) {
    const w = words(stages[s]!.trim());
    if (w[0] !== undefined && FILTER_PROGRAM.test(w[0])) {
      let pattern: string | undefined;
      for (let k = 1; k < w.length && pattern === undefined; k++) {
        if (!FILTER_SWITCH.test(w[k]!) && !FILTER_PARAMETER.test(w[k]!)) pattern = w[k];
      }
      filter = pattern ?? filter;
    }
  }
  const program = first[0];
  if (program === undefined || !ESE_PROGRAM.test(program)) {
    if (filter !== undefined) into.filter = filter;
    return;
  }
  let mode: string | undefined;
  let file: string | undefined;
  for (let k = 1; k < first.length; k++) {
    const word = first[k]!;
    if (SWITCH.test(word) && word.length > 1 && !NOT_SWITCH.test(word)) {
      mode ??= '/' + word.slice(1).toLowerCase();
    } else if (file === undefined && word !== '') {
      file = word;
    }
  }
  if (file !== undefined && NOT_ONE_FILE.test(file)) file = undefined;
  if (mode !== undefined) into.mode = mode;
  if (file !== undefined) into.file = file;
  if (filter !== undefined) into.filter = filter;
}

/** A prompt line → PromptRef, or undefined when the line is not a prompt. */
export function parsePromptLine(text: string, line: number): PromptRef | undefined {
  const m = PROMPT.exec(text);
  if (m === null) return undefined;
  const shown = m[1]!;
  const command = m[2]!.trim();
  // Built by assignment, not by spreading: one prompt per dump (SPEC §9); keys in this order.
  const prompt: { line: number; text: string; command: string; directory?: string } & ParsedCommand = { line, text, command };
  // The empty prompt and a command without a prompt show no directory.
  if (shown.length > 1) prompt.directory = shown.slice(0, -1).replace(SHELL_MARKER, '').replace(TRAILING_BLANKS, '');
  readEseCommand(command, prompt);
  return prompt;
}

/**
 * Cheap test used on every line by the segmenter before the full parse; `from` is where the
 * line's text starts (the segmenter has skipped its blanks), so the line is sliced only when
 * it may well be a prompt.
 */
export function looksLikePrompt(text: string, from = 0): boolean {
  let i = from;
  while (text[i] === ' ' || text[i] === '\t') i++;
  const c = text.charCodeAt(i);
  const isLetter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  const maybe =
    c === 91 /* [ */ ||
    c === 80 /* P */ ||
    c === 62 /* > */ ||
    ((c === 69 || c === 101) /* E e */ && (text.charCodeAt(i + 1) | 32) === 115 /* s */) ||
    (isLetter && text[i + 1] === ':' && text[i + 2] === '\\' && text.includes('>', i));
  return maybe && PROMPT.test(from === 0 ? text : text.slice(from));
}
