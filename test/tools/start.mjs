// `npm start`: builds, then checks every sample (samples/*/ with its expected.json `args`),
// writing its HTML report to report/<sample>.html and printing one verdict line per sample.
// One Node process in all: the CLI's `main()` (dist/src/cli/main.js, the code the bundle is
// made of) runs in-process, twice per sample (HTML to the file, text for the verdict line),
// so this runs the same in cmd.exe, PowerShell and a Unix shell.
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { bundle, compile, root } from './build.mjs';

compile();
await bundle();

const { main } = await import(pathToFileURL(join(root, 'dist', 'src', 'cli', 'main.js')).href);
const { memorySink } = await import(pathToFileURL(join(root, 'dist', 'src', 'cli', 'io.js')).href);

const samplesDir = join(root, 'samples');
const reportDir = join(root, 'report');
mkdirSync(reportDir, { recursive: true });

/** The CLI with its output kept in memory; standard input is empty. */
async function run(argv) {
  const stdout = memorySink();
  const stderr = memorySink();
  const code = await main(argv, {
    stdin: (async function* () {})(),
    stdinIsTTY: false,
    stdout,
    stderr,
    env: { ...process.env, NO_COLOR: '1' },
    cwd: root,
  });
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

const samples = readdirSync(samplesDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(join(samplesDir, entry.name, 'expected.json')))
  .map((entry) => entry.name)
  .sort();

let failures = 0;
for (const name of samples) {
  const folder = join('samples', name);
  const { args = [] } = JSON.parse(readFileSync(join(samplesDir, name, 'expected.json'), 'utf8'));
  const common = ['check', folder, ...args, '--fail-on', 'never', '--quiet'];
  const html = await run([...common, '--format', 'html', '-o', join('report', `${name}.html`)]);
  const text = await run(common);
  if (html.code !== 0 || text.code !== 0) {
    failures++;
    process.stderr.write(`${name}: esereport exited ${html.code}/${text.code}\n${html.stderr}${text.stderr}`);
    continue;
  }
  const verdict = text.stdout.split('\n', 1)[0].slice(0, 110);
  process.stdout.write(`${name.padEnd(40)} ${verdict}\n`);
}
process.stdout.write('HTML reports written to report/\n');
if (failures > 0) process.exitCode = 1;
