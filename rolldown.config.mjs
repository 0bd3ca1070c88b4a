// `npm run build` bundles the compiled CLI (dist/src/) into dist/bundle/: one file for the
// command, one for the parse workers, and a chunk for each part loaded on demand (renderers,
// yargs' command line). A one-dump check then loads a handful of files instead of about a
// hundred modules (SPEC §9: a one-dump check well under 0.3 s). Packages stay imports: they
// load from node_modules as before, only when needed.
import { defineConfig } from 'rolldown';

export default defineConfig({
  input: {
    esereport: 'dist/src/cli/bin.js',
    // src/cli/parallel/protocol.ts finds the worker beside the code that starts it.
    'parse-worker': 'dist/src/cli/parallel/parse-worker.js',
  },
  platform: 'node',
  // Bare specifiers (`node:fs`, `yargs/helpers`) are packages and builtins, except chevrotain and
  // what it imports (@chevrotain/*, lodash-es): from node_modules its package entry loads as hundreds
  // of modules (about 0.5 s); inlined, the part the grammar uses loads with it (grammar/chevrotain.ts).
  external: /^(?!(?:chevrotain|@chevrotain\/[^/]+|lodash-es)(?:\/|$))[^./]/,
  output: {
    dir: 'dist/bundle',
    // No chunk of an earlier build stays behind (chunk names carry a content hash).
    cleanDir: true,
    format: 'esm',
    entryFileNames: '[name].js',
    chunkFileNames: '[name]-[hash].js',
  },
});
