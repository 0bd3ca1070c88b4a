/**
 * `esereport parse [inputs..] --format json`: the AST document of SPEC §4,
 * `{schemaVersion: 1, inputs: [...]}`, written as it is parsed — one dump per line, each input
 * closed as soon as it ends — so the output of a huge archive is never one string in memory.
 */
import { resolve } from 'node:path';
import type { CommandLine, DirListing, UnrecognizedRange, EncodingName } from '../../ast/types.js';
import { SCHEMA_VERSION } from '../../ast/types.js';
import { UsageError } from '../errors.js';
import { exitCodeFor, type ExitCode } from '../exit-code.js';
import { resolveInputs } from '../inputs.js';
import type { CliIo, TextSink } from '../io.js';
import { openAtomicFile, refuseToOverwriteInput } from '../output.js';
import type { CaptureReadResult } from '../../read/capture.js';
import { readCapture } from '../read-capture.js';
import { anyInputFailed, recognizedDumps, reportInputProblems } from './check.js';
import { loadParser } from './pipeline.js';

export interface ParseOptions {
  readonly inputs: readonly string[];
  readonly format?: string;
  readonly output?: string;
  readonly encoding?: EncodingName;
  readonly quiet: boolean;
}

const json = (value: unknown): string => JSON.stringify(value);

export async function runParse(options: ParseOptions, io: CliIo): Promise<ExitCode> {
  if (options.format !== undefined && options.format !== 'json') {
    throw new UsageError(`parse writes the AST as JSON only (--format json), not ${options.format}`);
  }
  const sources = await resolveInputs(options.inputs, { cwd: io.cwd, stdinIsTTY: io.stdinIsTTY });
  const inputPaths = sources.flatMap((source) => (source.kind === 'file' ? [source.path] : []));
  const target = options.output ? resolve(io.cwd, options.output) : undefined;
  if (target) refuseToOverwriteInput(target, inputPaths, options.output);
  const { CaptureParser } = await loadParser();
  const file = target ? await openAtomicFile(target) : undefined;
  const sink: TextSink = file ?? io.stdout;
  const results: CaptureReadResult[] = [];
  try {
    await sink.write(`{"schemaVersion":${SCHEMA_VERSION},"inputs":[\n`);
    for (const [i, source] of sources.entries()) {
      // Encoding and line endings are final only at the end of the input (a provisional UTF-8
      // may turn out to be cp850): they follow the dumps in the input's object.
      await sink.write(`${i > 0 ? ',\n' : ''}{"name":${json(source.name)},"dumps":[\n`);
      let dumpsWritten = 0;
      const commands: CommandLine[] = [];
      const unrecognized: UnrecognizedRange[] = [];
      const dirListings: DirListing[] = [];
      const result = await readCapture(source, {
        encoding: options.encoding,
        stdin: io.stdin,
        createParser: (inputName) => new CaptureParser({ inputName }),
        onItem: async (item) => {
          if (item.type === 'unrecognized') {
            unrecognized.push(item.range);
            return;
          }
          if (item.type === 'command') {
            commands.push(item.command);
            return;
          }
          if (item.type === 'dirListing') {
            dirListings.push(item.listing);
            return;
          }
          await sink.write(`${dumpsWritten++ > 0 ? ',\n' : ''}${json(item.dump)}`);
        },
      });
      const tail = {
        encoding: result.encoding,
        lineEnding: result.lineEnding,
        lineCount: result.lineCount,
        ...(commands.length > 0 ? { commands } : {}),
        unrecognized,
        ...(dirListings.length > 0 ? { dirListings } : {}),
        ...(result.problem ? { problem: result.problem } : {}),
      };
      // `],` closes dumps; the rest of the input object follows.
      await sink.write(`${dumpsWritten > 0 ? '\n' : ''}],${json(tail).slice(1)}`);
      results.push(result);
    }
    await sink.write('\n]}\n');
    await file?.commit();
  } catch (error) {
    await file?.abort();
    throw error;
  }
  await reportInputProblems(results, options.quiet, io);
  const dumps = recognizedDumps(results);
  return exitCodeFor({ severities: [], verdicts: [], failOn: 'never', recognizedDumps: dumps, inputFailed: anyInputFailed(results) });
}
