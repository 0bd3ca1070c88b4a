/**
 * Where reports go. Files are written atomically (a temporary file beside the target, then a
 * rename), so an interrupted run never leaves half a report; and esereport refuses to write
 * over one of its own inputs (it never modifies a file it reads).
 */
import { createWriteStream, realpathSync } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { UsageError } from './errors.js';
import type { TextSink } from './io.js';

/** Canonical form of a path for comparison (symlinks resolved when the file exists). */
function canonical(path: string): string {
  const absolute = resolve(path);
  let real = absolute;
  try {
    real = realpathSync(absolute);
  } catch {
    // Not there yet: the resolved path is its identity.
  }
  return process.platform === 'win32' ? real.toLowerCase() : real;
}

/** Throws a usage error when `target` is one of the input files (`shownAs`: as the user wrote it). */
export function refuseToOverwriteInput(target: string, inputPaths: readonly string[], shownAs: string = target): void {
  const wanted = canonical(target);
  const input = inputPaths.find((path) => canonical(path) === wanted);
  if (input !== undefined) {
    throw new UsageError(`refusing to write the report over the input ${shownAs}: choose another output file`);
  }
}

/**
 * The same refusal for many targets (a report per case): the inputs are made canonical once,
 * not once per target (1,000 cases of 1,333 inputs were 1.3 million realpath calls).
 */
export function overwriteGuard(inputPaths: readonly string[]): (target: string, shownAs?: string) => void {
  const inputs = new Set(inputPaths.map(canonical));
  return (target, shownAs = target) => {
    if (inputs.has(canonical(target))) {
      throw new UsageError(`refusing to write the report over the input ${shownAs}: choose another output file`);
    }
  };
}

/** A file written through a temporary name; `commit()` renames it into place, `abort()` removes it. */
export interface AtomicFile extends TextSink {
  commit(): Promise<void>;
  abort(): Promise<void>;
}

let temporaryCounter = 0;

/** Why a report cannot be written, for the user (it is their file system, not our bug). */
function cannotWrite(target: string, error: unknown): UsageError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const reason =
    code === 'EEXIST' || code === 'ENOTDIR'
      ? 'a part of its folder path is a file'
      : code === 'EACCES' || code === 'EPERM'
        ? 'permission denied'
        : code === 'EISDIR'
          ? 'it is a folder'
          : code === 'ENOSPC'
            ? 'the disk is full'
            : error instanceof Error
              ? error.message
              : String(error);
  return new UsageError(`cannot write ${target}: ${reason}`);
}

export async function openAtomicFile(target: string): Promise<AtomicFile> {
  const temporary = join(dirname(target), `.${basename(target)}.${process.pid}.${++temporaryCounter}.tmp`);
  const stream = await (async () => {
    try {
      await mkdir(dirname(target), { recursive: true });
      // Up to 1 MB queued before write() asks to wait for the disk: the next pieces of a large
      // report are made while the previous ones are written (with the default 16 KB, every 64 KB
      // piece of the JSON report waited for its write).
      const opened = createWriteStream(temporary, { encoding: 'utf8', highWaterMark: 1024 * 1024 });
      await new Promise<void>((resolveOpen, reject) => {
        opened.once('open', () => resolveOpen());
        opened.once('error', reject);
      });
      return opened;
    } catch (error) {
      throw cannotWrite(target, error);
    }
  })();
  const closed = (): Promise<void> =>
    new Promise<void>((resolveClose, reject) => {
      stream.end((error?: Error | null) => (error ? reject(error) : resolveClose()));
    });
  return {
    isTTY: false,
    write: (text) =>
      new Promise<void>((resolveWrite, reject) => {
        if (stream.write(text, (error) => (error ? reject(error) : undefined))) resolveWrite();
        else stream.once('drain', resolveWrite);
      }),
    commit: async () => {
      try {
        await closed();
        await rename(temporary, target);
      } catch (error) {
        throw cannotWrite(target, error);
      }
    },
    abort: async () => {
      if (!stream.closed) await closed().catch(() => undefined);
      await rm(temporary, { force: true });
    },
  };
}

/** Writes a whole file atomically, from one text or from pieces written one after the other. */
export async function writeFileAtomic(target: string, content: string | Iterable<string>): Promise<void> {
  const file = await openAtomicFile(target);
  try {
    for (const chunk of typeof content === 'string' ? [content] : content) await file.write(chunk);
    await file.commit();
  } catch (error) {
    await file.abort();
    throw error;
  }
}

/** Writes pieces of a report to standard output, ending with a line break as a shell expects. */
export async function writeToStdout(stdout: TextSink, chunks: Iterable<string>): Promise<void> {
  let last = '';
  for (const chunk of chunks) {
    if (chunk === '') continue;
    await stdout.write(chunk);
    last = chunk;
  }
  if (!last.endsWith('\n')) await stdout.write('\n');
}
