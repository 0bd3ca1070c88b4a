/**
 * `Env` lines of log and checkpoint headers (ese-format.md §2.1, §2.2, §4):
 * `Env (CircLog,Session,Opentbl,VerPage,Cursors,LogBufs,LogFile,Buffers)` followed by
 * `(    off,   1027,  51350, …)`; ESE97 has no CircLog column. `LogFile` is the log size in
 * 512-byte sectors (10240 = 5 MB, 2048 = 1 MB); CircLog is the circular-logging setting.
 */

export interface EnvSettings {
  /** Column name → value as printed (trimmed). */
  readonly values: ReadonlyMap<string, string>;
  readonly circularLogging?: boolean;
  readonly logFileSectors?: number;
}

function listInParentheses(text: string): string[] | undefined {
  const open = text.indexOf('(');
  const close = text.indexOf(')', open + 1);
  if (open < 0) return undefined;
  const inner = text.slice(open + 1, close < 0 ? undefined : close);
  const parts = inner.split(',');
  for (let i = 0; i < parts.length; i++) parts[i] = parts[i]!.trim();
  return parts;
}

const SECTORS = /^\d+$/;

/** Pairs the heading's column names with the values line; undefined when either is not a list. */
export function parseEnvBlock(heading: string, valuesLine: string): EnvSettings | undefined {
  const names = listInParentheses(heading);
  const values = listInParentheses(valuesLine);
  if (names === undefined || values === undefined || names.length < 2) return undefined;
  const map = new Map<string, string>();
  for (let i = 0; i < names.length; i++) {
    const v = values[i];
    if (v !== undefined && names[i] !== '') map.set(names[i]!, v);
  }
  const circ = map.get('CircLog');
  const logFile = map.get('LogFile');
  // Built by assignment, not by spreading: one Env block per log header (SPEC §9).
  const settings: { values: Map<string, string>; circularLogging?: boolean; logFileSectors?: number } = { values: map };
  const circularLogging = circ === undefined ? undefined : parseOnOff(circ);
  if (circularLogging !== undefined) settings.circularLogging = circularLogging;
  if (logFile !== undefined && SECTORS.test(logFile)) settings.logFileSectors = Number(logFile);
  return settings;
}

const ON = /^[ \t]*:?[ \t]*(?:on|true|yes)/i;
const OFF = /^[ \t]*:?[ \t]*(?:off|false|no)/i;

/** `on`/`off`, `true`/`false`, `yes`/`no` at the start of a value (after an optional colon). */
export function parseOnOff(value: string): boolean | undefined {
  if (ON.test(value)) return true;
  if (OFF.test(value)) return false;
  return undefined;
}
