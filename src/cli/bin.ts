#!/usr/bin/env node
import { main, nodeIo } from './main.js';

// `esereport archive --format json | head`: the reader closing the pipe drops the rest of the
// output (nodeIo's sinks), and the run ends quietly with the exit code of its verdict, the same
// whenever the pipe closed.
process.exitCode = await main(process.argv.slice(2), nodeIo());
