/**
 * Command prompt lines in a capture (SPEC §3): `E:\mdbdata>eseutil /ml edb012cf.log | find /i "signature"`,
 * `C:\>edbutil /mk edb.chk`, `[PS] D:\Logs>eseutil /mh .\db01.edb`, `PS C:\> esentutl /mh x.edb`.
 * They tell which command, and so which file, the dump that follows belongs to.
 */
import type { PromptRef } from '../ast/types.js';

/** cmd.exe (`X:\dir>`), Exchange Management Shell (`[PS] X:\dir>`) and PowerShell (`PS X:\dir>`). */
const PROMPT = /^[ \t]*((?:\[PS\][ \t]*|PS[ \t]+)?)([A-Za-z]:\\[^<>|"\n]*?)>[ \t]*(.*)$/;

/** The ESE utilities whose switch and file argument esereport reads. */
const ESE_PROGRAM = /^(?:.*[\\/])?(eseutil|esentutl|edbutil|esefile)(?:\.exe)?$/i;
const FILTER_PROGRAM = /^(?:find|findstr|select-string|sls)(?:\.exe)?$/i;

/** Splits a command line into words, keeping quoted words whole (quotes removed). */
function words(command: string): string[] {
  const out: string[] = [];
  const re = /"([^"]*)"?|'([^']*)'?|(\S+)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(command)) !== null) out.push(m[1] ?? m[2] ?? m[3] ?? '');
  return out;
}

/** `for %f in (edb*.log) do @eseutil /ml %f` → `eseutil /ml %f`. */
function innerCommandOfLoop(command: string): string {
  const m = /^for\b.*?\bdo\b[ \t]*(.*)$/i.exec(command);
  return m === null ? command : m[1]!;
}

interface ParsedCommand {
  readonly mode?: string;
  readonly file?: string;
  readonly filter?: string;
}

/** Reads the utility's switch, its file argument and a `| find "…"` filter. */
export function parseEseCommand(command: string): ParsedCommand {
  const stages = innerCommandOfLoop(command.trim()).split('|');
  const first = words((stages[0] ?? '').replace(/^@/, '').replace(/[ \t]*>>?[ \t]*\S+[ \t]*$/, ''));
  let filter: string | undefined;
  for (const stage of stages.slice(1)) {
    const w = words(stage.trim());
    if (w[0] !== undefined && FILTER_PROGRAM.test(w[0])) {
      filter = w.slice(1).find((word) => !/^[/-]\w$/.test(word) && !/^-\w+$/.test(word)) ?? filter;
    }
  }
  const program = first[0];
  if (program === undefined || !ESE_PROGRAM.test(program)) return filter === undefined ? {} : { filter };
  let mode: string | undefined;
  let file: string | undefined;
  for (const word of first.slice(1)) {
    if (/^[/-]/.test(word) && word.length > 1 && !/^[/-][/\\]/.test(word)) {
      mode ??= '/' + word.slice(1).toLowerCase();
    } else if (file === undefined && word !== '') {
      file = word;
    }
  }
  // A loop variable or a wildcard names no single file.
  if (file !== undefined && /[%*?$]/.test(file)) file = undefined;
  return {
    ...(mode === undefined ? {} : { mode }),
    ...(file === undefined ? {} : { file }),
    ...(filter === undefined ? {} : { filter }),
  };
}

/** A prompt line → PromptRef, or undefined when the line is not a prompt. */
export function parsePromptLine(text: string, line: number): PromptRef | undefined {
  const m = PROMPT.exec(text);
  if (m === null) return undefined;
  const directory = m[2]!.replace(/[ \t]+$/, '');
  const command = m[3]!.trim();
  return { line, text, command, directory, ...parseEseCommand(command) };
}

/** Cheap test used on every line by the segmenter before the full parse. */
export function looksLikePrompt(text: string): boolean {
  let i = 0;
  while (text[i] === ' ' || text[i] === '\t') i++;
  const c = text.charCodeAt(i);
  if (c === 91 /* [ */ || c === 80 /* P */) return PROMPT.test(text);
  const isLetter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return isLetter && text[i + 1] === ':' && text[i + 2] === '\\' && text.includes('>') && PROMPT.test(text);
}
