/**
 * Reads the captures in samples/ as text for the AST tests. Decoding is not this part's job
 * (src/input/decode.ts); this helper handles just what the samples use: UTF-8, UTF-16LE with BOM,
 * and the cp850 capture.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { parseCaptureText } from '../../src/ast/index.js';
import type { InputAst } from '../../src/ast/types.js';

export const SAMPLES = new URL('../../samples/', import.meta.url).pathname;

export function sampleText(relative: string): string {
  const bytes = readFileSync(join(SAMPLES, relative));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return bytes.subarray(2).toString('utf16le');
  if (relative.startsWith('cp850')) return iconv.decode(bytes, 'cp850');
  return bytes.toString('utf8');
}

export function parseSample(relative: string): InputAst {
  return parseCaptureText({ name: relative, text: sampleText(relative) });
}

/** Every text capture under samples/ (not READMEs, expectations or binary files). */
export function sampleCaptures(): string[] {
  const out: string[] = [];
  for (const dir of readdirSync(SAMPLES)) {
    const full = join(SAMPLES, dir);
    if (!statSync(full).isDirectory()) continue;
    for (const file of readdirSync(full)) {
      if (file === 'README.md' || file === 'expected.json') continue;
      const bytes = readFileSync(join(full, file));
      const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe;
      if (!utf16 && bytes.includes(0)) continue;
      out.push(`${dir}/${file}`);
    }
  }
  return out.sort();
}
