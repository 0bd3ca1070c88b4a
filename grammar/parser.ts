/**
 * Grammar of eseutil / esentutl / esefile text output (ese-format.md), one rule per kind of
 * line, named after the labels eseutil prints. A capture is a sequence of lines separated by
 * line breaks; a line is a line-start token (a label such as `lGeneration`, a banner line, a
 * footer…) and the rest of the line as one value. Two rules span a few lines whose continuation
 * is unambiguous: an attached database and its indented block, an `Env (…)` heading and its
 * values line.
 *
 * Which dump a line belongs to, and what its value means, is decided after parsing
 * (src/input/segment.ts, src/ast/): the grammar accepts every line in any order, so fragments,
 * `find` output and pastes with lines dropped still give a complete CST.
 *
 * Performance (SPEC §9): the capture rule lists the line rules directly (no wrapper rule per
 * line) and its alternatives array is built once; each line rule consumes a token category
 * instead of choosing among tokens. Chevrotain groups CST children by rule name, so a line's
 * place in the capture is its first token's offset (src/ast/line-records.ts restores the order).
 */
import type { IOrAlt } from 'chevrotain';
import { CstParser, tokenMatcher } from './chevrotain.js';
import * as T from './tokens.js';

export interface EseOutputParserOptions {
  /** Skip Chevrotain's grammar checks (production start-up); tests keep them on. */
  readonly skipValidations?: boolean;
}

export class EseOutputParser extends CstParser {
  constructor(options: EseOutputParserOptions = {}) {
    super(T.allTokens, {
      // Every token sequence the lexer can produce is a valid capture (any line-start token, its
      // optional value, a line break; `Text` takes any other line), so there is nothing to
      // recover from: test/grammar checks that no text gives a parse error. Without recovery
      // Chevrotain skips computing follow sets at start-up, 20–30 ms of a one-dump check (SPEC §9).
      recoveryEnabled: false,
      maxLookahead: 2,
      skipValidations: options.skipValidations ?? false,
    });
    this.performSelfAnalysis();
  }

  /** A segment of captured text: lines separated by line breaks. */
  capture = this.RULE('capture', () => {
    this.MANY(() => {
      this.OR(
        (this.lineAlternatives ??= [
          { ALT: () => this.CONSUME(T.Newline) },
          { ALT: () => this.SUBRULE(this.promptLine) },
          { ALT: () => this.SUBRULE(this.bannerLine) },
          { ALT: () => this.SUBRULE(this.modeLine) },
          { ALT: () => this.SUBRULE(this.verifyingLogFilesLine) },
          { ALT: () => this.SUBRULE(this.subjectLine) },
          { ALT: () => this.SUBRULE(this.lGenerationLine) },
          { ALT: () => this.SUBRULE(this.logPositionLine) },
          { ALT: () => this.SUBRULE(this.dateLine) },
          { ALT: () => this.SUBRULE(this.signatureLine) },
          { ALT: () => this.SUBRULE(this.stateLine) },
          { ALT: () => this.SUBRULE(this.generationRangeLine) },
          { ALT: () => this.SUBRULE(this.headerNumberLine) },
          { ALT: () => this.SUBRULE(this.fileTypeLine) },
          { ALT: () => this.SUBRULE(this.versionLine) },
          { ALT: () => this.SUBRULE(this.envBlock) },
          { ALT: () => this.SUBRULE(this.circularLoggingFlagLine) },
          { ALT: () => this.SUBRULE(this.usingReservedLogFileLine) },
          { ALT: () => this.SUBRULE(this.attachedDatabase) },
          { ALT: () => this.SUBRULE(this.integrityLine) },
          { ALT: () => this.SUBRULE(this.errorLine) },
          { ALT: () => this.SUBRULE(this.warningLine) },
          { ALT: () => this.SUBRULE(this.missingLogFilesLine) },
          { ALT: () => this.SUBRULE(this.noDamagedLogFilesLine) },
          { ALT: () => this.SUBRULE(this.checksumTitleLine) },
          { ALT: () => this.SUBRULE(this.checksumProgressLine) },
          { ALT: () => this.SUBRULE(this.checksumCounterLine) },
          { ALT: () => this.SUBRULE(this.footerLine) },
          { ALT: () => this.SUBRULE(this.parenthesizedValuesLine) },
          { ALT: () => this.SUBRULE(this.labelLine) },
          { ALT: () => this.SUBRULE(this.unrecognizedLine) },
        ]),
      );
    });
  });
  private lineAlternatives: IOrAlt<unknown>[] | undefined;

  /** SPEC §3: `E:\mdbdata>eseutil /ml edb012cf.log | find /i "signature"`, `[PS] D:\>…`, `PS C:\>…`. */
  promptLine = this.RULE('promptLine', () => {
    this.CONSUME(T.Prompt);
    this.OPTION(() => this.CONSUME(T.Value));
  });

  /** §0.1 banner: product line, `Version N.N`, copyright (and `Licensed under the MIT License.`). */
  bannerLine = this.RULE('bannerLine', () => {
    this.CONSUME(T.BannerLine);
    this.OPTION(() => this.CONSUME(T.Value));
  });

  /** §0.2 `Initiating FILE DUMP mode...`, `Initiating CHECKSUM mode...`, … */
  modeLine = this.RULE('modeLine', () => {
    this.CONSUME(T.Initiating);
    this.OPTION(() => this.CONSUME(T.Value));
  });

  /** §3 `Verifying log files...` (whole-stream verification, `eseutil /ml E00`). */
  verifyingLogFilesLine = this.RULE('verifyingLogFilesLine', () => {
    this.CONSUME(T.VerifyingLogFiles);
    this.OPTION(() => this.CONSUME(T.Value));
  });

  /**
   * The file a dump describes: §1.1 `Database:`, §2.2 `Base name:` / `Log file:`, §3
   * `Log file: <path> - OK`, §4 `Checkpoint file:`, §5.2 `File:`.
   * Spec deviation: /k on one log prints `Log File:` (capital F); both are accepted.
   */
  subjectLine = this.RULE('subjectLine', () => {
    this.CONSUME(T.SubjectLabel);
    this.OPTION(() => this.CONSUME(T.Value));
  });

  /** §2.1 ESE97 `lGeneration (4815)`; §2.2/§2.3 `lGeneration: 46 (0x2E)`. */
  lGenerationLine = this.RULE('lGenerationLine', () => {
    this.CONSUME(T.LGeneration);
    this.OPTION(() => this.CONSUME(T.Value));
  });

  /**
   * §0.4 log positions: `Checkpoint (255,5582,406)` (ESE97, no colon) or `Checkpoint: (0x12CF,1CA9,16A)`,
   * `Last Consistent: (…)  <date>` (§1.2–1.4), `Last Lgpos: (0x12cf,…)` (§2), §4 checkpoint lines
   * (`LastFullBackupCheckpoint`, `FullBackup`, `IncBackup`), §2.3 `Checkpoint at log creation time:`.
   */
  logPositionLine = this.RULE('logPositionLine', () => {
    this.CONSUME(T.LogPositionLabel);
    this.OPTION(() => this.CONSUME(T.Value));
  });

  /** §0.5 dates: `creation time:`, `prev gen time:` (§2), `FullBackup time:` (§4), `Repair Date:` (§1). */
  dateLine = this.RULE('dateLine', () => {
    this.CONSUME(T.DateLabel);
    this.OPTION(() => this.CONSUME(T.Value));
  });

  /** §0.6 `DB Signature:`, `Log Signature:` (§1), `Signature:` (§2, §4: the first is the log's own). */
  signatureLine = this.RULE('signatureLine', () => {
    this.CONSUME(T.SignatureLabel);
    this.OPTION(() => this.CONSUME(T.Value));
  });

  /** §1.2/§6 `State: Consistent` (ESE97) or `State: Clean Shutdown` (ESE98+). */
  stateLine = this.RULE('stateLine', () => {
    this.CONSUME(T.State);
    this.OPTION(() => this.CONSUME(T.Value));
  });

  /** §1.3/§1.4 `Log Required: 143-145 (0x8f-0x91)`, `Log Committed: 0-147 (0x0-0x93)`. */
  generationRangeLine = this.RULE('generationRangeLine', () => {
    this.CONSUME(T.GenerationRangeLabel);
    this.OPTION(() => this.CONSUME(T.Value));
  });

  /** §1.2–1.4 `cbDbPage:`, `Repair Count:`, `Dbid:`, `dbtime:`; §2.2 `objidLast:`, `MaxDbSize:`. */
  headerNumberLine = this.RULE('headerNumberLine', () => {
    this.CONSUME(T.NumberLabel);
    this.OPTION(() => this.CONSUME(T.Value));
  });

  /** §1.3 `File Type: Database` / `Streaming File` (.stm) / `UNKNOWN`. */
  fileTypeLine = this.RULE('fileTypeLine', () => {
    this.CONSUME(T.FileType);
    this.OPTION(() => this.CONSUME(T.Value));
  });

  /** §2.1 ESE97 `ulVersion(6.1)` (no colon); §1.2 `ulVersion: 0x620` of the oldest 5.5 headers. */
  versionLine = this.RULE('versionLine', () => {
    this.CONSUME(T.UlVersion);
    this.OPTION(() => this.CONSUME(T.Value));
  });

  /**
   * §2.1/§2.2/§4 `Env SystemPath:…`, `Env Log Sec size:…`, and the
   * `Env (CircLog,Session,…,LogFile,Buffers)` heading with its `(    off,   1027, …)` values line.
   */
  envBlock = this.RULE('envBlock', () => {
    this.CONSUME(T.Env);
    this.OPTION(() => this.CONSUME(T.Value));
    this.OPTION2({
      // The values line belongs to the heading only when it is the very next line.
      GATE: () => this.LA(2).tokenType === T.ParenthesizedValues,
      DEF: () => {
        this.CONSUME(T.Newline);
        this.CONSUME(T.ParenthesizedValues);
        this.OPTION3(() => this.CONSUME2(T.Value));
      },
    });
  });

  /** §2.2 `Circular Logging Flag (current file): on|off`, `… (past files): on|off`. */
  circularLoggingFlagLine = this.RULE('circularLoggingFlagLine', () => {
    this.CONSUME(T.CircularLoggingFlag);
    this.OPTION(() => this.CONSUME(T.Value));
  });

  /** §2.2 `Using Reserved Log File: true|false`. */
  usingReservedLogFileLine = this.RULE('usingReservedLogFileLine', () => {
    this.CONSUME(T.UsingReservedLogFile);
    this.OPTION(() => this.CONSUME(T.Value));
  });

  /**
   * An attached database: `1 d:\MDBDATA\PRIV.EDB` (§2.1; §4 adds `LogOn VerOn RW`) and its block —
   * ESE97 `Signature:` + `Last Attach (…)  Last Consistent (…)` on one line; ESE98 8-space and
   * modern `\t\t ` indented `dbtime:`, `objidLast:`, `Signature:`, `MaxDbSize:`, `Last Attach:`,
   * `Last Consistent:` (§2.2, §2.3).
   */
  attachedDatabase = this.RULE('attachedDatabase', () => {
    this.CONSUME(T.AttachedDatabaseId);
    this.OPTION(() => this.CONSUME(T.Value));
    this.MANY({
      // Chevrotain's repetition lookahead stops at the line break; the gate looks one line on.
      GATE: () => tokenMatcher(this.LA(2), T.AttachedDatabaseLabel),
      DEF: () => {
        this.CONSUME(T.Newline);
        this.SUBRULE(this.attachedDatabaseField);
      },
    });
  });

  attachedDatabaseField = this.RULE('attachedDatabaseField', () => {
    this.CONSUME(T.AttachedDatabaseLabel);
    this.OPTION(() => this.CONSUME(T.Value));
  });

  /**
   * §2.2/§2.3 `Integrity check passed for log file: <name>`; KB 248122
   * `CORRUPTION DETECTED in log file: <name>`; verbose `Log Damaged (unusable): <name>`.
   */
  integrityLine = this.RULE('integrityLine', () => {
    this.CONSUME(T.IntegrityStatement);
    this.OPTION(() => this.CONSUME(T.Value));
  });

  /**
   * §2.3/§3 `ERROR: …` (16-space indented in stream checks), §5 `ERROR: page N checksum failed …`,
   * §0.3 `Error: Access to source database … failed with Jet error -1032.`, §5.1 `FAILURE: …`.
   */
  errorLine = this.RULE('errorLine', () => {
    this.CONSUME(T.ErrorStatement);
    this.OPTION(() => this.CONSUME(T.Value));
  });

  /** §1.1 `WARNING: …`, §0.3 `Recovery has indicated …`, §5.2 `This is a temporary database. …`. */
  warningLine = this.RULE('warningLine', () => {
    this.CONSUME(T.WarningStatement);
    this.OPTION(() => this.CONSUME(T.Value));
  });

  /** §3 `Missing log file: E000001A.log`, `Missing log files: E00{0001a - 0001f}.log`. */
  missingLogFilesLine = this.RULE('missingLogFilesLine', () => {
    this.CONSUME(T.MissingLogFiles);
    this.OPTION(() => this.CONSUME(T.Value));
  });

  /** §3 `No damaged log files were found.` */
  noDamagedLogFilesLine = this.RULE('noDamagedLogFilesLine', () => {
    this.CONSUME(T.NoDamagedLogFiles);
    this.OPTION(() => this.CONSUME(T.Value));
  });

  /** §5.1 `Checksumming` (5.5 esefile), §5.2 `Checksum Status (% complete)`. */
  checksumTitleLine = this.RULE('checksumTitleLine', () => {
    this.CONSUME(T.ChecksumTitle);
    this.OPTION(() => this.CONSUME(T.Value));
  });

  /**
   * §5 the status bar: axis `0    10   20 … 100`, bar `|----|----|…|`, rows of dots. Spec deviation:
   * per-page `ERROR:` lines go to stderr and can be glued to a row of dots; the value keeps them.
   */
  checksumProgressLine = this.RULE('checksumProgressLine', () => {
    this.CONSUME(T.ProgressMark);
    this.OPTION(() => this.CONSUME(T.Value));
  });

  /** §5 `23042 pages seen`, `0 bad checksums`, …, `0x… highest dbtime (pgno 0x…)`, read statistics. */
  checksumCounterLine = this.RULE('checksumCounterLine', () => {
    this.CONSUME(T.ChecksumCounterLabel);
    this.OPTION(() => this.CONSUME(T.Value));
  });

  /**
   * §0.3 `Operation completed successfully in 1.5 seconds.`, `Operation terminated with error -1811
   * (…) after 0.31 seconds.` (ESE97: `Operation terminated with error -1018.`); §5.1
   * `esefile completes successfully after 10 seconds`.
   */
  footerLine = this.RULE('footerLine', () => {
    this.CONSUME(T.FooterStatement);
    this.OPTION(() => this.CONSUME(T.Value));
  });

  /** A `(…)` line with no `Env (…)` heading before it (the heading was filtered out or lost). */
  parenthesizedValuesLine = this.RULE('parenthesizedValuesLine', () => {
    this.CONSUME(T.ParenthesizedValues);
    this.OPTION(() => this.CONSUME(T.Value));
  });

  /** §1.4: any other `Label: value` line (new labels appear across CUs and must be tolerated). */
  labelLine = this.RULE('labelLine', () => {
    this.CONSUME(T.GenericLabel);
    this.OPTION(() => this.CONSUME(T.Value));
  });

  /** A line the grammar does not know: reported as unrecognized, never dropped. */
  unrecognizedLine = this.RULE('unrecognizedLine', () => {
    this.CONSUME(T.Text);
  });
}
