/**
 * Tiny builders for AST dumps (src/ast/types.ts) laid out on consecutive input lines, so rule
 * tests can state a capture set in a few lines and assert the exact evidence lines.
 */
import { Ajv } from 'ajv';
import { expect } from 'vitest';
import type {
  AstDocument,
  AttachedDatabase,
  CheckpointDump,
  ChecksumDump,
  DatabaseHeaderDump,
  Dump,
  Field,
  InputAst,
  LogHeaderDump,
  LogPosition,
  LogStreamCheckDump,
  OperationDump,
  Signature,
  StateKind,
} from '../../src/ast/types.js';
import { parseCaptureText } from '../../src/ast/index.js';
import { setValueFields, type SourcedValue, type ValueFieldsDraft } from '../../src/ast/value-fields.js';
import { checkDocument, type AnalyzeOptions } from '../../src/verdict/index.js';
import type { CheckReport } from '../../src/verdict/types.js';
import reportSchema from '../../src/verdict/report.schema.json' with { type: 'json' };

/** Builds a dump whose first line is `start`; returns the dump and the number of lines it used. */
export type DumpFactory = (start: number) => { dump: Dump; lines: number };

export function sig(createTime: string, rand: number, computer = ''): Signature {
  return { createTime, rand, computer, text: `Create time:${createTime} Rand:${rand} Computer:${computer}` };
}

/** Q237767's signatures: the log stream, priv.edb and pub.edb. */
export const LOG_SIG = sig('8/3/1999 17:37:42', 710915685);
export const PRIV_SIG = sig('8/3/1999 17:37:44', 710961251);
export const PUB_SIG = sig('8/3/1999 17:37:47', 710954626);
/** Q237767's mismatched Edb.log (8/2/1999). */
export const OTHER_SIG = sig('8/2/1999 16:22:38', 3070420);

export function pos(generation: number, radix: 10 | 16 = 10, sector = 7337, offset = 362): LogPosition {
  const text = radix === 10
    ? `(${generation},${sector},${offset})`
    : `(0x${generation.toString(16).toUpperCase()},${sector.toString(16).toUpperCase()},${offset.toString(16).toUpperCase()})`;
  return { generation, sector, offset, radix, text };
}

function base(kind: Dump['kind'], start: number, lines: number, fields: Field[], file?: string) {
  return {
    kind,
    startLine: start,
    endLine: start + lines - 1,
    ...(file !== undefined ? { file, fileSource: 'dump' as const } : {}),
    fragment: false,
    fields,
  };
}

export interface Attach {
  readonly dbid: number;
  readonly path: string;
  readonly sig?: Signature;
}

export const PRIV_AT: Attach = { dbid: 1, path: 'E:\\exchsrvr\\mdbdata\\priv.edb', sig: PRIV_SIG };
export const PUB_AT: Attach = { dbid: 2, path: 'F:\\exchsrvr\\mdbdata\\pub.edb', sig: PUB_SIG };

/**
 * `eseutil /ml FILE` (5.5 shape, ese-format §2.1): line 0 `Log file:`, 1 `lGeneration (g)`,
 * 2 `Signature:`, then per database `dbid path` and its `Signature:`, then optional
 * circular-logging / integrity lines.
 */
export function logHeader(o: {
  file: string;
  gen?: number;
  sig?: Signature;
  attached?: readonly Attach[];
  circular?: boolean;
  damaged?: boolean;
  radix?: 10 | 16;
  /** `Env LogFilePath:` (§2.1–§2.3): the folder the log was written to. */
  logPath?: string;
}): DumpFactory {
  return (start) => {
    const fields: Field[] = [{ label: 'Log file', value: o.file, line: start }];
    let line = start + 1;
    if (o.gen !== undefined) fields.push({ label: 'lGeneration', value: o.radix === 16 ? `${o.gen} (0x${o.gen.toString(16).toUpperCase()})` : `(${o.gen})`, line: line });
    line++;
    if (o.sig) fields.push({ label: 'Signature', value: o.sig.text, line });
    line++;
    const attachedDatabases: AttachedDatabase[] = [];
    for (const a of o.attached ?? []) {
      attachedDatabases.push({ dbid: a.dbid, path: a.path, ...(a.sig ? { signature: a.sig } : {}), line });
      line++;
      if (a.sig) fields.push({ label: 'Signature', value: a.sig.text, line });
      line++;
    }
    if (o.circular !== undefined) {
      fields.push({ label: 'Circular Logging Flag (current file)', value: o.circular ? 'on' : 'off', line });
      line++;
    }
    if (o.logPath !== undefined) {
      fields.push({ label: 'Env LogFilePath', value: o.logPath, line });
      line++;
    }
    if (o.damaged) {
      fields.push({ label: 'ERROR', value: 'Log damaged (unusable). Last Lgpos: (0x12d5,1F,0). Error -501.', line });
      line++;
    }
    const dump: LogHeaderDump = {
      ...base('logHeader', start, line - start, fields, o.file),
      kind: 'logHeader',
      ...(o.gen !== undefined ? { lGeneration: o.gen } : {}),
      ...(o.sig ? { signature: o.sig } : {}),
      ...(o.circular !== undefined ? { circularLogging: { currentFile: o.circular } } : {}),
      attachedDatabases,
      ...(o.damaged ? { integrity: 'failed' as const } : {}),
      lastLgpos: pos(o.gen ?? 0, o.radix ?? 10, 10, 0),
    };
    return { dump, lines: line - start };
  };
}

const STATE_TEXT: Partial<Record<StateKind, string>> = {
  clean: 'Consistent',
  dirty: 'Inconsistent',
  justCreated: 'JustCreated',
};

/**
 * `eseutil /mh DB` (ese-format §1.2–1.3): line 0 `Database:`, 1 `DB Signature:`, 2 `State:`,
 * 3 `Last Consistent:` / `Log Required:`, 4 `Repair Count:`, 5 `Log Signature:`.
 */
export function dbHeader(o: {
  file: string;
  state?: StateKind;
  stateText?: string;
  dbSig?: Signature;
  logSig?: Signature;
  lastConsistent?: number;
  logRequired?: [number, number];
  repairCount?: number;
  radix?: 10 | 16;
}): DumpFactory {
  return (start) => {
    const radix = o.radix ?? 10;
    const state = o.stateText ?? (o.state ? STATE_TEXT[o.state] : undefined);
    const fields: Field[] = [{ label: 'Database', value: o.file, line: start }];
    if (o.dbSig) fields.push({ label: 'DB Signature', value: o.dbSig.text, line: start + 1 });
    if (state) fields.push({ label: 'State', value: state, line: start + 2 });
    const lastConsistent = o.lastConsistent !== undefined ? pos(o.lastConsistent, radix) : undefined;
    if (lastConsistent) fields.push({ label: 'Last Consistent', value: `${lastConsistent.text}  8/6/1999 20:46:33`, line: start + 3 });
    if (o.logRequired) fields.push({ label: 'Log Required', value: `${o.logRequired[0]}-${o.logRequired[1]} (0x${o.logRequired[0].toString(16)}-0x${o.logRequired[1].toString(16)})`, line: start + 3 });
    if (o.repairCount !== undefined) fields.push({ label: 'Repair Count', value: String(o.repairCount), line: start + 4 });
    if (o.logSig) fields.push({ label: 'Log Signature', value: o.logSig.text, line: start + 5 });
    const dump: DatabaseHeaderDump = {
      ...base('databaseHeader', start, 6, fields, o.file),
      kind: 'databaseHeader',
      ...(state ? { state } : {}),
      ...(o.state ? { stateKind: o.state } : {}),
      ...(o.dbSig ? { dbSignature: o.dbSig } : {}),
      ...(o.logSig ? { logSignature: o.logSig } : {}),
      ...(lastConsistent ? { lastConsistent } : {}),
      ...(o.logRequired ? { logRequired: { low: o.logRequired[0], high: o.logRequired[1] } } : {}),
      ...(o.repairCount !== undefined ? { repairCount: o.repairCount } : {}),
    };
    return { dump, lines: 6 };
  };
}

/** `eseutil /mk edb.chk` (ese-format §4.1): line 0 `Checkpoint file:`, 1 `Checkpoint (g,…)`, 2 `Signature:`. */
export function checkpoint(o: { file?: string; gen: number; sig?: Signature; directory?: string }): DumpFactory {
  return (start) => {
    const file = o.file ?? 'edb.chk';
    const cp = pos(o.gen, 10, 8924, 112);
    const fields: Field[] = [
      { label: 'Checkpoint file', value: file, line: start },
      { label: 'Checkpoint', value: cp.text, line: start + 1 },
      ...(o.sig ? [{ label: 'Signature', value: o.sig.text, line: start + 2 }] : []),
    ];
    const dump: CheckpointDump = {
      ...base('checkpoint', start, 3, fields, file),
      kind: 'checkpoint',
      checkpoint: cp,
      ...(o.sig ? { signature: o.sig } : {}),
      attachedDatabases: [],
      ...(o.directory
        ? { prompt: { line: start, text: `${o.directory}>eseutil /mk ${file}`, command: `eseutil /mk ${file}`, directory: o.directory, mode: '/mk', file } }
        : {}),
    };
    return { dump, lines: 3 };
  };
}

/** `esefile /s FILE` summary (ese-format §5.1): pages seen, bad checksums, uninitialized, wrong page numbers. */
export function checksum(o: { file: string; bad: number; wrong: number; pages?: number }): DumpFactory {
  return (start) => {
    const fields: Field[] = [
      { label: 'pages seen', value: String(o.pages ?? 23042), line: start },
      { label: 'bad checksums', value: String(o.bad), line: start + 1 },
      { label: 'uninitialized pages', value: '241', line: start + 2 },
      { label: 'wrong page numbers', value: String(o.wrong), line: start + 3 },
    ];
    const dump: ChecksumDump = {
      ...base('checksum', start, 4, fields, o.file),
      kind: 'checksum',
      pagesSeen: o.pages ?? 23042,
      badChecksums: o.bad,
      uninitializedPages: 241,
      wrongPageNumbers: o.wrong,
      pageErrors: [],
    };
    return { dump, lines: 4 };
  };
}

/** `eseutil /ml E00` (ese-format §3): line 0 `Base name:`, then one line per log, then missing lines. */
export function streamCheck(o: {
  baseName: string;
  logs: readonly { file: string; ok: boolean; errors?: readonly string[] }[];
  missing?: readonly { first: number; last: number; text: string }[];
}): DumpFactory {
  return (start) => {
    let line = start + 1;
    const logs = o.logs.map((l) => {
      const entry = { file: l.file, ok: l.ok, errors: l.errors ?? [], line };
      line += 1 + (l.errors?.length ?? 0);
      return entry;
    });
    const missing = (o.missing ?? []).map((m) => ({ ...m, line: line++ }));
    const dump: LogStreamCheckDump = {
      ...base('logStreamCheck', start, line - start, [{ label: 'Base name', value: o.baseName, line: start }]),
      kind: 'logStreamCheck',
      baseName: o.baseName,
      logs,
      missing,
      noDamage: o.logs.every((l) => l.ok) && missing.length === 0,
    };
    return { dump, lines: line - start };
  };
}

/** A bare error footer (`Operation terminated with error -1811 (…)`). */
export function errorFooter(o: { code: number; name?: string; file?: string; text: string }): DumpFactory {
  return (start) => {
    const dump: OperationDump = {
      ...base('operation', start, 1, [], o.file),
      kind: 'operation',
      result: { ok: false, error: { code: o.code, ...(o.name ? { name: o.name } : {}) }, line: start, text: o.text },
    };
    return { dump, lines: 1 };
  };
}

/** The value each label of these builders carries, as the AST builder records it (src/ast/value-fields.ts). */
const VALUE_OF_LABEL: Readonly<Record<string, SourcedValue>> = {
  Database: 'file',
  'Log file': 'file',
  'Checkpoint file': 'file',
  'Base name': 'baseName',
  lGeneration: 'lGeneration',
  Signature: 'signature',
  'DB Signature': 'dbSignature',
  'Log Signature': 'logSignature',
  State: 'state',
  'Last Consistent': 'lastConsistent',
  'Log Required': 'logRequired',
  'Repair Count': 'repairCount',
  Checkpoint: 'checkpoint',
  'bad checksums': 'badChecksums',
  'wrong page numbers': 'wrongPageNumbers',
  'Circular Logging Flag (current file)': 'circularLoggingCurrentFile',
  'Env LogFilePath': 'envLogFilePath',
};

/** Gives a built dump, and its attached databases, the line of each value, as a parsed one has. */
function withValueFields(dump: Dump): Dump {
  const attached = 'attachedDatabases' in dump ? dump.attachedDatabases : [];
  const sources: ValueFieldsDraft = {};
  for (const field of dump.fields) {
    const database = attached.find((a) => a.line === field.line - 1);
    if (database !== undefined && field.label === 'Signature') setValueFields(database, { signature: field });
    else {
      const value = VALUE_OF_LABEL[field.label];
      if (value !== undefined) sources[value] ??= field;
    }
  }
  setValueFields(dump, sources);
  return dump;
}

/** One input: the dumps laid out one after the other from line 1. */
export function input(name: string, factories: readonly DumpFactory[], unrecognized: InputAst['unrecognized'] = []): InputAst {
  let line = 1;
  const dumps: Dump[] = [];
  for (const factory of factories) {
    const { dump, lines } = factory(line);
    dumps.push(withValueFields(dump));
    line += lines + 1;
  }
  return { name, encoding: 'utf-8', lineEnding: 'CRLF', lineCount: line, dumps, unrecognized };
}

/**
 * A cmd.exe `dir` of `folder` (the layout of samples/2003-dir-listings/README.md), parsed as the CLI
 * parses it: lines 1–2 volume, 4 ` Directory of`, 6–7 `.` and `..`, then file i on line 8 + i.
 */
export function dirListing(name: string, folder: string, files: readonly (readonly [string, number])[]): InputAst {
  const total = files.reduce((n, [, size]) => n + size, 0);
  const text = [
    ' Volume in drive E is DATA',
    ' Volume Serial Number is 1C3A-7F20',
    '',
    ` Directory of ${folder}`,
    '',
    '10/26/2004  09:02 AM    <DIR>          .',
    '10/26/2004  09:02 AM    <DIR>          ..',
    ...files.map(([file, size]) => `10/26/2004  02:13 AM ${size.toLocaleString('en-US').padStart(17)} ${file}`),
    `${String(files.length).padStart(16)} File(s) ${total.toLocaleString('en-US').padStart(14)} bytes`,
    '               2 Dir(s)  40,123,456,512 bytes free',
    '',
  ].join('\r\n');
  return parseCaptureText({ name, text });
}

/** Logs g..h of the KB stream (Edb012cf.log = 4815), each attaching priv.edb and pub.edb. */
export function kbLogs(first: number, last: number, o: { attached?: readonly Attach[]; sig?: Signature } = {}): DumpFactory[] {
  const out: DumpFactory[] = [];
  for (let g = first; g <= last; g++) {
    out.push(logHeader({ file: `Edb${g.toString(16).padStart(5, '0')}.log`, gen: g, sig: o.sig ?? LOG_SIG, attached: o.attached ?? [PRIV_AT, PUB_AT] }));
  }
  return out;
}

export const PRIV_MH = dbHeader({ file: 'priv.edb', state: 'clean', dbSig: PRIV_SIG, logSig: LOG_SIG, lastConsistent: 4815, repairCount: 0 });
export const PUB_MH = dbHeader({ file: 'pub.edb', state: 'clean', dbSig: PUB_SIG, logSig: LOG_SIG, lastConsistent: 4815, repairCount: 0 });

const ajv = new Ajv({ allErrors: true, strict: false });
const validateReport = ajv.compile(reportSchema);

/** Runs checkDocument and validates the report against src/verdict/report.schema.json. */
export function check(inputs: readonly InputAst[], options: AnalyzeOptions = {}): CheckReport {
  const doc: AstDocument = { schemaVersion: 1, inputs };
  const report = checkDocument(doc, options);
  expectValidReport(report);
  return report;
}

export function expectValidReport(report: CheckReport): void {
  const valid = validateReport(JSON.parse(JSON.stringify(report)));
  expect(validateReport.errors ?? [], 'report.schema.json').toEqual([]);
  expect(valid).toBe(true);
}

export function findingsOf(report: CheckReport, rule: string) {
  return report.findings.filter((f) => f.rule === rule);
}

export function rulesWith(report: CheckReport, severity: 'error' | 'warning' | 'info'): string[] {
  return [...new Set(report.findings.filter((f) => f.severity === severity).map((f) => f.rule))].sort();
}
