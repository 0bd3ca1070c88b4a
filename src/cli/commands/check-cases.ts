/**
 * `esereport check ARCHIVE --cases [DEPTH]` (SPEC §1.3, §7 batch, §8): every case of an archive
 * checked on its own. A case is read into its own EvidenceCollector, analysed, written and
 * released before the next is read: nothing of one case reaches another (two backups of one
 * server share their signatures), and memory is that of the largest case, not of the archive.
 * - text: one line per case (case, verdict, summary), then the totals per verdict;
 * - `--format json`: `{schemaVersion, cases: [{case, report}]}`, streamed case by case;
 * - `--out-dir DIR`: one report per case, `index.html` (or `index.md`) and always `index.json`
 *   (src/verdict/cases.ts), every row that case's own verdict, worst first.
 * The exit code is the worst over all cases (src/cli/exit-code.ts combinedOutcome).
 */
import { join, resolve } from 'node:path';
import type { ReportFormat } from '../../render/index.js';
import { caseIndexEntry, casesIndex, verdictTotals, type CaseIndexEntry } from '../../verdict/cases.js';
import { VERDICT_LABELS } from '../../render/labels.js';
import { VERDICT_ORDER, type CheckReport } from '../../verdict/types.js';
import { fileSafe } from '../../verdict/batch.js';
import { caseDepth, discoverCases, type CaseInput } from '../cases.js';
import { inputList, UsageError } from '../errors.js';
import { combinedOutcome, exitCodeFor, type ExitCode, type RunOutcome } from '../exit-code.js';
import type { CliIo, TextSink } from '../io.js';
import { openAtomicFile, overwriteGuard, writeFileAtomic, type AtomicFile } from '../output.js';
import { startCaseProgress } from '../progress.js';
import type { CaptureReadResult } from '../../read/capture.js';
import { anyInputFailed, checkCaptures, EXTENSION, recognizedDumps, rendered, type CheckOptions, type UserTemplate } from './check.js';
import { loadRender, loadTemplateSources } from './pipeline.js';

/** `tickets/4711  ROLL FORWARD — priv.edb replays …`, and what of the case could not be read. */
export function caseLine(entry: CaseIndexEntry): string {
  const problems = entry.problems.length > 0 ? `  [not read: ${entry.problems.join(' ')}]` : '';
  return `${entry.case}  ${entry.summary}${problems}`;
}

/** `39 cases: 2 NOT RESTORABLE, 1 UNDETERMINED, 36 ROLL FORWARD`. */
export function totalsLine(entries: readonly CaseIndexEntry[]): string {
  const totals = verdictTotals(entries.map((entry) => entry.verdict));
  const counts = VERDICT_ORDER.filter((kind) => totals[kind] > 0).map((kind) => `${totals[kind]} ${VERDICT_LABELS[kind]}`);
  return `${entries.length} case${entries.length === 1 ? '' : 's'}: ${counts.join(', ') || 'none'}`;
}

/** A case's report file name without extension: its path made file-safe, unique in the folder. */
function stemNamer(): (caseName: string) => string {
  const stems = new Set<string>(['index']);
  return (caseName) => {
    const wanted = fileSafe(caseName === '.' ? 'top-level' : caseName);
    let stem = wanted;
    for (let n = 2; stems.has(stem.toLowerCase()); n++) stem = `${wanted}-${n}`;
    stems.add(stem.toLowerCase());
    return stem;
  };
}

/** `"report": {…}` of the cases document is indented one level deeper than the report alone. */
function* indented(chunks: Iterable<string>, prefix: string): Generator<string> {
  for (const chunk of chunks) yield chunk.replaceAll('\n', `\n${prefix}`);
}

/** The case report's problems that the report cannot say itself: a case with no capture file. */
function caseProblems(input: CaseInput): string[] {
  return input.sources.length === 0 ? [`${input.name} holds no capture file (hidden files and .md, .json, .html files are skipped).`] : [];
}

/**
 * One stderr line per input of a case that could not be read (an I/O error, or esereport failed
 * on it). A binary or empty file is no error in a folder that may hold anything: its case's row
 * says so, and stderr stays for what went wrong.
 */
async function reportCaseErrors(results: readonly CaptureReadResult[], io: CliIo): Promise<void> {
  for (const result of results) {
    const problem = result.problem;
    if (problem && (problem.kind === 'unreadable' || problem.kind === 'internal')) await io.stderr.write(`esereport: ${problem.message}\n`);
  }
}

function outcomeOf(report: CheckReport, results: readonly CaptureReadResult[]): Omit<RunOutcome, 'failOn'> {
  return {
    severities: [...new Set(report.findings.map((finding) => finding.severity))],
    verdicts: [...new Set([report.verdict, ...report.databases.map((database) => database.verdict.kind)])],
    recognizedDumps: recognizedDumps(results),
    inputFailed: anyInputFailed(results),
  };
}

export async function runCases(options: CheckOptions & { readonly format: ReportFormat }, io: CliIo, userTemplate: UserTemplate | undefined): Promise<ExitCode> {
  const depth = caseDepth(options.cases);
  if (options.anchor !== undefined) {
    throw new UsageError('--anchor names the anchor of one chain, not of every case: check that case on its own (esereport check CASE --anchor FILE)');
  }
  if (options.outDir === undefined && (options.format === 'md' || options.format === 'html' || options.template !== undefined)) {
    throw new UsageError('--cases writes one text line or one JSON report per case; for an md, html or --template report per case, add --out-dir DIR');
  }
  const cases = await discoverCases(options.inputs, { cwd: io.cwd, stdinIsTTY: io.stdinIsTTY, depth });
  if (cases.length === 0) throw new UsageError(`no case in ${inputList(options.inputs)}: the folders are empty`);
  const inputPaths = cases.flatMap((c) => c.sources.flatMap((source) => (source.kind === 'file' ? [source.path] : [])));
  const refuseToOverwriteInput = overwriteGuard(inputPaths);
  if (options.output) refuseToOverwriteInput(resolve(io.cwd, options.output), options.output);

  const format = options.format;
  const render = await loadRender();
  const templates = await loadTemplateSources(format, userTemplate !== undefined);
  const renderOptions = { format, templates, color: false, ...(userTemplate !== undefined ? { userTemplate: userTemplate.source } : {}) };
  const extension = EXTENSION[format];
  const outDir = options.outDir;
  const stemOf = stemNamer();
  if (outDir !== undefined) {
    for (const name of [`index.${extension}`, 'index.json']) refuseToOverwriteInput(resolve(io.cwd, outDir, name), join(outDir, name));
  }

  // Without --out-dir the report goes to stdout or -o FILE; with it, stdout gets the case lines.
  let file: AtomicFile | undefined;
  if (outDir === undefined && options.output) file = await openAtomicFile(resolve(io.cwd, options.output));
  const sink: TextSink = file ?? io.stdout;
  const jsonDocument = outDir === undefined && format === 'json';
  const linesOut = outDir === undefined ? format !== 'json' : !options.quiet;
  const progress = await startCaseProgress(io, { quiet: options.quiet, cases: cases.length });
  // With the bar and the lines on one terminal, the lines wait for the end (they would break the bar).
  const heldLines: string[] | undefined = progress.shown && io.stdout.isTTY ? [] : undefined;
  const line = async (text: string): Promise<void> => {
    if (heldLines && sink === io.stdout) heldLines.push(text);
    else await sink.write(`${text}\n`);
  };

  const entries: CaseIndexEntry[] = [];
  const outcomes: Omit<RunOutcome, 'failOn'>[] = [];
  try {
    if (jsonDocument) await sink.write('{\n  "schemaVersion": 1,\n  "cases": [');
    for (const [i, input] of cases.entries()) {
      // Read, analyse, write, release: only this case's report is alive.
      const { report, results } = await checkCaptures(input.sources, { ...(options.encoding ? { encoding: options.encoding } : {}), quiet: true }, io);
      outcomes.push(outcomeOf(report, results));
      await reportCaseErrors(results, io);
      let href: string | undefined;
      if (outDir !== undefined) {
        href = `${stemOf(input.name)}.${extension}`;
        const target = resolve(io.cwd, outDir, href);
        refuseToOverwriteInput(target, join(outDir, href));
        const chunks = rendered(() => `rendering ${href}`, userTemplate, () => render.renderReportChunks(report, renderOptions));
        await writeFileAtomic(target, chunks);
      } else if (jsonDocument) {
        await sink.write(`${i === 0 ? '' : ','}\n    {\n      "case": ${JSON.stringify(input.name)},\n      "report": `);
        for (const chunk of indented(render.renderReportChunks(report, renderOptions), '      ')) await sink.write(chunk);
        await sink.write('\n    }');
      }
      const entry = caseIndexEntry(input.name, report, { ...(href !== undefined ? { report: href } : {}), problems: caseProblems(input) });
      entries.push(entry);
      if (linesOut) await line(caseLine(entry));
      progress.advance(1);
    }
    if (jsonDocument) await sink.write(`${cases.length > 0 ? '\n  ' : ''}]\n}\n`);
  } catch (error) {
    await file?.abort();
    throw error;
  } finally {
    progress.stop();
  }
  if (heldLines) for (const text of heldLines) await io.stdout.write(`${text}\n`);

  if (outDir !== undefined) {
    const index = casesIndex(entries);
    if (format === 'md' || format === 'html') {
      await writeFileAtomic(resolve(io.cwd, outDir, `index.${format}`), render.renderCasesIndex(index, { format, templates }));
    }
    await writeFileAtomic(resolve(io.cwd, outDir, 'index.json'), `${JSON.stringify(index, null, 2)}\n`);
    if (!options.quiet) {
      await io.stdout.write(`${totalsLine(entries)}\n`);
      const indexes = format === 'md' || format === 'html' ? `${join(outDir, `index.${format}`)} and ${join(outDir, 'index.json')}` : join(outDir, 'index.json');
      await io.stdout.write(`Wrote ${entries.length} case report${entries.length === 1 ? '' : 's'}, ${indexes}\n`);
    }
  } else if (format === 'text') {
    await sink.write(`${totalsLine(entries)}\n`);
  }
  await file?.commit();

  const outcome = combinedOutcome(outcomes, options.failOn);
  if (outcome.recognizedDumps === 0) {
    await io.stderr.write(`esereport: no eseutil, esentutl or esefile output recognized in any of ${entries.length} case${entries.length === 1 ? '' : 's'}\n`);
  }
  const code = exitCodeFor(outcome);
  if (code === 3 && !options.quiet) {
    const undetermined = entries.filter((entry) => entry.verdict === 'undetermined').map((entry) => entry.case);
    const named = undetermined.length > 3 ? `${undetermined.slice(0, 3).join(', ')} and ${undetermined.length - 3} more` : undetermined.join(', ');
    await io.stderr.write(`esereport: undetermined, the captures do not decide (exit 3): ${named} (see their rows)\n`);
  }
  return code;
}
