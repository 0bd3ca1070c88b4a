/**
 * The CLI's own pipeline for one input held in memory, without the process: the bytes go
 * through readCapture (src/cli/read-capture.ts around src/read/capture.ts: LineDecoder → CaptureParser) exactly as
 * `esereport parse` and `esereport check --format json` read a file, and come out as the AST
 * document, the JSON report and the exit code. Cheap enough for thousands of property cases;
 * a smaller number of cases goes through the whole `main()` (test/hostile/cli.test.ts).
 */
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { CaptureParser, type ParsedItem } from '../../src/ast/index.js';
import { SCHEMA_VERSION, type AstDocument, type CommandLine, type DirListing, type Dump, type UnrecognizedRange } from '../../src/ast/types.js';
import { exitCodeFor, type ExitCode } from '../../src/cli/exit-code.js';
import { readCapture } from '../../src/cli/read-capture.js';
import { EvidenceCollector } from '../../src/evidence/index.js';
import { renderReport } from '../../src/render/index.js';
import { analyze } from '../../src/verdict/index.js';

const ajv = new Ajv({ allErrors: true, strict: false });
const astSchema = JSON.parse(readFileSync(new URL('../../src/ast/ast.schema.json', import.meta.url), 'utf8')) as object;
const reportSchema = JSON.parse(readFileSync(new URL('../../src/verdict/report.schema.json', import.meta.url), 'utf8')) as object;
export const validateAst = ajv.compile(astSchema);
export const validateReport = ajv.compile(reportSchema);

/** A CaptureParser that also keeps every line it was fed, to check that none is lost. */
class RecordingParser extends CaptureParser {
  readonly lines: string[] = [];
  override pushLine(line: string): ParsedItem[] {
    this.lines.push(line);
    return super.pushLine(line);
  }
}

export interface PipelineRun {
  /** `esereport parse` output, serialized. */
  readonly astJson: string;
  /** `esereport check --format json` output. */
  readonly reportJson: string;
  readonly exitCode: ExitCode;
  /** The decoded lines the parser saw, in order (line n is lines[n - 1]). */
  readonly lines: readonly string[];
  readonly dumps: readonly Dump[];
  readonly commands: readonly CommandLine[];
  readonly unrecognized: readonly UnrecognizedRange[];
  /** cmd.exe `dir` listings (issue 16). */
  readonly dirListings: readonly DirListing[];
}

/** Reads `bytes` as the stdin input `<stdin>` would be read, then analyzes and reports it. */
export async function runPipeline(bytes: Uint8Array): Promise<PipelineRun> {
  const collector = new EvidenceCollector();
  const dumps: Dump[] = [];
  const commands: CommandLine[] = [];
  const unrecognized: UnrecognizedRange[] = [];
  const dirListings: DirListing[] = [];
  let parser: RecordingParser | undefined;
  const result = await readCapture(
    { kind: 'stdin', name: '<stdin>' },
    {
      stdin: (async function* () {
        yield bytes;
      })(),
      createParser: (inputName) => (parser = new RecordingParser({ inputName })),
      onItem: (item) => {
        if (item.type === 'dump') {
          dumps.push(item.dump);
          collector.addDump('<stdin>', item.dump);
        } else if (item.type === 'command') {
          commands.push(item.command);
        } else if (item.type === 'dirListing') {
          dirListings.push(item.listing);
          collector.addDirListing('<stdin>', item.listing);
        } else {
          unrecognized.push(item.range);
          collector.addUnrecognized('<stdin>', item.range);
        }
      },
      onInputStart: (meta) => collector.addInput(meta),
    },
  );
  const ast: AstDocument = {
    schemaVersion: SCHEMA_VERSION,
    inputs: [
      {
        name: result.name,
        encoding: result.encoding,
        lineEnding: result.lineEnding,
        lineCount: result.lineCount,
        dumps,
        ...(commands.length > 0 ? { commands } : {}),
        unrecognized,
        ...(dirListings.length > 0 ? { dirListings } : {}),
        ...(result.problem ? { problem: result.problem } : {}),
      },
    ],
  };
  const report = analyze(collector.finish());
  const failed = result.problem?.kind === 'unreadable' || result.problem?.kind === 'internal';
  return {
    astJson: JSON.stringify(ast),
    reportJson: renderReport(report, { format: 'json', templates: { templates: {}, partials: {} } }),
    exitCode: exitCodeFor({
      severities: report.findings.map((finding) => finding.severity),
      verdicts: [report.verdict, ...report.databases.map((database) => database.verdict.kind)],
      failOn: 'error',
      recognizedDumps: result.dumps,
      inputFailed: failed,
    }),
    lines: parser?.lines ?? [],
    dumps,
    commands,
    unrecognized,
    dirListings,
  };
}

/** Line numbers (1-based) of non-blank lines that no dump, command line, `dir` listing or unrecognized range covers. */
export function unaccountedLines(run: Pick<PipelineRun, 'lines' | 'dumps' | 'unrecognized'> & { readonly commands?: readonly CommandLine[]; readonly dirListings?: readonly DirListing[] }): number[] {
  const covered = new Uint8Array(run.lines.length + 2);
  const cover = (from: number, to: number): void => {
    for (let n = Math.max(1, from); n <= Math.min(to, run.lines.length); n++) covered[n] = 1;
  };
  for (const dump of run.dumps) cover(dump.startLine, dump.endLine);
  for (const command of run.commands ?? []) cover(command.line, command.line);
  for (const range of run.unrecognized) cover(range.startLine, range.endLine);
  for (const listing of run.dirListings ?? []) cover(listing.startLine, listing.endLine);
  const missing: number[] = [];
  run.lines.forEach((line, i) => {
    if (line.trim() !== '' && covered[i + 1] !== 1) missing.push(i + 1);
  });
  return missing;
}

/** Property runs: the normal count, or ESEREPORT_PROPERTY_RUNS scaled for a long run on demand. */
export function propertyRuns(normal: number, normalTotal: number): number {
  const wanted = Number(process.env.ESEREPORT_PROPERTY_RUNS);
  if (!Number.isFinite(wanted) || wanted <= 0) return normal;
  return Math.max(1, Math.round((wanted * normal) / normalTotal));
}
