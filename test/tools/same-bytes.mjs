// Same bytes out (issue 15, "a refactor keeps the bytes out"): the `check --format json` and
// `parse --format json` output of every sample folder, every sample capture file and both 10k
// bench archives (modern and 5.5, test/bench/generate.mjs), written to a folder so two builds can
// be compared.
//
//   node test/tools/same-bytes.mjs snapshot DIR [--bin PATH] [--no-bench]
//       runs the bundle (default: package.json's bin; build first) and writes one file per run
//   node test/tools/same-bytes.mjs compare DIR_BEFORE DIR_AFTER
//       lists every file that differs or is missing; exit 1 when any does
//
// Typical refactor:  npm run build && node test/tools/same-bytes.mjs snapshot /tmp/before
//                    … change …
//                    npm run build && node test/tools/same-bytes.mjs snapshot /tmp/after
//                    node test/tools/same-bytes.mjs compare /tmp/before /tmp/after
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeArchive } from '../bench/generate.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const [mode, ...rest] = process.argv.slice(2);
const option = (name) => {
  const i = rest.indexOf(name);
  return i >= 0 ? rest[i + 1] : undefined;
};

/** Every file under `dir`, relative paths, sorted. */
function filesUnder(dir) {
  const out = [];
  const walk = (d) => {
    for (const entry of readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = join(d, entry.name);
      if (entry.isDirectory()) walk(full);
      else out.push(full);
    }
  };
  walk(dir);
  return out;
}

/** Sample capture files: everything in a scenario folder but its README and expected.json. */
function sampleInputs() {
  const samples = join(root, 'samples');
  const folders = readdirSync(samples, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => join(samples, e.name))
    .sort();
  const files = folders.flatMap((f) => filesUnder(f)).filter((f) => !/(^|[\\/])(README\.md|expected\.json)$/.test(f));
  return [...folders, ...files];
}

if (mode === 'snapshot') {
  const out = resolve(rest[0] ?? '');
  if (!rest[0]) throw new Error('usage: same-bytes.mjs snapshot DIR [--bin PATH] [--no-bench]');
  const bin = resolve(option('--bin') ?? join(root, JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).bin.esereport));
  if (!existsSync(bin)) throw new Error(`${bin} does not exist: run npm run build first`);
  mkdirSync(out, { recursive: true });
  const inputs = sampleInputs();
  if (!rest.includes('--no-bench')) {
    const benchDir = join(root, 'test', 'bench', 'out');
    mkdirSync(benchDir, { recursive: true });
    for (const era of ['modern', '55']) {
      const path = join(benchDir, `${era}-10000.txt`);
      if (!existsSync(path)) await writeArchive(path, era, 10000);
      inputs.push(path);
    }
  }
  let n = 0;
  for (const input of inputs) {
    const name = relative(root, input).replace(/[\\/]/g, '__');
    for (const command of ['check', 'parse']) {
      // Relative to the checkout, so the output of two worktrees can be compared.
      const run = spawnSync(process.execPath, [bin, command, relative(root, input), '--format', 'json'], {
        cwd: root,
        env: { ...process.env, NO_COLOR: '1' },
        maxBuffer: 1 << 30,
      });
      writeFileSync(join(out, `${name}.${command}.json`), run.stdout);
      writeFileSync(join(out, `${name}.${command}.exit`), `${run.status}\n${run.stderr}`);
      n++;
    }
  }
  process.stdout.write(`same-bytes: ${n} runs of ${inputs.length} inputs written to ${out}\n`);
} else if (mode === 'compare') {
  const [a, b] = rest.map((p) => resolve(p));
  if (!a || !b) throw new Error('usage: same-bytes.mjs compare DIR_BEFORE DIR_AFTER');
  const names = new Set([...readdirSync(a), ...readdirSync(b)]);
  let differ = 0;
  for (const name of [...names].sort()) {
    const pa = join(a, name);
    const pb = join(b, name);
    if (!existsSync(pa) || !existsSync(pb)) {
      process.stdout.write(`only in ${existsSync(pa) ? 'before' : 'after'}: ${name}\n`);
      differ++;
    } else if (statSync(pa).size !== statSync(pb).size || !readFileSync(pa).equals(readFileSync(pb))) {
      process.stdout.write(`differs: ${name}\n`);
      differ++;
    }
  }
  process.stdout.write(`same-bytes: ${names.size} files compared, ${differ} differ\n`);
  process.exitCode = differ ? 1 : 0;
} else {
  process.stderr.write('usage: same-bytes.mjs snapshot DIR [--bin PATH] [--no-bench] | compare DIR_BEFORE DIR_AFTER\n');
  process.exitCode = 2;
}
