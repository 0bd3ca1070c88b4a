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
  return inner.split(',').map((part) => part.trim());
}

/** Pairs the heading's column names with the values line; undefined when either is not a list. */
export function parseEnvBlock(heading: string, valuesLine: string): EnvSettings | undefined {
  const names = listInParentheses(heading);
  const values = listInParentheses(valuesLine);
  if (names === undefined || values === undefined || names.length < 2) return undefined;
  const map = new Map<string, string>();
  names.forEach((name, i) => {
    const v = values[i];
    if (v !== undefined && name !== '') map.set(name, v);
  });
  const circ = map.get('CircLog');
  const logFile = map.get('LogFile');
  const sectors = logFile !== undefined && /^\d+$/.test(logFile) ? Number(logFile) : undefined;
  const circularLogging = circ === undefined ? undefined : parseOnOff(circ);
  return {
    values: map,
    ...(circularLogging === undefined ? {} : { circularLogging }),
    ...(sectors === undefined ? {} : { logFileSectors: sectors }),
  };
}

/** `on`/`off`, `true`/`false`, `yes`/`no` at the start of a value (after an optional colon). */
export function parseOnOff(value: string): boolean | undefined {
  const v = value.replace(/^[ \t]*:?[ \t]*/, '').toLowerCase();
  if (v.startsWith('on') || v.startsWith('true') || v.startsWith('yes')) return true;
  if (v.startsWith('off') || v.startsWith('false') || v.startsWith('no')) return false;
  return undefined;
}
