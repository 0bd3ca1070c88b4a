/**
 * A samples/<folder> scenario read as the CLI reads it: every capture file parsed into one AST
 * document (an ESE file becomes the dump its header gives, another binary an input problem, as
 * SPEC §3 says).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CaptureParser, parseCaptureText } from '../../src/ast/index.js';
import { binaryDump, readEseBytes } from '../../src/binary/read-file.js';
import type { AstDocument, EncodingName, InputAst } from '../../src/ast/types.js';
import { SAMPLES } from './scenario-expectations.js';

/** Until src/input lands on this branch: BOM-aware UTF-16 / UTF-8 decoding, latin1 otherwise. */
function decode(bytes: Buffer): { text: string; encoding: EncodingName } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: bytes.subarray(2).toString('utf16le'), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: Buffer.from(bytes.subarray(2)).swap16().toString('utf16le'), encoding: 'utf-16be' };
  const utf8 = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  return utf8.includes('\uFFFD') ? { text: bytes.toString('latin1'), encoding: 'windows-1252' } : { text: utf8.replace(/^\uFEFF/, ''), encoding: 'utf-8' };
}

function looksBinary(bytes: Buffer): boolean {
  const head = bytes.subarray(0, 4096);
  const utf16 = (head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff);
  return !utf16 && head.includes(0);
}

export function parserAvailable(): boolean {
  try {
    parseCaptureText({ name: 'probe.txt', text: '' });
    return true;
  } catch {
    return false;
  }
}

export function parseFolder(folder: string): AstDocument {
  const dir = join(SAMPLES, folder);
  const inputs: InputAst[] = readdirSync(dir)
    .filter((f) => f !== 'README.md' && f !== 'expected.json')
    .sort()
    .map((f): InputAst => {
      const bytes = readFileSync(join(dir, f));
      // An ESE file is read from its header (SPEC §3, src/binary/) as the CLI reads it.
      const ese = looksBinary(bytes) ? readEseBytes(bytes, bytes.length, f) : undefined;
      if (ese) {
        const dump = ese.problem ? undefined : binaryDump(ese, new CaptureParser({ inputName: f }));
        return { name: f, encoding: 'utf-8', lineEnding: 'none', lineCount: dump ? ese.lines.length : 0, dumps: dump ? [dump] : [], unrecognized: [], ...(ese.problem ? { problem: ese.problem } : {}) };
      }
      // Any other binary file given by mistake (SPEC §3) yields no text, only a problem.
      if (looksBinary(bytes)) {
        return { name: f, encoding: 'utf-8', lineEnding: 'none', lineCount: 0, dumps: [], unrecognized: [], problem: { kind: 'ese-binary', message: `${f} is a binary file: run eseutil /mh|/ml|/mk ${f} and pass its output.` } };
      }
      const { text, encoding } = decode(bytes);
      return parseCaptureText({ name: f, text, encoding });
    });
  return { schemaVersion: 1, inputs };
}

