/**
 * The one way a test reads samples/: the scenario folders, their capture files, and a capture
 * read as `esereport parse` reads it — an ESE file from its header (src/binary/read-file.ts),
 * any other file through the product's decoder (src/input/lines.ts: BOM, UTF-16, UTF-8, else
 * the OEM / ANSI code page it reads like; a binary file given by mistake becomes a problem) and
 * then the CaptureParser, line by line, as src/cli/read-capture.ts feeds it. No test decodes a
 * sample another way, so a sample is never read as something the CLI would not make of it
 * (samples/cp850-accented-path is cp850, not latin1).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CaptureParser, type ParsedItem } from '../../src/ast/index.js';
import { SCHEMA_VERSION, type AstDocument, type CommandLine, type DirListing, type Dump, type EncodingName, type InputAst, type LineEnding, type UnrecognizedRange } from '../../src/ast/types.js';
import { binaryDump, readEseFile } from '../../src/binary/read-file.js';
import { decodeBytes } from '../../src/input/decode.js';
import { decodeLines } from '../../src/input/lines.js';

/** The samples/ folder of the checkout. */
export const SAMPLES = fileURLToPath(new URL('../../samples', import.meta.url));

/** The files of a scenario folder that are not captures. */
const NOT_CAPTURES: ReadonlySet<string> = new Set(['README.md', 'expected.json']);

/** Every scenario folder of samples/, sorted. */
export function scenarioFolders(): string[] {
  return readdirSync(SAMPLES)
    .filter((entry) => statSync(join(SAMPLES, entry)).isDirectory())
    .sort();
}

/** The capture files of one scenario folder (file names, sorted): what `esereport check samples/<folder>` reads. */
export function captureFiles(folder: string): string[] {
  return readdirSync(join(SAMPLES, folder))
    .filter((file) => !NOT_CAPTURES.has(file))
    .sort();
}

/** Every capture file of every scenario, as `<folder>/<file>`, sorted. */
export function allCaptures(): string[] {
  return scenarioFolders().flatMap((folder) => captureFiles(folder).map((file) => `${folder}/${file}`));
}

/** The absolute path of `<folder>/<file>` (or of a folder) under samples/. */
export function samplePath(relative: string): string {
  return join(SAMPLES, relative);
}

/** The raw bytes of a capture (for the tests whose point is bytes: decoding, truncation, hostile input). */
export function sampleBytes(relative: string): Buffer {
  return readFileSync(samplePath(relative));
}

export interface DecodedSample {
  /** The lines, without terminators, as the CLI decodes them; empty for a binary file. */
  readonly lines: readonly string[];
  readonly encoding: EncodingName;
  readonly lineEnding: LineEnding;
  /** Set for a file the decoder refuses (a binary file given by mistake). */
  readonly binary: boolean;
}

/** A capture's lines through src/input (the product's decoder), with the encoding it detected. */
export function decodeSample(relative: string): DecodedSample {
  const decoded = decodeLines(sampleBytes(relative), { inputName: relative });
  return { lines: decoded.lines, encoding: decoded.encoding ?? 'utf-8', lineEnding: decoded.lineEnding, binary: decoded.problem !== undefined };
}

/**
 * A text capture's whole text, line endings included, decoded by src/input (decodeBytes: the
 * encoding detectEncoding gives, the BOM stripped). Throws for a binary file.
 */
export function sampleText(relative: string): string {
  if (decodeSample(relative).binary) throw new Error(`samples/${relative} is not a text capture`);
  return decodeBytes(sampleBytes(relative)).text;
}

/** Every text capture (not the ESE or other binary files), as `<folder>/<file>`, sorted. */
export function textCaptures(): string[] {
  return allCaptures().filter((capture) => readEseFile(samplePath(capture), capture) === undefined && !decodeSample(capture).binary);
}

/**
 * One capture file as `esereport parse` gives it, under the input name `name` (the path the
 * CLI was given; `<folder>/<file>` by default).
 */
export function readSample(relative: string, name: string = relative): InputAst {
  const path = samplePath(relative);
  const parser = new CaptureParser({ inputName: name });
  // An ESE file is read from its header (SPEC §3), as read-capture.ts does before decoding.
  const ese = readEseFile(path, name);
  if (ese) {
    const dump = ese.problem ? undefined : binaryDump(ese, parser);
    const problem = ese.problem ?? (dump ? undefined : { kind: 'internal' as const, message: `internal error while reading ${name}: its header printed no dump` });
    return { name, encoding: 'utf-8', lineEnding: 'none', lineCount: dump ? ese.lines.length : 0, dumps: dump ? [dump] : [], unrecognized: [], ...(problem ? { problem } : {}) };
  }
  const bytes = readFileSync(path);
  const decoded = decodeLines(bytes, { inputName: name });
  const dumps: Dump[] = [];
  const commands: CommandLine[] = [];
  const unrecognized: UnrecognizedRange[] = [];
  const dirListings: DirListing[] = [];
  const take = (items: readonly ParsedItem[]): void => {
    for (const item of items) {
      if (item.type === 'dump') dumps.push(item.dump);
      else if (item.type === 'command') commands.push(item.command);
      else if (item.type === 'dirListing') dirListings.push(item.listing);
      else unrecognized.push(item.range);
    }
  };
  for (const line of decoded.lines) take(parser.pushLine(line));
  if (decoded.lines.length > 0) take(parser.end());
  const problem = decoded.problem ?? (bytes.length === 0 ? { kind: 'empty' as const, message: `${name} is empty.` } : undefined);
  return {
    name,
    encoding: decoded.encoding ?? 'utf-8',
    lineEnding: decoded.lineEnding,
    lineCount: decoded.lines.length,
    dumps,
    ...(commands.length > 0 ? { commands } : {}),
    unrecognized,
    ...(dirListings.length > 0 ? { dirListings } : {}),
    ...(problem ? { problem } : {}),
  };
}

/**
 * A scenario folder as `esereport check samples/<folder>` reads it: every capture file, each
 * named by its file name (as the scenario expectations and the reports name them).
 */
export function readScenario(folder: string): AstDocument {
  return { schemaVersion: SCHEMA_VERSION, inputs: captureFiles(folder).map((file) => readSample(`${folder}/${file}`, file)) };
}
