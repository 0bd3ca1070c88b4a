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

function streamSink(stream: NodeJS.WriteStream): TextSink {
  return {
    isTTY: stream.isTTY === true,
    write: (text) =>
      new Promise<void>((resolve, reject) => {
        // Backpressure: a huge `parse` output waits for the pipe instead of buffering it all.
        const flushed = stream.write(text, (error) => (error ? reject(error) : undefined));
        if (flushed) resolve();
        else stream.once('drain', resolve);
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
