// `npm run build`: the TypeScript compile (tsconfig.build.json → dist/) and the bundle of the
// CLI (rolldown.config.mjs → dist/bundle/), as one Node script so that it runs the same in
// cmd.exe, PowerShell and a Unix shell (no `>/dev/null`, no `&&` chains of shell syntax).
//
//   node test/tools/build.mjs            compile + bundle, silent on success
//
// The e2e tests (test/support/e2e-build.ts) call compile() and bundle() with a temporary folder
// instead of dist/, so that `npm test` never writes into the checkout.
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(join(root, 'package.json'));

/** `tsc -p tsconfig.build.json`, through the project's own TypeScript, into dist/ or `outDir`. */
export function compile(outDir = join(root, 'dist')) {
  execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', join(root, 'tsconfig.build.json'), '--outDir', outDir], {
    cwd: root,
    stdio: 'inherit',
  });
}

/**
 * The bundle of rolldown.config.mjs (dist/bundle/), written without rolldown's CLI chatter.
 * `distDir`: where compile() wrote, the bundle going to its bundle/ (the config's dist/ paths
 * are moved there).
 */
export async function bundle(distDir = join(root, 'dist')) {
  const { build } = await import('rolldown');
  const { default: config } = await import(pathToFileURL(join(root, 'rolldown.config.mjs')).href);
  const moved = (path) => join(distDir, relative('dist', path));
  const input = Object.fromEntries(Object.entries(config.input).map(([name, path]) => [name, moved(path)]));
  const previous = process.cwd();
  process.chdir(root); // the config's other paths are relative to the package root
  try {
    await build({ ...config, input, output: { ...config.output, dir: moved(config.output.dir) } });
  } finally {
    process.chdir(previous);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  compile();
  await bundle();
}
