/**
 * Pass 1 of the AST builder: the CST of one segment → an ordered list of line records
 * (which rule, which label, the value as printed, the line), with wrapped lines joined back.
 */
import type { IToken } from 'chevrotain';
import type { AttachedDatabaseCstNode, CaptureCstChildren, CaptureCstNode, EnvBlockCstNode } from '../../grammar/cst.js';
import { labelNameOf, type DumpKind, type LabelName } from '../../grammar/catalogue.js';
import { fixedLabelText, labelLength, lineLength } from '../../grammar/tokens.js';
import { parseEseDate } from './ese-date.js';
import type { Field } from './types.js';
import { parseLogPosition } from './log-position.js';
import { parseSignature } from './signature.js';

export type LineRule = Exclude<keyof CaptureCstChildren, 'Newline' | DumpKind> | 'attachedDatabaseField' | 'envValues';

/** The lines of the capture or of a dump kind's node, by CST key (a kind's node holds a subset). */
type LineChildren = Omit<CaptureCstChildren, DumpKind> & { readonly [K in DumpKind]?: readonly { readonly children: unknown }[] };

/** The capture's keys that hold a dump kind's node (grammar/parser.ts KIND_RULES). */
const IS_KIND_KEY: ReadonlySet<string> = new Set<DumpKind>(['databaseHeader', 'logHeader', 'logStreamCheck', 'checkpoint', 'checksum', 'operation']);

export interface LineRecord {
  readonly rule: LineRule;
  /** The line's kind: its catalogue key, the name of its token (`LGeneration`, `Signature`, `GenericLabel`…). */
  readonly token: LabelName;
  /** The label as printed, without its colon (`Last Consistent`); for counters the counter name. */
  label: string;
  /** The rest of the line, trimmed; wrapped continuation lines are joined in. */
  value: string;
  /** 0-based line index inside the segment. */
  readonly lineIndex: number;
  /** Index of the last line this record covers (continuations). */
  lastLineIndex: number;
  /** For a field of an attached database's block: that database's index; else -1. */
  readonly database: number;
  /**
   * The dump's field this record became (pass 2, src/ast/build-dump.ts), undefined for lines that
   * only frame a dump: a value read from the record has its line there (src/ast/value-fields.ts).
   */
  field: Field | undefined;
}

/** The capture's CST keys that hold line tokens (envBlock and attachedDatabase hold nodes: they span lines). */
const LINE_KEYS = [
  'promptLine',
  'bannerLine',
  'modeLine',
  'verifyingLogFilesLine',
  'subjectLine',
  'lGenerationLine',
  'logPositionLine',
  'dateLine',
  'signatureLine',
  'stateLine',
  'generationRangeLine',
  'headerNumberLine',
  'fileTypeLine',
  'versionLine',
  'circularLoggingFlagLine',
  'usingReservedLogFileLine',
  'integrityLine',
  'errorLine',
  'warningLine',
  'missingLogFilesLine',
  'noDamagedLogFilesLine',
  'checksumTitleLine',
  'checksumProgressLine',
  'checksumCounterLine',
  'footerLine',
  'runLine',
  'parenthesizedValuesLine',
  'dirListingLine',
  'batchLine',
  'labelLine',
  'unrecognizedLine',
] as const satisfies readonly LineRule[];

const IS_LINE_KEY: ReadonlySet<string> = new Set(LINE_KEYS);

/** The rest of a line token's line after its label, as printed. */
function restOf(line: IToken, labelEnd: number): string {
  return line.image.slice(labelEnd, lineLength(line));
}

/** Whether String#trim takes `c` off: ECMAScript WhiteSpace and LineTerminator. */
function isTrimmed(c: number): boolean {
  if (c === 32 || (c >= 9 && c <= 13)) return true;
  if (c < 0xa0) return false;
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 ||
    c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/**
 * `restOf(line, labelEnd).trim()` in one slice: a value is cut from each of the 35 lines of each
 * of 100,000 log dumps (SPEC §9).
 */
export function trimmedRestOf(line: IToken, labelEnd: number): string {
  const image = line.image;
  let start = labelEnd;
  let end = lineLength(line);
  while (start < end && isTrimmed(image.charCodeAt(start))) start++;
  while (end > start && isTrimmed(image.charCodeAt(end - 1))) end--;
  return image.slice(start, end);
}

/** `Last Consistent: ` (the first `labelEnd` characters of a line token) → `Last Consistent`. */
function labelOf(image: string, labelEnd: number): string {
  let end = labelEnd;
  while (end > 0) {
    const c = image.charCodeAt(end - 1);
    if (c !== 32 && c !== 9 && c !== 58 /* : */) break;
    end--;
  }
  let start = 0;
  while (start < end && (image.charCodeAt(start) === 32 || image.charCodeAt(start) === 9)) start++;
  return start === 0 && end === image.length ? image : image.slice(start, end);
}

/** Line rules whose value is the point of the line: an empty value may have wrapped to the next line. */
const VALUE_RULES: ReadonlySet<string> = new Set([
  'subjectLine',
  'lGenerationLine',
  'logPositionLine',
  'dateLine',
  'signatureLine',
  'stateLine',
  'generationRangeLine',
  'headerNumberLine',
  'fileTypeLine',
  'attachedDatabaseField',
]);

/** Console width: a line this long was probably cut by the console or the mail client. */
const WRAP_WIDTH = 79;

/**
 * The value `prev` gets when `next` (a line the grammar did not understand) continues it,
 * or undefined. Covers a footer wrapped over two lines, a signature cut before `Rand:` or
 * `Computer:`, a label whose value went to the next line, a date pushed under its position,
 * an `ERROR:` followed by its `Expected signature:` line, and long lines wrapped at the console
 * width.
 */
function continuedValue(prev: LineRecord, next: string, prevLineLength: number): string | undefined {
  const joined = prev.value === '' ? next : `${prev.value} ${next}`;
  // A console cut at 80 columns splits words (`afte` / `r 0.47 seconds.`); a mail client breaks at spaces.
  const cut = prevLineLength >= WRAP_WIDTH;
  if (prev.rule === 'footerLine' && prev.token !== 'EsefileCompletes' && !prev.value.endsWith('.')) {
    return cut ? prev.value + next : joined;
  }
  if (prev.token === 'Signature' || prev.token === 'DbSignature' || prev.token === 'LogSignature') {
    const complete = parseSignature(prev.value) !== undefined && /computer/i.test(prev.value);
    if (!complete && /^(create time|rand|computer|\d)/i.test(next) && parseSignature(joined) !== undefined) return joined;
    if (!complete && prev.value === '' && /^create time/i.test(next)) return joined;
    // A modern signature with milliseconds is about 80 columns long: being long does not make a
    // complete signature a cut line (the next line is `OS Version:` or the attach block).
    if (complete) return undefined;
  }
  if (prev.value === '' && VALUE_RULES.has(prev.rule)) return next;
  if (prev.rule === 'logPositionLine' || prev.rule === 'attachedDatabaseField') {
    const position = parseLogPosition(prev.value);
    if (position !== undefined && position.date === undefined && parseEseDate(next) !== undefined) {
      return `${prev.value}  ${next}`;
    }
  }
  // ESE97 `Last Attach (…)  Last` / `Consistent (…)`: the second label of the line was cut.
  if (prev.token === 'LastAttach' && /\bLast( \w*)?$/.test(prev.value) && /Last Consistent[ \t]*\(/.test(joined)) return joined;
  if (prev.rule === 'errorLine' && /^(\.\.\.)?[ \t]*Expected/i.test(next)) return joined;
  if (cut && prev.rule !== 'unrecognizedLine' && prev.rule !== 'promptLine') {
    return prev.value + next;
  }
  return undefined;
}

export interface SegmentRecords {
  readonly records: LineRecord[];
  /** 1 for every line a record covers. */
  readonly recognized: Uint8Array;
  /** The segment holds `dir` listing lines (issue 16): src/ast/dir-listing.ts reads them. */
  readonly dirListingLines: boolean;
}

/**
 * Where each line of the segment's text (its lines joined with `\n`) starts: a token starts on
 * line i when starts[i] ≤ offset < starts[i + 1]. One buffer, grown as needed, serves every
 * segment (no allocation per dump, SPEC §9).
 */
let starts = new Int32Array(256);

function lineStartsOf(lines: readonly string[]): Int32Array {
  if (starts.length <= lines.length) starts = new Int32Array(Math.max(lines.length + 1, starts.length * 2));
  starts[0] = 0;
  for (let i = 0; i < lines.length; i++) starts[i + 1] = starts[i]! + lines[i]!.length + 1;
  return starts;
}

/** The line (0 … lineCount - 1) a token starting at `offset` is on. */
function lineIndexAt(offset: number, lineCount: number): number {
  let low = 0;
  let high = lineCount - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid]! <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}

type LineKey = (typeof LINE_KEYS)[number] | 'envBlock' | 'attachedDatabase';

/** Walks the lines of a segment's CST in order. `lines` are the segment's lines. */
export function collectLineRecords(cst: CaptureCstNode, lines: readonly string[]): SegmentRecords {
  const records: LineRecord[] = [];
  const lineCount = lines.length;
  const recognized = new Uint8Array(lineCount);
  lineStartsOf(lines);
  let databases = 0;
  let dirListingLines = false;

  // Chevrotain groups children by key: put the lines back in the order they were printed.
  // A line is one token, so the line index orders them (no sort).
  const keyOf: (LineKey | undefined)[] = new Array(lineCount);
  const tokenOf: (IToken | undefined)[] = new Array(lineCount);
  const envBlocks: (EnvBlockCstNode | undefined)[] = [];
  const attachedDatabases: (AttachedDatabaseCstNode | undefined)[] = [];
  const place = (key: LineKey, token: IToken): number => {
    const at = lineIndexAt(token.startOffset, lineCount);
    keyOf[at] = key;
    tokenOf[at] = token;
    return at;
  };
  // Only the keys the capture has (about 15 of 30): Chevrotain adds them as it meets them, so each
  // dump's children object has a shape of its own and a look-up of an absent key is not cheap.
  // A dump kind's node (grammar/parser.ts KIND_RULES) holds lines under the same keys.
  const placeLines = (children: LineChildren): void => {
    for (const key in children) {
      if (key === 'envBlock') {
        for (const node of children.envBlock!) envBlocks[place('envBlock', node.children.Env[0]!)] = node;
      } else if (key === 'attachedDatabase') {
        for (const node of children.attachedDatabase!) attachedDatabases[place('attachedDatabase', node.children.AttachedDatabaseId[0]!)] = node;
      } else if (IS_LINE_KEY.has(key)) {
        // Once per key present, not per line (SPEC §9).
        if (key === 'dirListingLine') dirListingLines = true;
        for (const token of children[key as (typeof LINE_KEYS)[number]]!) place(key as (typeof LINE_KEYS)[number], token);
      } else if (IS_KIND_KEY.has(key)) {
        for (const node of children[key as DumpKind]!) placeLines(node.children as LineChildren);
      }
    }
  };
  placeLines(cst.children);

  const push = (rule: LineRule, lineIndex: number, token: IToken, label: string, value: string, database = -1): void => {
    records.push({ rule, token: labelNameOf(token.tokenType)!, label, value, lineIndex, lastLineIndex: lineIndex, database, field: undefined });
    recognized[lineIndex] = 1;
  };

  for (let lineIndex = 0; lineIndex < lineCount; lineIndex++) {
    const rule = keyOf[lineIndex];
    if (rule === undefined) continue;
    const token = tokenOf[lineIndex]!;
    if (rule === 'unrecognizedLine' || rule === 'labelLine') {
      const text = (lines[lineIndex] ?? '').trim();
      const prev = records[records.length - 1];
      if (prev !== undefined && prev.lastLineIndex < lineIndex) {
        const joined = continuedValue(prev, text, (lines[prev.lastLineIndex] ?? '').trimEnd().length);
        if (joined !== undefined) {
          prev.value = joined;
          prev.lastLineIndex = lineIndex;
          recognized[lineIndex] = 1;
          continue;
        }
      }
      if (rule === 'unrecognizedLine') continue;
    }

    const image = token.image;
    const labelEnd = labelLength(token);
    switch (rule) {
      case 'attachedDatabase': {
        // `1 d:\` is the label (dbid + start of the path); the path goes on in the rest of the line.
        const dbid = /^\d+/.exec(image)?.[0] ?? '';
        const path = (image.slice(dbid.length, labelEnd).trimStart() + restOf(token, labelEnd)).trim();
        const index = databases++;
        push(rule, lineIndex, token, dbid, path, index);
        for (const field of attachedDatabases[lineIndex]!.children.attachedDatabaseField ?? []) {
          const fieldLabelEnd = labelLength(field);
          const fieldLine = lineIndexAt(field.startOffset, lineCount);
          push('attachedDatabaseField', fieldLine, field, labelOf(field.image, fieldLabelEnd), trimmedRestOf(field, fieldLabelEnd), index);
        }
        break;
      }
      case 'envBlock': {
        const heading = trimmedRestOf(token, labelEnd);
        // `Env SystemPath: C:\…` → label `Env SystemPath`; `Env (CircLog,…)` keeps label `Env`.
        const colon = heading.startsWith('(') ? -1 : heading.indexOf(':');
        const label = colon < 0 ? 'Env' : `Env ${heading.slice(0, colon).trim()}`;
        push(rule, lineIndex, token, label, colon < 0 ? heading : heading.slice(colon + 1).trim());
        const paren = envBlocks[lineIndex]!.children.ParenthesizedValues?.[0];
        if (paren !== undefined) {
          push('envValues', lineIndexAt(paren.startOffset, lineCount), paren, 'Env', '(' + restOf(paren, labelLength(paren)).trimEnd());
        }
        break;
      }
      case 'parenthesizedValuesLine':
        push(rule, lineIndex, token, '', ('(' + restOf(token, labelEnd)).trim());
        break;
      case 'checksumCounterLine': {
        // `23042 pages seen` → label `pages seen`, value `23042`; `0x… highest dbtime (pgno 0x…)`.
        const label = image.slice(0, labelEnd);
        const m = /^(\S+)[ \t]+(.*)$/.exec(label);
        push(rule, lineIndex, token, (m?.[2] ?? label).trim(), `${m?.[1] ?? ''} ${trimmedRestOf(token, labelEnd)}`.trim());
        break;
      }
      case 'bannerLine':
      case 'checksumProgressLine':
      case 'checksumTitleLine':
      case 'footerLine':
      case 'integrityLine':
      case 'modeLine':
      case 'noDamagedLogFilesLine':
      case 'verifyingLogFilesLine':
      case 'runLine':
      case 'warningLine':
        // The whole line is the statement: keep the token text as the label.
        push(rule, lineIndex, token, image.slice(0, labelEnd).trim(), trimmedRestOf(token, labelEnd));
        break;
      default:
        push(rule, lineIndex, token, fixedLabelText(token.tokenType) ?? labelOf(image, labelEnd), trimmedRestOf(token, labelEnd));
    }
  }
  return { records, recognized, dirListingLines };
}
