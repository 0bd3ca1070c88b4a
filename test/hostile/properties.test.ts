/**
 * Issue 7: any byte sequence in, a clear answer out (SPEC §9). Real captures from samples/,
 * mangled at the byte level the way copies, pastes, transfers and editors mangle them, and plain
 * random bytes, go through the CLI's reading pipeline. Every run ends with exit 0, 1 or 2; the
 * `parse` and `check --format json` outputs validate against their JSON Schemas; the input is
 * listed; every non-blank line is inside a dump or an unrecognized range; and the same bytes give
 * the same output. ESEREPORT_PROPERTY_RUNS=100000 runs the long version.
 */
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { allCaptures, sampleBytes } from '../support/samples.js';
import { propertyRuns, runPipeline, unaccountedLines, validateAst, validateReport, type PipelineRun } from './pipeline.js';

/** Every capture in samples/ as raw bytes (UTF-16 and cp850 ones too; not the binary database). */
const CAPTURES: readonly Uint8Array[] = allCaptures()
  .filter((capture) => !/\.(edb|log|chk|stm)$/i.test(capture))
  .map((capture) => new Uint8Array(sampleBytes(capture)));

/** Total of the normal runs below: ESEREPORT_PROPERTY_RUNS scales each property to its share. */
const NORMAL_TOTAL = 11_000;
const runs = (normal: number): number => propertyRuns(normal, NORMAL_TOTAL);

/** Cases run per property, printed at the end for the report. */
const counted = new Map<string, number>();
function count(property: string): void {
  counted.set(property, (counted.get(property) ?? 0) + 1);
}

function expectSound(run: PipelineRun): void {
  expect([0, 1, 2, 3]).toContain(run.exitCode);
  const ast = JSON.parse(run.astJson) as { inputs: { name: string }[] };
  expect(validateAst(ast), JSON.stringify(validateAst.errors)).toBe(true);
  expect(ast.inputs.map((input) => input.name)).toEqual(['<stdin>']);
  const report = JSON.parse(run.reportJson) as { inputs: { name: string }[] };
  expect(validateReport(report), JSON.stringify(validateReport.errors)).toBe(true);
  expect(report.inputs.map((input) => input.name)).toEqual(['<stdin>']);
  expect(unaccountedLines(run)).toEqual([]);
}

async function checkBytes(property: string, bytes: Uint8Array): Promise<void> {
  count(property);
  expectSound(await runPipeline(bytes));
}

const capture = fc.nat().map((n) => CAPTURES[n % CAPTURES.length]!);

/** Splits bytes into lines keeping each terminator, so lines can be moved without re-encoding. */
function byteLines(bytes: Uint8Array): Uint8Array[] {
  const lines: Uint8Array[] = [];
  let start = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === 0x0a) {
      lines.push(bytes.subarray(start, i + 1));
      start = i + 1;
    }
  }
  if (start < bytes.length) lines.push(bytes.subarray(start));
  return lines;
}

const concat = (parts: readonly Uint8Array[]): Uint8Array => new Uint8Array(Buffer.concat(parts));

type LineEdit = 'drop' | 'duplicate' | 'reorder' | 'wrap';

function editLines(bytes: Uint8Array, edit: LineEdit, at: number, other: number, amount: number): Uint8Array {
  const lines = byteLines(bytes);
  if (lines.length === 0) return bytes;
  const i = at % lines.length;
  const j = other % lines.length;
  switch (edit) {
    case 'drop':
      lines.splice(i, 1 + (amount % 8));
      break;
    case 'duplicate':
      lines.splice(i, 0, ...lines.slice(i, i + 1 + (amount % 30)));
      break;
    case 'reorder': {
      const [moved] = lines.splice(i, 1 + (amount % 4));
      if (moved) lines.splice(j % Math.max(1, lines.length), 0, moved);
      break;
    }
    case 'wrap': {
      // A long line wrapped onto the next, at any byte (even inside a UTF-16 or UTF-8 sequence).
      const line = lines[i]!;
      const cut = amount % Math.max(1, line.length);
      lines.splice(i, 1, line.subarray(0, cut), Buffer.from('\r\n'), line.subarray(cut));
      break;
    }
  }
  return concat(lines);
}

type Encoding = 'utf8' | 'utf16le' | 'utf16be' | 'cp850' | 'cp437' | 'win1252';

/** Lines of a UTF-8 capture re-encoded one by one: a capture stitched from several consoles. */
function mixEncodings(bytes: Uint8Array, encodings: readonly Encoding[], nulEvery: number): Uint8Array {
  const text = Buffer.from(bytes).toString('utf8');
  const lines = text.split(/(?<=\n)/);
  const parts = lines.map((line, n) => {
    const encoding = encodings[n % encodings.length]!;
    const encoded = encoding === 'utf8' ? Buffer.from(line, 'utf8') : iconv.encode(line, encoding);
    return nulEvery > 0 && n % nulEvery === 0 ? Buffer.concat([encoded, Buffer.from([0, 0, 0])]) : encoded;
  });
  return concat(parts);
}

describe('any mangled capture gives a sound answer (exit 0/1/2/3, valid JSON, input listed, no line lost)', () => {
  it('truncated at any byte', async () => {
    await fc.assert(
      fc.asyncProperty(capture, fc.double({ min: 0, max: 1, noNaN: true }), async (bytes, where) => {
        await checkBytes('truncation', bytes.subarray(0, Math.floor(bytes.length * where)));
      }),
      { numRuns: runs(2000) },
    );
  });

  it('with random bytes flipped', async () => {
    await fc.assert(
      fc.asyncProperty(capture, fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 12 }), async (bytes, flips) => {
        const flipped = new Uint8Array(bytes);
        for (const [at, value] of flips) if (flipped.length > 0) flipped[at % flipped.length] = value;
        await checkBytes('byte flips', flipped);
      }),
      { numRuns: runs(1200) },
    );
  });

  it('with lines dropped, duplicated, reordered or wrapped', async () => {
    const edit = fc.constantFrom<LineEdit>('drop', 'duplicate', 'reorder', 'wrap');
    await fc.assert(
      fc.asyncProperty(capture, fc.array(fc.tuple(edit, fc.nat(), fc.nat(), fc.nat()), { minLength: 1, maxLength: 4 }), async (bytes, edits) => {
        let edited = bytes;
        for (const [kind, at, other, amount] of edits) edited = editLines(edited, kind, at, other, amount);
        await checkBytes('line edits', edited);
      }),
      { numRuns: runs(2000) },
    );
  });

  it('with lines in mixed encodings and NUL bytes', async () => {
    const encoding = fc.constantFrom<Encoding>('utf8', 'utf16le', 'utf16be', 'cp850', 'cp437', 'win1252');
    await fc.assert(
      fc.asyncProperty(capture, fc.array(encoding, { minLength: 1, maxLength: 4 }), fc.integer({ min: 0, max: 7 }), async (bytes, encodings, nulEvery) => {
        await checkBytes('mixed encodings + NUL', mixEncodings(bytes, encodings, nulEvery));
      }),
      { numRuns: runs(2000) },
    );
  });

  it('made of random bytes, random text, or a capture with random bytes spliced in', async () => {
    const randomInput = fc.oneof(
      fc.uint8Array({ maxLength: 2000 }),
      fc.string({ unit: 'binary', maxLength: 2000 }).map((text) => new Uint8Array(Buffer.from(text, 'utf8'))),
      fc.tuple(capture, fc.nat(), fc.uint8Array({ maxLength: 200 })).map(([bytes, at, noise]) => {
        const cut = bytes.length === 0 ? 0 : at % bytes.length;
        return concat([bytes.subarray(0, cut), noise, bytes.subarray(cut)]);
      }),
    );
    await fc.assert(
      fc.asyncProperty(randomInput, async (bytes) => {
        await checkBytes('random bytes', bytes);
      }),
      { numRuns: runs(2800) },
    );
  });

  it('the same bytes give the same parse and check output', async () => {
    await fc.assert(
      fc.asyncProperty(capture, fc.nat(), fc.integer({ min: 0, max: 255 }), async (bytes, at, value) => {
        const flipped = new Uint8Array(bytes);
        if (flipped.length > 0) flipped[at % flipped.length] = value;
        count('determinism');
        const first = await runPipeline(flipped);
        const second = await runPipeline(new Uint8Array(flipped));
        expect(second.astJson).toBe(first.astJson);
        expect(second.reportJson).toBe(first.reportJson);
        expect(second.exitCode).toBe(first.exitCode);
      }),
      { numRuns: runs(1000) },
    );
  });

  it('an empty input is reported as empty, exit 2, with valid JSON', async () => {
    count('empty');
    const run = await runPipeline(new Uint8Array(0));
    expectSound(run);
    expect(run.exitCode).toBe(2);
    expect((JSON.parse(run.astJson) as { inputs: { problem: unknown }[] }).inputs[0]!.problem).toEqual({ kind: 'empty', message: '<stdin> is empty.' });
  });

  it('ran at least 10,000 cases in all', () => {
    const total = [...counted.values()].reduce((sum, n) => sum + n, 0);
    console.log(`hostile property cases: ${JSON.stringify(Object.fromEntries(counted))}, total ${total}`);
    if (!process.env.ESEREPORT_PROPERTY_RUNS) expect(total).toBeGreaterThanOrEqual(10_000);
  });
});
