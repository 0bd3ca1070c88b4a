// `npm run bench [-- options]`: builds, then runs the benchmark (test/bench/run.mjs, which reads
// the same options from process.argv), in one Node script so it runs the same on every shell.
import { bundle, compile } from './build.mjs';

compile();
await bundle();
await import('../bench/run.mjs');
