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
import { fixedLabelLength, fixedLabelPattern, isFixedLabel, type FixedLabel } from '../src/input/fixed-label.js';
import { createToken, Lexer } from './chevrotain.js';

/**
 * Characters as inclusive ranges of character codes: a class written once, as data, gives both
 * the pattern's character class and the lexer's start characters (the blanks).
 */
type CodeRanges = readonly (readonly [number, number])[];

const hex4 = (code: number): string => `\\u${code.toString(16).padStart(4, '0')}`;

/** The regexp character class of `ranges` (`\u0000-\u0009\u000b-\uffff`, brackets not included). */
function classOf(ranges: CodeRanges): string {
  return ranges.map(([low, high]) => (low === high ? hex4(low) : `${hex4(low)}-${hex4(high)}`)).join('');
}

/**
 * Every character code of `ranges`: a pattern starting with such a class can start with any of
 * them, and Chevrotain's `start_chars_hint` is the list of possible first characters (for a small
 * class: see textToken). Codes, not a string: two codes in a row can be a surrogate pair, which a
 * string would join.
 */
function everyCode(ranges: CodeRanges): number[] {
  const codes: number[] = [];
  for (const [low, high] of ranges) for (let c = low; c <= high; c++) codes.push(c);
  return codes;
}

/** Any character but the line feed (ranges, not a complement set, so the lexer can optimise). */
export const NOT_LF = classOf([[0x00, 0x09], [0x0b, 0xffff]]);

/**
 * The end of a line: its line feed, any blank lines after it and the next line's indentation
 * (segments are joined with `\n` only: src/input/segment.ts splits CRLF, LF and CR).
 */
const LINE_END = '\\n(?:[ \\t\\r\\f\\v\\u00a0\\ufeff]*\\n)*[ \\t\\f\\v\\u00a0\\ufeff]*';

/** The category of the lone line breaks the grammar consumes between lines. */
export const Newline = createToken({ name: 'Newline', pattern: Lexer.NA, label: 'end of line' });

/** A line break no line token took: blank lines at the start of a segment. */
export const LineBreak = createToken({
  name: 'LineBreak',
  pattern: new RegExp(LINE_END),
  line_breaks: true,
  start_chars_hint: ['\n'],
  categories: [Newline],
  label: 'end of line',
});

/**
 * The blanks of indentation: space, tab, CR, FF, VT, no-break space, the typographic spaces
 * U+2000–U+200B, narrow no-break space, ideographic space, byte order mark.
 */
const BLANK_CODES: CodeRanges = [[0x20, 0x20], [0x09, 0x09], [0x0d, 0x0d], [0x0c, 0x0c], [0x0b, 0x0b], [0xa0, 0xa0], [0x2000, 0x200b], [0x202f, 0x202f], [0x3000, 0x3000], [0xfeff, 0xfeff]];

/** Indentation and blanks: eseutil right-aligns its labels; pastes add or remove indentation (§0.8). */
export const Blank = createToken({
  name: 'Blank',
  pattern: new RegExp(`[${classOf(BLANK_CODES)}]+`),
  start_chars_hint: everyCode(BLANK_CODES),
  group: Lexer.SKIPPED,
});

/** How the catalogue declares a line token's label: the data `token` builds it from. */
export type LabelDeclaration = FixedLabel | RegExp;

/** The label pattern of each line token, sticky, to find where its value starts. */
const labelPatterns = new Map<TokenType, RegExp>();
/** The fixed label of each line token declared with one (src/input/fixed-label.ts). */
const fixedLabels = new Map<TokenType, FixedLabel>();
/** The line tokens whose label ends at the image's first colon (`labelEnd: 'firstColon'`). */
const throughFirstColon = new Set<TokenType>();

export interface TokenOptions {
  readonly categories?: TokenType[];
  /**
   * The characters a match of a RegExp label can start with, given to the lexer as its
   * `start_chars_hint` (test/grammar/tokens-start-chars checks each against the lexer's own analysis
   * of the pattern). Without them the lexer analyses the pattern at start-up. A fixed label's is
   * its first character.
   */
  readonly startChars?: string | readonly number[];
  /**
   * `firstColon`: the label ends at the image's first colon, found with indexOf — the declaration
   * of a label pattern that takes no colon before its last character (`[A-Za-z][^:\n]{0,60}:`).
   */
  readonly labelEnd?: 'firstColon';
}

/**
 * A line token: `name` is the token's name, `display` what error messages and tests show (the
 * text as eseutil prints it), `label` the label that starts the line — a fixed text given as data
 * (`fixed('lGeneration', { blanks: 'optional', colon: 'optional' })`: its pattern, start character
 * and label length come from it) or a RegExp that never spans a line (test/grammar/tokens-line-breaks
 * checks it). The token takes the rest of the line after the label.
 */
export function token(name: string, display: string, label: FixedLabel, options?: Omit<TokenOptions, 'startChars' | 'labelEnd'>): TokenType;
export function token(name: string, display: string, label: RegExp, options?: TokenOptions): TokenType;
export function token(name: string, display: string, label: LabelDeclaration, options: TokenOptions = {}): TokenType {
  const fixedLabel = isFixedLabel(label) ? label : undefined;
  const pattern = fixedLabel === undefined ? (label as RegExp) : fixedLabelPattern(fixedLabel);
  const startChars = fixedLabel === undefined ? options.startChars : fixedLabel.text[0];
  const type = createToken({
    name,
    pattern: new RegExp(`(?:${pattern.source})[${NOT_LF}]*(?:${LINE_END})?`),
    // The lexer tracks offsets only (grammar/lexer.ts): line numbers come from the segment's
    // lines (src/ast/line-records.ts). Saying so spares the lexer analysing each pattern for
    // line terminators at start-up.
    line_breaks: true,
    // The characters a match can start with, given instead of having the lexer work them out from
    // the pattern at start-up: half of the lexer's construction time (SPEC §9).
    ...(startChars === undefined ? {} : { start_chars_hint: [...startChars] }),
    label: `'${display}'`,
    ...(options.categories === undefined ? {} : { categories: options.categories }),
  });
  labelPatterns.set(type, new RegExp(pattern.source, 'y'));
  if (fixedLabel !== undefined) fixedLabels.set(type, fixedLabel);
  if (options.labelEnd === 'firstColon') throughFirstColon.add(type);
  return type;
}

/**
 * The catch-all line: any character but a line feed starts it (the last of the catalogue's tokens).
 * No start characters are given: listing its 65,535 (the public `start_chars_hint` contract) costs
 * about 8 ms of CPU at start-up, letting the lexer analyse this one pattern about 3.5 ms (measured
 * in the first construction of the lexer, issue 15). The lexer's analysis files the characters
 * above U+00FF by blocks; the list would have to name each one.
 */
export function textToken(name: string, display: string): TokenType {
  return token(name, display, new RegExp(`[${NOT_LF}]`));
}

/** Where a line token's label ends in its image: its value starts there (`Last Consistent: |(…)`). */
export function labelLength(line: IToken): number {
  const fixedLabel = fixedLabels.get(line.tokenType);
  if (fixedLabel !== undefined) return fixedLabelLength(fixedLabel, line.image);
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
  return fixedLabels.get(type)?.text;
}

/** The fixed label a line token was declared with, for tests. */
export function fixedLabelOf(type: TokenType): FixedLabel | undefined {
  return fixedLabels.get(type);
}

/** Whether a line token's label was declared to end at the first colon, for tests. */
export function endsAtFirstColon(type: TokenType): boolean {
  return throughFirstColon.has(type);
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
