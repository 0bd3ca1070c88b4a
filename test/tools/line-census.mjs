// Line census (issue 16, "Measure"): how many lines of the sample captures the parser recognizes.
// Runs the built CLI's `parse --format json` (package.json's bin; `npm run build` first) once over
// every text capture of samples/ (and samples-pending/, the scenarios whose forms the parser does
// not read yet) and counts, per capture file, per sample folder and in total:
//   lines         every line (the AST's lineCount)
//   blank         lines holding only white space (neither recognized nor unrecognized)
//   recognized    the other lines outside every unrecognized range of the AST
//   unrecognized  the non-blank lines inside the AST's `inputs[].unrecognized` ranges
//
//   node test/tools/line-census.mjs [--list] [--json] [--bin PATH] [DIR…]
//       DIR…    sample roots to count (default: samples samples-pending, those that exist)
//       --list  also print every unrecognized line as `file:line: text`
//       --json  print the census as JSON instead of the table
//
// Binary files (the ESE files of wrong-file-binary and srum-dirty-ese-files) are not captures and
// are left out, by the rule test/ast/sample-text.ts uses: NUL bytes and no UTF-16 byte-order mark.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const args = process.argv.slice(2);
const list = args.includes('--list');
const asJson = args.includes('--json');
const binIndex = args.indexOf('--bin');
const bin = resolve(
  binIndex >= 0 ? args[binIndex + 1] : join(root, JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).bin.esereport),
);
const roots = args.filter((a, i) => !a.startsWith('--') && !(binIndex >= 0 && i === binIndex + 1));
const sampleRoots = (roots.length > 0 ? roots : ['samples', 'samples-pending'])
  .map((r) => resolve(root, r))
  .filter((r) => existsSync(r));
if (!existsSync(bin)) throw new Error(`${bin} does not exist: run npm run build first`);

/** The decoded lines of a capture, split as src/input/lines.ts does (CRLF, LF, CR). */
function captureLines(bytes) {
  let text;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) text = bytes.subarray(2).toString('utf16le');
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = Buffer.from(bytes.subarray(2)).swap16().toString('utf16le');
  // Blankness only: every single-byte code page the samples use keeps ASCII white space as is.
  else text = bytes.toString('latin1');
  const lines = text.split(/\r\n|\n|\r/);
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

function isText(bytes) {
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  return utf16 || !bytes.includes(0);
}

/** Every text capture of a sample root: `folder/file` paths relative to the checkout. */
function captures(sampleRoot) {
  const out = [];
  for (const folder of readdirSync(sampleRoot, { withFileTypes: true }).filter((e) => e.isDirectory())) {
    for (const file of readdirSync(join(sampleRoot, folder.name), { withFileTypes: true })) {
      if (!file.isFile() || file.name === 'README.md' || file.name === 'expected.json') continue;
      const path = join(sampleRoot, folder.name, file.name);
      if (isText(readFileSync(path))) out.push(relative(root, path));
    }
  }
  return out.sort();
}

const files = sampleRoots.flatMap(captures);
if (files.length === 0) throw new Error('no sample captures found');
const run = spawnSync(process.execPath, [bin, 'parse', ...files, '--format', 'json', '--quiet'], {
  cwd: root,
  env: { ...process.env, NO_COLOR: '1' },
  maxBuffer: 1 << 30,
});
if (run.stdout.length === 0) throw new Error(`parse wrote nothing (exit ${run.status}): ${run.stderr}`);
const ast = JSON.parse(run.stdout.toString('utf8'));
const byName = new Map(ast.inputs.map((input) => [input.name.replace(/\\/g, '/'), input]));

const perFile = [];
const listing = [];
for (const file of files) {
  const input = byName.get(file.replace(/\\/g, '/'));
  if (input === undefined) throw new Error(`parse printed no input named ${file}`);
  const lines = captureLines(readFileSync(join(root, file)));
  const blank = lines.filter((l) => l.trim() === '').length;
  let unrecognized = 0;
  for (const range of input.unrecognized ?? []) {
    for (let n = range.startLine; n <= range.endLine; n++) {
      const text = lines[n - 1] ?? '';
      if (text.trim() === '') continue;
      unrecognized++;
      if (list) listing.push(`${file}:${n}: ${text}`);
    }
  }
  const total = input.lineCount ?? lines.length;
  perFile.push({ file, lines: total, blank, recognized: total - blank - unrecognized, unrecognized });
}

/** `samples/55-chksig-kb/ml-all.txt` → `samples/55-chksig-kb`. */
const folderOf = (file) => dirname(file);
const perSample = [];
for (const row of perFile) {
  const folder = folderOf(row.file);
  let sum = perSample.at(-1);
  if (sum?.sample !== folder) perSample.push((sum = { sample: folder, files: 0, lines: 0, blank: 0, recognized: 0, unrecognized: 0 }));
  sum.files++;
  sum.lines += row.lines;
  sum.blank += row.blank;
  sum.recognized += row.recognized;
  sum.unrecognized += row.unrecognized;
}
const totalOf = (rows) =>
  rows.reduce(
    (t, r) => ({ files: t.files + (r.files ?? 1), lines: t.lines + r.lines, blank: t.blank + r.blank, recognized: t.recognized + r.recognized, unrecognized: t.unrecognized + r.unrecognized }),
    { files: 0, lines: 0, blank: 0, recognized: 0, unrecognized: 0 },
  );
const byRoot = sampleRoots.map((r) => ({ root: relative(root, r), ...totalOf(perSample.filter((s) => s.sample.startsWith(relative(root, r) + '/'))) }));
const total = totalOf(perSample);

if (asJson) {
  process.stdout.write(`${JSON.stringify({ perFile, perSample, byRoot, total }, null, 2)}\n`);
} else {
  const pct = (r) => (r.recognized + r.unrecognized === 0 ? '100.0' : ((100 * r.recognized) / (r.recognized + r.unrecognized)).toFixed(1));
  const width = Math.max(...perSample.map((s) => s.sample.length), 'total'.length);
  const row = (name, r) =>
    `${name.padEnd(width)}  ${String(r.files).padStart(5)}  ${String(r.lines).padStart(6)}  ${String(r.blank).padStart(6)}  ${String(r.recognized).padStart(10)}  ${String(r.unrecognized).padStart(12)}  ${pct(r).padStart(6)}%`;
  const out = [`${'sample'.padEnd(width)}  files   lines   blank  recognized  unrecognized  recog.`];
  for (const s of perSample) out.push(row(s.sample, s));
  out.push('');
  for (const r of byRoot) out.push(row(r.root, r));
  out.push(row('total', total));
  if (list) out.push('', ...listing);
  process.stdout.write(`${out.join('\n')}\n`);
}
