/**
 * Tokens of eseutil / esentutl / esefile text output (ese-format.md).
 *
 * The lexer is line-oriented: a token is a whole line. Its pattern starts with what says what
 * kind of line it is (a label such as `lGeneration`, a banner line, a footer, a progress bar…)
 * and takes the rest of the line, the line break, any blank lines after it (double-spaced
 * pastes read like single-spaced ones) and the next line's indentation. The value — the rest
 * of the line after the label — is cut from the token's image (`labelLength`, `lineLength`)
 * and parsed later by the value parsers in `src/ast/`.
 *
 * Why not Chevrotain's ini example, where the label pushes a value mode, the value is a token
 * and the line break another (the shape this grammar had first)? Three tokens a line and a
 * mode switch cost 2.5 times as much to lex and parse as one token a line, and an archive of
 * 100,000 log dumps is 3.5 million lines (SPEC §9). What a line is, is decided the same way:
 * by the label at its start.
 *
 * Chevrotain matches the FIRST token that fits, in the order of `lineTokens`: longer labels
 * come before their prefixes (`Checkpoint file:` before `Checkpoint`), specific labels before
 * the generic `Label:` and the catch-all `Text`.
 */
import type { IToken, TokenType } from 'chevrotain';
import { createToken, Lexer } from './chevrotain.js';

/** Any character but the line feed (ranges, not a complement set, so the lexer can optimise). */
export const NOT_LF = '\\u0000-\\u0009\\u000b-\\uffff';

/**
 * The end of a line: its line feed, any blank lines after it and the next line's indentation
 * (segments are joined with `\n` only: src/input/segment.ts splits CRLF, LF and CR).
 */
const LINE_END = '\\n(?:[ \\t\\r\\f\\v\\u00a0\\ufeff]*\\n)*[ \\t\\f\\v\\u00a0\\ufeff]*';

/**
 * The start characters of a pattern that starts with a character class of `ranges` (inclusive
 * character codes), as the lexer keeps them: each code below 256, and above it one code per block
 * of characters the lexer files together (Chevrotain's charCodeToOptimizedIndex, 255 + ⌊c / 255⌋).
 * Given as a hint, the lexer need not analyse the pattern at start-up (about 6 ms for the three
 * class patterns); test/grammar/tokens-start-chars checks the lexer ends with the same table.
 * Codes, not a string: two codes in a row can be a surrogate pair, which a string would join.
 */
export function classStartCodes(ranges: readonly (readonly [number, number])[]): number[] {
  const codes: number[] = [];
  let lastBlock = -1;
  for (const [low, high] of ranges) {
    for (let c = low; c <= high; ) {
      if (c < 256) {
        codes.push(c++);
        continue;
      }
      const block = Math.floor(c / 255);
      if (block !== lastBlock) codes.push(c);
      lastBlock = block;
      c = (block + 1) * 255;
    }
  }
  return codes;
}

/** The category of the lone line breaks the grammar consumes between lines. */
export const Newline = createToken({ name: 'Newline', pattern: Lexer.NA, label: 'end of line' });

/** A line break no line token took: blank lines at the start of a segment. */
export const LineBreak = createToken({
  name: 'LineBreak',
  pattern: new RegExp(LINE_END),
  line_breaks: true,
  start_chars_hint: [10],
  categories: [Newline],
  label: 'end of line',
});

/** Indentation and blanks: eseutil right-aligns its labels; pastes add or remove indentation (§0.8). */
export const Blank = createToken({
  name: 'Blank',
  pattern: /[ \t\r\f\v\u00a0\u2000-\u200b\u202f\u3000\ufeff]+/,
  start_chars_hint: classStartCodes([[0x20, 0x20], [0x09, 0x09], [0x0d, 0x0d], [0x0c, 0x0c], [0x0b, 0x0b], [0xa0, 0xa0], [0x2000, 0x200b], [0x202f, 0x202f], [0x3000, 0x3000], [0xfeff, 0xfeff]]),
  group: Lexer.SKIPPED,
});

/** The label pattern of each line token, sticky, to find where its value starts. */
const labelPatterns = new Map<TokenType, RegExp>();

/**
 * A label that is a fixed text, then maybe blanks (`[ \t]*` or `+`), then a colon, required or not
 * (`lGeneration[ \t]*:?`, `Checkpoint at log creation time[ \t]*:?`): where it ends in a token's
 * image is counted, not matched with the pattern again (a label is cut from each line of each of
 * 100,000 log dumps, SPEC §9). The lexer matched the whole label, so the text is there.
 */
interface FixedLabel {
  readonly text: number;
  /** The label as line records name it: the text without blanks or a colon at its ends. */
  readonly label: string;
  readonly blanks: boolean;
  readonly colon: 'none' | 'optional' | 'required';
}
const fixedLabels = new Map<TokenType, FixedLabel>();
const FIXED_LABEL = /^((?:[A-Za-z0-9 ]|\\[()])+)(\[ \\t\][*+])?(:\??)?$/;

/**
 * The generic `Label:` (GenericLabel): a letter, at most 60 characters that are not a colon, the
 * colon. It ends at the image's first colon, found with indexOf.
 */
const THROUGH_FIRST_COLON = '[A-Za-z][^:\\n]{0,60}:';
const throughFirstColon = new Set<TokenType>();

/** The FixedLabel a label pattern is, if it is one (`\(` and `\)` are one character of text). */
export function fixedLabelOf(pattern: RegExp): FixedLabel | undefined {
  if (pattern.flags !== '') return undefined;
  const m = FIXED_LABEL.exec(pattern.source);
  if (m === null) return undefined;
  const literal = m[1]!.replaceAll('\\', '');
  const label = literal.replace(/^[ \t]+/, '').replace(/[ \t:]+$/, '');
  return { text: literal.length, label, blanks: m[2] !== undefined, colon: m[3] === undefined ? 'none' : m[3] === ':' ? 'required' : 'optional' };
}

/**
 * A line token: `name` is the token's name, `label` what error messages and tests show (the
 * text as eseutil prints it), `pattern` the label that starts the line (it never spans a line;
 * test/grammar/tokens-line-breaks checks it). The token takes the rest of the line after it.
 */
export function token(
  name: string,
  label: string,
  pattern: RegExp,
  options: { categories?: TokenType[]; startChars?: string | readonly number[] } = {},
): TokenType {
  const startChars = options.startChars ?? literalStart(pattern);
  const type = createToken({
    name,
    pattern: new RegExp(`(?:${pattern.source})[${NOT_LF}]*(?:${LINE_END})?`),
    // The lexer tracks offsets only (grammar/lexer.ts): line numbers come from the segment's
    // lines (src/ast/line-records.ts). Saying so spares the lexer analysing each pattern for
    // line terminators at start-up.
    line_breaks: true,
    // The characters a match can start with, given instead of having the lexer work them out from
    // the pattern at start-up: half of the lexer's construction time (SPEC §9). test/grammar/
    // tokens-start-chars checks each one against that analysis.
    ...(startChars === undefined ? {} : { start_chars_hint: [...startChars] }),
    label: `'${label}'`,
    ...(options.categories === undefined ? {} : { categories: options.categories }),
  });
  labelPatterns.set(type, new RegExp(pattern.source, 'y'));
  const fixed = fixedLabelOf(pattern);
  if (fixed !== undefined) fixedLabels.set(type, fixed);
  if (pattern.flags === '' && pattern.source === THROUGH_FIRST_COLON) throughFirstColon.add(type);
  return type;
}

/** Where a line token's label ends in its image: its value starts there (`Last Consistent: |(…)`). */
export function labelLength(line: IToken): number {
  const fixed = fixedLabels.get(line.tokenType);
  if (fixed !== undefined) {
    const image = line.image;
    let end = fixed.text;
    if (fixed.blanks) {
      let c = image.charCodeAt(end);
      while (c === 32 || c === 9) c = image.charCodeAt(++end);
    }
    if (fixed.colon !== 'none' && image.charCodeAt(end) === 58 /* : */) end++;
    return end;
  }
  if (throughFirstColon.has(line.tokenType)) return line.image.indexOf(':') + 1;
  const pattern = labelPatterns.get(line.tokenType);
  if (pattern === undefined) return 0;
  pattern.lastIndex = 0;
  return pattern.test(line.image) ? pattern.lastIndex : 0;
}

/**
 * The label of a line token with a fixed label (`lGeneration` for `lGeneration:   4815`), the
 * same string for every line of its kind: no slice of each image. Undefined for other labels.
 */
export function fixedLabelText(type: TokenType): string | undefined {
  return fixedLabels.get(type)?.label;
}

/** Where a line token's line ends in its image: its line break starts there. */
export function lineLength(line: IToken): number {
  const lf = line.image.indexOf('\n');
  return lf < 0 ? line.image.length : lf;
}

/** The label patterns, for tests. */
export function labelPatternOf(type: TokenType): RegExp | undefined {
  return labelPatterns.get(type);
}

/** `Last Consistent` starts with `L`, `\(` with `(`; undefined when a pattern can start otherwise. */
function literalStart(pattern: RegExp): string | undefined {
  const source = pattern.source;
  if (source.includes('|') || pattern.flags.includes('i')) return undefined;
  if (/^[A-Za-z0-9]/.test(source)) return source[0];
  if (/^\\[(|.]/.test(source)) return source[1];
  return undefined;
}

export const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
export const DIGITS = '0123456789';

/** A family of line-start tokens one grammar rule accepts (e.g. every label carrying a log position). */
function category(name: string, label: string): TokenType {
  return createToken({ name, pattern: Lexer.NA, label });
}

export const BannerLine = category('BannerLine', 'banner line');
export const SubjectLabel = category('SubjectLabel', 'Database: / Log file: / Checkpoint file: / Base name: / File:');
export const LogPositionLabel = category('LogPositionLabel', 'label of a log position');
export const DateLabel = category('DateLabel', 'label of a date');
export const SignatureLabel = category('SignatureLabel', 'Signature: / DB Signature: / Log Signature:');
export const GenerationRangeLabel = category('GenerationRangeLabel', 'Log Required: / Log Committed:');
export const NumberLabel = category('NumberLabel', 'label of a number');
export const AttachedDatabaseLabel = category('AttachedDatabaseLabel', 'label of an attached database block');
export const IntegrityStatement = category('IntegrityStatement', 'integrity statement');
export const ErrorStatement = category('ErrorStatement', 'ERROR: / FAILURE:');
export const WarningStatement = category('WarningStatement', 'WARNING: / notice');
export const ChecksumTitle = category('ChecksumTitle', 'Checksumming / Checksum Status (% complete)');
export const ProgressMark = category('ProgressMark', 'progress bar');
export const ChecksumCounterLabel = category('ChecksumCounterLabel', 'checksum counter');
export const FooterStatement = category('FooterStatement', 'final status line');
/** A step, status title or message of a recovery / integrity / repair run (`Performing soft recovery...`). */
export const RunLine = category('RunLine', 'step of a recovery, integrity or repair run');
/** The lines of a cmd.exe `dir` listing (issue 16): volume, `Directory of`, entries, totals. */
export const DirListingLine = category('DirListingLine', 'dir listing line');
/**
 * What the KB batch files print besides eseutil's own lines (issue 16): chksig.bat's
 * `SIGNATURE MATCHING FAILED FOR …` (Q296787), the `fc` output and `echo` separators of sigchk.bat
 * and pathchk.bat (Q237767).
 */
export const BatchLine = category('BatchLine', 'KB batch file line');
