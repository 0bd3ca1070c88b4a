// `npm run bench` (issue 6): end-to-end throughput of the real CLI on deterministic synthetic
// archives, with the bare line-scan floor measured in the same run.
//
//   npm run bench                       modern 1k×5, 10k×5, 100k×3 runs; 5.5 10k×3; 100k on one
//                                       thread (ESEREPORT_WORKERS=0) ×3; 10k as one file per
//                                       dump ×3; start-up (with `node -e 0` as its floor)
//   npm run bench -- --quick            modern 1k and 10k only, 3 runs each
//   npm run bench -- --sizes 1000,50000 --runs 3
//   npm run bench -- --memory           memory rows (issue 18): modern 100,000 and 300,000 dumps,
//                                       each checked with `--format json`, `text`, `md` and `html` ×3;
//                                       median time, peak RSS, the bytes kept per additional log
//                                       dump ((RSS 300k − RSS 100k) / 200,000) and the cost per
//                                       dump at 300k over 100k (ratio); the load average next to
//                                       each row. `--formats json,text` and `--runs N` narrow it.
//                                       Written to test/bench/out/memory-results.json.
//   npm run bench -- --cases-only        the archive of cases only (issue 17): 100 and 1,000 case
//                                       folders (about 25 MB for 1,000, test/bench/cases.mjs)
//                                       checked with `--cases --out-dir DIR` (HTML reports) ×3
//
// For each archive: median wall time of `esereport check FILE --format json` (output piped and
// discarded), MB/s, µs per dump (also net of the one-dump check's start-up), peak RSS of the
// esereport process with its parse workers (test/bench/maxrss.mjs: the workers are worker_threads
// of that one process, so its getrusage(RUSAGE_SELF) peak holds their heaps too), the median time of the floor
// (test/bench/floor.mjs), and the host's steal time during the runs (Linux VMs). Results are printed as a Markdown table and written to
// test/bench/out/results.json.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { performance } from 'node:perf_hooks';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeBinaryLogs } from './binary-logs.mjs';
import { writeArchive } from './generate.mjs';
import { writeCaseArchive } from './cases.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const outDir = join(root, 'test', 'bench', 'out');
// The command as installed: package.json's bin (the bundle `npm run build` writes).
const bin = join(root, JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).bin.esereport);
const rssHook = join(root, 'test', 'bench', 'maxrss.mjs');

const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const option = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};

const quick = flag('--quick');
const runsOverride = option('--runs') ? Number(option('--runs')) : undefined;
const sizes = option('--sizes')
  ? option('--sizes').split(',').map(Number)
  : quick
    ? [1000, 10000]
    : [1000, 10000, 100000];

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** Runs a command, discarding stdout; returns wall seconds, exit code and peak RSS bytes. */
function timed(argv, { rss = false, env = {} } = {}) {
  return new Promise((resolvePromise, reject) => {
    const rssFile = join(outDir, `rss-${process.pid}.txt`);
    rmSync(rssFile, { force: true });
    const nodeArgs = rss ? ['--import', rssHook, ...argv] : argv;
    const started = performance.now();
    const child = spawn(process.execPath, nodeArgs, {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, BENCH_RSS_FILE: rssFile, NO_COLOR: '1', ...env },
    });
    let outBytes = 0;
    let stderr = '';
    child.stdout.on('data', (b) => (outBytes += b.length));
    child.stderr.on('data', (b) => (stderr += b));
    child.on('error', reject);
    child.on('close', (code) => {
      const seconds = (performance.now() - started) / 1000;
      const peak = rss && existsSync(rssFile) ? Number(readFileSync(rssFile, 'utf8')) : undefined;
      rmSync(rssFile, { force: true });
      resolvePromise({ seconds, code, outBytes, peakRss: peak, stderr });
    });
  });
}

async function archive(era, count) {
  const path = join(outDir, `${era}-${count}.txt`);
  if (!existsSync(path)) await writeArchive(path, era, count);
  return { path, bytes: statSync(path).size };
}

/** The same archive as one capture file per dump, in a folder (`eseutil /ml %f > %f.txt`). */
async function filesArchive(era, count) {
  const { path: whole } = await archive(era, count);
  const folder = join(outDir, `${era}-${count}-files`);
  if (!existsSync(folder)) {
    const building = `${folder}.partial`;
    rmSync(building, { recursive: true, force: true });
    mkdirSync(building);
    const dumps = readFileSync(whole, 'latin1').split(/(?=^\[PS\]|^[A-Z]:\\[^>\r\n]*>)/m);
    dumps.forEach((dump, i) => writeFileSync(join(building, `${String(i).padStart(6, '0')}.txt`), dump, 'latin1'));
    renameSync(building, folder);
  }
  return { path: folder, bytes: statSync(whole).size };
}

/**
 * Seconds the hypervisor gave this VM's CPUs to others (Linux /proc/stat `steal`, in USER_HZ
 * ticks); undefined elsewhere. On a shared VM a run with seconds of steal is slower for reasons
 * that are not esereport's: each row reports it, so its time can be read.
 */
function stealSeconds() {
  try {
    const cpu = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/);
    return cpu[0] === 'cpu' && cpu.length > 8 ? Number(cpu[8]) / 100 : undefined;
  } catch {
    return undefined;
  }
}

/** `workers`: undefined for the default (parse workers on large files), 0 for one thread. */
async function measure(era, count, runs, workers, { files = false } = {}) {
  const env = workers === undefined ? {} : { ESEREPORT_WORKERS: String(workers) };
  const { path, bytes } = files ? await filesArchive(era, count) : await archive(era, count);
  const dumps = era === 'modern' ? count + 1 : count + 2;
  const times = [];
  const rsss = [];
  let last;
  const stealBefore = stealSeconds();
  for (let i = 0; i < runs; i++) {
    last = await timed([bin, 'check', path, '--format', 'json'], { rss: true, env });
    if (last.code !== 0 && last.code !== 1) {
      throw new Error(`esereport exited ${last.code} on ${path}: ${last.stderr.trim().split('\n').at(-1)}`);
    }
    times.push(last.seconds);
    rsss.push(last.peakRss ?? 0);
  }
  const stealAfter = stealSeconds();
  const floors = [];
  for (let i = 0; i < runs; i++) floors.push((await timed([join(root, 'test', 'bench', 'floor.mjs'), path])).seconds);
  const t = median(times);
  return {
    era: `${era}${files ? ', one file per dump' : ''}${workers === 0 ? ' (1 thread)' : ''}`,
    dumps,
    megabytes: bytes / 1e6,
    runs,
    medianSeconds: t,
    megabytesPerSecond: bytes / 1e6 / t,
    microsecondsPerDump: (t * 1e6) / dumps,
    peakRssMegabytes: Math.max(...rsss) / 1e6,
    floorSeconds: median(floors),
    reportBytes: last.outBytes,
    stealSeconds: stealBefore === undefined || stealAfter === undefined ? undefined : stealAfter - stealBefore,
  };
}

/**
 * 10,000 ESE log files of a real format (test/bench/binary-logs.mjs) checked from their headers
 * (issue 19): only each log's first 4 KiB is read. The load average is kept with the row.
 */
async function measureBinary(count, runs) {
  const folder = writeBinaryLogs(join(outDir, `binary-logs-${count}`), count);
  const times = [];
  const rsss = [];
  let last;
  const loadBefore = loadavg()[0];
  const stealBefore = stealSeconds();
  for (let i = 0; i < runs; i++) {
    last = await timed([bin, 'check', folder, '--anchor', 'SRU00051.log', '--format', 'json'], { rss: true });
    if (last.code !== 0 && last.code !== 1) throw new Error(`esereport exited ${last.code} on ${folder}: ${last.stderr.trim().split('\n').at(-1)}`);
    times.push(last.seconds);
    rsss.push(last.peakRss ?? 0);
  }
  const stealAfter = stealSeconds();
  const t = median(times);
  return {
    era: `ESE log files (real SRUM log, headers only; load ${loadBefore.toFixed(1)} before)`,
    dumps: count,
    megabytes: (count * 4096) / 1e6,
    runs,
    medianSeconds: t,
    megabytesPerSecond: (count * 4096) / 1e6 / t,
    microsecondsPerDump: (t * 1e6) / count,
    peakRssMegabytes: Math.max(...rsss) / 1e6,
    floorSeconds: undefined,
    reportBytes: last.outBytes,
    loadAverage: loadBefore,
    stealSeconds: stealBefore === undefined || stealAfter === undefined ? undefined : stealAfter - stealBefore,
  };
}

async function startup() {
  const one = join(outDir, 'one-dump.txt');
  if (!existsSync(one)) await writeArchive(one, 'modern', 1);
  const bare = [];
  const version = [];
  const single = [];
  for (let i = 0; i < 7; i++) {
    // The start-up floor: Node itself, doing nothing (this VM's varies from 40 to 200 ms).
    bare.push((await timed(['-e', '0'])).seconds);
    version.push((await timed([bin, '--version'])).seconds);
    single.push((await timed([bin, 'check', one, '--format', 'json'])).seconds);
  }
  return { nodeSeconds: median(bare), versionSeconds: median(version), oneDumpCheckSeconds: median(single) };
}

async function htmlSize(count) {
  const { path } = await archive('modern', count);
  const target = join(outDir, `modern-${count}.html`);
  rmSync(target, { force: true });
  const r = await timed([bin, 'check', path, '--format', 'html', '-o', target]);
  if (!existsSync(target)) throw new Error(`no HTML written (exit ${r.code}): ${r.stderr.trim()}`);
  return { logs: count, htmlBytes: statSync(target).size, seconds: r.seconds };
}

/** Load average (1 min) of the machine when a row was measured: others' work slows it down. */
function load() {
  try {
    return Number(readFileSync('/proc/loadavg', 'utf8').split(' ')[0]);
  } catch {
    return undefined;
  }
}

/**
 * `esereport check ARCHIVE --cases --out-dir DIR` on an archive of `count` case folders, HTML
 * reports: median wall time of `runs`, peak RSS, seconds per case.
 */
async function measureCases(count, runs) {
  const folder = join(outDir, `cases-${count}`);
  const bytes = await writeCaseArchive(folder, count);
  const reports = join(outDir, `cases-${count}-report`);
  const times = [];
  const rsss = [];
  const loads = [];
  for (let i = 0; i < runs; i++) {
    rmSync(reports, { recursive: true, force: true });
    loads.push(load());
    const r = await timed([bin, 'check', folder, '--cases', '--out-dir', reports, '--quiet', '--fail-on', 'never'], { rss: true });
    if (r.code !== 0) throw new Error(`esereport exited ${r.code} on ${folder}: ${r.stderr.trim().split('\n').at(-1)}`);
    times.push(r.seconds);
    rsss.push(r.peakRss ?? 0);
  }
  const t = median(times);
  return {
    cases: count,
    megabytes: bytes / 1e6,
    runs,
    medianSeconds: t,
    millisecondsPerCase: (t * 1000) / count,
    peakRssMegabytes: Math.max(...rsss) / 1e6,
    load: loads.every((l) => l !== undefined) ? median(loads) : undefined,
  };
}

/**
 * `--memory` (issue 18): one archive checked in one output format `runs` times; median wall time,
 * peak RSS (the largest and the median of the runs) and the load average before the first run.
 */
async function measureMemory(count, format, runs) {
  const { path, bytes } = await archive('modern', count);
  const dumps = count + 1;
  const times = [];
  const rsss = [];
  let last;
  const loadBefore = load();
  const stealBefore = stealSeconds();
  for (let i = 0; i < runs; i++) {
    last = await timed([bin, 'check', path, '--format', format], { rss: true });
    if (last.code !== 0 && last.code !== 1) {
      throw new Error(`esereport exited ${last.code} on ${path} (--format ${format}): ${last.stderr.trim().split('\n').at(-1)}`);
    }
    times.push(last.seconds);
    rsss.push(last.peakRss ?? 0);
  }
  const stealAfter = stealSeconds();
  const t = median(times);
  return {
    logs: count,
    dumps,
    format,
    megabytes: bytes / 1e6,
    runs,
    medianSeconds: t,
    microsecondsPerDump: (t * 1e6) / dumps,
    peakRssMegabytes: Math.max(...rsss) / 1e6,
    medianRssMegabytes: median(rsss) / 1e6,
    reportMegabytes: last.outBytes / 1e6,
    load: loadBefore,
    stealSeconds: stealBefore === undefined || stealAfter === undefined ? undefined : stealAfter - stealBefore,
  };
}

/**
 * The growth of one format between the smallest and the largest archive: bytes of peak RSS per
 * additional log dump (the slope; the fixed cost of Node, the parser and the workers cancels
 * out) and the cost of a dump at the largest size over the smallest (1.0: linear time).
 */
function memorySlope(small, large) {
  return {
    format: small.format,
    from: small.dumps,
    to: large.dumps,
    bytesPerAdditionalDump: ((large.peakRssMegabytes - small.peakRssMegabytes) * 1e6) / (large.dumps - small.dumps),
    // The same from the median runs: one run's peak depends on when the collector ran.
    bytesPerAdditionalDumpMedianRuns: ((large.medianRssMegabytes - small.medianRssMegabytes) * 1e6) / (large.dumps - small.dumps),
    costPerDumpRatio: large.microsecondsPerDump / small.microsecondsPerDump,
  };
}

async function memoryBench(machine) {
  const counts = option('--sizes') ? sizes : [100000, 300000];
  const formats = (option('--formats') ?? 'json,text,md,html').split(',');
  const runs = runsOverride ?? 3;
  const rows = [];
  // Sizes inside formats, so that the two rows of one slope are measured close together in time.
  for (const format of formats) {
    for (const count of counts) {
      process.stderr.write(`bench: modern ${count} dumps, --format ${format} × ${runs} runs…\n`);
      rows.push(await measureMemory(count, format, runs));
    }
  }
  const slopes = formats.map((format) => {
    const ofFormat = rows.filter((r) => r.format === format);
    return memorySlope(ofFormat[0], ofFormat[ofFormat.length - 1]);
  });
  const lines = [
    `Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, Node ${machine.node}, ${machine.date}`,
    '',
    '| archive | dumps | MB | format | runs | median s | µs/dump | peak RSS MB (max) | peak RSS MB (median) | report MB | load (1 min) at start | host steal s |',
    '|---|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...rows.map(
      (r) =>
        `| modern | ${r.dumps} | ${r.megabytes.toFixed(1)} | ${r.format} | ${r.runs} | ${r.medianSeconds.toFixed(2)} | ${r.microsecondsPerDump.toFixed(1)} | ${r.peakRssMegabytes.toFixed(0)} | ${r.medianRssMegabytes.toFixed(0)} | ${r.reportMegabytes.toFixed(3)} | ${r.load === undefined ? 'n/a' : r.load.toFixed(2)} | ${r.stealSeconds === undefined ? 'n/a' : r.stealSeconds.toFixed(2)} |`,
    ),
    '',
    '| format | slope between | bytes kept per additional log dump (max RSS) | same, median RSS | cost per dump, largest / smallest |',
    '|---|---|---:|---:|---:|',
    ...slopes.map(
      (s) =>
        `| ${s.format} | ${s.from} → ${s.to} dumps | ${s.bytesPerAdditionalDump.toFixed(0)} | ${s.bytesPerAdditionalDumpMedianRuns.toFixed(0)} | ${s.costPerDumpRatio.toFixed(2)}× |`,
    ),
  ];
  process.stdout.write(lines.join('\n') + '\n');
  writeFileSync(join(outDir, 'memory-results.json'), JSON.stringify({ machine, rows, slopes }, null, 2) + '\n');
}

function casesLines(rows) {
  return [
    '| archive of cases (`--cases --out-dir`, HTML) | MB | runs | median s | ms/case | peak RSS MB | load (1 min) at start |',
    '|---|---:|---:|---:|---:|---:|---:|',
    ...rows.map(
      (r) =>
        `| ${r.cases} case folders, a third with subfolders | ${r.megabytes.toFixed(1)} | ${r.runs} | ${r.medianSeconds.toFixed(2)} | ${r.millisecondsPerCase.toFixed(2)} | ${r.peakRssMegabytes.toFixed(0)} | ${r.load === undefined ? 'n/a' : r.load.toFixed(2)} |`,
    ),
  ];
}

async function main() {
  if (!existsSync(bin)) throw new Error('dist/ is missing: run `npm run build` first (npm run bench does).');
  mkdirSync(outDir, { recursive: true });
  const machine = {
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    date: new Date().toISOString().slice(0, 10),
  };
  if (flag('--memory')) {
    await memoryBench(machine);
    return;
  }
  const caseRows = [];
  for (const count of [100, 1000]) {
    process.stderr.write(`bench: archive of ${count} cases × 3 runs…\n`);
    caseRows.push(await measureCases(count, runsOverride ?? 3));
  }
  if (flag('--cases-only')) {
    process.stdout.write([`Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, Node ${machine.node}, ${machine.date}`, '', ...casesLines(caseRows)].join('\n') + '\n');
    writeFileSync(join(outDir, 'cases-results.json'), JSON.stringify({ machine, cases: caseRows }, null, 2) + '\n');
    return;
  }
  const rows = [];
  if (flag('--binary')) {
    process.stderr.write('bench: 10000 ESE log files × 3 runs…\n');
    const row = await measureBinary(10000, runsOverride ?? 3);
    process.stdout.write(`${JSON.stringify(row)}\n`);
    return;
  }
  for (const size of sizes) {
    const runs = runsOverride ?? (quick ? 3 : size >= 100000 ? 3 : 5);
    process.stderr.write(`bench: modern ${size} dumps × ${runs} runs…\n`);
    rows.push(await measure('modern', size, runs));
  }
  if (!quick) {
    process.stderr.write('bench: 5.5-era 10000 dumps × 3 runs…\n');
    rows.push(await measure('55', 10000, runsOverride ?? 3));
    const largestSize = Math.max(...sizes);
    process.stderr.write(`bench: modern ${largestSize} dumps on one thread (ESEREPORT_WORKERS=0) × 3 runs…\n`);
    rows.push(await measure('modern', largestSize, runsOverride ?? 3, 0));
    process.stderr.write('bench: modern 10000 dumps, one file per dump × 3 runs…\n');
    rows.push(await measure('modern', 10000, runsOverride ?? 3, undefined, { files: true }));
    process.stderr.write('bench: 10000 ESE log files × 3 runs…\n');
    rows.push(await measureBinary(10000, runsOverride ?? 3));
  }
  process.stderr.write('bench: start-up…\n');
  const start = await startup();
  const largest = Math.max(...sizes);
  process.stderr.write(`bench: HTML report of ${largest} logs…\n`);
  const html = await htmlSize(largest);

  const lines = [
    `Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, Node ${machine.node}, ${machine.date}`,
    '',
    '| archive | dumps | MB | runs | median s | MB/s | µs/dump | µs/dump after start-up | peak RSS MB | floor s (line scan) | host steal s (all runs) |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...rows.map(
      (r) =>
        `| ${r.era} | ${r.dumps} | ${r.megabytes.toFixed(1)} | ${r.runs} | ${r.medianSeconds.toFixed(2)} | ${r.megabytesPerSecond.toFixed(1)} | ${r.microsecondsPerDump.toFixed(1)} | ${(((r.medianSeconds - start.oneDumpCheckSeconds) * 1e6) / r.dumps).toFixed(1)} | ${r.peakRssMegabytes.toFixed(0)} | ${r.floorSeconds === undefined ? 'n/a' : r.floorSeconds.toFixed(2)} | ${r.stealSeconds === undefined ? 'n/a' : r.stealSeconds.toFixed(2)} |`,
    ),
    '',
    `Start-up: \`esereport --version\` ${(start.versionSeconds * 1000).toFixed(0)} ms, one-dump check ${(start.oneDumpCheckSeconds * 1000).toFixed(0)} ms; \`node -e 0\` ${(start.nodeSeconds * 1000).toFixed(0)} ms (medians of 7, interleaved).`,
    `HTML report of ${html.logs} logs: ${(html.htmlBytes / 1e6).toFixed(2)} MB.`,
    '',
    ...casesLines(caseRows),
  ];
  process.stdout.write(lines.join('\n') + '\n');
  writeFileSync(join(outDir, 'results.json'), JSON.stringify({ machine, rows, startup: start, html, cases: caseRows }, null, 2) + '\n');
}

main().catch((error) => {
  process.stderr.write(`bench: ${error.message}\n`);
  process.exitCode = 1;
});
