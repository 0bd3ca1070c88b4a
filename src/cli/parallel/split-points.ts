/**
 * Where a large capture file can be cut into parts that parse independently (SPEC §9).
 *
 * A part must start where the sequential parse would be in a state that depends on nothing
 * before: at a command prompt line that parses (`[PS] D:\Logs>eseutil /ml E00….log`, SPEC §3).
 * The segmenter (src/input/segment.ts) closes the open dump at such a line, opens a new one
 * with that prompt and makes it the context prompt of what follows: the line alone decides the
 * state. A part boundary is right after a `\n` byte, so no CRLF, UTF-8 sequence or line is cut.
 */
import { open } from 'node:fs/promises';
import { BoundaryClass, classifyLine } from '../../input/segment.js';
import { parsePromptLine } from '../../input/prompt.js';

/** Bytes read around each wanted cut to find a prompt line. */
const WINDOW_BYTES = 64 * 1024;

const LF = 0x0a;
const CR = 0x0d;

/** A line of the window, if it is plain ASCII (the same text in every encoding a part may use). */
function asciiLine(window: Buffer, start: number, end: number): string | undefined {
  for (let i = start; i < end; i++) {
    const byte = window[i]!;
    if (byte === 0 || byte >= 0x80) return undefined;
  }
  return window.toString('latin1', start, end > start && window[end - 1] === CR ? end - 1 : end);
}

/** The offset of the first prompt line that starts within the window, relative to it. */
function firstPromptLine(window: Buffer): number | undefined {
  let lineStart = window.indexOf(LF) + 1;
  while (lineStart > 0 && lineStart < window.length) {
    const lineEnd = window.indexOf(LF, lineStart);
    if (lineEnd < 0) return undefined; // the line runs past the window
    const line = asciiLine(window, lineStart, lineEnd);
    if (line !== undefined && classifyLine(line) === BoundaryClass.prompt && parsePromptLine(line, 1) !== undefined) return lineStart;
    lineStart = lineEnd + 1;
  }
  return undefined;
}

/**
 * Byte offsets that cut the file at `path` (of `size` bytes) into up to `parts` parts of about
 * equal size, each but the first starting with a prompt line. Fewer cuts when no prompt line is
 * near a wanted cut; none for a capture without prompts (it is then read as one part).
 */
export async function findSplitPoints(path: string, size: number, parts: number): Promise<number[]> {
  const cuts: number[] = [];
  const handle = await open(path, 'r');
  try {
    const window = Buffer.allocUnsafe(WINDOW_BYTES);
    for (let i = 1; i < parts; i++) {
      const wanted = Math.max(Math.floor((size * i) / parts), (cuts[cuts.length - 1] ?? 0) + 1);
      // Start one byte early: a prompt line may begin exactly at the wanted offset.
      const from = wanted - 1;
      const { bytesRead } = await handle.read(window, 0, WINDOW_BYTES, from);
      const at = firstPromptLine(window.subarray(0, bytesRead));
      if (at !== undefined && from + at < size) cuts.push(from + at);
    }
  } finally {
    await handle.close();
  }
  return cuts;
}
