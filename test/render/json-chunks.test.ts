import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonChunks, type JsonChunksOptions } from '../../src/render/json-chunks.js';
import { renderReportChunks } from '../../src/render/index.js';
import type { CheckReport } from '../../src/verdict/types.js';
import { FIXTURES, loadFixture, templates } from './helpers.js';
import { longStreamReport } from './synthetic.js';

const streamed = (value: unknown, options: JsonChunksOptions = {}): string => [...jsonChunks(value, options)].join('');

/** Both ways of writing a member: walked here, or left to JSON.stringify as a small subtree. */
const WALKS = [
  ['walked member by member', { smallSubtreeMembers: 0 }],
  ['with small subtrees stringified whole', {}],
] as const;

/** A value with everything JSON.stringify treats specially, at several depths. */
const tricky = {
  zeta: 1,
  alpha: 'first key stays second: insertion order, not alphabetical',
  '2': 'integer-like keys come first, as in Object.keys',
  'a key with "quotes", \\ and a lone \uD800': 'keys are escaped too',
  quotes: 'say "restore" \\ not \\\\ D:\\DB01\\DB01.edb',
  controls: 'tab\tnew line\ncarriage\rnul\u0000bell\u0007unit\u001f delete\u007f',
  surrogates: ['lone high \uD800 here', 'lone low \uDC00 here', 'pair 😀 kept', '\uDBFF'],
  unicode: 'ROLL FORWARD — DB01.edb, accents é, CJK 日本',
  dropped: undefined,
  fn: () => 'dropped',
  symbol: Symbol('dropped'),
  inArray: [undefined, () => 0, Symbol('x'), null, Number.NaN, Number.POSITIVE_INFINITY, -0, 1e21, 0.1],
  empties: { array: [], object: {}, nested: [[], {}, [[]], [{}], { a: [] }], onlyUndefined: { gone: undefined } },
  boxed: [Object('text'), Object(7), Object(false)],
  date: new Date(Date.UTC(2024, 0, 8, 9, 14, 2)),
  withToJSON: { toJSON: (key: string) => `toJSON called with key "${key}"` },
  arrayToJSON: [{ toJSON: (key: string) => ({ index: key }) }],
  deep: { a: { b: { c: { d: { e: ['bottom', { f: true }] } } } } },
};

describe.each(WALKS)('jsonChunks writes what JSON.stringify(value, null, 2) writes, %s', (_walk, walk) => {
  it.each<readonly [string, CheckReport]>([
    ['a report of 0 logs', longStreamReport(0)],
    ['a report of 1 log', longStreamReport(1)],
    ['a report of 3000 logs', longStreamReport(3000)],
    ...FIXTURES.map((name) => [`the ${name} fixture`, loadFixture(name)] as const),
  ])('for %s', (_name, report) => {
    expect(streamed(report, walk)).toBe(JSON.stringify(report, null, 2));
  });

  it('for escapes, dropped and nulled members, empty containers, toJSON and key order', () => {
    expect(streamed(tricky, walk)).toBe(JSON.stringify(tricky, null, 2));
  });

  it('at every chunk size, so no piece boundary changes a byte', () => {
    const report = longStreamReport(40);
    for (const chunkSize of [1, 7, 64, 1000]) {
      expect(streamed(tricky, { ...walk, chunkSize })).toBe(JSON.stringify(tricky, null, 2));
      expect(streamed(report, { ...walk, chunkSize })).toBe(JSON.stringify(report, null, 2));
    }
  });

  it('for top-level primitives, empty containers and values JSON.stringify drops', () => {
    for (const value of ['a "string"', 42, Number.NaN, true, null, [], {}, [[]], new Date(0)]) {
      expect(streamed(value, walk)).toBe(JSON.stringify(value, null, 2));
    }
    expect([...jsonChunks(undefined, walk)]).toEqual([]);
    expect([...jsonChunks(() => 1, walk)]).toEqual([]);
  });

  it('compactly with an empty indent', () => {
    expect(streamed(tricky, { ...walk, indent: '', chunkSize: 16 })).toBe(JSON.stringify(tricky));
  });

  it('throws the TypeError JSON.stringify throws for a cycle or a BigInt', () => {
    const cycle: Record<string, unknown> = { name: 'loop' };
    cycle.self = { back: cycle };
    expect(() => streamed(cycle, walk)).toThrow(TypeError);
    expect(() => streamed({ big: 1n }, walk)).toThrow(TypeError);
  });
});

describe('jsonChunks on any JSON value', () => {
  it('writes what JSON.stringify writes, for any indent (longer than 10 cut as JSON.stringify cuts it) and piece size', () => {
    const value = fc.oneof(
      fc.jsonValue(),
      // Long arrays of small records at some depth: the runs stringified in one call.
      fc.array(fc.dictionary(fc.string({ maxLength: 4 }), fc.oneof(fc.integer(), fc.string(), fc.array(fc.integer(), { maxLength: 3 }))), { maxLength: 40 }),
      fc.record({ a: fc.array(fc.array(fc.record({ x: fc.integer(), y: fc.option(fc.string(), { nil: undefined }) }), { maxLength: 25 }), { maxLength: 3 }) }),
    );
    fc.assert(
      fc.property(value, fc.constantFrom('', ' ', '  ', '\t', ' '.repeat(12)), fc.integer({ min: 1, max: 300 }), (v, indent, chunkSize) => {
        expect([...jsonChunks(v, { indent, chunkSize })].join('')).toBe(JSON.stringify(v, null, indent));
      }),
      { numRuns: 300 },
    );
  });

  it('calls a toJSON of an array member with its own index, inside a run of small members', () => {
    const members = Array.from({ length: 40 }, (_, i) => (i === 23 ? { toJSON: (key: string) => ({ key }) } : { i }));
    const text = streamed({ members });
    expect(text).toBe(JSON.stringify({ members }, null, 2));
    expect(text).toContain('"key": "23"');
  });
});

describe('jsonChunks keeps pieces small', () => {
  it('hands out a report of many logs in pieces of about the chunk size, never the whole text at once', () => {
    const report = longStreamReport(20_000);
    const pieces = [...jsonChunks(report, { chunkSize: 64 * 1024 })];
    const total = pieces.reduce((sum, piece) => sum + piece.length, 0);
    expect(total).toBe(JSON.stringify(report, null, 2).length);
    expect(pieces.length).toBeGreaterThan(50);
    // A piece ends at the first run of log entries that takes it past the size; a run is 16
    // entries, each well under 1 KB.
    expect(Math.max(...pieces.map((piece) => piece.length))).toBeLessThan(64 * 1024 + 16 * 1024);
  });
});

describe('renderReportChunks', () => {
  it('streams the built-in JSON report and gives a templated format in one piece', () => {
    const report = longStreamReport(2000);
    const json = [...renderReportChunks(report, { format: 'json', templates })];
    expect(json.length).toBeGreaterThan(1);
    expect(json.join('')).toBe(JSON.stringify(report, null, 2));
    expect([...renderReportChunks(report, { format: 'md', templates })]).toHaveLength(1);
    expect([...renderReportChunks(report, { format: 'json', templates, userTemplate: '{{verdict.kind}}' })]).toHaveLength(1);
  });
});
