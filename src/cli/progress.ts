/**
 * A progress bar on stderr for long runs (SPEC §8): only on a terminal, never with `--quiet`,
 * and only when the run is long enough to need one. cli-progress is loaded only then.
 */
import type { CliIo } from './io.js';

export interface Progress {
  advance(bytes: number): void;
  stop(): void;
}

const SILENT: Progress = { advance: () => undefined, stop: () => undefined };

/** Runs shorter than this finish before a bar would help. */
export const PROGRESS_MIN_BYTES = 8 * 1024 * 1024;
export const PROGRESS_MIN_FILES = 50;

export async function startProgress(
  io: CliIo,
  options: { readonly quiet: boolean; readonly totalBytes: number; readonly files: number; readonly label: string },
): Promise<Progress> {
  const wanted = options.totalBytes >= PROGRESS_MIN_BYTES || options.files >= PROGRESS_MIN_FILES;
  if (options.quiet || !io.stderr.isTTY || !io.progressStream || !wanted || options.totalBytes === 0) return SILENT;
  const { default: cliProgress } = await import('cli-progress');
  const bar = new cliProgress.SingleBar(
    {
      stream: io.progressStream,
      format: `${options.label} [{bar}] {percentage}% | {value}/{total} MB`,
      hideCursor: true,
      clearOnComplete: true,
    },
    cliProgress.Presets.shades_classic,
  );
  const megabytes = (bytes: number): number => Math.round((bytes / 1e6) * 10) / 10;
  let done = 0;
  bar.start(megabytes(options.totalBytes), 0);
  return {
    advance(bytes) {
      done += bytes;
      bar.update(megabytes(done));
    },
    stop() {
      bar.stop();
    },
  };
}

/** `--cases`: a bar that counts cases (on a terminal, not with --quiet, from PROGRESS_MIN_CASES cases). */
export const PROGRESS_MIN_CASES = 10;

export async function startCaseProgress(io: CliIo, options: { readonly quiet: boolean; readonly cases: number }): Promise<Progress & { readonly shown: boolean }> {
  if (options.quiet || !io.stderr.isTTY || !io.progressStream || options.cases < PROGRESS_MIN_CASES) return { ...SILENT, shown: false };
  const { default: cliProgress } = await import('cli-progress');
  const bar = new cliProgress.SingleBar(
    { stream: io.progressStream, format: 'Checking cases [{bar}] {value}/{total} cases', hideCursor: true, clearOnComplete: true },
    cliProgress.Presets.shades_classic,
  );
  let done = 0;
  bar.start(options.cases, 0);
  return {
    shown: true,
    advance(cases) {
      done += cases;
      bar.update(done);
    },
    stop() {
      bar.stop();
    },
  };
}
