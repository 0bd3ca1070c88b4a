/**
 * The e2e project's one build (vitest.config.ts `globalSetup`): `npm run build`'s two steps
 * (test/tools/build.mjs: tsc → dist/src, rolldown → dist/bundle) into a temporary package folder
 * rather than the checkout's dist/, so that `npm test` never writes into the checkout and no two
 * test files build at once. The folder holds what the built code looks for above itself:
 * package.json (version, package root), templates/ (copied) and node_modules (a link to the
 * checkout's). Removed when the run ends.
 */
import { cpSync, mkdtempSync, readFileSync, realpathSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { bundle, compile, root } from '../tools/build.mjs';
import type { E2eBuild } from './e2e.js';

export default async function setup(project: TestProject): Promise<() => void> {
  // The real path: the single executable's bundler compares module paths under it.
  const packageRoot = realpathSync(mkdtempSync(join(tmpdir(), 'esereport-e2e-')));
  cpSync(join(root, 'package.json'), join(packageRoot, 'package.json'));
  cpSync(join(root, 'templates'), join(packageRoot, 'templates'), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(packageRoot, 'node_modules'), 'junction');
  const dist = join(packageRoot, 'dist');
  compile(dist);
  await bundle(dist);
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { bin: { esereport: string } };
  const build: E2eBuild = { root: packageRoot, dist, bin: join(packageRoot, manifest.bin.esereport) };
  project.provide('e2eBuild', build);
  return () => rmSync(packageRoot, { recursive: true, force: true });
}
