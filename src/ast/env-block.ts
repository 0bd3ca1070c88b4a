/**
 * `Env` lines of log and checkpoint headers (ese-format.md §2.1, §2.2, §4):
 * `Env (CircLog,Session,Opentbl,VerPage,Cursors,LogBufs,LogFile,Buffers)` followed by
 * `(    off,   1027,  51350, …)`; ESE97 has no CircLog column. `LogFile` is the log size in
 * 512-byte sectors (10240 = 5 MB, 2048 = 1 MB); CircLog is the circular-logging setting.
 */

export interface EnvSettings {
  /** The heading's column names, trimmed, in the order printed. */
  readonly columns: readonly string[];
  /** The values line's entries, trimmed, in the same order (`values[i]` is under `columns[i]`). */
  readonly values: readonly string[];
  readonly circularLogging?: boolean;
  readonly logFileSectors?: number;
}

/**
 * The comma-separated entries between `(` and `)` (or the end of the text), trimmed. Scanned
 * with indexOf rather than split: one Env block per log header (SPEC §9).
 */
function listInParentheses(text: string): string[] | undefined {
  const open = text.indexOf('(');
  if (open < 0) return undefined;
  let close = text.indexOf(')', open + 1);
  if (close < 0) close = text.length;
  const parts: string[] = [];
  for (let start = open + 1; ; ) {
    let end = text.indexOf(',', start);
    if (end < 0 || end > close) end = close;
    parts.push(text.slice(start, end).trim());
    if (end === close) return parts;
    start = end + 1;
  }
}

/** The value under the last column named `column` that has one (a repeated column: the last wins). */
function valueUnder(column: string, columns: readonly string[], values: readonly string[]): string | undefined {
  for (let i = columns.length - 1; i >= 0; i--) {
    if (columns[i] === column && values[i] !== undefined) return values[i];
  }
  return undefined;
}

const SECTORS = /^\d+$/;

/**
 * The last block read and what it gave: every `/ml` dump of a stream prints the same `Env (…)`
 * heading and values line (SPEC §9). The dumps then share one EnvSettings, which nothing changes.
 */
let lastHeading: string | undefined;
let lastValuesLine: string | undefined;
let lastSettings: EnvSettings | undefined;

/** Pairs the heading's column names with the values line; undefined when either is not a list. */
export function parseEnvBlock(heading: string, valuesLine: string): EnvSettings | undefined {
  if (heading === lastHeading && valuesLine === lastValuesLine) return lastSettings;
  lastSettings = readEnvBlock(heading, valuesLine);
  lastHeading = heading;
  lastValuesLine = valuesLine;
  return lastSettings;
}

function readEnvBlock(heading: string, valuesLine: string): EnvSettings | undefined {
  const columns = listInParentheses(heading);
  const values = listInParentheses(valuesLine);
  if (columns === undefined || values === undefined || columns.length < 2) return undefined;
  const circ = valueUnder('CircLog', columns, values);
  const logFile = valueUnder('LogFile', columns, values);
  // Built by assignment, not by spreading (SPEC §9).
  const settings: { -readonly [K in keyof EnvSettings]: EnvSettings[K] } = { columns, values };
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
