/**
 * Everything the CLI takes from the process, injected so `main()` runs in-process in tests
 * (markdownlint-cli2 style). Only src/cli touches the process; the file system is used directly
 * through node:fs, rooted at `cwd`.
 */

/** A text output: stdout, stderr, or a file being written. */
export interface TextSink {
  /** Resolves when the text is accepted (waits for `drain` on a real stream). */
  write(text: string): Promise<void>;
  readonly isTTY: boolean;
}

export interface CliIo {
  /** Standard input as byte chunks. */
  readonly stdin: AsyncIterable<Uint8Array | string>;
  readonly stdinIsTTY: boolean;
  readonly stdout: TextSink;
  readonly stderr: TextSink;
  /** The raw stderr stream for the progress bar (cli-progress writes cursor moves to it). */
  readonly progressStream?: NodeJS.WritableStream;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Directory relative input and output paths are resolved against. */
  readonly cwd: string;
}

/**
 * A process stream as a sink. A reader that closes the pipe (`esereport … | head -1`) makes the
 * stream fail with EPIPE: from then on every write is dropped, so the run goes on to its own
 * exit code instead of dying with whatever code it had at that moment (SPEC §8: a closed pipe
 * ends quietly). Any other write error still fails the write.
 */
function streamSink(stream: NodeJS.WriteStream): TextSink {
  let closed = false;
  const waiting = new Set<() => void>();
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    closed = true;
    for (const wake of waiting) wake();
    waiting.clear();
  });
  return {
    isTTY: stream.isTTY === true,
    write: (text) =>
      new Promise<void>((resolve, reject) => {
        if (closed) {
          resolve();
          return;
        }
        // Backpressure: a huge `parse` output waits for the pipe (or its closing) instead of buffering it all.
        const flushed = stream.write(text, (error) => {
          if (error && (error as NodeJS.ErrnoException).code !== 'EPIPE') reject(error);
        });
        if (flushed) {
          resolve();
          return;
        }
        const wake = (): void => {
          waiting.delete(wake);
          stream.off('drain', wake);
          resolve();
        };
        waiting.add(wake);
        stream.once('drain', wake);
      }),
  };
}

/** The real process. */
export function nodeIo(): CliIo {
  return {
    stdin: process.stdin,
    stdinIsTTY: process.stdin.isTTY === true,
    stdout: streamSink(process.stdout),
    stderr: streamSink(process.stderr),
    progressStream: process.stderr,
    env: process.env,
    cwd: process.cwd(),
  };
}

/** An in-memory sink (tests, and `collect` capturing a report). */
export function memorySink(isTTY = false): TextSink & { readonly text: () => string } {
  const chunks: string[] = [];
  return {
    isTTY,
    write: async (text) => {
      chunks.push(text);
    },
    text: () => chunks.join(''),
  };
}
