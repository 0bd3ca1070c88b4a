/**
 * Streaming bytes → lines (SPEC §3, §9: a 150 MB capture streams through without its text held).
 *
 * Fed Buffer chunks in order, a LineDecoder returns the complete lines each chunk finishes,
 * without their terminators. It handles a CRLF, a UTF-16 code unit or a multi-byte UTF-8
 * character split across chunks; reports the encoding and the line endings it saw; and, before
 * decoding anything, checks the head for a binary file given by mistake (src/input/binary.ts).
 *
 * Encoding is decided on the first SNIFF_BYTES (decode.ts). A head that is pure ASCII is
 * taken as UTF-8 provisionally: if a later byte is not UTF-8 the rest is decoded with the
 * single-byte code page that fits it — the lines already returned were ASCII, identical in every
 * candidate, so nothing already returned changes.
 */
import type { EncodingName, InputProblem, LineEnding } from './types.js';
import { detectBinary } from './binary.js';
import { checkUtf8, chooseSingleByteEncoding, detectEncoding, ICONV_NAME, incompleteUtf8Tail } from './decode.js';
import { iconv } from './iconv.js';

/** Bytes looked at before deciding the encoding (and whether the input is binary). */
export const SNIFF_BYTES = 64 * 1024;

/** ASCII kept before the first non-UTF-8 byte, so the code page is chosen with its word around it. */
const RECENT_CONTEXT_BYTES = 32;

export interface LineDecoderOptions {
  /** Input name, for the binary-file message. */
  readonly inputName: string;
  /** `--encoding`: skips detection. */
  readonly encoding?: EncodingName;
  /** Bytes to look at before deciding; SNIFF_BYTES by default (tests use small values). */
  readonly sniffBytes?: number;
}

interface TextDecoderLike {
  write(bytes: Buffer): string;
  end(): string | undefined;
}

export interface LineEndingCounts {
  readonly crlf: number;
  readonly lf: number;
  readonly cr: number;
}

/** One kind of line ending, `mixed` when several were seen, `none` when none was. */
export function lineEndingOf(counts: LineEndingCounts): LineEnding {
  const kinds = (counts.crlf > 0 ? 1 : 0) + (counts.lf > 0 ? 1 : 0) + (counts.cr > 0 ? 1 : 0);
  if (kinds === 0) return 'none';
  if (kinds > 1) return 'mixed';
  return counts.crlf > 0 ? 'CRLF' : counts.lf > 0 ? 'LF' : 'CR';
}

export class LineDecoder {
  private readonly sniffBytes: number;
  private head: Buffer[] = [];
  private headLength = 0;
  private decided = false;
  private chosenEncoding: EncodingName | undefined;
  private binaryProblem: InputProblem | undefined;
  /** Set while the input has been ASCII-only under a provisional UTF-8 guess. */
  private provisionalUtf8 = false;
  /** Bytes of a UTF-8 sequence cut by a chunk boundary, while provisional. */
  private carry: Buffer = Buffer.alloc(0);
  /** The last ASCII bytes seen while provisional: context for choosing the code page. */
  private recentAscii: Buffer = Buffer.alloc(0);
  private decoder: TextDecoderLike | undefined;
  private partialLine = '';
  /** The previous text ended in CR: a LF at the start of the next text completes a CRLF. */
  private pendingCR = false;
  private crlf = 0;
  private lf = 0;
  private cr = 0;
  private lines = 0;
  private bytes = 0;

  constructor(readonly options: LineDecoderOptions) {
    this.sniffBytes = options.sniffBytes ?? SNIFF_BYTES;
  }

  /** The encoding in use (final after end()); undefined before enough bytes were seen. */
  get encoding(): EncodingName | undefined {
    return this.chosenEncoding;
  }

  /** Line endings seen so far: one kind, `mixed`, or `none`. */
  get lineEnding(): LineEnding {
    return lineEndingOf(this.lineEndingCounts);
  }

  /** How many line endings of each kind were seen so far (parts of an input add up). */
  get lineEndingCounts(): LineEndingCounts {
    return { crlf: this.crlf, lf: this.lf, cr: this.cr };
  }

  /** Lines returned so far. */
  get lineCount(): number {
    return this.lines;
  }

  /** Bytes fed so far. */
  get byteCount(): number {
    return this.bytes;
  }

  /** Set when the head shows a binary file: no line is ever returned for it. */
  get problem(): InputProblem | undefined {
    return this.binaryProblem;
  }

  /**
   * Feeds the next chunk; returns the lines it completed. The decoder keeps nothing of `chunk`
   * once it returns (what it must keep, it copies), so a reader may read the next chunk into the
   * same buffer (a parse worker does: one 64 KB buffer for the worker's life, issue 18).
   */
  push(chunk: Uint8Array): string[] {
    const bytes = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    this.bytes += bytes.length;
    if (this.binaryProblem) return [];
    if (!this.decided) {
      this.headLength += bytes.length;
      // A head shorter than the sniff waits for the next chunk: a copy waits, not the caller's buffer.
      if (this.headLength < this.sniffBytes) {
        this.head.push(Buffer.from(bytes));
        return [];
      }
      this.head.push(bytes);
      return this.decide(false);
    }
    return this.split(this.decodeChunk(bytes));
  }

  /** End of input: returns the last lines (a last line without terminator included). */
  end(): string[] {
    const lines = this.decided ? [] : this.decide(true);
    if (this.binaryProblem) return [];
    let text = '';
    if (this.provisionalUtf8 && this.carry.length > 0) {
      // A lead byte with nothing after it: not UTF-8 after all.
      this.switchToSingleByte(Buffer.concat([this.recentAscii, this.carry]));
      text += this.decoder!.write(this.carry);
      this.carry = Buffer.alloc(0);
    }
    text += this.decoder?.end() ?? '';
    lines.push(...this.split(text));
    if (this.pendingCR) {
      this.cr++;
      this.pendingCR = false;
    }
    if (this.partialLine !== '') {
      lines.push(this.partialLine);
      this.lines++;
      this.partialLine = '';
    }
    return lines;
  }

  private decide(atEnd: boolean): string[] {
    this.decided = true;
    const head = Buffer.concat(this.head, this.headLength);
    this.head = [];
    this.binaryProblem = detectBinary(head, this.options.inputName, { encoding: this.options.encoding });
    if (this.binaryProblem) return [];
    if (this.options.encoding) {
      this.useDecoder(this.options.encoding);
    } else {
      const guess = detectEncoding(head, atEnd);
      if (guess.encoding === 'utf-8' && guess.bomLength === 0 && checkUtf8(head, atEnd) === 'ascii') {
        this.chosenEncoding = 'utf-8';
        this.provisionalUtf8 = true;
      } else {
        this.useDecoder(guess.encoding);
      }
    }
    return this.split(this.decodeChunk(head));
  }

  private useDecoder(encoding: EncodingName): void {
    this.chosenEncoding = encoding;
    this.provisionalUtf8 = false;
    this.decoder = iconv().getDecoder(ICONV_NAME[encoding], { stripBOM: true }) as TextDecoderLike;
  }

  private switchToSingleByte(sample: Buffer): void {
    this.useDecoder(chooseSingleByteEncoding(sample));
  }

  private decodeChunk(bytes: Buffer): string {
    if (!this.provisionalUtf8) return this.decoder!.write(bytes);
    const data = this.carry.length > 0 ? Buffer.concat([this.carry, bytes]) : bytes;
    const tail = incompleteUtf8Tail(data);
    const body = data.subarray(0, data.length - tail);
    const check = checkUtf8(body, true);
    if (check === 'ascii') {
      this.carry = Buffer.from(data.subarray(data.length - tail));
      // Only the last bytes are kept: a full chunk is not copied to keep 32 of its bytes.
      const recent = body.length >= RECENT_CONTEXT_BYTES ? body : Buffer.concat([this.recentAscii, body]);
      this.recentAscii = Buffer.from(recent.subarray(-RECENT_CONTEXT_BYTES));
      return body.toString('latin1');
    }
    this.carry = Buffer.alloc(0);
    if (check === 'utf-8') this.useDecoder('utf-8');
    else this.switchToSingleByte(Buffer.concat([this.recentAscii, data]));
    return this.decoder!.write(data);
  }

  /**
   * Splits decoded text on CRLF, LF and CR, keeping the unfinished last line. Terminators are
   * found with indexOf, not a regex: this runs on every line of the input (SPEC §9).
   */
  private split(text: string): string[] {
    const lines: string[] = [];
    let pos = 0;
    if (this.pendingCR && text.length > 0) {
      this.pendingCR = false;
      if (text.charCodeAt(0) === 0x0a) {
        this.crlf++;
        pos = 1;
      } else {
        this.cr++;
      }
    }
    // The next CR and LF at or after `pos` (-1: none left in this text).
    let nextCR = text.indexOf('\r', pos);
    let nextLF = text.indexOf('\n', pos);
    while (nextCR >= 0 || nextLF >= 0) {
      const isLF = nextCR < 0 || (nextLF >= 0 && nextLF < nextCR);
      const at = isLF ? nextLF : nextCR;
      lines.push(this.partialLine === '' ? text.slice(pos, at) : this.partialLine + text.slice(pos, at));
      this.partialLine = '';
      if (isLF) {
        this.lf++;
        pos = at + 1;
      } else if (at + 1 >= text.length) {
        this.pendingCR = true;
        pos = at + 1;
      } else if (text.charCodeAt(at + 1) === 0x0a) {
        this.crlf++;
        pos = at + 2;
      } else {
        this.cr++;
        pos = at + 1;
      }
      if (nextCR >= 0 && nextCR < pos) nextCR = text.indexOf('\r', pos);
      if (nextLF >= 0 && nextLF < pos) nextLF = text.indexOf('\n', pos);
    }
    this.partialLine += text.slice(pos);
    this.lines += lines.length;
    return lines;
  }
}

/** Whole-buffer convenience over LineDecoder (tests, small inputs). */
export function decodeLines(
  bytes: Uint8Array,
  options: LineDecoderOptions,
): { lines: string[]; encoding?: EncodingName; lineEnding: LineEnding; problem?: InputProblem } {
  const decoder = new LineDecoder(options);
  const lines = [...decoder.push(bytes), ...decoder.end()];
  return { lines, encoding: decoder.encoding, lineEnding: decoder.lineEnding, problem: decoder.problem };
}
