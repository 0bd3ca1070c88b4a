/**
 * Grammar of eseutil / esentutl / esefile text output (ese-format.md): a capture is a sequence
 * of lines, and a line is one token (grammar/tokens.ts) named after the label eseutil prints at
 * its start. Each kind of line is a labelled alternative of the capture rule (`lGenerationLine`,
 * `logPositionLine`…): the label is the CST key its tokens are grouped under. Two rules span a
 * few lines whose continuation is unambiguous: an attached database and its indented block, an
 * `Env (…)` heading and its values line.
 *
 * Which dump a line belongs to, and what its value means, is decided after parsing
 * (src/input/segment.ts, src/ast/): the grammar accepts every line in any order, so fragments,
 * `find` output and pastes with lines dropped still give a complete CST.
 *
 * Performance (SPEC §9): a line is consumed in the capture rule itself, not in a rule of its
 * own (a rule invocation and a CST node per line cost more than the token), each alternative
 * consumes a token category instead of choosing among tokens, and the alternatives array is
 * built once. Chevrotain groups CST children by key, so a line's place in the capture is its
 * token's offset (src/ast/line-records.ts restores the order).
 */
import type { IOrAlt } from 'chevrotain';
import { CstParser } from './chevrotain.js';
import { allTokens, TOKEN } from './catalogue.js';
import * as T from './tokens.js';

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

  /** A segment of captured text: its lines, each one token. */
  capture = this.RULE('capture', () => {
    this.MANY(() => {
      this.OR(
        (this.lineAlternatives ??= [
          // Blank lines at the start of the segment (the other line breaks end a line's token).
          { ALT: () => this.CONSUME(T.Newline) },
          // SPEC §3: `E:\mdbdata>eseutil /ml edb012cf.log | find /i "signature"`, `[PS] D:\>…`, `PS C:\>…`.
          { ALT: () => this.CONSUME(TOKEN.Prompt, { LABEL: 'promptLine' }) },
          // §0.1 banner: product line, `Version N.N`, copyright (and `Licensed under the MIT License.`).
          { ALT: () => this.CONSUME(T.BannerLine, { LABEL: 'bannerLine' }) },
          // §0.2 `Initiating FILE DUMP mode...`, `Initiating CHECKSUM mode...`, …
          { ALT: () => this.CONSUME(TOKEN.Initiating, { LABEL: 'modeLine' }) },
          // §3 `Verifying log files...` (whole-stream verification, `eseutil /ml E00`).
          { ALT: () => this.CONSUME(TOKEN.VerifyingLogFiles, { LABEL: 'verifyingLogFilesLine' }) },
          // The file a dump describes: §1.1 `Database:`, §2.2 `Base name:` / `Log file:`, §3
          // `Log file: <path> - OK`, §4 `Checkpoint file:`, §5.2 `File:`.
          // Spec deviation: /k on one log prints `Log File:` (capital F); both are accepted.
          { ALT: () => this.CONSUME(T.SubjectLabel, { LABEL: 'subjectLine' }) },
          // §2.1 ESE97 `lGeneration (4815)`; §2.2/§2.3 `lGeneration: 46 (0x2E)`.
          { ALT: () => this.CONSUME(TOKEN.LGeneration, { LABEL: 'lGenerationLine' }) },
          // §0.4 log positions: `Checkpoint (255,5582,406)` (ESE97, no colon) or `Checkpoint: (0x12CF,1CA9,16A)`,
          // `Last Consistent: (…)  <date>` (§1.2–1.4), `Last Lgpos: (0x12cf,…)` (§2), §4 checkpoint
          // lines (`LastFullBackupCheckpoint`, `FullBackup`, `IncBackup`), §2.3 `Checkpoint at log creation time:`.
          { ALT: () => this.CONSUME(T.LogPositionLabel, { LABEL: 'logPositionLine' }) },
          // §0.5 dates: `creation time:`, `prev gen time:` (§2), `FullBackup time:` (§4), `Repair Date:` (§1).
          { ALT: () => this.CONSUME(T.DateLabel, { LABEL: 'dateLine' }) },
          // §0.6 `DB Signature:`, `Log Signature:` (§1), `Signature:` (§2, §4: the first is the log's own).
          { ALT: () => this.CONSUME(T.SignatureLabel, { LABEL: 'signatureLine' }) },
          // §1.2/§6 `State: Consistent` (ESE97) or `State: Clean Shutdown` (ESE98+).
          { ALT: () => this.CONSUME(TOKEN.State, { LABEL: 'stateLine' }) },
          // §1.3/§1.4 `Log Required: 143-145 (0x8f-0x91)`, `Log Committed: 0-147 (0x0-0x93)`.
          { ALT: () => this.CONSUME(T.GenerationRangeLabel, { LABEL: 'generationRangeLine' }) },
          // §1.2–1.4 `cbDbPage:`, `Repair Count:`, `Dbid:`, `dbtime:`; §2.2 `objidLast:`, `MaxDbSize:`.
          { ALT: () => this.CONSUME(T.NumberLabel, { LABEL: 'headerNumberLine' }) },
          // §1.3 `File Type: Database` / `Streaming File` (.stm) / `UNKNOWN`.
          { ALT: () => this.CONSUME(TOKEN.FileType, { LABEL: 'fileTypeLine' }) },
          // §2.1 ESE97 `ulVersion(6.1)` (no colon); §1.2 `ulVersion: 0x620` of the oldest 5.5 headers.
          { ALT: () => this.CONSUME(TOKEN.UlVersion, { LABEL: 'versionLine' }) },
          { ALT: () => this.SUBRULE(this.envBlock) },
          // §2.2 `Circular Logging Flag (current file): on|off`, `… (past files): on|off`.
          { ALT: () => this.CONSUME(TOKEN.CircularLoggingFlag, { LABEL: 'circularLoggingFlagLine' }) },
          // §2.2 `Using Reserved Log File: true|false`.
          { ALT: () => this.CONSUME(TOKEN.UsingReservedLogFile, { LABEL: 'usingReservedLogFileLine' }) },
          { ALT: () => this.SUBRULE(this.attachedDatabase) },
          // §2.2/§2.3 `Integrity check passed for log file: <name>`; KB 248122
          // `CORRUPTION DETECTED in log file: <name>`; verbose `Log Damaged (unusable): <name>`.
          { ALT: () => this.CONSUME(T.IntegrityStatement, { LABEL: 'integrityLine' }) },
          // §2.3/§3 `ERROR: …` (16-space indented in stream checks), §5 `ERROR: page N checksum failed …`,
          // §0.3 `Error: Access to source database … failed with Jet error -1032.`, §5.1 `FAILURE: …`.
          { ALT: () => this.CONSUME(T.ErrorStatement, { LABEL: 'errorLine' }) },
          // §1.1 `WARNING: …`, §5.2 `This is a temporary database. …`.
          { ALT: () => this.CONSUME(T.WarningStatement, { LABEL: 'warningLine' }) },
          // §3 `Missing log file: E000001A.log`, `Missing log files: E00{0001a - 0001f}.log`.
          { ALT: () => this.CONSUME(TOKEN.MissingLogFiles, { LABEL: 'missingLogFilesLine' }) },
          // §3 `No damaged log files were found.`
          { ALT: () => this.CONSUME(TOKEN.NoDamagedLogFiles, { LABEL: 'noDamagedLogFilesLine' }) },
          // §5.1 `Checksumming` (5.5 esefile), §5.2 `Checksum Status (% complete)`.
          { ALT: () => this.CONSUME(T.ChecksumTitle, { LABEL: 'checksumTitleLine' }) },
          // §5 the status bar: axis `0    10   20 … 100`, bar `|----|----|…|`, rows of dots. Spec deviation:
          // per-page `ERROR:` lines go to stderr and can be glued to a row of dots; the value keeps them.
          { ALT: () => this.CONSUME(T.ProgressMark, { LABEL: 'checksumProgressLine' }) },
          // §5 `23042 pages seen`, `0 bad checksums`, …, `0x… highest dbtime (pgno 0x…)`, read statistics.
          { ALT: () => this.CONSUME(T.ChecksumCounterLabel, { LABEL: 'checksumCounterLine' }) },
          // §0.3 `Operation completed successfully in 1.5 seconds.`, `Operation terminated with error
          // -1811 (…) after 0.31 seconds.` (ESE97: `Operation terminated with error -1018.`); §5.1
          // `esefile completes successfully after 10 seconds`.
          { ALT: () => this.CONSUME(T.FooterStatement, { LABEL: 'footerLine' }) },
          // Runs of /r, /g, /p: `Performing soft recovery...`, `Scanning Status (% complete)`, and §0.3
          // `Recovery has indicated … /a argument.` (one message each: the whole line is its text).
          { ALT: () => this.CONSUME(T.RunLine, { LABEL: 'runLine' }) },
          // A cmd.exe `dir` listing line (issue 16): src/ast/dir-listing.ts reads the listing.
          { ALT: () => this.CONSUME(T.DirListingLine, { LABEL: 'dirListingLine' }) },
          // The KB batch files' own lines (issue 16): chksig's `SIGNATURE MATCHING FAILED FOR …`, fc's
          // `Comparing files … and …`, `FC: …`, `*****` and sigchk's `--------------------`.
          { ALT: () => this.CONSUME(T.BatchLine, { LABEL: 'batchLine' }) },
          // A `(…)` line with no `Env (…)` heading before it (the heading was filtered out or lost).
          { ALT: () => this.CONSUME(TOKEN.ParenthesizedValues, { LABEL: 'parenthesizedValuesLine' }) },
          // §1.4: any other `Label: value` line (new labels appear across CUs and must be tolerated).
          { ALT: () => this.CONSUME(TOKEN.GenericLabel, { LABEL: 'labelLine' }) },
          // A line the grammar does not know: reported as unrecognized, never dropped.
          { ALT: () => this.CONSUME(TOKEN.Text, { LABEL: 'unrecognizedLine' }) },
        ]),
      );
    });
  });
  private lineAlternatives: IOrAlt<unknown>[] | undefined;

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
