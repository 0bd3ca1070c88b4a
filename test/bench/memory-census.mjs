// Where the memory of a check goes (issue 18): `esereport check ARCHIVE --format FORMAT` run
// stage by stage in this process, on the tsc output in dist/src (`npm run build` first), with a
// full garbage collection before each heap reading, so each number is what that stage retains.
//
//   node --expose-gc test/bench/memory-census.mjs ARCHIVE [--format json|text|md|html] [--out-dir]
//                                                 [--snapshot DIR] [--parallel-min-bytes 0]
//
// Stages: the modules loaded; the inputs read into the EvidenceCollector (the parse workers are
// worker_threads of this process and have exited by then); the Evidence of finish(); the report
// of analyze() with the evidence still held (as checkCaptures holds it) and with the evidence
// dropped (what the report alone keeps); the peak while the report is rendered and discarded
// chunk by chunk (sampled, no collection in between); with `--out-dir`, as `check --out-dir` renders:
// the report sliced by stream (src/verdict/batch.ts), each slice rendered, then the index. The
// last line gives the process's peak RSS over all stages. `--snapshot DIR` also writes a V8 heap
// snapshot after reading and after analyze (test/bench/heap-census.mjs counts them by shape):
// take them on a 10,000-dump archive, a snapshot is about twice the heap.
import { statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { setInterval, clearInterval } from 'node:timers';
import { getHeapStatistics, writeHeapSnapshot } from 'node:v8';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const dist = (path) => pathToFileURL(join(root, 'dist', 'src', path)).href;

const args = process.argv.slice(2);
const option = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const archive = resolve(args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--')) ?? '');
const format = option('--format') ?? 'json';
const snapshotDir = option('--snapshot');
if (typeof globalThis.gc !== 'function') throw new Error('run with node --expose-gc');

const MB = 1e6;
const rows = [];
// The peak RSS and committed heap between two readings, sampled every 20 ms (a timer fires
// between the parse workers' messages while the inputs are read).
let peakRss = 0;
let peakHeapCommitted = 0;
const sample = () => {
  peakRss = Math.max(peakRss, process.memoryUsage.rss());
  peakHeapCommitted = Math.max(peakHeapCommitted, getHeapStatistics().total_heap_size);
};
const sampler = setInterval(sample, 20);
function reading(stage, extra = {}) {
  sample();
  const peaks = { peakRssMB: peakRss / MB, peakHeapCommittedMB: peakHeapCommitted / MB };
  peakRss = 0;
  peakHeapCommitted = 0;
  globalThis.gc();
  globalThis.gc();
  const heap = getHeapStatistics();
  const { rss, external, arrayBuffers } = process.memoryUsage();
  const row = { stage, heapUsedMB: heap.used_heap_size / MB, rssMB: rss / MB, externalMB: (external + arrayBuffers) / MB, ...peaks, ...extra };
  rows.push(row);
  process.stderr.write(`census: ${stage}: heap ${row.heapUsedMB.toFixed(1)} MB, rss ${row.rssMB.toFixed(1)} MB\n`);
  return row;
}
function snapshot(name) {
  if (snapshotDir === undefined) return;
  const file = writeHeapSnapshot(join(snapshotDir, `${name}.heapsnapshot`));
  process.stderr.write(`census: heap snapshot ${file}\n`);
}

const outDir = args.includes('--out-dir');
const [{ CaptureParser }, { EvidenceCollector, logCount }, verdict, render, { readInputs }, { loadTemplates }, { wireInterningTables }, { sliceReportByStream }] = await Promise.all([
  import(dist('ast/index.js')),
  import(dist('evidence/index.js')),
  import(dist('verdict/index.js')),
  import(dist('render/index.js')),
  import(dist('cli/read-inputs.js')),
  import(dist('cli/load-templates.js')),
  import(dist('read/wire/identity.js')),
  import(dist('verdict/batch.js')),
]);
const templates = format === 'json' ? { templates: {}, partials: {} } : loadTemplates();
const base = reading('modules loaded');

// The tables the CLI gives it (src/cli/commands/check.ts).
let collector = new EvidenceCollector(wireInterningTables());
const results = await readInputs([{ kind: 'file', path: archive, name: archive }], collector, {
  stdin: (async function* () {})(),
  env: process.env,
  createParser: (inputName) => new CaptureParser({ inputName }),
  onBytes: () => undefined,
  // `--parallel-min-bytes 0`: parse workers even for a small archive, as the CLI uses them from 16 MB.
  ...(option('--parallel-min-bytes') !== undefined ? { parallelMinBytes: Number(option('--parallel-min-bytes')) } : {}),
});
const dumps = results.reduce((sum, r) => sum + r.dumps, 0);
reading('inputs read (EvidenceCollector)');
snapshot('collector');
let evidence = collector.finish();
collector = undefined;
const logs = evidence.logGroups.reduce((sum, g) => sum + logCount(g.entries), 0);
const entries = evidence.logGroups.reduce((sum, g) => sum + g.entries.length, 0);
reading('evidence (finish)');
const report = verdict.analyze(evidence);
reading('report + evidence');
snapshot('report');
evidence = undefined;
reading('report alone');

let peakHeap = 0;
let characters = 0;
let chunks = 0;
const rendering = (report) => {
  for (const chunk of render.renderReportChunks(report, { format, templates, color: false })) {
    characters += chunk.length;
    if (++chunks % 16 === 1) peakHeap = Math.max(peakHeap, getHeapStatistics().used_heap_size);
  }
};
if (outDir) {
  // As writeBatch (src/cli/commands/check.ts): a report per stream, then the index.
  const slices = sliceReportByStream(report);
  for (const slice of slices) rendering(slice.report);
  const entries = slices.map((slice) => ({ href: `${slice.fileStem}.${format}`, report: slice.report }));
  if (format === 'md' || format === 'html') characters += render.renderIndex(entries, { format, templates }).length;
}
else rendering(report);
peakHeap = Math.max(peakHeap, getHeapStatistics().used_heap_size);
reading(`rendered (${format}${outDir ? ', --out-dir' : ''}), discarded`, { peakHeapWhileRenderingMB: peakHeap / MB, reportCharacters: characters, chunks });

const perDump = (mb) => ((mb - base.heapUsedMB) * MB) / dumps;
const lines = [
  `Archive: ${archive} (${(statSync(archive).size / MB).toFixed(1)} MB, ${dumps} dumps, ${logs} logs in ${entries} entries); --format ${format}; Node ${process.version}`,
  '',
  '| stage | heap used MB after GC | above modules, bytes per dump | RSS MB after GC | peak RSS MB during stage | peak heap committed MB during stage |',
  '|---|---:|---:|---:|---:|---:|',
  ...rows.map(
    (r) =>
      `| ${r.stage} | ${r.heapUsedMB.toFixed(1)} | ${perDump(r.heapUsedMB).toFixed(0)} | ${r.rssMB.toFixed(1)} | ${r.peakRssMB.toFixed(1)} | ${r.peakHeapCommittedMB.toFixed(1)} |`,
  ),
  '',
  `Peak heap while rendering: ${rows.at(-1).peakHeapWhileRenderingMB.toFixed(1)} MB (${perDump(rows.at(-1).peakHeapWhileRenderingMB).toFixed(0)} bytes per dump above modules); ${chunks} chunks, ${characters} characters.`,
  `Peak RSS of the process over all stages (getrusage): ${((process.resourceUsage().maxRSS * 1024) / MB).toFixed(1)} MB.`,
];
process.stdout.write(lines.join('\n') + '\n');
clearInterval(sampler);
