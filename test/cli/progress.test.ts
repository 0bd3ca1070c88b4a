import { Readable, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { memorySink, type CliIo } from '../../src/cli/io.js';
import { PROGRESS_MIN_BYTES, PROGRESS_MIN_CASES, startCaseProgress, startProgress } from '../../src/cli/progress.js';

/** A stderr that says it is a terminal and records what the bar draws. */
function terminal(): { stream: NodeJS.WritableStream; drawn: () => string } {
  const chunks: string[] = [];
  const stream = Object.assign(
    new Writable({
      write(chunk: Buffer, _encoding, done) {
        chunks.push(chunk.toString());
        done();
      },
    }),
    { isTTY: true, columns: 100, cursorTo: () => true, clearLine: () => true, moveCursor: () => true },
  );
  return { stream, drawn: () => chunks.join('') };
}

function io(stderrIsTTY: boolean, progressStream: NodeJS.WritableStream): CliIo {
  return { stdin: Readable.from([]), stdinIsTTY: true, stdout: memorySink(), stderr: memorySink(stderrIsTTY), progressStream, env: {}, cwd: '/' };
}

describe('startProgress', () => {
  it('draws a bar on a terminal for a long run', async () => {
    const tty = terminal();
    const progress = await startProgress(io(true, tty.stream), { quiet: false, totalBytes: 2 * PROGRESS_MIN_BYTES, files: 3, label: 'Reading captures' });
    progress.advance(PROGRESS_MIN_BYTES);
    progress.stop();
    expect(tty.drawn()).toContain('Reading captures');
  });

  it('draws nothing with --quiet, when stderr is not a terminal, or for a short run', async () => {
    for (const [quiet, isTTY, totalBytes] of [
      [true, true, 2 * PROGRESS_MIN_BYTES],
      [false, false, 2 * PROGRESS_MIN_BYTES],
      [false, true, 1000],
    ] as const) {
      const tty = terminal();
      const progress = await startProgress(io(isTTY, tty.stream), { quiet, totalBytes, files: 1, label: 'Reading captures' });
      progress.advance(totalBytes);
      progress.stop();
      expect(tty.drawn()).toBe('');
    }
  });
});

describe('startCaseProgress (--cases)', () => {
  it('counts cases on a terminal, and draws nothing with --quiet or for a few cases', async () => {
    const tty = terminal();
    const progress = await startCaseProgress(io(true, tty.stream), { quiet: false, cases: 40 });
    expect(progress.shown).toBe(true);
    progress.advance(1);
    progress.advance(1);
    progress.stop();
    expect(tty.drawn()).toContain('Checking cases');
    expect(tty.drawn()).toMatch(/2\/40 cases/);
    for (const [quiet, cases] of [[true, 40], [false, PROGRESS_MIN_CASES - 1]] as const) {
      const silent = terminal();
      const none = await startCaseProgress(io(true, silent.stream), { quiet, cases });
      none.advance(1);
      none.stop();
      expect([none.shown, silent.drawn()]).toEqual([false, '']);
    }
  });
});
