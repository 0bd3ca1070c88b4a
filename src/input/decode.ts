/**
 * Bytes → text: which encoding a capture was written in (SPEC §1, §3).
 *
 * Captures reach esereport in four ways, each with its own encoding:
 * - pasted text and modern editors: UTF-8, with or without a BOM;
 * - Windows PowerShell 5.1 `>` and pipes: UTF-16LE with a BOM (or without one, from some tools);
 * - `cmd` redirection (`eseutil /ml edb012cf.log > log.txt`): the OEM code page, 437 or 850;
 * - Notepad "ANSI" on a western Windows: windows-1252.
 *
 * Detection order: BOM; the NUL-byte pattern of UTF-16; valid UTF-8; else the single-byte code
 * page whose decoding reads most like text (see chooseSingleByteEncoding). Pure: no fs.
 */
import { isAscii } from 'node:buffer';
import { iconv } from './iconv.js';
import type { EncodingName } from './types.js';
import { ICONV_NAME } from './encodings.js';

export { ENCODING_NAMES, ICONV_NAME, parseEncodingName } from './encodings.js';

export interface EncodingGuess {
  readonly encoding: EncodingName;
  /** Length in bytes of the byte-order mark at the start, 0 when there is none. */
  readonly bomLength: number;
}

/** Byte-order mark at the start of the input, if any. */
export function detectBom(head: Uint8Array): EncodingGuess | undefined {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { encoding: 'utf-8', bomLength: 3 };
  if (head[0] === 0xff && head[1] === 0xfe) return { encoding: 'utf-16le', bomLength: 2 };
  if (head[0] === 0xfe && head[1] === 0xff) return { encoding: 'utf-16be', bomLength: 2 };
  return undefined;
}

/**
 * UTF-16 without a BOM: text that is mostly ASCII has a NUL in every other byte — the odd
 * bytes for little-endian, the even bytes for big-endian. Requires a clear majority so that a
 * binary file with scattered NULs is not taken for text.
 */
export function detectUtf16ByNuls(head: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const pairs = Math.floor(head.length / 2);
  if (pairs < 2) return undefined;
  let evenNuls = 0;
  let oddNuls = 0;
  for (let i = 0; i + 1 < head.length; i += 2) {
    if (head[i] === 0) evenNuls++;
    if (head[i + 1] === 0) oddNuls++;
  }
  if (oddNuls >= pairs * 0.6 && evenNuls <= pairs * 0.05) return 'utf-16le';
  if (evenNuls >= pairs * 0.6 && oddNuls <= pairs * 0.05) return 'utf-16be';
  return undefined;
}

export type Utf8Check = 'ascii' | 'utf-8' | 'invalid';

/**
 * Is the byte run valid UTF-8? `ascii` when no byte is ≥ 0x80. A sequence cut by the end of
 * the run counts as valid unless `atEnd` (the rest may come in the next chunk).
 */
export function checkUtf8(bytes: Uint8Array, atEnd = true): Utf8Check {
  // Most captures are pure ASCII: the native check spares a JS loop over every byte (SPEC §9).
  if (isAscii(bytes)) return 'ascii';
  let multibyte = false;
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000];
    else return 'invalid';
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      // A sequence cut by the end of the run: the rest may come in the next chunk.
      if (c === undefined) return atEnd ? 'invalid' : 'utf-8';
      if ((c & 0xc0) !== 0x80) return 'invalid';
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return 'invalid';
    multibyte = true;
    i += need + 1;
  }
  return multibyte ? 'utf-8' : 'ascii';
}

/** Number of bytes at the end of `bytes` that start an incomplete UTF-8 sequence (0–3). */
export function incompleteUtf8Tail(bytes: Uint8Array): number {
  for (let back = 1; back <= 3 && back <= bytes.length; back++) {
    const b = bytes[bytes.length - back]!;
    if ((b & 0xc0) === 0x80) continue; // continuation byte: keep looking for the lead byte
    const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return need > back ? back : 0;
  }
  return 0;
}

type SingleByteEncoding = 'cp437' | 'cp850' | 'windows-1252';

/** On a tie the capture most likely came from `cmd` on a western European server. */
const SINGLE_BYTE_CANDIDATES: readonly SingleByteEncoding[] = ['cp850', 'cp437', 'windows-1252'];

const isLetter = (c: string | undefined): boolean => c !== undefined && /\p{L}/u.test(c);
const isLower = (c: string): boolean => c !== c.toUpperCase() && c === c.toLowerCase();
const isBoxDrawing = (c: string | undefined): boolean =>
  c !== undefined && c.charCodeAt(0) >= 0x2500 && c.charCodeAt(0) <= 0x259f;
const TYPOGRAPHIC = new Set(['\u2019', '\u2018', '\u201c', '\u201d', '\u2013', '\u2014', '\u2026', '\u00a0', '\u00b0']);

/**
 * How much a decoding of the high bytes reads like a capture: an accented letter inside a word
 * whose case it shares (`é` in `Données`) scores highest, as does a run of box drawing
 * (OEM frames and bars); a letter of the other case inside a word (`Ú` in `DonnÚes`, what
 * cp850 makes of windows-1252 `é`) scores low; typographic quotes and dashes score in between;
 * undefined bytes and control characters count against.
 */
function textLikeness(text: string): number {
  const chars = Array.from(text);
  let score = 0;
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    if (c.charCodeAt(0) < 0x80) continue;
    const before = chars[i - 1];
    const after = chars[i + 1];
    if (c === '\ufffd' || /\p{Cc}/u.test(c)) score -= 2;
    else if (isLetter(c)) {
      // Only a plain ASCII letter beside it makes a word of it: runs like `ÚÄÄÄ¿` are what
      // windows-1252 makes of an OEM box.
      const neighbour = [before, after].find((n) => isLetter(n) && n!.charCodeAt(0) < 0x80);
      if (neighbour === undefined) score += 1;
      else score += isLower(c) === isLower(neighbour) ? 3 : 1;
    } else if (isBoxDrawing(c)) score += isBoxDrawing(before) || isBoxDrawing(after) ? 3 : 1;
    else if (TYPOGRAPHIC.has(c)) score += 2;
  }
  return score;
}

/**
 * Picks the single-byte code page for text that is not UTF-8: the candidate whose decoding of
 * the non-ASCII bytes (and their neighbours) reads most like text. cp850 wins ties: it is what
 * `cmd` writes on the western European servers that produce most non-ASCII captures.
 */
export function chooseSingleByteEncoding(bytes: Uint8Array): SingleByteEncoding {
  // Only the neighbourhood of high bytes matters; keep the sample small for long inputs.
  const pieces: number[] = [];
  for (let i = 0; i < bytes.length && pieces.length < 16_384; i++) {
    if (bytes[i]! >= 0x80) {
      for (let k = Math.max(0, i - 1); k <= Math.min(bytes.length - 1, i + 1); k++) pieces.push(bytes[k]!);
      pieces.push(0x20);
    }
  }
  if (pieces.length === 0) return 'cp850';
  const sample = Buffer.from(pieces);
  let best: SingleByteEncoding = 'cp850';
  let bestScore = -Infinity;
  for (const candidate of SINGLE_BYTE_CANDIDATES) {
    const score = textLikeness(iconv().decode(sample, ICONV_NAME[candidate]));
    if (score > bestScore) [best, bestScore] = [candidate, score];
  }
  return best;
}

/**
 * Guesses the encoding of an input from its first bytes (`atEnd`: the head is the whole input).
 * The result for UTF-8 is provisional when the head is pure ASCII: LineDecoder switches to a
 * single-byte code page if a later byte is not UTF-8.
 */
export function detectEncoding(head: Uint8Array, atEnd = true): EncodingGuess {
  const bom = detectBom(head);
  if (bom) return bom;
  const utf16 = detectUtf16ByNuls(head);
  if (utf16) return { encoding: utf16, bomLength: 0 };
  if (checkUtf8(head, atEnd) !== 'invalid') return { encoding: 'utf-8', bomLength: 0 };
  return { encoding: chooseSingleByteEncoding(head), bomLength: 0 };
}

export interface DecodedText {
  readonly text: string;
  readonly encoding: EncodingName;
}

/** Whole-buffer decoding (detects unless `encoding` is given); strips a BOM. */
export function decodeBytes(bytes: Uint8Array, options: { readonly encoding?: EncodingName } = {}): DecodedText {
  const guess = options.encoding ? { encoding: options.encoding, bomLength: 0 } : detectEncoding(bytes);
  const text = iconv().decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), ICONV_NAME[guess.encoding], {
    stripBOM: true,
  });
  return { text, encoding: guess.encoding };
}
