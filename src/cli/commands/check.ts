/**
 * `esereport [check] [inputs..]` (SPEC §8): captures → CaptureParser → EvidenceCollector →
 * analyze → report, then the exit code. Inputs stream one after the other; each dump goes to
 * the evidence collector as soon as it is parsed, so memory follows the evidence, not the text.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { EncodingName } from '../../ast/types.js';
import type { ReportFormat, TemplateSources } from '../../render/index.js';
import { VERDICT_LABELS } from '../../render/labels.js';
import type { CheckReport } from '../../verdict/types.js';
import { sliceReportByStream } from '../../verdict/batch.js';
import { resolveAnchor } from '../anchor.js';
import { colorWanted } from '../color.js';
import { asInternal, inputList, UsageError } from '../errors.js';
import { exitCodeFor, type ExitCode, type FailOn } from '../exit-code.js';
import { resolveInputs, type InputSource } from '../inputs.js';
import type { CliIo } from '../io.js';
import { refuseToOverwriteInput, writeFileAtomic, writeToStdout } from '../output.js';
import { startProgress } from '../progress.js';
import type { CaptureReadResult } from '../../read/capture.js';
import { fileSize, readInputs } from '../read-inputs.js';
import { reportFormat } from '../report-format.js';
import { templateError } from '../template-error.js';
import { commandTypo } from '../usage-messages.js';
import { loadAnalysis, loadParser, loadRender, loadTemplateSources } from './pipeline.js';

export interface CheckOptions {
  readonly inputs: readonly string[];
  /** Undefined: `text`, or `html` with --out-dir. */
  readonly format?: ReportFormat;
  readonly output?: string;
  readonly outDir?: string;
  readonly encoding?: EncodingName;
  readonly anchor?: string;
  readonly failOn: FailOn;
  readonly template?: string;
  /** `--color` / `--no-color`; undefined: FORCE_COLOR, NO_COLOR, then whether stdout is a terminal. */
  readonly color?: boolean;
  readonly quiet: boolean;
  /** `--cases [DEPTH]`: each case checked on its own (src/cli/commands/check-cases.ts). */
  readonly cases?: number;
}

export interface CheckedCaptures {
  readonly report: CheckReport;
  readonly results: readonly CaptureReadResult[];
}

/** Reads every input into one EvidenceCollector and analyzes it; each input's problem is in its result. */
export async function checkCaptures(
  sources: readonly InputSource[],
  options: Pick<CheckOptions, 'encoding' | 'anchor' | 'quiet'> & { readonly parallelMinBytes?: number },
  io: CliIo,
): Promise<CheckedCaptures> {
  const [{ CaptureParser }, { evidence, verdict, identity }] = await Promise.all([loadParser(), loadAnalysis()]);
  const collector = new evidence.EvidenceCollector(identity.wireInterningTables());
  const progress = await startProgress(io, {
    quiet: options.quiet,
    totalBytes: sources.reduce((sum, source) => sum + (source.kind === 'file' ? fileSize(source.path) : 0), 0),
    files: sources.length,
    label: 'Reading captures',
  });
  const results: CaptureReadResult[] = [];
  try {
    results.push(
      ...(await readInputs(sources, collector, {
        ...(options.encoding ? { encoding: options.encoding } : {}),
        stdin: io.stdin,
        env: io.env,
        createParser: (inputName) => new CaptureParser({ inputName }),
        onBytes: (bytes) => progress.advance(bytes),
        ...(options.parallelMinBytes !== undefined ? { parallelMinBytes: options.parallelMinBytes } : {}),
      })),
    );
  } finally {
    progress.stop();
  }
  const captured = collector.finish();
  // `--anchor 4815`, `0x12CF`, `E00000012CF.log`: the captured file it designates, or a usage error.
  const anchorFile = options.anchor !== undefined && recognizedDumps(results) > 0 ? resolveAnchor(options.anchor, captured) : undefined;
  const report = asInternal(checking(results), () => verdict.analyze(captured, anchorFile !== undefined ? { anchorFile } : {}));
  return { report, results };
}

/** `checking a.txt, b.txt`: what an internal error line says esereport was doing. */
export function checking(results: readonly { readonly name: string }[]): () => string {
  return () => `checking ${inputList(results.map((result) => result.name))}`;
}

/**
 * One stderr line per input that yielded nothing: read failures always; skipped files (binary,
 * empty — a folder may hold anything) unless --quiet, or when they are why nothing was recognized.
 */
export async function reportInputProblems(results: readonly CaptureReadResult[], quiet: boolean, io: CliIo): Promise<void> {
  const nothingRecognized = recognizedDumps(results) === 0;
  for (const result of results) {
    const problem = result.problem;
    if (!problem) continue;
    const isError = problem.kind === 'unreadable' || problem.kind === 'internal';
    if (isError || !quiet || nothingRecognized) await io.stderr.write(`esereport: ${problem.message}\n`);
  }
  // Nothing recognized, and no problem line already says why (an empty folder has no line at all).
  if (nothingRecognized && (results.length === 0 || !results.every((result) => result.problem))) {
    const inputs =
      results.length === 0 ? 'the inputs (no capture file found)' : results.length === 1 ? results[0]!.name : `any of ${results.length} inputs`;
    await io.stderr.write(`esereport: no eseutil, esentutl or esefile output recognized in ${inputs}\n`);
  }
}

export function recognizedDumps(results: readonly CaptureReadResult[]): number {
  return results.reduce((sum, result) => sum + result.dumps, 0);
}

export function anyInputFailed(results: readonly CaptureReadResult[]): boolean {
  return results.some((result) => result.problem?.kind === 'unreadable' || result.problem?.kind === 'internal');
}

export const EXTENSION: Readonly<Record<ReportFormat, string>> = { text: 'txt', md: 'md', html: 'html', json: 'json' };

/** `report/EDB-1937265.html  Point in time only  priv.edb, pub.edb`. */
export function batchLine(file: string, report: CheckReport): string {
  const databases = report.databases.map((database) => database.name);
  return `${file}  ${VERDICT_LABELS[report.verdict]}${databases.length > 0 ? `  ${databases.join(', ')}` : ''}`;
}

async function writeBatch(
  report: CheckReport,
  options: { readonly outDir: string; readonly format: ReportFormat; readonly templates: TemplateSources; readonly userTemplate?: UserTemplate },
  inputPaths: readonly string[],
  io: CliIo,
  quiet: boolean,
): Promise<void> {
  const render = await loadRender();
  const extension = EXTENSION[options.format];
  const slices = sliceReportByStream(report);
  const fileNames = [...slices.map((slice) => `${slice.fileStem}.${extension}`), `index.${extension}`];
  for (const name of fileNames) {
    refuseToOverwriteInput(resolve(io.cwd, options.outDir, name), inputPaths, join(options.outDir, name));
  }
  const targets = slices.map((slice) => resolve(io.cwd, options.outDir, `${slice.fileStem}.${extension}`));
  const indexTarget = resolve(io.cwd, options.outDir, `index.${extension}`);
  for (const [i, slice] of slices.entries()) {
    const chunks = rendered(
      () => `rendering ${slice.fileStem}.${extension}`,
      options.userTemplate,
      () =>
        render.renderReportChunks(slice.report, {
          format: options.format,
          templates: options.templates,
          color: false,
          ...(options.userTemplate !== undefined ? { userTemplate: options.userTemplate.source } : {}),
        }),
    );
    await writeFileAtomic(targets[i]!, chunks);
  }
  const entries = slices.map((slice) => ({ href: `${slice.fileStem}.${extension}`, report: slice.report }));
  let index: string;
  if (options.format === 'json') {
    index = `${JSON.stringify(
      {
        schemaVersion: 1,
        verdict: report.verdict,
        reports: entries.map(({ href, report: part }) => ({
          href,
          verdict: part.verdict,
          streams: part.streams.map((stream) => stream.id),
          databases: part.databases.map((database) => database.name),
        })),
      },
      null,
      2,
    )}\n`;
  } else {
    index = render.renderIndex(entries, { format: options.format as 'md' | 'html', templates: options.templates });
  }
  await writeFileAtomic(indexTarget, index);
  if (!quiet) {
    const indexShown = join(options.outDir, `index.${extension}`);
    // One verdict line per report written, so the run reads like a check of each stream.
    for (const slice of slices) await io.stdout.write(`${batchLine(join(options.outDir, `${slice.fileStem}.${extension}`), slice.report)}\n`);
    await io.stdout.write(`Wrote ${slices.length} stream report${slices.length === 1 ? '' : 's'} and ${indexShown}\n`);
  }
}

export interface UserTemplate {
  readonly path: string;
  readonly source: string;
}

async function readUserTemplate(path: string | undefined, cwd: string): Promise<UserTemplate | undefined> {
  if (path === undefined) return undefined;
  try {
    return { path, source: await readFile(resolve(cwd, path), 'utf8') };
  } catch {
    throw new UsageError(`cannot read the template ${path}`);
  }
}

/** Renders; a user template that Handlebars refuses is a usage error naming its line and field. */
export function rendered<T>(doing: () => string, userTemplate: UserTemplate | undefined, render: () => T): T {
  try {
    return render();
  } catch (error) {
    const refused = userTemplate !== undefined ? templateError(error, userTemplate.path, userTemplate.source) : undefined;
    if (refused) throw refused;
    return asInternal(doing, () => {
      throw error;
    });
  }
}

export async function runCheck(options: CheckOptions, io: CliIo): Promise<ExitCode> {
  const format = reportFormat(options);
  if (options.outDir && options.output) throw new UsageError('use either -o FILE or --out-dir DIR, not both');
  if (options.outDir && format === 'text') throw new UsageError('--out-dir writes md, html or json reports, not text');
  const first = options.inputs[0];
  const command = first !== undefined && !existsSync(resolve(io.cwd, first)) ? commandTypo(first) : undefined;
  if (command !== undefined) throw new UsageError(`${first} is neither a command nor a file: did you mean esereport ${command}?`);
  if (options.cases !== undefined) {
    const { runCases } = await import('./check-cases.js');
    return runCases({ ...options, format }, io, await readUserTemplate(options.template, io.cwd));
  }
  const sources = await resolveInputs(options.inputs, { cwd: io.cwd, stdinIsTTY: io.stdinIsTTY });
  if (sources.length === 0) {
    throw new UsageError(`no capture file in ${inputList(options.inputs)} (a folder's hidden files and .md, .json, .html files are skipped)`);
  }
  const inputPaths = sources.flatMap((source) => (source.kind === 'file' ? [source.path] : []));
  if (options.output) refuseToOverwriteInput(resolve(io.cwd, options.output), inputPaths, options.output);
  const userTemplate = await readUserTemplate(options.template, io.cwd);
  return checkAndReport(sources, { ...options, format }, io, userTemplate);
}

/** The one stderr line of an undetermined run: why, and which capture to add (the verdicts' explanations say). */
function undeterminedLine(report: CheckReport): string {
  const undetermined = report.databases.filter((database) => database.verdict.kind === 'undetermined');
  const reasons = undetermined.length > 0 ? [...new Set(undetermined.map((database) => database.verdict.explanation.replace(/\.$/, '')))] : [report.summary.replace(/^[A-Z ]+ — /, '')];
  const shown = reasons.length > 3 ? [...reasons.slice(0, 3), `and ${reasons.length - 3} more (see the report)`] : reasons;
  return `esereport: undetermined, the captures do not decide (exit 3): ${shown.join('; ')}\n`;
}

/** Shared by `check` and `collect`. */
export async function checkAndReport(
  sources: readonly InputSource[],
  options: CheckOptions & { readonly format: ReportFormat },
  io: CliIo,
  userTemplate?: UserTemplate,
): Promise<ExitCode> {
  const inputPaths = sources.flatMap((source) => (source.kind === 'file' ? [source.path] : []));
  const { report, results } = await checkCaptures(sources, options, io);
  const dumps = recognizedDumps(results);
  // Nothing recognized: no report to read (it would only say UNDETERMINED), the stderr line says
  // why, exit 2. JSON is for programs: still a document, listing every input and its problem.
  if (dumps > 0 || options.format === 'json') {
    const templates = await loadTemplateSources(options.format, userTemplate !== undefined);
    if (options.outDir) {
      await writeBatch(report, { outDir: options.outDir, format: options.format, templates, ...(userTemplate !== undefined ? { userTemplate } : {}) }, inputPaths, io, options.quiet);
    } else {
      const render = await loadRender();
      const toTerminal = !options.output && io.stdout.isTTY;
      const chunks = rendered(checking(results), userTemplate, () =>
        render.renderReportChunks(report, {
          format: options.format,
          templates,
          color: colorWanted(options.color, io.env, toTerminal),
          ...(userTemplate !== undefined ? { userTemplate: userTemplate.source } : {}),
        }),
      );
      if (options.output) await writeFileAtomic(resolve(io.cwd, options.output), chunks);
      else await writeToStdout(io.stdout, chunks);
    }
  }
  await reportInputProblems(results, options.quiet, io);
  const code = exitCodeFor({
    severities: report.findings.map((finding) => finding.severity),
    verdicts: [report.verdict, ...report.databases.map((database) => database.verdict.kind)],
    failOn: options.failOn,
    recognizedDumps: dumps,
    inputFailed: anyInputFailed(results),
  });
  // Why exit 3 (unless --quiet: the report on stdout names the capture to add as well).
  if (code === 3 && !options.quiet) await io.stderr.write(undeterminedLine(report));
  return code;
}
