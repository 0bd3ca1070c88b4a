/**
 * A user's `--template` that Handlebars refuses is the user's mistake, not esereport's: the
 * error names the template file, the line and column, and the unknown field (templates compile
 * with `strict: true`, so a misspelt field throws `"nmae" not defined in [object Object] - 4:13`,
 * with a 1-based line and a 0-based column) or the parse error.
 */
import { UsageError } from './errors.js';

interface HandlebarsLocation {
  readonly lineNumber?: unknown;
  readonly column?: unknown;
}

/** The first lines of a Handlebars parse error: `Parse error on line 2:`, the excerpt, the caret, `Expecting …`. */
const PARSE_ERROR = /^Parse error on line (\d+):\n(.*)\n(-*)\^\n(.*)$/s;

/** Where a parse error's excerpt ends in its line (Handlebars shows up to 20 characters before the error). */
function parseErrorColumn(source: string, line: number, excerpt: string, caret: number): number | undefined {
  const before = excerpt.slice(0, caret).replace(/^\.\.\./, '');
  const text = source.split(/\r?\n/)[line - 1];
  if (text === undefined || before === '') return undefined;
  const at = text.indexOf(before);
  return at >= 0 ? at + before.length + 1 : undefined;
}

export function templateError(error: unknown, path: string, source: string): UsageError | undefined {
  if (!(error instanceof Error)) return undefined;
  const parse = PARSE_ERROR.exec(error.message);
  if (parse) {
    const line = Number(parse[1]);
    const column = parseErrorColumn(source, line, parse[2]!, parse[3]!.length);
    const expected = parse[4]!.split('\n')[0]!;
    return new UsageError(`template ${path}, line ${line}${column !== undefined ? `, column ${column}` : ''}: cannot parse it (${expected})`);
  }
  const { lineNumber, column } = error as HandlebarsLocation;
  if (typeof lineNumber !== 'number') return undefined;
  const where = `template ${path}, line ${lineNumber}${typeof column === 'number' ? `, column ${column + 1}` : ''}`;
  const unknownField = /^"([^"]+)" not defined in /.exec(error.message);
  if (unknownField) {
    // Handlebars names the missing segment (`lable`); the template has the whole path there (`verdict.lable`).
    const path = typeof column === 'number' ? /^[\w@./-]+/.exec(source.split(/\r?\n/)[lineNumber - 1]?.slice(column) ?? '')?.[0] : undefined;
    const within = path !== undefined && path !== unknownField[1] && path.endsWith(unknownField[1]!) ? ` in ${path}` : '';
    return new UsageError(`${where}: unknown field ${unknownField[1]}${within} (the fields are listed in src/render/view-model.ts)`);
  }
  return new UsageError(`${where}: ${error.message.replace(/ - \d+:\d+$/, '')}`);
}
