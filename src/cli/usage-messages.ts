/**
 * yargs' usage errors in esereport's words, each with a "did you mean" when a known word is
 * close: `Unknown argument: frmat` → `unknown option --frmat: did you mean --format?`;
 * `Invalid values: Argument: format, Given: "markdown", …` → `--format markdown: did you mean
 * md?`. No raw parser message reaches the user; one line each (SPEC §8).
 */
import { closest } from './did-you-mean.js';

/** Every option of every command, as typed after `--` (yargs reports them without dashes). */
export const OPTION_NAMES: readonly string[] = [
  'format',
  'output',
  'out-dir',
  'encoding',
  'anchor',
  'fail-on',
  'template',
  'quiet',
  'color',
  'no-color',
  'eseutil',
  'help',
  'version',
];

export const COMMAND_NAMES: readonly string[] = ['check', 'parse', 'explain', 'logname', 'collect', 'dump'];

/** Values users type for the documented ones (`--format markdown`), before edit distance. */
const VALUE_SYNONYMS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  format: { markdown: 'md', txt: 'text', plain: 'text', htm: 'html' },
  'fail-on': { errors: 'error', warnings: 'warning', none: 'never', off: 'never', info: 'never' },
};

const SHORT_OPTIONS: Readonly<Record<string, string>> = { f: 'format', o: 'output', q: 'quiet', h: 'help', V: 'version' };

function dashed(name: string): string {
  return name.length === 1 ? `-${name}` : `--${name}`;
}

function unknownWord(word: string, argv: readonly string[]): string {
  const asOption = argv.some((arg) => arg === `--${word}` || arg === `-${word}` || arg.startsWith(`--${word}=`) || arg === `--no-${word}`);
  if (!asOption) return `unexpected argument ${word}`;
  // yargs names `--no-colr` as `colr`: show it, and the suggestion, as typed.
  const negated = argv.includes(`--no-${word}`) ? 'no-' : '';
  const typed = negated ? `--no-${word}` : dashed(word);
  const suggestion = closest(word, OPTION_NAMES);
  return suggestion !== undefined ? `unknown option ${typed}: did you mean --${negated}${suggestion}?` : `unknown option ${typed}`;
}

function invalidValue(option: string, given: string, choices: readonly string[]): string {
  const suggestion = VALUE_SYNONYMS[option]?.[given.toLowerCase()] ?? closest(given, choices);
  const allowed = choices.length === 1 ? choices[0]! : `${choices.slice(0, -1).join(', ')} or ${choices.at(-1)}`;
  if (suggestion !== undefined) return `unknown --${option} ${given}: did you mean ${suggestion}? (${allowed})`;
  return `unknown --${option} ${given}: use ${allowed}`;
}

/** The friendly line for a yargs error message (without `esereport: `). */
export function usageMessage(message: string, argv: readonly string[]): string {
  const text = message.replace(/\s*\n\s*/g, ' ').trim();
  const unknown = /^Unknown arguments?: (.+)$/.exec(text);
  if (unknown) return unknown[1]!.split(', ').map((word) => unknownWord(word, argv)).join('; ');
  const invalid = /^Invalid values: Argument: (\S+), Given: "(.*)", Choices: (.+)$/.exec(text);
  if (invalid) return invalidValue(invalid[1]!, invalid[2]!, [...invalid[3]!.matchAll(/"([^"]*)"/g)].map((m) => m[1]!));
  const noValue = /^Not enough arguments following: (\S+)$/.exec(text);
  if (noValue) {
    const option = SHORT_OPTIONS[noValue[1]!] ?? noValue[1]!;
    return `${dashed(noValue[1]!)} needs a value${option !== noValue[1] ? ` (--${option})` : ''}`;
  }
  const required = /^Missing required argument: (\S+)$/.exec(text);
  if (required) return `--${required[1]} is required`;
  if (/^Not enough non-option arguments/.test(text)) {
    const command = argv.find((arg) => COMMAND_NAMES.includes(arg));
    const what: Readonly<Record<string, string>> = {
      explain: 'a JET error code or name, or a rule id (esereport explain -1811)',
      logname: 'a generation or a log file name (esereport logname 4815)',
      collect: 'the folder with the databases and logs (esereport collect D:\\MDBDATA --out-dir captures)',
    };
    if (command !== undefined && what[command] !== undefined) return `${command} needs ${what[command]}`;
  }
  return text;
}

/** `explian` given where an input belongs, and no such file: the command it most likely meant. */
export function commandTypo(word: string): string | undefined {
  if (/[\\/.*?]/.test(word)) return undefined;
  return closest(word, COMMAND_NAMES);
}
