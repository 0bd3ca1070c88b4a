/**
 * The encodings esereport reads (SPEC §3) and their `--encoding` spellings. Kept apart from
 * decode.ts so the command line can validate `--encoding` without loading iconv-lite.
 */
import type { EncodingName } from './types.js';

export const ENCODING_NAMES: readonly EncodingName[] = [
  'utf-8',
  'utf-16le',
  'utf-16be',
  'cp437',
  'cp850',
  'windows-1252',
];

/** The names iconv-lite knows our encodings by. */
export const ICONV_NAME: Readonly<Record<EncodingName, string>> = {
  'utf-8': 'utf8',
  'utf-16le': 'utf16le',
  'utf-16be': 'utf16be',
  cp437: 'cp437',
  cp850: 'cp850',
  'windows-1252': 'windows1252',
};

const ENCODING_ALIASES: Readonly<Record<string, EncodingName>> = {
  'utf-8': 'utf-8',
  utf8: 'utf-8',
  'utf-16le': 'utf-16le',
  utf16le: 'utf-16le',
  'utf-16': 'utf-16le',
  unicode: 'utf-16le',
  'utf-16be': 'utf-16be',
  utf16be: 'utf-16be',
  cp437: 'cp437',
  ibm437: 'cp437',
  '437': 'cp437',
  cp850: 'cp850',
  ibm850: 'cp850',
  '850': 'cp850',
  'windows-1252': 'windows-1252',
  windows1252: 'windows-1252',
  cp1252: 'windows-1252',
  '1252': 'windows-1252',
  ansi: 'windows-1252',
};

/** `--encoding` value → encoding; accepts the usual spellings (`utf8`, `850`, `cp1252`, `unicode`). */
export function parseEncodingName(text: string): EncodingName | undefined {
  return ENCODING_ALIASES[text.trim().toLowerCase()];
}
