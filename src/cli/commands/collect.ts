/**
 * `esereport collect <folder> --out-dir DIR [--eseutil PATH]`: on the server itself, runs eseutil
 * on every ESE file of a folder — /mh on databases, /ml on each log (numbered and current),
 * /mk on the checkpoint (ese-format.md §1, §2, §4) — stores each capture as UTF-8 text in
 * DIR, named after its file (`E00000012CF.log.txt`, which also names the dump's subject,
 * SPEC §3), then checks them. The originals are only read by eseutil; nothing is written into
 * the source folder.
 */
import { execFile } from 'node:child_process';
import { readdir, stat } from 'node:fs/promises';
import { join, relative, resolve, isAbsolute } from 'node:path';
import type { EncodingName } from '../../ast/types.js';
import { parseLogFileName } from '../../domain/log-names.js';
import { decodeBytes } from '../../input/decode.js';
import type { ReportFormat } from '../../render/index.js';
import { UsageError } from '../errors.js';
import type { ExitCode, FailOn } from '../exit-code.js';
import type { InputSource } from '../inputs.js';
import type { CliIo } from '../io.js';
import { refuseToOverwriteInput, writeFileAtomic } from '../output.js';
import { startProgress } from '../progress.js';
import { reportFormat } from '../report-format.js';
import { checkAndReport } from './check.js';

export interface CollectOptions {
  readonly folder: string;
  readonly outDir: string;
  readonly eseutil: string;
  readonly format?: ReportFormat;
  readonly output?: string;
  readonly encoding?: EncodingName;
  readonly anchor?: string;
  readonly failOn: FailOn;
  readonly color?: boolean;
  readonly quiet: boolean;
}

export interface EseutilRun {
  /** File name in the folder. */
  readonly file: string;
  /** `/mh`, `/ml` or `/mk`. */
  readonly mode: string;
}

/** What eseutil is run on in a folder, in a stable order: databases, logs, checkpoints. */
export function plannedRuns(fileNames: readonly string[]): EseutilRun[] {
  const databases: EseutilRun[] = [];
  const logs: { run: EseutilRun; order: number }[] = [];
  const checkpoints: EseutilRun[] = [];
  for (const file of [...fileNames].sort()) {
    const extension = /\.([^.]+)$/.exec(file)?.[1]?.toLowerCase();
    if (extension === 'edb' || extension === 'stm') databases.push({ file, mode: '/mh' });
    else if (extension === 'chk' || extension === 'jcp') checkpoints.push({ file, mode: '/mk' });
    else {
      const log = parseLogFileName(file);
      // Numbered logs by generation, the current log (highest + 1) last; reserve/temp logs are
      // never replayed (SPEC §5 reserved-logs), so there is nothing to capture.
      if (log?.kind === 'numbered') logs.push({ run: { file, mode: '/ml' }, order: log.generation! });
      else if (log?.kind === 'current') logs.push({ run: { file, mode: '/ml' }, order: Number.MAX_SAFE_INTEGER });
    }
  }
  logs.sort((a, b) => a.order - b.order);
  return [...databases, ...logs.map((log) => log.run), ...checkpoints];
}

interface ProgramOutput {
  readonly stdout: Buffer;
  readonly stderr: Buffer;
}

function runEseutil(program: string, args: readonly string[], cwd: string): Promise<ProgramOutput> {
  return new Promise((resolveRun, reject) => {
    execFile(
      program,
      args,
      { cwd, encoding: 'buffer', maxBuffer: 256 * 1024 * 1024, windowsHide: true },
      (error, stdout, stderr) => {
        // A non-zero exit is an answer (the footer says which JET error); a failed start is not.
        if (error && typeof (error as NodeJS.ErrnoException).code === 'string') reject(error);
        else resolveRun({ stdout, stderr });
      },
    );
  });
}

const CONCURRENCY = 4;

export async function runCollect(options: CollectOptions, io: CliIo): Promise<ExitCode> {
  const folder = resolve(io.cwd, options.folder);
  // `--eseutil tools\eseutil.exe` is from where the user typed it, like every other path on the
  // command line (eseutil runs in the database folder); a bare name is looked up on PATH.
  const eseutil = /[\\/]/.test(options.eseutil) && !isAbsolute(options.eseutil) ? resolve(io.cwd, options.eseutil) : options.eseutil;
  const outDir = resolve(io.cwd, options.outDir);
  const info = await stat(folder).catch(() => undefined);
  if (!info?.isDirectory()) throw new UsageError(`cannot read ${options.folder}: no such folder`);
  const inside = relative(folder, outDir);
  if (inside === '' || (!inside.startsWith('..') && !isAbsolute(inside))) {
    throw new UsageError(`--out-dir ${options.outDir} is inside ${options.folder}: captures are never written into the source folder`);
  }
  const entries = await readdir(folder, { withFileTypes: true });
  const runs = plannedRuns(entries.filter((entry) => entry.isFile()).map((entry) => entry.name));
  if (runs.length === 0) throw new UsageError(`no database, log or checkpoint file in ${options.folder}`);
  const progress = await startProgress(io, { quiet: options.quiet, totalBytes: runs.length * 1e6, files: runs.length, label: 'Running eseutil' });
  const captures: string[] = new Array<string>(runs.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < runs.length) {
      const i = next++;
      const run = runs[i]!;
      let output: ProgramOutput;
      try {
        output = await runEseutil(eseutil, [run.mode, join(folder, run.file)], folder);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        throw new UsageError(
          code === 'ENOENT'
            ? `cannot run ${options.eseutil}: not found (run collect on the Exchange server, or pass --eseutil PATH)`
            : `cannot run ${options.eseutil} on ${run.file}: ${(error as Error).message}`,
        );
      }
      // eseutil writes the console's OEM code page; the capture is stored as UTF-8.
      const text = decodeBytes(output.stdout, options.encoding ? { encoding: options.encoding } : {}).text;
      const errors = output.stderr.length > 0 ? decodeBytes(output.stderr).text : '';
      const target = join(outDir, `${run.file}.txt`);
      refuseToOverwriteInput(target, [join(folder, run.file)]);
      await writeFileAtomic(target, text + errors);
      captures[i] = target;
      progress.advance(1e6);
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.min(CONCURRENCY, runs.length) }, worker));
  } finally {
    progress.stop();
  }
  const displayName = (path: string): string => (relative(io.cwd, path).startsWith('..') ? path : relative(io.cwd, path) || '.');
  if (!options.quiet) {
    // The plan names files by their bare names: they are the files of the folder read.
    const read = displayName(folder);
    await io.stderr.write(`esereport: read ${runs.length} file${runs.length === 1 ? '' : 's'} in ${read} with ${options.eseutil}, captures written to ${options.outDir}; the plan's files are those in ${read}\n`);
  }
  const sources: InputSource[] = captures.map((path) => ({ kind: 'file', name: displayName(path), path }));
  if (options.output) refuseToOverwriteInput(resolve(io.cwd, options.output), captures);
  return checkAndReport(
    sources,
    {
      inputs: [],
      // --out-dir holds the captures here, not a batch: the format is --format, or -o's extension, or text.
      format: reportFormat({ ...(options.format ? { format: options.format } : {}), ...(options.output ? { output: options.output } : {}) }),
      failOn: options.failOn,
      ...(options.color !== undefined ? { color: options.color } : {}),
      quiet: options.quiet,
      ...(options.output ? { output: options.output } : {}),
      ...(options.anchor ? { anchor: options.anchor } : {}),
    },
    io,
  );
}
