/**
 * One `eseutil /ml FILE` dump (ese-format §2) → the facts the evidence keeps of it, as a pure
 * function of the dump: no interning, no state. The EvidenceCollector places these facts
 * (src/evidence/collector.ts); a parse worker (src/cli/parallel/) computes them next to the
 * parser and sends them instead of the whole dump, which is ten times larger (SPEC §9).
 */
import type { Dump, LogHeaderDump, Signature } from '../ast/types.js';
import { fileNameOf } from '../domain/log-names.js';
import { folderOfFile, isAbsoluteWindowsPath, withoutTrailingSlash } from '../domain/windows-paths.js';
import { fieldOf } from '../ast/value-fields.js';
import { evidenceLine, fieldText, valueLine } from './lines.js';
import type { ErrorFooterEvidence, EvidenceLine, LogEvidence, LogSource } from './types.js';

/** ERROR texts of a log check that mean the log itself is damaged (ese-format §2.2, §3). */
export const DAMAGE_TEXT = /damaged|corrupt|-501\b|unusable/i;

/** `EDB012CF.LOG.txt` names the log `EDB012CF.LOG` (SPEC §3: subject from the input's file name). */
export function logFileNameFrom(path: string): string {
  const name = fileNameOf(path.trim());
  return /\.(log|jtx|jrs)\.txt$/i.test(name) ? name.replace(/\.txt$/i, '') : name;
}

/** An attached database as a log header lists it (§2.1–§2.3), signature not yet interned. */
/**
 * The path of an attachment known by its position alone (the `Signature:` lines of `eseutil /ml …
 * | find /i "signature"`): empty. Another dump of the same log may give it (the collector merges
 * by dbid); it never names a database, and is never compared as a path.
 */
export const UNPRINTED_PATH = '';

export interface AttachmentFact {
  readonly dbid: number;
  /** As the log prints it; UNPRINTED_PATH when the capture shows only the position. */
  readonly path: string;
  readonly signature?: Signature;
  readonly at: EvidenceLine;
  readonly signatureAt?: EvidenceLine;
}

/** What one dump says of one log file; the collector merges the facts of every dump of a file. */
export interface LogFact {
  readonly file: string | undefined;
  readonly fileSource: LogEvidence['fileSource'];
  readonly input: string;
  /** What printed it: an `/ml` header, eseutil's stream check, a KB batch file (src/evidence/batch-facts.ts). */
  readonly source: LogSource;
  readonly generation?: number;
  readonly generationAt?: EvidenceLine;
  readonly signature?: Signature;
  readonly signatureAt?: EvidenceLine;
  readonly attachments: readonly AttachmentFact[];
  readonly circularLogging?: LogEvidence['circularLogging'];
  readonly integrity?: 'passed' | 'failed';
  readonly damageAt?: EvidenceLine;
  readonly reservedLogFile?: boolean;
  readonly fileAt: EvidenceLine;
  readonly tool?: LogEvidence['tool'];
  readonly radix?: 10 | 16;
  readonly baseName?: string;
  /** The folder the log was in when dumped: its absolute path, or the prompt's directory. */
  readonly directory?: string;
  /** `Env SystemPath:` — the working path that holds the checkpoint (ese-format §2.1–§2.3). */
  readonly envSystemPath?: string;
  /** `Env LogFilePath:` — the transaction log path of the stream when the log was written. */
  readonly envLogFilePath?: string;
}

export interface LogHeaderFacts {
  /** Absent when the dump names neither a file nor a generation: nothing to place it by. */
  readonly log?: LogFact;
  readonly errorFooter?: ErrorFooterEvidence;
}

/** §0.3: a dump that ended `Operation terminated with error …`. */
export function errorFooterOf(input: string, dump: Dump): ErrorFooterEvidence | undefined {
  if (!dump.result || dump.result.ok) return undefined;
  return {
    dumpKind: dump.kind,
    ...(dump.kind === 'operation' && dump.mode !== undefined ? { mode: dump.mode } : {}),
    ...(dump.file !== undefined ? { file: fileNameOf(dump.file) } : {}),
    ...(dump.result.error ? { error: dump.result.error } : {}),
    input,
    at: evidenceLine(input, dump.result.line ?? dump.endLine, dump.result.text ?? 'Operation terminated with an error'),
  };
}

/** `E:\\Exchsrvr\\MDBDATA\\` → `e:\\exchsrvr\\mdbdata`: folders compare case-insensitively. */
export function folderKey(directory: string | undefined): string | undefined {
  const key = directory?.trim().replace(/[\\/]+$/, '').toLowerCase();
  return key ? key : undefined;
}

/** The directory part of a printed path (`L:\\Logs\\SG1\\E0000318.log` → `l:\\logs\\sg1`), if it has one. */
export function directoryOf(path: string): string | undefined {
  const trimmed = path.trim();
  const cut = Math.max(trimmed.lastIndexOf('\\'), trimmed.lastIndexOf('/'));
  return cut > 0 ? folderKey(trimmed.slice(0, cut)) : undefined;
}

/** The facts of an `eseutil /ml FILE` dump: Q296787 steps 3–4 read signature, generation, paths. */
export function logHeaderFacts(input: string, dump: LogHeaderDump): LogHeaderFacts {
  const errorFooter = errorFooterOf(input, dump);
  const log = logFact(input, dump);
  return { ...(log ? { log } : {}), ...(errorFooter ? { errorFooter } : {}) };
}

function logFact(input: string, dump: LogHeaderDump): LogFact | undefined {
  // Each value quotes the line it was read from (src/ast/value-fields.ts).
  const generationAt = dump.lGeneration !== undefined
    ? valueLine(input, dump, 'lGeneration') ?? evidenceLine(input, dump.startLine, `lGeneration: ${dump.lGeneration}`)
    : undefined;
  const signature = dump.signature;
  const signatureAt = signature ? valueLine(input, dump, 'signature') ?? evidenceLine(input, dump.startLine, `Signature: ${signature.text}`) : undefined;

  const attachments: AttachmentFact[] = dump.attachedDatabases.map((a) => {
    if (a.path === undefined) {
      // A positional `Signature:` line of a `find` (Q296787 step 3): the line is the evidence.
      const line = dump.fields.find((f) => f.line === a.line);
      const at = evidenceLine(input, a.line, line ? fieldText(line) : `Signature: ${a.signature?.text ?? ''}`);
      return { dbid: a.dbid, path: UNPRINTED_PATH, ...(a.signature ? { signature: a.signature } : {}), at, ...(a.signature ? { signatureAt: at } : {}) };
    }
    const signatureAt = a.signature ? valueLine(input, a, 'signature') : undefined;
    return {
      dbid: a.dbid,
      path: a.path,
      ...(a.signature ? { signature: a.signature } : {}),
      at: evidenceLine(input, a.line, `${a.dbid} ${a.path}`),
      ...(signatureAt ? { signatureAt } : {}),
    };
  });

  const circular = dump.circularLogging;
  let circularLogging: LogEvidence['circularLogging'];
  if (circular && (circular.env !== undefined || circular.currentFile !== undefined || circular.pastFiles !== undefined)) {
    const on = circular.env === true || circular.currentFile === true || circular.pastFiles === true;
    // Quote the line that shows circular logging on (ese-format §2.2, §2.4).
    // The current setting first: the (past files) flag is history (§2.4). The `Env (CircLog,…)`
    // heading and its values line are not quoted: the flag is the values line's first column,
    // which `label: value` text would not show as printed; the fallback names the setting.
    const currentFile = fieldOf(dump, 'circularLoggingCurrentFile');
    const pastFiles = fieldOf(dump, 'circularLoggingPastFiles');
    const firstFlag = currentFile === undefined || (pastFiles !== undefined && pastFiles.line < currentFile.line) ? pastFiles : currentFile;
    const field = (circular.currentFile ? currentFile : undefined) ?? (circular.pastFiles ? pastFiles : undefined) ?? firstFlag;
    const at = field
      ? evidenceLine(input, field.line, fieldText(field))
      : evidenceLine(input, dump.startLine, `Circular logging: ${on ? 'on' : 'off'}`);
    // Not `{ ...circular, at }`: Node 20's V8 gives each object made so a hidden class of its own,
    // which makes every later read of 100,000 of them slow (SPEC §9).
    circularLogging = Object.assign({}, circular, { at });
  }

  const failedByFooter = dump.result?.error?.code === -501 || (dump.result?.text !== undefined && DAMAGE_TEXT.test(dump.result.text) && !dump.result.ok);
  const integrity = dump.integrity === 'failed' || failedByFooter ? 'failed' : dump.integrity;
  let damageAt: EvidenceLine | undefined;
  if (integrity === 'failed') {
    const field = dump.fields.find((f) => DAMAGE_TEXT.test(`${f.label} ${f.value}`));
    damageAt = field
      ? evidenceLine(input, field.line, fieldText(field))
      : evidenceLine(input, dump.result?.line ?? dump.endLine, dump.result?.text ?? 'Integrity check failed');
  }

  const named = dump.prompt?.file !== undefined && isAbsoluteWindowsPath(dump.prompt.file) ? dump.prompt.file : dump.file;
  const directory = named !== undefined ? folderOfFile(named, dump.prompt?.directory) : undefined;
  const envSystemPath = envPath(dump, 'envSystemPath');
  const envLogFilePath = envPath(dump, 'envLogFilePath');
  const radix = dump.lastLgpos?.radix ?? dump.checkpoint?.radix ?? dump.attachedDatabases[0]?.lastConsistent?.radix;
  const fileField = fieldOf(dump, 'file');
  const fileName = dump.file !== undefined ? logFileNameFrom(dump.file) : undefined;
  if (fileName === undefined && dump.lGeneration === undefined) return undefined;

  return {
    file: fileName,
    fileSource: dump.fileSource ?? 'dump',
    input,
    source: 'logHeader',
    ...(dump.lGeneration !== undefined ? { generation: dump.lGeneration } : {}),
    ...(generationAt ? { generationAt } : {}),
    ...(signature ? { signature } : {}),
    ...(signatureAt ? { signatureAt } : {}),
    attachments,
    ...(circularLogging ? { circularLogging } : {}),
    ...(integrity ? { integrity } : {}),
    ...(damageAt ? { damageAt } : {}),
    ...(dump.reservedLogFile ? { reservedLogFile: true } : {}),
    fileAt: fileField
      ? evidenceLine(input, fileField.line, fieldText(fileField))
      : dump.prompt
        ? evidenceLine(input, dump.prompt.line, dump.prompt.text)
        : evidenceLine(input, dump.startLine, fileName ?? `lGeneration ${dump.lGeneration}`),
    ...(dump.tool ? { tool: dump.tool } : {}),
    ...(radix ? { radix } : {}),
    ...(dump.baseName !== undefined ? { baseName: dump.baseName } : {}),
    ...(directory !== undefined ? { directory } : {}),
    ...(envSystemPath !== undefined ? { envSystemPath } : {}),
    ...(envLogFilePath !== undefined ? { envLogFilePath } : {}),
  };
}

/** An `Env SystemPath:` / `Env LogFilePath:` value, when it is an absolute folder. */
function envPath(dump: LogHeaderDump, fact: 'envSystemPath' | 'envLogFilePath'): string | undefined {
  const value = fieldOf(dump, fact)?.value.trim();
  return value !== undefined && isAbsoluteWindowsPath(value) ? withoutTrailingSlash(value) : undefined;
}
