// `npm run test:exe`: builds dist/esereport-win-x64.exe (test/tools/build-exe.mjs) and runs it
// under Debian's wine (`apt-get install wine64`; .ci/run installs it): --version, checks of
// samples with their verdicts, the HTML report, and exit codes 0, 1 and 2, each compared with
// what the CLI answers in-process. Separate from `npm test`, which stays light.
//
// Under wine (8, as in Debian 12) the prefix must report Windows 10 (`winecfg -v win10`: Node
// refuses older Windows), and stdout/stderr go to files (a pipe gives EBADF).
import { execFileSync, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildExecutables } from './build-exe.mjs';
import { compile, root } from './build.mjs';

const WINE_ENV = {
  ...process.env,
  WINEPREFIX: join(root, 'node_modules', '.cache', 'esereport-wine'),
  WINEDEBUG: '-all',
  WINEDLLOVERRIDES: 'mscoree,mshtml=', // no Mono / Gecko installer prompts in a new prefix
  NO_COLOR: '1',
};

function wine(args, { cwd = root, timeout = 300_000 } = {}) {
  const work = mkdtempSync(join(tmpdir(), 'esereport-wine-run-'));
  const stdout = openSync(join(work, 'stdout'), 'w');
  const stderr = openSync(join(work, 'stderr'), 'w');
  const run = spawnSync('wine', args, { cwd, env: WINE_ENV, stdio: ['ignore', stdout, stderr], timeout });
  closeSync(stdout);
  closeSync(stderr);
  if (run.error) throw new Error(`wine ${args.join(' ')}: ${run.error.message}`);
  const result = {
    stdout: readFileSync(join(work, 'stdout'), 'utf8'),
    stderr: readFileSync(join(work, 'stderr'), 'utf8'),
    exitCode: run.status,
  };
  rmSync(work, { recursive: true, force: true });
  return result;
}

if (spawnSync('wine', ['--version'], { stdio: 'ignore' }).error) {
  process.stderr.write('test:exe: wine is missing (apt-get install wine64)\n');
  process.exit(2);
}

const [exe] = await buildExecutables({ targets: ['win'] });
process.stderr.write(`test:exe: ${exe}\n`);

// The CLI in-process, as the reference (dist/src/cli/main.js).
const compiled = join(root, 'node_modules', '.cache', 'esereport-sea', 'test-exe-compiled');
compile(compiled);
const { main } = await import(pathToFileURL(join(compiled, 'src', 'cli', 'main.js')).href);
const { memorySink } = await import(pathToFileURL(join(compiled, 'src', 'cli', 'io.js')).href);
async function cli(argv) {
  const stdout = memorySink();
  const stderr = memorySink();
  const exitCode = await main(argv, { stdin: (async function* () {})(), stdinIsTTY: false, stdout, stderr, env: { NO_COLOR: '1' }, cwd: join(root, 'samples') });
  return { stdout: stdout.text(), stderr: stderr.text(), exitCode };
}

mkdirSync(WINE_ENV.WINEPREFIX, { recursive: true });
process.stderr.write('test:exe: wine prefix, Windows 10\n');
execFileSync('wine', ['winecfg', '-v', 'win10'], { env: WINE_ENV, stdio: 'ignore', timeout: 300_000 });

let passed = 0;
let failed = 0;
function expectEqual(name, actual, expected) {
  const ok = JSON.stringify(actual) === JSON.stringify(expected);
  if (ok) passed++;
  else failed++;
  process.stdout.write(`${ok ? '✓' : '✗'} ${name}\n`);
  if (!ok) process.stdout.write(`    expected ${JSON.stringify(expected)}\n    actual   ${JSON.stringify(actual)}\n`);
}

const samples = join(root, 'samples');
const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;
expectEqual('--version', wine([exe, '--version']), { stdout: `${version}\n`, stderr: '', exitCode: 0 });

for (const name of ['55-kb-roll-forward', '55-generation-gap', '2003-circular-logging', 'powershell-utf16le', 'cp850-accented-path']) {
  const expected = JSON.parse(readFileSync(join(samples, name, 'expected.json'), 'utf8'));
  const argv = ['check', name, ...(expected.args ?? [])];
  const run = wine([exe, ...argv, '--format', 'json', '--fail-on', 'never'], { cwd: samples });
  const verdict = run.exitCode === 0 ? JSON.parse(run.stdout).verdict : run.stderr;
  expectEqual(`check ${name} --format json: verdict ${expected.verdict}`, verdict, expected.verdict);
  // Text: the verdict line and the summary are the CLI's (the finding lines name inputs with \ on Windows).
  const text = wine([exe, ...argv], { cwd: samples });
  const reference = await cli(argv);
  const head = (out) => out.split('\n').slice(0, 2);
  expectEqual(`check ${name}: verdict line, summary and exit code`, { head: head(text.stdout), exitCode: text.exitCode }, { head: head(reference.stdout), exitCode: reference.exitCode });
}

expectEqual('exit code 1: findings at --fail-on error', wine([exe, 'check', '55-generation-gap', '--quiet'], { cwd: samples }).exitCode, 1);
expectEqual('exit code 0: --fail-on never', wine([exe, 'check', '55-generation-gap', '--quiet', '--fail-on', 'never'], { cwd: samples }).exitCode, 0);
expectEqual('exit code 2: a missing input', wine([exe, 'check', 'no-such-capture.txt'], { cwd: samples }), {
  stdout: '',
  stderr: 'esereport: cannot read no-such-capture.txt: no such file or folder\n',
  exitCode: 2,
});
expectEqual('explain -1811', wine([exe, 'explain', '-1811']), await cli(['explain', '-1811']));

const out = mkdtempSync(join(tmpdir(), 'esereport-wine-html-'));
const html = wine([exe, 'check', '2003-two-storage-groups', '--format', 'html', '-o', join(out, 'r.html'), '--fail-on', 'never'], { cwd: samples });
expectEqual('check --format html -o: written from the embedded templates', { run: html, svg: existsSync(join(out, 'r.html')) && readFileSync(join(out, 'r.html'), 'utf8').includes('<svg class="timeline"') }, { run: { stdout: '', stderr: '', exitCode: 0 }, svg: true });
rmSync(out, { recursive: true, force: true });

spawnSync('wineserver', ['-k'], { env: WINE_ENV, stdio: 'ignore' });
process.stdout.write(`\ntest:exe: ${passed} passed, ${failed} failed\n`);
process.exitCode = failed === 0 ? 0 : 1;
