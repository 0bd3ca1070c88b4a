/**
 * The main thread and the parse workers read through the same pure readers (src/read/): for
 * every sample capture file, the evidence of the worker path — items made as a worker makes them,
 * encoded, cloned as a MessagePort clones them, decoded, placed, and interned by identity — is
 * exactly, deep-equal, the evidence of a read on the main thread. Both worker paths are taken:
 * whole files (src/read/capture.ts in a worker) and parts of one file (src/read/part.ts), the
 * file cut at each of its prompt lines in turn. The command lines that print no dump, which the AST
 * holds beside the evidence (issue 16), cross the same way. The real workers run in test/cli/parallel.test.ts.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CaptureParser, type ParsedItem } from '../../src/ast/index.js';
import type { CommandLine } from '../../src/ast/types.js';
import { subjectFromInputName } from '../../src/ast/input-name.js';
import { readEseFile } from '../../src/binary/read-file.js';
import { EvidenceCollector } from '../../src/evidence/collector.js';
import type { Evidence } from '../../src/evidence/types.js';
import { lineEndingOf } from '../../src/input/lines.js';
import { CHUNK_BYTES, readCapture, type InputStart } from '../../src/read/capture.js';
import { fileItem, placePartItem, readPart, type PartItem, type PartStart } from '../../src/read/part.js';
import { PartItemDecoder, PartItemEncoder } from '../../src/read/wire/fact-codec.js';
import { wireInterningTables } from '../../src/read/wire/identity.js';
import { REPO_ROOT } from '../cli/harness.js';

/** Every capture file of the samples that a worker may read: no ESE file (those are read on the main thread, headers only). */
function sampleCaptureFiles(): string[] {
  const files: string[] = [];
  for (const folder of readdirSync(join(REPO_ROOT, 'samples')).sort()) {
    const path = join(REPO_ROOT, 'samples', folder);
    if (!statSync(path).isDirectory()) continue;
    for (const file of readdirSync(path).sort()) {
      if (file.endsWith('.md') || file.endsWith('.json')) continue;
      const name = join('samples', folder, file);
      if (readEseFile(join(REPO_ROOT, name), name) === undefined) files.push(name);
    }
  }
  return files;
}

function* chunksOf(bytes: Uint8Array): Iterable<Uint8Array> {
  for (let at = 0; at < bytes.length; at += CHUNK_BYTES) yield bytes.subarray(at, at + CHUNK_BYTES);
}

/** What a read gives: the evidence, and the command lines with no dump the AST holds beside it. */
interface Read {
  readonly evidence: Evidence;
  readonly commands: readonly CommandLine[];
}

/** Each item where the CLI puts it: a dump or an unrecognized range into the collector, a command line beside it. */
function itemsInto(collector: EvidenceCollector, name: string, commands: CommandLine[]): (item: ParsedItem) => void {
  return (item) => {
    if (item.type === 'command') commands.push(item.command);
    else collector.addItem(name, item);
  };
}

/** The main thread: src/read/capture.ts into a plain collector. */
async function mainThreadEvidence(name: string, bytes: Uint8Array): Promise<Read> {
  const collector = new EvidenceCollector();
  const commands: CommandLine[] = [];
  await readCapture(name, chunksOf(bytes), {
    createParser: (inputName) => new CaptureParser({ inputName }),
    onInputStart: (meta) => collector.addInput(meta),
    onItem: itemsInto(collector, name, commands),
  });
  return { evidence: collector.finish(), commands };
}

/** One worker's items across the thread boundary: encoded in batches of `batch`, cloned, decoded. */
function overTheWire(items: readonly PartItem[], batch: number): PartItem[] {
  const encoder = new PartItemEncoder();
  const decoder = new PartItemDecoder();
  const out: PartItem[] = [];
  const send = (): void => {
    if (encoder.count === 0) return;
    const { encoded, transfer } = encoder.take();
    const arrived = structuredClone(encoded, { transfer });
    decoder.learn(arrived);
    out.push(...decoder.decode(arrived));
  };
  for (const item of items) {
    // The worker adds the items it built; the copy is the port's (a dump's value-field maps travel beside it).
    encoder.add(item);
    if (encoder.count >= batch) send();
  }
  send();
  return out;
}

/** Whole file in a worker: its items as src/cli/parallel/parse-worker.ts sends them, placed as read-files.ts places them. */
async function wholeFileEvidence(name: string, bytes: Uint8Array): Promise<Read> {
  const items: PartItem[] = [];
  let start: InputStart | undefined;
  await readCapture(name, chunksOf(bytes), {
    createParser: (inputName) => new CaptureParser({ inputName, detachStrings: false }),
    onInputStart: (meta) => (start = structuredClone(meta)),
    onItem: (item) => void items.push(fileItem(item)),
  });
  const collector = new EvidenceCollector(wireInterningTables());
  const commands: CommandLine[] = [];
  collector.addInput(start!);
  const subject = subjectFromInputName(name);
  for (const item of overTheWire(items, 7)) {
    placePartItem(item, 0, subject, {
      onLogFacts: (facts, offset) => collector.addLogHeaderFacts(name, facts, offset),
      onItem: itemsInto(collector, name, commands),
    });
  }
  return { evidence: collector.finish(), commands };
}

/**
 * The file in parts cut at byte offsets `cuts`, each read by src/read/part.ts and put back in
 * order as src/cli/parallel/read-parallel.ts does; `undefined` where read-parallel.ts would
 * decline (a later part not plain ASCII, a binary part, a first part without items).
 */
function partsEvidence(name: string, bytes: Uint8Array, cuts: readonly number[]): Read | undefined {
  const bounds = [0, ...cuts, bytes.length];
  if (bytes.subarray(bounds[1]!).some((byte) => byte === 0 || byte >= 0x80)) return undefined;
  const subject = subjectFromInputName(name);
  const collector = new EvidenceCollector(wireInterningTables());
  const commands: CommandLine[] = [];
  let lineOffset = 0;
  let counts = { crlf: 0, lf: 0, cr: 0 };
  for (let k = 0; k + 1 < bounds.length; k++) {
    const items: PartItem[] = [];
    let first: PartStart | undefined;
    const end = readPart(chunksOf(bytes.subarray(bounds[k]!, bounds[k + 1]!)), {
      name,
      subject,
      onItem: (item, start) => {
        items.push(item);
        first ??= start;
      },
    });
    if (end.binary || (k === 0 && first === undefined)) return undefined;
    if (k === 0) collector.addInput({ name, ...(first!.encoding ? { encoding: first!.encoding } : {}), lineEnding: lineEndingOf(first!.lineEndings) });
    for (const item of overTheWire(items, 3)) {
      placePartItem(item, lineOffset, subject, {
        onLogFacts: (facts, offset) => collector.addLogHeaderFacts(name, facts, offset),
        onItem: itemsInto(collector, name, commands),
      });
    }
    lineOffset += end.lineCount;
    counts = { crlf: counts.crlf + end.lineEndings.crlf, lf: counts.lf + end.lineEndings.lf, cr: counts.cr + end.lineEndings.cr };
  }
  return { evidence: collector.finish(), commands };
}

/** Byte offsets right after each LF that starts a prompt line (`…>eseutil`, `…>esentutl`, `…>esefile`). */
function promptCuts(bytes: Uint8Array): number[] {
  const text = Buffer.from(bytes).toString('latin1');
  const cuts: number[] = [];
  for (const match of text.matchAll(/\n(?=[^\r\n]*>\s*(?:eseutil|esentutl|esefile)\b)/gi)) cuts.push(match.index + 1);
  return cuts;
}

/** The command lines with no dump in samples/ (test/ast/samples.test.ts lists them file by file). */
const COMMAND_LINES_OF_SAMPLES = 18;

describe('the main thread and the worker path read the same evidence', () => {
  const files = sampleCaptureFiles();

  it('covers every sample capture file a worker may read', () => {
    expect(files.length).toBeGreaterThan(75);
  });

  it('whole files: every sample', async () => {
    let commands = 0;
    for (const name of files) {
      const bytes = readFileSync(join(REPO_ROOT, name));
      const main = await mainThreadEvidence(name, bytes);
      expect(await wholeFileEvidence(name, bytes), name).toStrictEqual(main);
      commands += main.commands.length;
    }
    // The command lines of samples/ with no dump (a `for` loop, `prompt $G`, `dir`, the last empty prompts) crossed too.
    expect(commands).toBe(COMMAND_LINES_OF_SAMPLES);
  });

  it('parts: every sample read as one part and cut at each of its prompt lines', async () => {
    let compared = 0;
    let cutsCompared = 0;
    for (const name of files) {
      const bytes = readFileSync(join(REPO_ROOT, name));
      const main = await mainThreadEvidence(name, bytes);
      const whole = partsEvidence(name, bytes, []);
      if (whole === undefined) continue;
      expect(whole, name).toStrictEqual(main);
      compared++;
      for (const cut of promptCuts(bytes)) {
        const cutEvidence = partsEvidence(name, bytes, [cut]);
        if (cutEvidence === undefined) continue;
        expect(cutEvidence, `${name} cut at byte ${cut}`).toStrictEqual(main);
        cutsCompared++;
      }
    }
    expect(compared).toBeGreaterThan(60);
    expect(cutsCompared).toBeGreaterThan(50);
  });
});

/** Issue 16: captures with `dir` listings. */
const LISTING_FILES = ['samples/2003-dir-listings/dir.txt', 'samples/esentutl-ad-empty-prompt-dir/ticket.txt'];

describe('dir listings read the same on the main thread and the worker path (issue 16)', () => {
  it('whole files, one part, and cut at each prompt line (the `dir` commands included)', async () => {
    for (const name of LISTING_FILES) {
      const bytes = readFileSync(join(REPO_ROOT, name));
      const main = await mainThreadEvidence(name, bytes);
      expect(main.evidence.listedFiles?.length, name).toBe(name.includes('2003') ? 15 : 11);
      expect(await wholeFileEvidence(name, bytes), name).toStrictEqual(main);
      expect(partsEvidence(name, bytes, []), name).toStrictEqual(main);
      const text = Buffer.from(bytes).toString('latin1');
      const cuts = [...text.matchAll(/\n(?=[^\r\n]*>\s*(?:dir|eseutil|esentutl)\b)/gi)].map((m) => m.index + 1);
      expect(cuts.length, name).toBeGreaterThan(0);
      for (const cut of cuts) expect(partsEvidence(name, bytes, [cut]), `${name} cut at byte ${cut}`).toStrictEqual(main);
    }
  });
});
