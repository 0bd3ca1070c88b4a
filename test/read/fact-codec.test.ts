/**
 * The parse workers' wire format (src/read/wire/fact-codec.ts) gives back exactly the items
 * it was given — same values, same properties present or absent, same property order — through
 * the structured clone a MessagePort makes, with repeated values sent once and decoded to one
 * object.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { deserialize } from 'node:v8';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PartItemDecoder, PartItemEncoder, type EncodedItems } from '../../src/read/wire/fact-codec.js';
import { readPart, type PartItem } from '../../src/read/part.js';
import type { AttachmentFact, LogFact, LogHeaderFacts } from '../../src/evidence/log-header-facts.js';
import type { EvidenceLine } from '../../src/evidence/types.js';
import { REPO_ROOT } from '../cli/harness.js';
import { sampleText, textCaptures } from '../support/samples.js';

/** Values, undefined-valued properties and property order, in one comparable string. */
function shape(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => (v === undefined ? '(undefined)' : typeof v === 'number' && Object.is(v, -0) ? '(-0)' : v));
}

/** What a MessagePort does to a batch: a structured clone, the typed arrays moved. */
function overThePort(batch: { readonly encoded: EncodedItems; readonly transfer: ArrayBuffer[] }): EncodedItems {
  return structuredClone(batch.encoded, { transfer: batch.transfer });
}

/** Items through one encoder in batches of `batchSize`; each batch learnt on arrival, all decoded after. */
function roundTrip(items: readonly PartItem[], batchSize: number): PartItem[] {
  const encoder = new PartItemEncoder();
  const decoder = new PartItemDecoder();
  const batches: EncodedItems[] = [];
  const send = (): void => {
    const batch = overThePort(encoder.take());
    decoder.learn(batch);
    batches.push(batch);
  };
  for (const item of items) {
    encoder.add(item);
    if (encoder.count >= batchSize) send();
  }
  send();
  return batches.flatMap((batch) => decoder.decode(batch));
}

/** Each segment of a capture as a parse worker sends it (src/read/part.ts): the facts of a clean log dump, else the segment. */
function workerItems(text: string): PartItem[] {
  const items: PartItem[] = [];
  readPart([Buffer.from(text, 'utf8')], { name: 'x', subject: undefined, onItem: (item) => items.push(item) });
  return items;
}

/** Every text capture of the samples (.txt), decoded as the CLI decodes it, each after a prompt line of its own. */
function allSamplesText(): string {
  const texts: string[] = [];
  for (const capture of textCaptures().filter((path) => path.endsWith('.txt'))) {
    const [folder, file] = capture.split('/');
    texts.push(`C:\\captures\\${folder}>type ${file}\r\n`, sampleText(capture), '\r\n');
  }
  return texts.join('');
}

const logs = (items: readonly PartItem[]): LogFact[] => items.flatMap((item) => (item.kind === 'log' && item.facts.log ? [item.facts.log] : []));

describe('the parse workers’ item codec', () => {
  it('gives back every item of all the samples, in batches of 1, 7 and 256', () => {
    const items = workerItems(allSamplesText());
    expect(logs(items).length).toBeGreaterThan(100);
    expect(items.some((item) => item.kind === 'segment')).toBe(true);
    expect(items.some((item) => item.kind === 'log' && item.facts.errorFooter)).toBe(true);
    for (const batchSize of [1, 7, 256]) {
      const decoded = roundTrip(items, batchSize);
      expect(decoded).toStrictEqual(items);
      expect(shape(decoded)).toBe(shape(items));
    }
  });

  it('sends the texts, signature and tool a stream repeats once, and decodes them to one object each', async () => {
    const { writeArchive } = (await import(pathToFileURL(join(REPO_ROOT, 'test', 'bench', 'generate.mjs')).href)) as {
      writeArchive: (path: string, era: 'modern' | '55', count: number) => Promise<void>;
    };
    const path = join(mkdtempSync(join(tmpdir(), 'esereport-codec-')), 'modern-1000.txt');
    await writeArchive(path, 'modern', 1000);
    const items = workerItems(readFileSync(path, 'utf8'));
    const encoder = new PartItemEncoder();
    const decoder = new PartItemDecoder();
    const decoded: PartItem[] = [];
    let sharedAfterFirstBatch = 0;
    for (let at = 0; at < items.length; at += 256) {
      for (const item of items.slice(at, at + 256)) encoder.add(item);
      const batch = overThePort(encoder.take());
      if (at > 0) sharedAfterFirstBatch += batch.shared.length;
      // Every log dump's facts are encoded; only the other dumps' segments go as they are.
      if (batch.others) expect((deserialize(batch.others) as PartItem[]).map((item) => item.kind)).not.toContain('log');
      decoder.learn(batch);
      decoded.push(...decoder.decode(batch));
    }
    expect(shape(decoded)).toBe(shape(items));
    expect(sharedAfterFirstBatch).toBe(0);
    const [first, last] = [logs(decoded)[0]!, logs(decoded).at(-1)!];
    expect(last.signature).toBe(first.signature);
    expect(last.tool).toBe(first.tool);
    expect(last.signatureAt!.text).toBe(first.signatureAt!.text);
    expect(last.file).not.toBe(first.file);
  });

  it('decodes a batch after later ones: what a batch numbers is learnt on arrival', () => {
    const items = workerItems(allSamplesText());
    const encoder = new PartItemEncoder();
    const decoder = new PartItemDecoder();
    const batches: EncodedItems[] = [];
    for (let at = 0; at < items.length; at += 50) {
      for (const item of items.slice(at, at + 50)) encoder.add(item);
      const batch = overThePort(encoder.take());
      decoder.learn(batch);
      batches.push(batch);
    }
    const lastFirst = [...batches].reverse().map((batch) => decoder.decode(batch));
    expect(shape(lastFirst.reverse().flat())).toBe(shape(items));
  });
});

describe('the parse workers’ item codec on any facts (fast-check)', () => {
  /** Any string, lone surrogates, NUL and non-ASCII included. */
  const text = fc.oneof(fc.string({ unit: 'binary', maxLength: 30 }), fc.constantFrom('', '\ud800', 'a\udfffb', 'Données', '\u0000', 'Log file: E00.log'));
  /** Line numbers as a part numbers them, and the odd ones a hostile input could give. */
  const lineNumber = fc.oneof(fc.integer({ min: -5, max: 5 }), fc.nat(), fc.constant(2 ** 40));
  const evidenceLine = fc.record<EvidenceLine>({ input: fc.constantFrom('', 'x.txt'), line: lineNumber, text }, { noNullPrototype: true });
  const number = fc.oneof(fc.integer(), fc.double({ noNaN: true }), fc.constant(0xffffffff));
  const signature = fc.record({ createTime: text, rand: number, computer: text, text }, { noNullPrototype: true });
  const tool = fc.record({ product: text, version: text }, { noNullPrototype: true });
  /** Flags in any order, as the dump printed them, then the line quoted. */
  const circularLogging = fc
    .tuple(fc.shuffledSubarray(['env', 'currentFile', 'pastFiles'] as const), fc.array(fc.boolean(), { minLength: 3, maxLength: 3 }), evidenceLine)
    .map(([keys, values, at]) => Object.assign(Object.fromEntries(keys.map((key, i) => [key, values[i]])), { at }) as unknown as LogFact['circularLogging']);
  const attachment: fc.Arbitrary<AttachmentFact> = fc.record(
    { dbid: number, path: text, signature, at: evidenceLine, signatureAt: evidenceLine },
    { requiredKeys: ['dbid', 'path', 'at'], noNullPrototype: true },
  );
  /** Optional properties present or absent, in the order log-header-facts.ts writes them. */
  const log: fc.Arbitrary<LogFact> = fc
    .record(
      {
        file: fc.option(text, { nil: undefined }),
        fileSource: fc.constantFrom('dump', 'prompt', 'inputName'),
        input: fc.constantFrom('', 'x.txt'),
        source: fc.constantFrom('logHeader', 'streamCheck'),
        generation: number,
        generationAt: evidenceLine,
        signature,
        signatureAt: evidenceLine,
        attachments: fc.array(attachment, { maxLength: 3 }),
        circularLogging,
        integrity: fc.constantFrom('passed', 'failed'),
        damageAt: evidenceLine,
        reservedLogFile: fc.boolean(),
        fileAt: evidenceLine,
        tool,
        radix: fc.constantFrom(10, 16),
        baseName: text,
      },
      { requiredKeys: ['file', 'fileSource', 'input', 'source', 'attachments', 'fileAt'], noNullPrototype: true },
    )
    .map((fact) => fact as LogFact);
  const facts: fc.Arbitrary<LogHeaderFacts> = fc.oneof(
    log.map((fact) => ({ log: fact })),
    fc.constant({}),
    fc.tuple(log, evidenceLine).map(([fact, at]) => ({ log: fact, errorFooter: { dumpKind: 'logHeader', input: '', at } })),
  );
  const item: fc.Arbitrary<PartItem> = fc.oneof(
    { weight: 8, arbitrary: facts.map((value) => ({ kind: 'log' as const, facts: value })) },
    { weight: 1, arbitrary: fc.record({ startLine: lineNumber, lines: fc.array(text, { maxLength: 3 }) }, { noNullPrototype: true }).map((segment) => ({ kind: 'segment' as const, segment })) },
  );

  it('gives back any sequence of items, in any batch size', () => {
    fc.assert(
      fc.property(fc.array(item, { maxLength: 40 }), fc.integer({ min: 1, max: 50 }), (items, batchSize) => {
        const decoded = roundTrip(items, batchSize);
        expect(decoded).toStrictEqual(items);
        expect(shape(decoded)).toBe(shape(items));
      }),
      { numRuns: 300 },
    );
  });

  it('gives back facts that repeat with small differences (a changed rand, version or flag)', () => {
    const similar = fc.tuple(log, fc.array(fc.tuple(number, text, fc.boolean()), { minLength: 1, maxLength: 6 })).map(([base, changes]) =>
      changes.map(([rand, version, flag]): PartItem => {
        const variant: LogFact = {
          ...base,
          ...(base.signature ? { signature: { ...base.signature, rand } } : {}),
          ...(base.tool ? { tool: { ...base.tool, version } } : {}),
          ...(base.circularLogging ? { circularLogging: { ...base.circularLogging, env: flag } } : {}),
        };
        return { kind: 'log', facts: { log: variant } };
      }),
    );
    fc.assert(
      fc.property(similar, fc.integer({ min: 1, max: 4 }), (items, batchSize) => {
        const decoded = roundTrip(items, batchSize);
        expect(decoded).toStrictEqual(items);
        expect(shape(decoded)).toBe(shape(items));
      }),
      { numRuns: 200 },
    );
  });
});
