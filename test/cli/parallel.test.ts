/**
 * Parse workers (src/cli/parallel/, SPEC §9) give exactly the report and input metadata of a
 * read on one thread — same items, order, line numbers, encoding, line endings — or decline
 * before delivering anything. Workers run from the build (dist/ of the e2e build,
 * test/support/e2e-build.ts), as users run them.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type * as CheckModule from '../../src/cli/commands/check.js';
import type * as ParallelModule from '../../src/cli/parallel/read-parallel.js';
import type * as FilesModule from '../../src/cli/parallel/read-files.js';
import type * as CollectorModule from '../../src/evidence/collector.js';
import type { CliIo } from '../../src/cli/io.js';
import { e2eBuild } from '../support/e2e.js';
import { allCaptures, decodeSample } from '../support/samples.js';
import { REPO_ROOT } from './harness.js';

const DIST = join(e2eBuild().dist, 'src');
let check: typeof CheckModule;
let parallel: typeof ParallelModule;
let filesReader: typeof FilesModule;
let evidence: typeof CollectorModule;
let writeArchive: (path: string, era: 'modern' | '55', count: number) => Promise<void>;
const dir = mkdtempSync(join(tmpdir(), 'esereport-parallel-'));

beforeAll(async () => {
  const load = (path: string): Promise<unknown> => import(pathToFileURL(join(DIST, path)).href);
  check = (await load('cli/commands/check.js')) as typeof CheckModule;
  parallel = (await load('cli/parallel/read-parallel.js')) as typeof ParallelModule;
  filesReader = (await load('cli/parallel/read-files.js')) as typeof FilesModule;
  evidence = (await load('evidence/collector.js')) as typeof CollectorModule;
  ({ writeArchive } = (await import(pathToFileURL(join(REPO_ROOT, 'test', 'bench', 'generate.mjs')).href)) as {
    writeArchive: typeof writeArchive;
  });
});

function io(workers: number): CliIo {
  const sink = { isTTY: false, write: async () => {} };
  return {
    stdout: sink,
    stderr: sink,
    stdin: (async function* () {})(),
    stdinIsTTY: true,
    cwd: REPO_ROOT,
    env: { ESEREPORT_WORKERS: String(workers) },
  } as unknown as CliIo;
}

async function checked(path: string | readonly string[], workers: number) {
  const sources = (typeof path === 'string' ? [path] : path).map((file) => ({ kind: 'file' as const, path: file, name: file }));
  const { report, results } = await check.checkCaptures(sources, { quiet: true, parallelMinBytes: 0 }, io(workers));
  return { report: JSON.stringify(report), results };
}

/** Reads with workers straight into a collector; `undefined` when the reader declined. */
async function readInParallel(path: string, workers: number, partBytes = 64 * 1024) {
  const collector = new evidence.EvidenceCollector();
  const result = await parallel.readCaptureParallel({
    path,
    name: path,
    workers,
    minBytes: 0,
    partBytes,
    onItem: (item) => collector.addItem(path, item),
    onLogFacts: (facts, offset) => collector.addLogHeaderFacts(path, facts, offset),
    onInputStart: (meta) => collector.addInput(meta),
  });
  return result;
}

/** Every ASCII capture of the samples (.txt, UTF-8 without a byte above 0x7F), each after a prompt line of its own. */
function sampleCaptures(): string {
  const parts: string[] = [];
  for (const capture of allCaptures().filter((path) => path.endsWith('.txt'))) {
    const { lines, encoding, binary } = decodeSample(capture);
    if (binary || encoding !== 'utf-8' || lines.some((line) => /[\u0080-\uffff]/.test(line))) continue;
    const [folder, file] = capture.split('/');
    parts.push(`C:\\captures\\${folder}>type ${file}\r\n`, ...lines.map((line) => `${line}\r\n`));
  }
  return parts.join('');
}

describe('readCaptureParallel', () => {
  it('reads 800 generated /ml dumps with 2 and 3 workers, in 20 parts or 2, with the report of one thread', async () => {
    const path = join(dir, 'modern-800.txt');
    await writeArchive(path, 'modern', 800);
    const alone = await checked(path, 0);
    for (const workers of [2, 3]) {
      expect(await readInParallel(path, workers)).toEqual(alone.results[0]);
      expect(await readInParallel(path, workers, 1024 * 1024)).toEqual(alone.results[0]);
      expect(await checked(path, workers)).toEqual(alone);
    }
    expect(alone.results[0]).toMatchObject({ dumps: 801, unrecognized: 0, lineEnding: 'CRLF', encoding: 'utf-8' });
  });

  it('keeps line numbers, unrecognized lines and every dump kind of all the samples, repeated', async () => {
    const path = join(dir, 'samples-x3.txt');
    // A cp850 path in the first part: the parts after it are ASCII, the encoding is the first part's.
    const head = Buffer.from('C:\\captures>type notes.txt\r\nRestored from tape to D:\\Donn\x82es\\Exchange\r\n', 'latin1');
    writeFileSync(path, Buffer.concat([head, Buffer.from(sampleCaptures().repeat(3), 'latin1')]));
    const alone = await checked(path, 0);
    expect(alone.results[0]!.unrecognized).toBeGreaterThan(10);
    expect(alone.results[0]!.encoding).not.toBe('utf-8');
    const result = await readInParallel(path, 3);
    expect(result).toEqual(alone.results[0]);
    expect(await checked(path, 3)).toEqual(alone);
  });

  it('adds up line endings of the parts: CRLF in one, LF in another is mixed', async () => {
    const path = join(dir, 'mixed.txt');
    const crlf = join(dir, 'crlf.txt');
    await writeArchive(crlf, 'modern', 400);
    const text = readFileSync(crlf, 'latin1');
    writeFileSync(path, text + text.replace(/\r\n/g, '\n'), 'latin1');
    const alone = await checked(path, 0);
    expect(alone.results[0]!.lineEnding).toBe('mixed');
    expect(await readInParallel(path, 2)).toEqual(alone.results[0]);
    expect(await checked(path, 2)).toEqual(alone);
  });

  it('declines a file whose later part is not plain ASCII, and the check reads it alone', async () => {
    const path = join(dir, 'late-accent.txt');
    await writeArchive(path, 'modern', 400);
    const bytes = readFileSync(path);
    const at = bytes.lastIndexOf(Buffer.from('D:\\Logs\\DB01\\'));
    bytes[at + 3] = 0xe9; // `Logs` becomes `Lé gs`-like in windows-1252: decided only at that byte
    writeFileSync(path, bytes);
    expect(await readInParallel(path, 2)).toBeUndefined();
    expect(await checked(path, 2)).toEqual(await checked(path, 0));
  });

  it('declines a capture without prompt lines (nowhere to cut it)', async () => {
    const path = join(dir, 'no-prompts.txt');
    await writeArchive(path, 'modern', 300);
    writeFileSync(path, readFileSync(path, 'latin1').replace(/^\[PS\][^\r\n]*\r\n/gm, ''), 'latin1');
    expect(await readInParallel(path, 2)).toBeUndefined();
  });

  it('declines a file below the size where workers pay off', async () => {
    const path = join(dir, 'small.txt');
    await writeArchive(path, 'modern', 50);
    expect(statSync(path).size).toBeLessThan(parallel.PARALLEL_MIN_BYTES);
    const result = await parallel.readCaptureParallel({ path, name: path, workers: 2, onItem: () => {}, onLogFacts: () => {} });
    expect(result).toBeUndefined();
  });
});

describe('readFilesInWorkers', () => {
  it('reads all 81 sample capture files (UTF-16, cp850, binary, fragments) with the report of one thread', async () => {
    const files = allCaptures().map((capture) => join('samples', capture));
    expect(files.length).toBeGreaterThan(80);
    const alone = await checked(files, 0);
    expect(alone.results.some((result) => result.problem?.kind === 'ese-binary')).toBe(true);
    expect(await checked(files, 2)).toEqual(alone);
  });

  it('reads an archive of one capture per log, 300 files, with the report of one thread', async () => {
    const whole = join(dir, 'per-log.txt');
    await writeArchive(whole, 'modern', 300);
    const dumps = readFileSync(whole, 'latin1').split(/(?=^\[PS\])/m);
    const files = dumps.map((dump, i) => {
      const path = join(dir, `per-log-${String(i).padStart(4, '0')}.txt`);
      writeFileSync(path, dump, 'latin1');
      return path;
    });
    expect(files).toHaveLength(301);
    const alone = await checked(files, 0);
    expect(alone.results.reduce((sum, result) => sum + result.dumps, 0)).toBe(301);
    expect(await checked(files, 2)).toEqual(alone);
    const collector = new evidence.EvidenceCollector();
    const read = await filesReader.readFilesInWorkers(
      files.map((path) => ({ kind: 'file' as const, path, name: path })),
      {
        workers: 2,
        onItem: (file, item) => collector.addItem(file.name, item),
        onLogFacts: (file, facts) => collector.addLogHeaderFacts(file.name, facts),
        onInputStart: (meta) => collector.addInput(meta),
      },
    );
    expect(read).toEqual(alone.results);
  });
});

/** The threads of this process (Linux): a parse worker is one, until it has exited. */
const threads = (): number => readdirSync('/proc/self/task').length;

describe.runIf(existsSync('/proc/self/task'))('the workers are gone when a read resolves (issue 18)', () => {
  // Their isolates (heap, parser, garbage: about 100 MB for two at 100,000 dumps) would otherwise
  // live on through the analysis, which the CLI runs synchronously right after the read.
  it('readCaptureParallel, when it reads and when it declines', async () => {
    const path = join(dir, 'gone-600.txt');
    await writeArchive(path, 'modern', 600);
    const declined = join(dir, 'gone-declined.txt');
    writeFileSync(declined, readFileSync(path, 'latin1').replace(/^\[PS\][^\r\n]*\r\n/gm, ''), 'latin1');
    await readFile(path); // libuv's pool, which stays, started before counting
    const before = threads();
    expect(await readInParallel(path, 2)).toMatchObject({ dumps: 601 });
    expect(threads()).toBe(before);
    expect(await readInParallel(path, 3, 1024 * 1024)).toMatchObject({ dumps: 601 });
    expect(threads()).toBe(before);
    expect(await readInParallel(declined, 2)).toBeUndefined();
    expect(threads()).toBe(before);
  });

  it('readFilesInWorkers', async () => {
    const files = allCaptures().map((capture) => ({ kind: 'file' as const, path: join(REPO_ROOT, 'samples', capture), name: capture }));
    // Sizes of 1 MB: a batch a file, both workers busy to the end.
    const read = () => filesReader.readFilesInWorkers(files, { workers: 2, sizes: files.map(() => 1024 * 1024), onItem: () => {}, onLogFacts: () => {} });
    await readFile(files[0]!.path); // libuv's pool, which stays, started before counting
    const before = threads();
    expect(await read()).toHaveLength(files.length);
    expect(threads()).toBe(before);
  });
});

describe('parse workers on mangled archives', () => {
  /** Lines that move a cut or test the segmenter around one: prompts, footers, stray text, blanks. */
  const insertions = [
    '[PS] D:\\Logs\\DB01>eseutil /ml E0000000099.log',
    'E:\\exchsrvr\\mdbdata>eseutil /mh priv.edb',
    'Operation completed successfully in 0.1',
    'Operation terminated with error -1811 (JET_errFileNotFound, File not found) after 0.31 seconds.',
    '      lGeneration: 77 (0x4D)',
    '      Log file: E00000000AA.log',
    'this line means nothing to eseutil',
    '',
    '\t\t Last Consistent: (0x3,2,1)',
    'Verifying log files...',
  ];

  it('gives the report and metadata of one thread for 12 random mangled archives, or declines', async () => {
    const whole = join(dir, 'base-300.txt');
    await writeArchive(whole, 'modern', 300);
    const lines = readFileSync(whole, 'latin1').split('\r\n');
    const edit = fc.tuple(fc.nat({ max: lines.length - 1 }), fc.oneof(fc.constant(-1), fc.nat({ max: insertions.length - 1 })));
    let declined = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 40 }), fc.constantFrom('\r\n', '\n'), async (edits, eol) => {
        const mangled = [...lines];
        for (const [at, what] of edits) {
          if (what < 0) mangled.splice(at % mangled.length, 1);
          else mangled.splice(at % (mangled.length + 1), 0, insertions[what]!);
        }
        const path = join(dir, 'mangled.txt');
        writeFileSync(path, mangled.join(eol), 'latin1');
        const alone = await checked(path, 0);
        const result = await readInParallel(path, 2, 16 * 1024);
        if (result === undefined) declined++;
        else expect(result).toEqual(alone.results[0]);
        expect(await checked(path, 2)).toEqual(alone);
      }),
      { numRuns: 12, seed: 6 },
    );
    expect(declined).toBeLessThan(12);
  });
});
