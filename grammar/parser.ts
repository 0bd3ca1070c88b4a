/**
 * Grammar of eseutil / esentutl / esefile text output (ese-format.md): a capture is a sequence
 * of lines, and a line is one token (grammar/tokens.ts) named after the label eseutil prints at
 * its start. Each kind of line is a labelled alternative of the capture rule (`lGenerationLine`,
 * `logPositionLine`…): the label is the CST key its tokens are grouped under. Two rules span a
 * few lines whose continuation is unambiguous: an attached database and its indented block, an
 * `Env (…)` heading and its values line.
 *
 * A rule per dump kind (`databaseHeader`, `logHeader`, `logStreamCheck`, `checkpoint`,
 * `checksum`: KIND_RULES) says which lines that kind prints: it starts at a line only that kind
 * prints (the catalogue's strong votes: `lGeneration`, `State:`, `Checkpoint file:`, `Verifying
 * log files...`, `File:`, `N pages seen`…) and takes the lines the kind prints after it, under the
 * same CST keys as the capture's line alternatives. Before that line (prompt, banner, mode line,
 * `Database:` and `Log file:`, which two kinds print) and where there is none, the lines are the
 * capture's own alternatives: the grammar accepts every line in any order, so fragments, `find`
 * output and pastes with lines dropped still give a complete CST.
 *
 * What stays in code, and why (src/ast/dump-kind.ts): the kind of a dump is still voted on its
 * labels. A fragment (`| find "signature"`, a paste that lost its first lines) has no line only
 * one kind prints, so no node says its kind; the mode line is one token for every mode
 * (`Initiating CHECKSUM mode...` of `eseutil /k E00` is a stream check, not a checksum); `Log
 * file:` is a stream check's only with `- OK` at its end. test/grammar/kind-rules checks that every
 * segment of the samples with a kind node has one, of the voted kind.
 *
 * Performance (SPEC §9): a line is consumed in the capture or kind rule itself, not in a rule of
 * its own (a rule invocation and a CST node per line cost more than the token; a kind's node is
 * one per dump), each alternative
 * consumes a token category instead of choosing among tokens, and the alternatives array is
 * built once. Chevrotain groups CST children by key, so a line's place in the capture is its
 * token's offset (src/ast/line-records.ts restores the order).
 */
import type { IOrAlt, TokenType } from 'chevrotain';
import { CstParser } from './chevrotain.js';
import { allTokens, CATALOGUE, entryOf, TOKEN, type DumpKind, type LabelName } from './catalogue.js';
import * as T from './tokens.js';

/** The CST key of each kind of line and the token (or category of tokens) it consumes. */
const LINE_TOKEN = {
  // Blank lines at the start of the segment (the other line breaks end a line's token).
  Newline: T.Newline,
  // SPEC §3: `E:\mdbdata>eseutil /ml edb012cf.log | find /i "signature"`, `[PS] D:\>…`, `PS C:\>…`.
  promptLine: TOKEN.Prompt,
  // §0.1 banner: product line, `Version N.N`, copyright (and `Licensed under the MIT License.`).
  bannerLine: T.BannerLine,
  // §0.2 `Initiating FILE DUMP mode...`, `Initiating CHECKSUM mode...`, …
  modeLine: TOKEN.Initiating,
  // §3 `Verifying log files...` (whole-stream verification, `eseutil /ml E00`).
  verifyingLogFilesLine: TOKEN.VerifyingLogFiles,
  // The file a dump describes: §1.1 `Database:`, §2.2 `Base name:` / `Log file:`, §3
  // `Log file: <path> - OK`, §4 `Checkpoint file:`, §5.2 `File:`.
  // Spec deviation: /k on one log prints `Log File:` (capital F); both are accepted.
  subjectLine: T.SubjectLabel,
  // §2.1 ESE97 `lGeneration (4815)`; §2.2/§2.3 `lGeneration: 46 (0x2E)`.
  lGenerationLine: TOKEN.LGeneration,
  // §0.4 log positions: `Checkpoint (255,5582,406)` (ESE97, no colon) or `Checkpoint: (0x12CF,1CA9,16A)`,
  // `Last Consistent: (…)  <date>` (§1.2–1.4), `Last Lgpos: (0x12cf,…)` (§2), §4 checkpoint
  // lines (`LastFullBackupCheckpoint`, `FullBackup`, `IncBackup`), §2.3 `Checkpoint at log creation time:`.
  logPositionLine: T.LogPositionLabel,
  // §0.5 dates: `creation time:`, `prev gen time:` (§2), `FullBackup time:` (§4), `Repair Date:` (§1).
  dateLine: T.DateLabel,
  // §0.6 `DB Signature:`, `Log Signature:` (§1), `Signature:` (§2, §4: the first is the log's own).
  signatureLine: T.SignatureLabel,
  // §1.2/§6 `State: Consistent` (ESE97) or `State: Clean Shutdown` (ESE98+).
  stateLine: TOKEN.State,
  // §1.3/§1.4 `Log Required: 143-145 (0x8f-0x91)`, `Log Committed: 0-147 (0x0-0x93)`.
  generationRangeLine: T.GenerationRangeLabel,
  // §1.2–1.4 `cbDbPage:`, `Repair Count:`, `Dbid:`, `dbtime:`; §2.2 `objidLast:`, `MaxDbSize:`.
  headerNumberLine: T.NumberLabel,
  // §1.3 `File Type: Database` / `Streaming File` (.stm) / `UNKNOWN`.
  fileTypeLine: TOKEN.FileType,
  // §2.1 ESE97 `ulVersion(6.1)` (no colon); §1.2 `ulVersion: 0x620` of the oldest 5.5 headers.
  versionLine: TOKEN.UlVersion,
  // §2.2 `Circular Logging Flag (current file): on|off`, `… (past files): on|off`.
  circularLoggingFlagLine: TOKEN.CircularLoggingFlag,
  // §2.2 `Using Reserved Log File: true|false`.
  usingReservedLogFileLine: TOKEN.UsingReservedLogFile,
  // §2.2/§2.3 `Integrity check passed for log file: <name>`; KB 248122
  // `CORRUPTION DETECTED in log file: <name>`; verbose `Log Damaged (unusable): <name>`.
  integrityLine: T.IntegrityStatement,
  // §2.3/§3 `ERROR: …` (16-space indented in stream checks), §5 `ERROR: page N checksum failed …`,
  // §0.3 `Error: Access to source database … failed with Jet error -1032.`, §5.1 `FAILURE: …`.
  errorLine: T.ErrorStatement,
  // §1.1 `WARNING: …`, §5.2 `This is a temporary database. …`.
  warningLine: T.WarningStatement,
  // §3 `Missing log file: E000001A.log`, `Missing log files: E00{0001a - 0001f}.log`.
  missingLogFilesLine: TOKEN.MissingLogFiles,
  // §3 `No damaged log files were found.`
  noDamagedLogFilesLine: TOKEN.NoDamagedLogFiles,
  // §5.1 `Checksumming` (5.5 esefile), §5.2 `Checksum Status (% complete)`.
  checksumTitleLine: T.ChecksumTitle,
  // §5 the status bar: axis `0    10   20 … 100`, bar `|----|----|…|`, rows of dots. Spec deviation:
  // per-page `ERROR:` lines go to stderr and can be glued to a row of dots; the value keeps them.
  checksumProgressLine: T.ProgressMark,
  // §5 `23042 pages seen`, `0 bad checksums`, …, `0x… highest dbtime (pgno 0x…)`, read statistics.
  checksumCounterLine: T.ChecksumCounterLabel,
  // §0.3 `Operation completed successfully in 1.5 seconds.`, `Operation terminated with error
  // -1811 (…) after 0.31 seconds.` (ESE97: `Operation terminated with error -1018.`); §5.1
  // `esefile completes successfully after 10 seconds`.
  footerLine: T.FooterStatement,
  // Runs of /r, /g, /p: `Performing soft recovery...`, `Scanning Status (% complete)`, and §0.3
  // `Recovery has indicated … /a argument.` (one message each: the whole line is its text).
  runLine: T.RunLine,
  // A cmd.exe `dir` listing line (issue 16): src/ast/dir-listing.ts reads the listing.
  dirListingLine: T.DirListingLine,
  // The KB batch files' own lines (issue 16): chksig's `SIGNATURE MATCHING FAILED FOR …`, fc's
  // `Comparing files … and …`, `FC: …`, `*****` and sigchk's `--------------------`.
  batchLine: T.BatchLine,
  // A `(…)` line with no `Env (…)` heading before it (the heading was filtered out or lost).
  parenthesizedValuesLine: TOKEN.ParenthesizedValues,
  // §1.4: any other `Label: value` line (new labels appear across CUs and must be tolerated).
  labelLine: TOKEN.GenericLabel,
  // A line the grammar does not know: reported as unrecognized, never dropped.
  unrecognizedLine: TOKEN.Text,
} as const satisfies Record<string, TokenType>;

/** A CST key of one line, or of the two rules that span a few lines. */
type LineKey = keyof typeof LINE_TOKEN | 'envBlock' | 'attachedDatabase';

/** The capture's line alternatives, in the order they are tried (one per line kind, SPEC §3). */
const CAPTURE_LINES: readonly LineKey[] = [
  'Newline', 'promptLine', 'bannerLine', 'modeLine', 'verifyingLogFilesLine', 'subjectLine', 'lGenerationLine', 'logPositionLine',
  'dateLine', 'signatureLine', 'stateLine', 'generationRangeLine', 'headerNumberLine', 'fileTypeLine', 'versionLine', 'envBlock',
  'circularLoggingFlagLine', 'usingReservedLogFileLine', 'attachedDatabase', 'integrityLine', 'errorLine', 'warningLine',
  'missingLogFilesLine', 'noDamagedLogFilesLine', 'checksumTitleLine', 'checksumProgressLine', 'checksumCounterLine',
  'footerLine', 'runLine', 'dirListingLine', 'batchLine', 'parenthesizedValuesLine', 'labelLine', 'unrecognizedLine',
];

/** Lines every kind of dump may print after its first line: messages, footer, new labels, text. */
const SHARED_LINES: readonly LineKey[] = ['errorLine', 'warningLine', 'footerLine', 'parenthesizedValuesLine', 'labelLine', 'unrecognizedLine'];

/**
 * The lines each kind of dump prints (ese-format.md), after the first line only that kind prints.
 * `operation` has no such line in the catalogue (its mode line says it: `Initiating REPAIR mode`,
 * one token for every mode), so it has no rule: its lines stay line alternatives.
 */
const KIND_RULES: readonly { readonly kind: DumpKind; readonly lines: readonly LineKey[] }[] = [
  // §1 `eseutil /mh`.
  { kind: 'databaseHeader', lines: ['fileTypeLine', 'versionLine', 'stateLine', 'logPositionLine', 'dateLine', 'signatureLine', 'generationRangeLine', 'headerNumberLine'] },
  // §2 `eseutil /ml <log>`: the header and its attached databases.
  { kind: 'logHeader', lines: ['logPositionLine', 'dateLine', 'signatureLine', 'versionLine', 'envBlock', 'attachedDatabase', 'circularLoggingFlagLine', 'usingReservedLogFileLine', 'integrityLine'] },
  // §3 `eseutil /ml <base>`: `Base name:`, a `Log file: … - OK` line per log, missing and damaged logs.
  { kind: 'logStreamCheck', lines: ['subjectLine', 'integrityLine', 'missingLogFilesLine', 'noDamagedLogFilesLine'] },
  // §4 `eseutil /mk`.
  { kind: 'checkpoint', lines: ['logPositionLine', 'dateLine', 'signatureLine', 'versionLine', 'envBlock', 'attachedDatabase'] },
  // §5 `esefile /s`, `eseutil /k`: a file, the status bar, the counters.
  { kind: 'checksum', lines: ['subjectLine', 'checksumTitleLine', 'checksumProgressLine', 'checksumCounterLine'] },
];

/**
 * Lines a kind votes for strongly that other commands print too, so they start no kind's rule:
 * `Database:` (§5.2, `eseutil /k`), and the status bar (§5 axis, bar, rows of dots), which the
 * recovery, integrity and repair runs of `/r`, `/g`, `/p` print as well (issue 16,
 * samples/2003-integrity-repair-run): their mode line makes those operations.
 */
const PRINTED_BY_OTHER_KINDS: ReadonlySet<LabelName> = new Set(['DatabaseLabel', 'ProgressAxis', 'ProgressBar', 'ProgressDots']);

/**
 * The lines that start a kind's rule: the catalogue's strong votes for it, but `Database:`, which
 * `eseutil /k` prints too (§5.2: `Initiating CHECKSUM mode...` then `Database: <db>`): a `Database:`
 * line is a subject line, the kind comes with the next line only /mh or /k prints.
 */
function kindStarts(kind: DumpKind): TokenType[] {
  return (Object.keys(CATALOGUE) as LabelName[])
    .filter((name) => !PRINTED_BY_OTHER_KINDS.has(name))
    .filter((name) => entryOf(name).votes?.kind === kind && entryOf(name).votes?.weight === 'strong')
    .map((name) => TOKEN[name]);
}

/** The CST key a line token goes under: the line alternative that consumes it or its category. */
function keyOfToken(type: TokenType): LineKey {
  for (const [key, consumed] of Object.entries(LINE_TOKEN) as [keyof typeof LINE_TOKEN, TokenType][]) {
    if (consumed === type || type.CATEGORIES?.includes(consumed)) return key;
  }
  throw new Error(`no line alternative consumes ${type.name}`);
}

export interface EseOutputParserOptions {
  /** Skip Chevrotain's grammar checks (production start-up); tests keep them on. */
  readonly skipValidations?: boolean;
}

export class EseOutputParser extends CstParser {
  constructor(options: EseOutputParserOptions = {}) {
    super(allTokens, {
      // Every token sequence the lexer can produce is a valid capture (any line token, line
      // breaks between; `Text` takes any other line), so there is nothing to recover from:
      // test/grammar checks that no text gives a parse error. Without recovery Chevrotain skips
      // computing follow sets at start-up, 20–30 ms of a one-dump check (SPEC §9).
      recoveryEnabled: false,
      maxLookahead: 1,
      skipValidations: options.skipValidations ?? false,
    });
    this.performSelfAnalysis();
  }

  /**
   * A segment of captured text: its lines, each one token. Where a line only one dump kind prints
   * comes (its strong vote in grammar/catalogue.ts), the rule of that kind takes it and the lines
   * that kind prints after it (`databaseHeader`, `logHeader`, …: KIND_RULES); any other line is
   * one of the line alternatives (CAPTURE_LINES), in any order.
   */
  capture = this.RULE('capture', () => {
    this.MANY(() => {
      this.OR({
        DEF: (this.captureAlternatives ??= [
          ...KIND_RULES.map(({ kind }): IOrAlt<unknown> => ({ ALT: () => this.SUBRULE(this.kindRules[kind]!) })),
          ...CAPTURE_LINES.map((key) => this.lineAlternative(key, 1)),
        ]),
        // A kind's first line is also its generic line: the kind's rule, listed first, takes it.
        IGNORE_AMBIGUITIES: true,
      });
    });
  });
  private captureAlternatives: IOrAlt<unknown>[] | undefined;

  /**
   * The line alternative of a CST key: one line token (a token or a category of tokens) grouped
   * under the key, or the multi-line envBlock / attachedDatabase. `idx` tells Chevrotain apart two
   * consumptions of one token in one rule (a kind's first line and its later lines).
   */
  private lineAlternative(key: LineKey, idx: number): IOrAlt<unknown> {
    if (key === 'envBlock') return { ALT: () => this.subrule(idx, this.envBlock) };
    if (key === 'attachedDatabase') return { ALT: () => this.subrule(idx, this.attachedDatabase) };
    const type = LINE_TOKEN[key];
    return { ALT: () => this.consume(idx, type, key === 'Newline' ? undefined : { LABEL: key }) };
  }

  /**
   * A dump kind's rule: its first line (a line only that kind prints), then the lines that kind
   * prints and the shared ones, until a line it does not print (the capture takes that one).
   */
  private kindRule(kind: DumpKind, starts: readonly TokenType[], lines: readonly LineKey[]) {
    let startAlternatives: IOrAlt<unknown>[] | undefined;
    let lineAlternatives: IOrAlt<unknown>[] | undefined;
    return this.RULE(kind, () => {
      this.or(1, (startAlternatives ??= starts.map((type) => ({ ALT: () => this.consume(1, type, { LABEL: keyOfToken(type) }) }))));
      this.many(1, () => this.or(2, (lineAlternatives ??= [...lines, ...SHARED_LINES].map((key) => this.lineAlternative(key, 2)))));
    });
  }

  readonly kindRules: Partial<Record<DumpKind, ReturnType<EseOutputParser['kindRule']>>> = Object.fromEntries(
    KIND_RULES.map(({ kind, lines }) => [kind, this.kindRule(kind, kindStarts(kind), lines)]),
  );

  /**
   * §2.1/§2.2/§4 `Env SystemPath:…`, `Env Log Sec size:…`, and the
   * `Env (CircLog,Session,…,LogFile,Buffers)` heading with its `(    off,   1027, …)` values line,
   * when that is the next line.
   */
  envBlock = this.RULE('envBlock', () => {
    this.CONSUME(TOKEN.Env);
    this.OPTION(() => this.CONSUME(TOKEN.ParenthesizedValues));
  });

  /**
   * An attached database: `1 d:\MDBDATA\PRIV.EDB` (§2.1; §4 adds `LogOn VerOn RW`) and its block —
   * ESE97 `Signature:` + `Last Attach (…)  Last Consistent (…)` on one line; ESE98 8-space and
   * modern `\t\t ` indented `dbtime:`, `objidLast:`, `Signature:`, `MaxDbSize:`, `Last Attach:`,
   * `Last Consistent:` (§2.2, §2.3): the field lines right after it.
   */
  attachedDatabase = this.RULE('attachedDatabase', () => {
    this.CONSUME(TOKEN.AttachedDatabaseId);
    this.MANY(() => this.CONSUME(T.AttachedDatabaseLabel, { LABEL: 'attachedDatabaseField' }));
  });
}
