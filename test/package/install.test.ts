/**
 * The package as a user gets it (issue 14): `npm pack` → `npm install -g <tarball>` into a
 * temporary prefix → the installed `esereport` checks a sample from another folder, and the
 * JSON Schemas of the contracts (README "Contracts") are inside the package, reachable through
 * package.json `exports`.
 *
 * `npm pack` runs on a copy of the checkout with the bundle of the e2e build
 * (test/support/e2e-build.ts) as its dist/bundle/, without its scripts: `prepack` is `npm run
 * build` itself (checked below), which that build already ran.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { Ajv } from 'ajv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../cli/harness.js';
import { e2eBuild } from '../support/e2e.js';
import { samplePath } from '../support/samples.js';

const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';
/** Windows runs npm.cmd only through a shell. */
const SHELL = process.platform === 'win32';
const manifest = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as {
  version: string;
  scripts: Record<string, string>;
  files: string[];
  exports: Record<string, string>;
};

/** Every JSON Schema of the sources: each is a contract and must ship. */
function schemaFiles(dir = join(REPO_ROOT, 'src')): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return schemaFiles(path);
    return entry.name.endsWith('.schema.json') ? [relative(REPO_ROOT, path).split(sep).join('/')] : [];
  });
}

/** Not part of a checkout: installs, build output, reports, test output. */
const NOT_COPIED = new Set(['node_modules', 'dist', 'report', '.git', '__output__', 'out']);

const work = mkdtempSync(join(tmpdir(), 'esereport-package-'));
const checkout = join(work, 'checkout');
const prefix = join(work, 'prefix');
const elsewhere = join(work, 'elsewhere');
let packed: { filename: string; size: number; files: { path: string }[] };
let installed: string;

beforeAll(() => {
  cpSync(REPO_ROOT, checkout, {
    recursive: true,
    filter: (source) => !NOT_COPIED.has(source.split(sep).pop()!) || source === REPO_ROOT,
  });
  cpSync(join(e2eBuild().dist, 'bundle'), join(checkout, 'dist', 'bundle'), { recursive: true });
  const out = execFileSync(NPM, ['pack', '--json', '--ignore-scripts', '--pack-destination', work], {
    cwd: checkout,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    shell: SHELL,
  });
  packed = (JSON.parse(out) as (typeof packed)[])[0]!;
  execFileSync(NPM, ['install', '-g', join(work, packed.filename), '--prefix', prefix, '--no-audit', '--no-fund'], {
    cwd: work,
    stdio: 'pipe',
    shell: SHELL,
  });
  installed = join(prefix, 'lib', 'node_modules', 'esereport');
  mkdirSync(elsewhere);
}, 180_000);

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

function esereport(args: readonly string[]): { stdout: string; stderr: string; status: number | null } {
  const run = spawnSync(join(prefix, 'bin', 'esereport'), args, {
    cwd: elsewhere,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { stdout: run.stdout, stderr: run.stderr, status: run.status };
}

describe('npm pack → npm install -g → esereport', () => {
  it('packs the bundle, the templates and the schemas, and nothing that does not exist', () => {
    // What is packed is what `npm pack` builds on its own: prepack is the build.
    expect(manifest.scripts.prepack).toBe(manifest.scripts.build);
    // In the checkout npm packed.
    for (const entry of manifest.files) expect(existsSync(join(checkout, entry)), entry).toBe(true);
    const paths = packed.files.map((file) => file.path);
    expect(paths).toContain('dist/bundle/esereport.js');
    expect(paths).toContain('dist/bundle/parse-worker.js');
    expect(paths).toContain('templates/report.html.hbs');
    expect(paths).toContain('templates/partials/html-timeline.hbs');
    for (const schema of schemaFiles()) expect(paths).toContain(schema);
    // No compiled sources beside the bundle, no tests, samples or executables.
    expect(paths.filter((path) => !/^(dist\/bundle\/[\w-]+\.js|templates\/.+\.hbs|src\/.+\.schema\.json|package\.json|README\.md)$/.test(path))).toEqual([]);
  });

  it('runs from another folder: --version, and a check of a sample with the verdict of its expected.json', () => {
    expect(esereport(['--version'])).toEqual({ stdout: `${manifest.version}\n`, stderr: '', status: 0 });
    const sample = samplePath('55-kb-roll-forward');
    const expected = JSON.parse(readFileSync(join(sample, 'expected.json'), 'utf8')) as { verdict: string };
    const run = esereport(['check', sample, '--format', 'json']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout) as { verdict: string };
    expect(report.verdict).toBe(expected.verdict);
  });

  it('renders HTML with the installed templates', () => {
    const sample = samplePath('55-generation-gap');
    const run = esereport(['check', sample, '--format', 'html', '-o', 'gap.html', '--fail-on', 'never']);
    expect(run).toEqual({ stdout: '', stderr: '', status: 0 });
    const html = readFileSync(join(elsewhere, 'gap.html'), 'utf8');
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain('<svg class="timeline"');
  });

  it('exports every JSON Schema, and the installed report schema accepts what the installed command prints', () => {
    const schemas = schemaFiles();
    expect(Object.values(manifest.exports).filter((target) => target.endsWith('.schema.json')).sort()).toEqual(schemas.map((s) => `./${s}`).sort());
    // Resolved as a user's code would: through `exports`, from beside the installed package.
    const require = createRequire(join(prefix, 'lib', 'user.js'));
    for (const [subpath, target] of Object.entries(manifest.exports)) {
      const resolved = require.resolve(`esereport/${subpath.slice(2)}`);
      expect(resolved).toBe(join(installed, target));
      expect(readFileSync(resolved, 'utf8')).toBe(readFileSync(join(REPO_ROOT, target), 'utf8'));
    }
    const ajv = new Ajv({ allErrors: true, strict: false });
    const validateReport = ajv.compile(JSON.parse(readFileSync(require.resolve('esereport/report.schema.json'), 'utf8')) as object);
    const run = esereport(['check', samplePath('55-generation-gap'), '--format', 'json', '--fail-on', 'never']);
    expect(validateReport(JSON.parse(run.stdout)), JSON.stringify(validateReport.errors)).toBe(true);
    const validateAst = ajv.compile(JSON.parse(readFileSync(require.resolve('esereport/ast.schema.json'), 'utf8')) as object);
    const parsed = esereport(['parse', samplePath('55-generation-gap'), '--format', 'json']);
    expect(parsed.status).toBe(0);
    expect(validateAst(JSON.parse(parsed.stdout)), JSON.stringify(validateAst.errors)).toBe(true);
  });
});
