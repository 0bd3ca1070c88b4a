/**
 * Pass 1 of the AST builder: the CST of one segment → an ordered list of line records
 * (which rule, which label, the value as printed, the line), with wrapped lines joined back.
 * Reads partial (recovered) CSTs: a node without its tokens is skipped, its line stays
 * unrecognized.
 */
import type { IToken } from 'chevrotain';
import type { CstNode } from 'chevrotain';
import type { CaptureCstChildren, CaptureCstNode } from '../../grammar/cst.js';
import { parseEseDate } from './ese-date.js';
import { parseLogPosition } from './log-position.js';
import { parseSignature } from './signature.js';

export type LineRule = Exclude<keyof CaptureCstChildren, 'Newline'> | 'attachedDatabaseField' | 'envValues';

export interface LineRecord {
  readonly rule: LineRule;
  /** Name of the line-start token (`LGeneration`, `Signature`, `GenericLabel`…). */
  readonly token: string;
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
}

/** The child holding each line rule's line-start token (a token category or a token). */
const START_KEYS: Record<string, string> = {
  promptLine: 'Prompt',
  bannerLine: 'BannerLine',
  modeLine: 'Initiating',
  verifyingLogFilesLine: 'VerifyingLogFiles',
  subjectLine: 'SubjectLabel',
  lGenerationLine: 'LGeneration',
  logPositionLine: 'LogPositionLabel',
  dateLine: 'DateLabel',
  signatureLine: 'SignatureLabel',
  stateLine: 'State',
  generationRangeLine: 'GenerationRangeLabel',
  headerNumberLine: 'NumberLabel',
  fileTypeLine: 'FileType',
  versionLine: 'UlVersion',
  envBlock: 'Env',
  circularLoggingFlagLine: 'CircularLoggingFlag',
  usingReservedLogFileLine: 'UsingReservedLogFile',
  attachedDatabase: 'AttachedDatabaseId',
  attachedDatabaseField: 'AttachedDatabaseLabel',
  integrityLine: 'IntegrityStatement',
  errorLine: 'ErrorStatement',
  warningLine: 'WarningStatement',
  missingLogFilesLine: 'MissingLogFiles',
  noDamagedLogFilesLine: 'NoDamagedLogFiles',
  checksumTitleLine: 'ChecksumTitle',
  checksumProgressLine: 'ProgressMark',
  checksumCounterLine: 'ChecksumCounterLabel',
  footerLine: 'FooterStatement',
  parenthesizedValuesLine: 'ParenthesizedValues',
  labelLine: 'GenericLabel',
  unrecognizedLine: 'Text',
};

/** The line rules of the capture rule (every key of its CST children but `Newline`). */
const LINE_RULES = Object.keys(START_KEYS).filter((rule) => rule !== 'attachedDatabaseField') as LineRule[];

/** The line-start token of a line rule's node; a recovered node may lack it. */
function startToken(rule: string, node: CstNode): IToken | undefined {
  const key = START_KEYS[rule];
  const first = key === undefined ? undefined : node.children[key]?.[0];
  return first !== undefined && 'image' in first ? first : undefined;
}

function valueOf(node: CstNode, index = 0): string {
  const value = node.children['Value']?.[index] as IToken | undefined;
  return value === undefined ? '' : value.image.trim();
}

/** `Last Consistent: ` → `Last Consistent`. */
function labelOf(image: string): string {
  let end = image.length;
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
}

/** Walks the entries of a segment's CST in order. `lines` are the segment's lines. */
export function collectLineRecords(cst: CaptureCstNode, lines: readonly string[]): SegmentRecords {
  const records: LineRecord[] = [];
  const recognized = new Uint8Array(lines.length);
  let databases = 0;

  // Chevrotain groups children by rule: put the lines back in the order they were printed.
  // A line holds at most one line node, so the line index orders them (no sort).
  const byLine: ({ readonly rule: LineRule; readonly node: CstNode; readonly start: IToken } | undefined)[] = new Array(lines.length);
  const children = cst.children as Record<string, CstNode[] | undefined>;
  for (const rule of LINE_RULES) {
    const nodes = children[rule];
    if (nodes === undefined) continue;
    // Looked up once per rule, not per line (SPEC §9); a recovered node may lack its token.
    const key = START_KEYS[rule]!;
    for (const node of nodes) {
      if (node.recoveredNode === true) continue;
      const start = node.children[key]?.[0];
      if (start === undefined || !('image' in start)) continue;
      const index = (start.startLine ?? 0) - 1;
      if (index >= 0 && index < lines.length) byLine[index] = { rule, node, start };
    }
  }

  const push = (rule: LineRule, token: IToken, label: string, value: string, database = -1): LineRecord => {
    const lineIndex = (token.startLine ?? 1) - 1;
    const record: LineRecord = { rule, token: token.tokenType.name, label, value, lineIndex, lastLineIndex: lineIndex, database };
    records.push(record);
    if (lineIndex >= 0 && lineIndex < recognized.length) recognized[lineIndex] = 1;
    return record;
  };

  for (const line of byLine) {
    if (line === undefined) continue;
    const { rule, node, start } = line;
    if (rule === 'unrecognizedLine' || rule === 'labelLine') {
      const lineIndex = (start.startLine ?? 1) - 1;
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

    switch (rule) {
      case 'attachedDatabase': {
        // `1 d:\` is the token (dbid + start of the path); the path goes on in the value.
        const image = start.image;
        const dbid = /^\d+/.exec(image)?.[0] ?? '';
        const rawValue = (node.children['Value']?.[0] as IToken | undefined)?.image ?? '';
        const path = (image.slice(dbid.length).trimStart() + rawValue).trim();
        const index = databases++;
        push(rule, start, dbid, path, index);
        for (const field of (node.children['attachedDatabaseField'] ?? []) as CstNode[]) {
          const t = startToken('attachedDatabaseField', field);
          if (t !== undefined && field.recoveredNode !== true) {
            push('attachedDatabaseField', t, labelOf(t.image), valueOf(field), index);
          }
        }
        break;
      }
      case 'envBlock': {
        const heading = valueOf(node);
        // `Env SystemPath: C:\…` → label `Env SystemPath`; `Env (CircLog,…)` keeps label `Env`.
        const colon = heading.startsWith('(') ? -1 : heading.indexOf(':');
        const label = colon < 0 ? 'Env' : `Env ${heading.slice(0, colon).trim()}`;
        push(rule, start, label, colon < 0 ? heading : heading.slice(colon + 1).trim());
        const paren = node.children['ParenthesizedValues']?.[0] as IToken | undefined;
        if (paren !== undefined) push('envValues', paren, 'Env', '(' + ((node.children['Value']?.[1] as IToken | undefined)?.image ?? '').trimEnd());
        break;
      }
      case 'parenthesizedValuesLine':
        push(rule, start, '', ('(' + ((node.children['Value']?.[0] as IToken | undefined)?.image ?? '')).trim());
        break;
      case 'checksumCounterLine': {
        // `23042 pages seen` → label `pages seen`, value `23042`; `0x… highest dbtime (pgno 0x…)`.
        const m = /^(\S+)[ \t]+(.*)$/.exec(start.image);
        push(rule, start, (m?.[2] ?? start.image).trim(), `${m?.[1] ?? ''} ${valueOf(node)}`.trim());
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
      case 'warningLine':
        // The whole line is the statement: keep the token text as the label.
        push(rule, start, start.image.trim(), valueOf(node));
        break;
      default:
        push(rule, start, labelOf(start.image), valueOf(node));
    }
  }
  return { records, recognized };
}
